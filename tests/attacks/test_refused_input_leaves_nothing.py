"""Refused input changes nothing on disk: the real program (``main.py`` in a
subprocess) is given a bad ``--db``; it must exit with status 2 and one line on
stderr, and the folder (with the user data directory inside it) must list exactly the
same files, sizes and contents afterwards: no stray tables, journal files, backups,
folders, and no personal database opened in place of the one asked for.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def foreign_sqlite(folder: Path) -> str:
    """Another program's SQLite file (in WAL mode, as many are)."""
    path = folder / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.execute("INSERT INTO contact VALUES ('Anna')")
    conn.commit()
    conn.close()
    return str(path)


def newer_schema(folder: Path) -> str:
    """A planner database made by a later version (a revision this one lacks)."""
    from app.db.opening import open_database

    path = folder / "planner.db"
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    return str(path)


# name → (builds the case in the folder and returns the --db value, message fragment)
CASES: dict[str, tuple[Callable[[Path], str], str]] = {
    "empty --db": (lambda _folder: "", "--db is empty"),
    "path in a missing folder": (
        lambda folder: str(folder / "no" / "such" / "planner.db"),
        "does not exist",
    ),
    "sqlite URL in a missing folder": (
        lambda folder: f"sqlite:///{folder}/typo/planner.db",
        "does not exist",
    ),
    "another program's SQLite file": (foreign_sqlite, "another program"),
    "schema of a newer version": (newer_schema, "newer version"),
}


def listing(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file and folder below ``folder`` with its size and content hash."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_dir():
            found[name + "/"] = (0, "")
        elif not path.name.startswith("planner.log"):  # the log says what was refused
            found[name] = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_refused_database_leaves_the_folder_as_it_was(case: str, tmp_path: Path) -> None:
    build, fragment = CASES[case]
    folder = tmp_path / "work"
    folder.mkdir()
    db = build(folder)
    # The user data folder exists (it holds the log); the personal database must not
    # appear in it.
    data_dir = Path(os.environ["XDG_DATA_HOME"]) / "delegation-planner"
    data_dir.mkdir(parents=True, exist_ok=True)
    before = listing(tmp_path)
    result = subprocess.run(
        [sys.executable, "main.py", "--db", db, "list", "trips"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANGUAGE": "en"},
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert listing(tmp_path) == before
