"""Attacks on the command line's messages: every failure is one translated sentence,
and a console that cannot show a character never costs the message (real processes of
main.py on a real SQLite file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Database
from tests.support import factories as f

ROOT = Path(__file__).resolve().parents[2]


def main_py(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


@pytest.fixture
def trip_db(db: Database, db_path: Path) -> Path:
    trip = f.trip(db, f.region(db).id, slug="visit-2026", title_ja="北海道訪問")
    # a problem to report: interpreting needed, no interpreter (in every language, so
    # that no missing translation is reported beside it)
    f.item(
        db,
        trip.id,
        trip.start_date,
        "10:00",
        "11:00",
        interpreting_needed=True,
        title_de="Meeting",
        title_ja="Meeting",
    )
    return db_path


@pytest.mark.parametrize(
    ("lang", "ref", "expected"),
    [
        # str.isdigit() is true for these, int() refuses them: it was
        # "unexpected failure: invalid literal for int() with base 10: '²'"
        ("en", "²", "error: Unknown trip '²'."),
        ("ja", "①", "エラー：訪問「①」が見つかりません。"),
        # more digits than an SQLite integer holds: it was "unexpected failure: Python
        # int too large to convert to SQLite INTEGER"
        ("de", "9" * 30, f"Fehler: Delegationsreise „{'9' * 30}“ wurde nicht gefunden."),
    ],
)
def test_a_reference_that_looks_like_a_number_is_an_unknown_record(
    trip_db: Path, lang: str, ref: str, expected: str
) -> None:
    proc = main_py("--db", str(trip_db), "--lang", lang, "check", ref)
    assert proc.returncode == 2
    assert proc.stderr.decode() == expected + "\n"
    assert proc.stdout == b""


@pytest.mark.parametrize("lang", ["ja", "de"])
def test_a_cp1252_console_gets_every_line_of_the_check(trip_db: Path, lang: str) -> None:
    # It was "unexpected failure: 'charmap' codec can't encode character '\u26a0'" and
    # no problem listed at all.
    proc = main_py(
        "--db",
        str(trip_db),
        "--lang",
        lang,
        "check",
        "visit-2026",
        env={"PYTHONIOENCODING": "cp1252"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    out = proc.stdout.decode("cp1252")
    lines = out.splitlines()
    assert len(lines) == 2  # the problem and the count
    # what the console cannot show arrives escaped, readable and complete
    decoded = out.encode("ascii", "backslashreplace").decode("unicode_escape")
    assert decoded.startswith("⚠ ")
    assert "Meeting" in decoded
