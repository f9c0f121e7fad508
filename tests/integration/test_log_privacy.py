"""The log records what the program did, never what the records say: real batch
processes export, list and import a trip whose delegation has dietary and health
notes, and open databases whose URLs carry a password; the log file then holds
those events and neither the notes nor the password."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Database
from app.demo_data.people import PEOPLE
from app.services.people import get_person, update_person
from models.tables import SENSITIVE_PERSON_FIELDS

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "s3cret-pw"
DIETARY_NOTE = "Erdnussallergie"
#: Every private value of the demo people, and the one this test adds.
PRIVATE = sorted(
    {str(p[field]) for p in PEOPLE for field in SENSITIVE_PERSON_FIELDS if p.get(field)}
    | {DIETARY_NOTE}
)


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """``main.py`` in its own process, with the test's user data directory and the
    most detailed log there is."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--verbose", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=dict(os.environ),
    )


def log_file(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".local" / "share" / "delegation-planner" / "planner.log"


def private_values_in(text: str) -> list[str]:
    return [value for value in PRIVATE if value in text or value[:24] in text]


@pytest.fixture
def person_with_notes(demo_db: Database) -> str:
    """A member of the Hokkaidō delegation with health notes, now also a dietary note."""
    slug = next(p["slug"] for p in PEOPLE if p.get("health_notes"))
    person = get_person(demo_db, slug)
    update_person(demo_db, int(person.id), person.version, dietary_notes=DIETARY_NOTE)  # type: ignore[arg-type]
    return str(slug)


def test_exports_lists_and_imports_log_events_but_no_private_notes(
    person_with_notes: str, db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(db_path)]
    ics, pdf = tmp_path / "person.ics", tmp_path / "person.pdf"
    private = ["--person", person_with_notes, "--edition", "internal", "--include-sensitive"]
    runs = [
        cli(*db, "export", "ics", "hokkaido-2026", *private, "-o", str(ics)),
        cli(*db, "export", "itinerary", "hokkaido-2026", *private, "-o", str(pdf)),
        cli(*db, "list", "people", "--json", "--include-sensitive"),
        cli(*db, "import", "ics", str(ics), "--trip", "hokkaido-2026"),
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    # the notes really went through these processes …
    assert DIETARY_NOTE in ics.read_text(encoding="utf-8")
    assert DIETARY_NOTE in runs[2].stdout
    assert pdf.read_bytes().startswith(b"%PDF")

    path = log_file(tmp_path)
    assert path.stat().st_mode & 0o777 == 0o600
    log = path.read_text(encoding="utf-8")
    # … and the log tells what happened …
    assert f"Database opened: sqlite:///{db_path}" in log
    assert f"Export written: {ics} (ics, " in log and "private notes included" in log
    assert f"Export written: {pdf} (itinerary, " in log
    assert "Command started: list" in log
    assert re.search(r"Calendar imported into trip #\d+ \(METHOD:PUBLISH\): \d+ events", log)
    # … without them.
    assert private_values_in(log) == []


def test_a_database_password_never_reaches_the_log(tmp_path: Path) -> None:
    for url in (
        f"postgresql+psycopg://planner:{PASSWORD}@127.0.0.1:9/planner",
        f"postgresql://planner@127.0.0.1:9/planner?password={PASSWORD}",
    ):
        run = cli("--db", url, "list", "trips")
        assert run.returncode == 2 and PASSWORD not in run.stderr
    log = log_file(tmp_path).read_text(encoding="utf-8")
    assert log.count("not opened") == 2
    assert "planner:***@127.0.0.1:9" in log and "password=***" in log
    assert PASSWORD not in log


@pytest.mark.integration
def test_a_server_opened_with_a_password_is_logged_masked(pg_url: str, tmp_path: Path) -> None:
    """The real server (trust authentication ignores the password) loads the demo
    people with their notes; the log names the server, not the password or notes."""
    url = re.sub(r"://([^:@/]+)@", rf"://\1:{PASSWORD}@", pg_url)
    assert PASSWORD in url
    run = cli("--db", url, "demo")
    assert run.returncode == 0, run.stderr
    log = log_file(tmp_path).read_text(encoding="utf-8")
    assert re.search(r"Database opened: postgresql\+psycopg://[^:]+:\*\*\*@127\.0\.0\.1:\d+/", log)
    assert "Migrating the database from an empty schema to " in log
    assert PASSWORD not in log
    assert private_values_in(log) == []
