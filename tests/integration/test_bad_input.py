"""Bad input through the CLI and the services: one clear, translated message, nothing changed.

Each CLI case runs in English and in German: exit status 2, exactly one line on stderr,
no traceback, the German line differs from the English one, and the database file's
content (its SQL dump) is the same before and after.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest

from app.db.engine import Database
from app.errors import ExportError, PlannerError, ValidationError
from app.timeutil import local_to_utc
from main import main
from tests.support import factories as f
from tests.support.figures import record

VCAL = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n{body}END:VCALENDAR\r\n"
EVENT = (
    "BEGIN:VEVENT\r\nUID:e1@partner.example\r\nDTSTAMP:20260301T000000Z\r\n"
    "SUMMARY:Visit\r\n{times}END:VEVENT\r\n"
)
TIMES = "DTSTART;TZID=Asia/Tokyo:20260414T100000\r\nDTEND;TZID=Asia/Tokyo:20260414T110000\r\n"


def ics(body: str) -> bytes:
    return VCAL.format(body=body).encode()


def nested(depth: int) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:X-NEST\r\n" * depth
        + "END:X-NEST\r\n" * depth
        + "END:VCALENDAR\r\n"
    ).encode()


# name → (files to write {name: bytes}, argv after --db, fragment of the English message)
CLI_CASES: dict[str, tuple[dict[str, bytes], list[str], str]] = {
    "unknown trip": ({}, ["check", "nowhere"], "Unknown trip"),
    "unknown list": ({}, ["list", "spaceships"], "invalid choice"),
    "unknown language": ({}, ["--lang", "fr", "list", "trips"], "Unknown language"),
    "unknown pair": (
        {},
        ["export", "itinerary", "visit", "--lang", "de+fr", "-o", "{tmp}/x.pdf"],
        "Unknown language",
    ),
    "three languages": (
        {},
        ["export", "itinerary", "visit", "--lang", "de+en+ja", "-o", "{tmp}/x.pdf"],
        "Unknown language",
    ),
    "unknown person": (
        {},
        ["export", "ics", "visit", "--person", "nobody", "-o", "{tmp}/x.ics"],
        "Unknown person",
    ),
    "unknown region": (
        {},
        ["export", "dossier", "atlantis", "-o", "{tmp}/x.pdf"],
        "Unknown partner region",
    ),
    "missing folder": (
        {},
        ["export", "ics", "visit", "-o", "{tmp}/no/such/dir/x.ics"],
        "does not exist",
    ),
    "folder as file": ({}, ["export", "ics", "visit", "-o", "{tmp}"], "folder"),
    "import missing file": (
        {},
        ["import", "ics", "{tmp}/missing.ics", "--trip", "visit"],
        "Cannot read",
    ),
    "import unknown trip": (
        {"p.ics": ics(EVENT.format(times=TIMES))},
        ["import", "ics", "{tmp}/p.ics", "--trip", "nowhere"],
        "Unknown trip",
    ),
    "not icalendar": (
        {"p.ics": b"Dear partners,\nplease find the programme attached.\n"},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "binary garbage": (
        {"p.ics": bytes(range(256)) * 64},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "not utf-8": (
        {
            "p.ics": ics(EVENT.format(times=TIMES)).replace(
                b"Visit", "Besuch Köln".encode("latin-1")
            )
        },
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "no vevent": ({"p.ics": ics("")}, ["import", "ics", "{tmp}/p.ics", "--trip", "visit"], ""),
    "no dtstart": (
        {"p.ics": ics(EVENT.format(times="DTEND:20260414T020000Z\r\n"))},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "dtend before dtstart": (
        {
            "p.ics": ics(
                EVENT.format(times="DTSTART:20260414T020000Z\r\nDTEND:20260414T010000Z\r\n")
            )
        },
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "unknown tzid": (
        {"p.ics": ics(EVENT.format(times=TIMES.replace("Asia/Tokyo", "Mars/Olympus")))},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "rrule storm": (
        {"p.ics": ics(EVENT.format(times=TIMES + "RRULE:FREQ=SECONDLY\r\n"))},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
    "50 MB file": (
        {"p.ics": b"BEGIN:VCALENDAR\r\n" + b"X" * (50 * 2**20)},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "too large",
    ),
    "deep nesting": (
        {"p.ics": nested(10_000)},
        ["import", "ics", "{tmp}/p.ics", "--trip", "visit"],
        "",
    ),
}


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def visit_db(db: Database, db_path: Path) -> Path:
    region = f.region(db)
    trip = f.trip(db, region.id, slug="visit")
    f.item(db, trip.id, date(2026, 4, 14), "10:00", "11:00", title="Courtesy call")
    return db_path


@pytest.mark.parametrize("case", sorted(CLI_CASES))
def test_cli_bad_input(
    case: str, visit_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files, argv, fragment = CLI_CASES[case]
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    before = dump(visit_db)
    lines = {}
    for lang in ("en", "de"):
        code = main(
            ["--db", str(visit_db), *argv]
            if "--lang" in argv
            else ["--db", str(visit_db), "--lang", lang, *argv]
        )
        out, err = capsys.readouterr()
        assert code == 2, (case, out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        lines[lang] = err
    assert fragment in lines["en"]
    if "--lang" not in argv and "invalid choice" not in lines["en"]:
        assert lines["de"].startswith("Fehler: ") and lines["de"] != lines["en"]
    assert dump(visit_db) == before
    record("bad inputs", 1)
    record("tracebacks", 0)


def _item(db: Database, **kw: object) -> object:
    trip = f.trip(db, f.region(db).id)
    values = {"day": date(2026, 4, 14), "start": "10:00", "end": "11:00"} | kw
    extra = {k: v for k, v in values.items() if k not in ("day", "start", "end")}
    return f.item(db, trip.id, values["day"], values["start"], values["end"], **extra)


SERVICE_CASES: dict[str, tuple[Callable[[Database], object], str]] = {
    "end before start": (lambda db: _item(db, start="11:00", end="10:00"), "end after it starts"),
    "unknown time zone": (lambda db: _item(db, timezone="Europe/Ruhrgebiet"), "time zone"),
    "far outside the trip": (lambda db: _item(db, day=date(2026, 9, 1)), "far outside"),
    "empty title": (lambda db: _item(db, title="   "), "at least one language"),
    "10,000-character title": (lambda db: _item(db, title="長" * 10_000), "too long"),
    "control characters": (lambda db: _item(db, title="Visit\x1b[31m"), "control characters"),
    "NUL byte": (lambda db: _item(db, title="Vis\x00it"), "control characters"),
    "invalid e-mail": (lambda db: f.person(db, "Schmidt", email="anna@"), "e-mail"),
    "unknown language": (lambda db: f.person(db, "Schmidt", languages="de,klingon"), "language"),
    "duplicate slug": (lambda db: (f.region(db), f.region(db)), "already used"),
    "bad slug": (lambda db: f.region(db, slug="Hokkaidō 2026"), "short name"),
    "unknown region": (lambda db: f.trip(db, 4711), "does not exist"),
    "trip of two years": (
        lambda db: f.trip(db, f.region(db).id, end_date=date(2028, 4, 21)),
        "longer than a year",
    ),
    "naive time": (
        lambda db: f.item(
            db,
            f.trip(db, f.region(db).id).id,
            date(2026, 4, 14),
            "10:00",
            "11:00",
            starts_at=datetime(2026, 4, 14, 10),
        ),
        "time zone",
    ),
    "skipped local time": (
        lambda db: local_to_utc(date(2026, 3, 29), time(2, 30), "Europe/Berlin"),
        "does not exist",
    ),
}


@pytest.mark.parametrize("case", sorted(SERVICE_CASES))
def test_service_bad_input(case: str, db: Database, db_path: Path) -> None:
    action, fragment = SERVICE_CASES[case]
    with pytest.raises(PlannerError) as raised:
        action(db)
    assert fragment in raised.value.message
    if isinstance(raised.value, ValidationError):
        assert raised.value.fields
    record("bad inputs", 1)


def test_disk_full_during_export_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from app.atomic import write_atomic

    out = tmp_path / "exports"
    out.mkdir()
    target = out / "itinerary.ics"
    target.write_bytes(b"previous export")

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self._fh = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(target, b"x" * 100_000)
    monkeypatch.undo()
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in out.iterdir()] == ["itinerary.ics"]
    record("bad inputs", 1)


def test_unreachable_postgres_and_bad_url(capsys: pytest.CaptureFixture[str]) -> None:
    for url in (
        "postgresql+psycopg://planner:geheim@127.0.0.1:9/planner",
        "mysql://x/y",
        "postgresql+psycopg://[broken",
    ):
        assert main(["--db", url, "list", "trips"]) == 2
        _out, err = capsys.readouterr()
        assert err.count("\n") == 1 and "geheim" not in err and "Traceback" not in err
        record("bad inputs", 1)
