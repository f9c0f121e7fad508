"""The batch CLI: exit codes, JSON shapes, one-line errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Database
from main import main
from tests.support import factories as f

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def small_db(db: Database, db_path: Path) -> Path:
    region = f.region(db)
    trip = f.trip(db, region.id, slug="visit-2026")
    anna = f.person(db, "Schmidt", "Anna", title="Dr.", dietary_notes="vegetarisch")
    from app.services import delegation

    delegation.add_member(db, trip.id, anna.id, role="head")
    f.item(db, trip.id, trip.start_date, "10:00", "11:00", interpreting_needed=True)
    return db_path


def test_list_trips_json_shape(capsys: pytest.CaptureFixture[str], small_db: Path) -> None:
    code, out, err = run(capsys, "--db", str(small_db), "list", "trips", "--json")
    assert code == 0 and err == ""
    [trip] = json.loads(out)
    assert trip == {
        "id": trip["id"],
        "slug": "visit-2026",
        "region": "hokkaido",
        "title": "Visit to Hokkaido",
        "start": "2026-04-13",
        "end": "2026-04-21",
        "direction": "outbound",
        "status": "planning",
        "members": 1,
    }


def test_list_json_shapes_of_regions_people_followups(
    capsys: pytest.CaptureFixture[str], small_db: Path
) -> None:
    _, out, _ = run(capsys, "--db", str(small_db), "list", "regions", "--json")
    assert {"id", "slug", "name", "timezone", "status"} <= set(json.loads(out)[0])
    _, out, _ = run(capsys, "--db", str(small_db), "list", "people", "--json")
    [person] = json.loads(out)
    assert {"id", "name", "native_name", "organisation"} <= set(person)
    assert person["name"] == "Dr. Anna Schmidt"
    assert "vegetarisch" not in out and "dietary_notes" not in person
    _, out, _ = run(
        capsys, "--db", str(small_db), "list", "people", "--json", "--include-sensitive"
    )
    assert json.loads(out)[0]["dietary_notes"] == "vegetarisch"
    _, out, _ = run(capsys, "--db", str(small_db), "list", "followups", "--json")
    assert json.loads(out) == []


def test_table_output_follows_the_language(
    capsys: pytest.CaptureFixture[str], small_db: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(small_db), "--lang", "de", "list", "trips")
    assert code == 0
    assert "13.–21. April 2026" in out and "Besuch in Hokkaidō" in out
    code, out, _ = run(capsys, "--db", str(small_db), "list", "trips", "--lang", "ja")
    assert "2026年4月13日～21日" in out


def test_check_reports_problems(capsys: pytest.CaptureFixture[str], small_db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(small_db), "check", "visit-2026", "--json")
    assert code == 0
    # The records are in English only: their missing translations follow as warnings.
    [problem, *missing] = json.loads(out)
    assert problem["kind"] == "interpreter_missing" and len(problem["items"]) == 1
    assert missing and {p["kind"] for p in missing} == {"missing_translation"}
    code, out, _ = run(capsys, "--db", str(small_db), "check", "1")
    assert "1 schedule problem" in out


def test_check_json_lists_missing_translations_in_a_real_process(
    demo_db: Database, db_path: Path
) -> None:
    """The demo trip is fully translated; a venue without its Japanese name is one
    warning with the machine fields, after the schedule problems, and the exit status
    stays 0."""
    from app.services.trips import get_trip
    from app.services.venues import get_venue, save_venue

    before = run_process("--db", str(db_path), "check", "hokkaido-2026", "--json")
    assert before.returncode == 0, before.stderr
    assert "missing_translation" not in {p["kind"] for p in json.loads(before.stdout)}

    venue = get_venue(demo_db, "hokkaido-assembly")
    save_venue(demo_db, int(venue.id or 0), venue.version, name_ja="")
    result = run_process("--db", str(db_path), "--lang", "de", "check", "hokkaido-2026", "--json")
    assert result.returncode == 0 and result.stderr == ""
    problems = json.loads(result.stdout)
    missing = [p for p in problems if p["kind"] == "missing_translation"]
    assert problems[-len(missing) :] == missing  # after the schedule problems
    [problem] = missing
    assert (problem["language"], problem["field"], problem["count"]) == ("ja", "venue_name", 1)
    assert problem["venues"] == [venue.id] and problem["people"] == [] and problem["items"]
    assert problem["message"] == "Japanisch fehlt beim Namen von 1 Veranstaltungsort"
    # the schedule problems keep their shape, with an empty list of venues
    assert all(
        set(p) == {"kind", "message", "items", "people", "venues"}
        for p in problems
        if p["kind"] != "missing_translation"
    )
    trip_id = get_trip(demo_db, "hokkaido-2026").id
    text = run_process("--db", str(db_path), "check", str(trip_id))
    assert text.returncode == 0
    assert "Japanese missing for the name of 1 venue" in text.stdout
    assert text.stdout.rstrip().endswith("1 missing translation")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["check", "nowhere"], "Unknown trip 'nowhere'"),
        (["--lang", "fr", "list", "trips"], "Unknown language 'fr'"),
        (["list", "spaceships"], "invalid choice"),
        (["--db", "mysql://x/y", "list", "trips"], "Unsupported database URL"),
    ],
)
def test_errors_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], small_db: Path, argv: list[str], fragment: str
) -> None:
    if "--db" not in argv:
        argv = ["--db", str(small_db), *argv]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err and err.count("\n") == 1 and err.startswith("error: ")


def test_corrupt_file_and_unreachable_server_in_a_real_process(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"\x00garbage" * 512)
    result = run_process("--db", str(corrupt), "list", "trips")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert corrupt.read_bytes() == b"\x00garbage" * 512
    result = run_process("--db", "postgresql+psycopg://u:pw@127.0.0.1:9/x", "list", "trips")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "pw@" not in result.stderr


def test_environment_variable_selects_the_database(small_db: Path) -> None:
    result = run_process("list", "trips", "--json", env={"DELEGATION_PLANNER_DB": str(small_db)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["slug"] == "visit-2026"
