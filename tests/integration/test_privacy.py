"""Sensitive person data never leaves the program unless the user explicitly asks for it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.db.engine import Database
from app.demo_data import catalogue as demo_data
from main import main
from models.tables import SENSITIVE_PERSON_FIELDS

SECRETS = sorted(
    {
        str(person[field])
        for person in demo_data.PEOPLE
        for field in SENSITIVE_PERSON_FIELDS
        if person.get(field)
    }
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def exported(kind: str, path: Path) -> str:
    if kind.startswith("pdf"):
        return pdf_text(path)
    return path.read_text(encoding="utf-8")


def leaked(text: str) -> list[str]:
    flat = " ".join(text.replace("\r\n ", "").split())
    return [s for s in SECRETS if s in flat or s.split(" (")[0] in flat]


EXPORTS = {
    "ics trip": ["export", "ics", "hokkaido-2026"],
    "ics person": ["export", "ics", "hokkaido-2026", "--person", "{person}"],
    "pdf itinerary": ["export", "itinerary", "hokkaido-2026", "--lang", "de+ja"],
    "pdf person itinerary": ["export", "itinerary", "hokkaido-2026", "--person", "{person}"],
    "pdf dossier": ["export", "dossier", "hokkaido", "--lang", "de"],
}


def sensitive_person() -> str:
    return next(p["slug"] for p in demo_data.PEOPLE if p.get("health_notes"))


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_exports_leave_sensitive_data_out_unless_asked(
    kind: str,
    demo_db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert len(SECRETS) >= 4
    argv = [a.replace("{person}", sensitive_person()) for a in EXPORTS[kind]]
    target = tmp_path / ("out.pdf" if kind.startswith("pdf") else "out.ics")
    assert main(["--db", str(db_path), *argv, "-o", str(target)]) == 0
    assert leaked(exported(kind, target)) == []
    if kind == "pdf dossier":
        return  # the dossier has no option to include personal notes at all
    # the partner edition (the default) refuses them, whatever is asked for …
    assert main(["--db", str(db_path), *argv, "--include-sensitive", "-o", str(target)]) != 0
    assert leaked(exported(kind, target)) == []
    # … the internal edition has them when asked for
    internal = [*argv, "--edition", "internal"]
    assert main(["--db", str(db_path), *internal, "-o", str(target)]) == 0
    assert leaked(exported(kind, target)) == [], "internal, but not asked for"
    asked = [*internal, "--include-sensitive", "-o", str(target)]
    assert main(["--db", str(db_path), *asked]) == 0
    assert leaked(exported(kind, target)), "asked for, the notes must be there"
    capsys.readouterr()


def test_list_json_leaves_sensitive_data_out_unless_asked(
    demo_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for what in ("people", "trips", "regions", "followups"):
        assert main(["--db", str(db_path), "list", what, "--json"]) == 0
        out = capsys.readouterr().out
        assert leaked(out) == [], what
    assert main(["--db", str(db_path), "list", "people", "--json", "--include-sensitive"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert any(p.get("health_notes") for p in people)
