"""The exporter registry drives the CLI: every registered export writes its file
through ``export ID …``, and an exporter added to the registry becomes a sub-command
with the options it declares."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.db.engine import Database
from app.exports import registry
from app.exports.registry import Exporter, Option, Scope
from main import main
from tests.support import factories as f
from tests.support.fake_exporter import FAKE

MAGIC = {".pdf": b"%PDF-", ".ics": b"BEGIN:VCALENDAR"}


@pytest.fixture
def small_db(db: Database, db_path: Path) -> Path:
    from app.services import delegation

    region = f.region(db)
    trip = f.trip(db, region.id, slug="visit-2026")  # type: ignore[arg-type]
    anna = f.person(db, "Schmidt", "Anna", slug="anna-schmidt")
    delegation.add_member(db, trip.id, anna.id, role="head")  # type: ignore[arg-type]
    item = f.item(db, trip.id, trip.start_date, "10:00", "11:00")  # type: ignore[arg-type]
    from app.services.programme import set_attendance

    set_attendance(db, item.id, [anna.id])  # type: ignore[arg-type, list-item]
    return db_path


def references(exporter: Exporter) -> list[list[str]]:
    """The reference (and person) arguments to try for this exporter."""
    ref = {Scope.TRIP: "visit-2026", Scope.REGION: "hokkaido"}[exporter.scope]
    runs = [[ref]]
    if Option.PERSON in exporter.options:
        runs.append([ref, "--person", "anna-schmidt"])
    return runs


@pytest.mark.parametrize("exporter", registry.EXPORTERS, ids=lambda e: e.id)
def test_every_registered_export_writes_its_file_through_the_cli(
    capsys: pytest.CaptureFixture[str], small_db: Path, tmp_path: Path, exporter: Exporter
) -> None:
    for n, args in enumerate(references(exporter)):
        out = tmp_path / f"out-{n}{exporter.suffix}"
        code = main(["--db", str(small_db), "export", exporter.id, *args, "-o", str(out)])
        stdout, stderr = capsys.readouterr()
        assert code == 0, stderr
        assert stdout == f"Written: {out}\n"
        data = out.read_bytes()
        assert data.startswith(MAGIC.get(exporter.suffix, b""))
        assert len(data) > 100


def test_a_registered_exporter_becomes_a_cli_sub_command(
    capsys: pytest.CaptureFixture[str],
    small_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "EXPORTERS", (*registry.EXPORTERS, FAKE))
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "fake" in capsys.readouterr().out.split("{", 1)[1].split("}")[0].split(",")

    out = tmp_path / "fake.txt"
    argv = ["--db", str(small_db), "--lang", "de", "export", "fake", "visit-2026"]
    assert main([*argv, "--person", "anna-schmidt", "-o", str(out)]) == 0
    request = out.read_text(encoding="utf-8")
    assert "langs=('de',)" in request and "person_id=1" in request and "target_id=1" in request

    # Only the options it declares: no --include-sensitive, no --home-zone.
    assert main([*argv, "--include-sensitive", "-o", str(out)]) == 2
    # argparse's own error, in the language of --lang (de)
    assert "unbekannte Argumente: --include-sensitive" in capsys.readouterr().err


def test_two_languages_only_where_the_exporter_prints_two(
    capsys: pytest.CaptureFixture[str],
    small_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bilingual = replace(FAKE, id="fake2", languages=registry.ONE_OR_TWO_LANGUAGES)
    monkeypatch.setattr(registry, "EXPORTERS", (*registry.EXPORTERS, FAKE, bilingual))
    out = tmp_path / "fake.txt"
    base = ["--db", str(small_db), "--lang", "de+ja", "export"]
    assert main([*base, "fake2", "visit-2026", "-o", str(out)]) == 0
    assert "langs=('de', 'ja')" in out.read_text(encoding="utf-8")
    assert capsys.readouterr().out.startswith("Gespeichert:")  # messages in the first
    assert main([*base, "fake", "visit-2026", "-o", str(out)]) == 2
    assert "Unknown language 'de+ja'" in capsys.readouterr().err


def test_file_names_say_what_and_whose() -> None:
    assert registry.ITINERARY.file_name("hokkaido-2026", ("de", "ja")) == (
        "hokkaido-2026-itinerary-de-ja.pdf"
    )
    assert registry.CALENDAR.file_name("hokkaido-2026", ("ja",), 7) == "hokkaido-2026-7-ja.ics"
    assert registry.DOSSIER.file_name("hokkaido", ("en",)) == "hokkaido-dossier-en.pdf"


def test_ids_are_unique_and_the_cli_names_stay() -> None:
    ids = [e.id for e in registry.EXPORTERS]
    assert len(ids) == len(set(ids))
    # Users' scripts call these sub-commands (README); renaming one breaks them.
    assert {"ics", "itinerary", "dossier"} <= set(ids)
    assert registry.exporter("ics") is registry.CALENDAR
    with pytest.raises(KeyError):
        registry.exporter("spaceship")
