"""Migrations and kills: an upgrade is all or nothing, and a file that an older version
left half-upgraded opens again by itself.

The kill test runs the real program (``main.py --db FILE list trips``, which migrates
on open) on a generated office database at revision 0001 and kills it with SIGKILL at
random moments spread over the time a migrating start takes. Each killed run is the
restart of the previous one; a restart that fails is the attack succeeding.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.opening import open_database
from app.db.schema_version import HEAD_REVISION
from tests.support.figures import record
from tests.support.legacy_db import generated_at_revision

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
#: Indexes of revision 0002: present with alembic_version at 0001 = half applied.
NEWER_INDEXES = (
    "ix_trip_region_start",
    "ix_programme_item_trip_start",
    "ix_follow_up_region_status",
    "ix_follow_up_due",
)


#: Tables that later revisions add: their rows are made by the migration, not carried
#: over, so they are left out of the rows-per-table comparison.
TABLES_ADDED_LATER = ("venue",)


def at_first_revision(path: Path, *, scale: float) -> None:
    generated_at_revision(path, "0001", seed=7, scale=scale)


def state(path: Path) -> tuple[str, set[str], dict[str, int]]:
    """Stamped revision, revision-0002 indexes present, rows per table."""
    conn = sqlite3.connect(path)
    try:
        stamp = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )
        ]
        counts = {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t not in TABLES_ADDED_LATER
        }
    finally:
        conn.close()
    return stamp, names & set(NEWER_INDEXES), counts


def start(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "main.py", "--db", str(path), "list", "trips"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("planner.db.*.bak*"))


def migrating_start(path: Path) -> tuple[subprocess.Popen[str], float | None]:
    """A start of the program, returned once it begins its backup (the first step of
    a migration), with the time that took; None when it ended before."""
    began = time.monotonic()
    proc = start(path)
    while proc.poll() is None:
        if backups(path.parent):
            return proc, time.monotonic() - began
        time.sleep(0.002)
    return proc, None


def grow_follow_ups(path: Path, copies: int) -> None:
    """More follow-up rows, so that building revision 0002's indexes takes long
    enough for kills to land between them (an office with years of actions)."""
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(follow_up)")]
    rest = ", ".join(c for c in cols if c not in ("id", "slug"))
    with conn:
        for n in range(copies):
            conn.execute(
                f"INSERT INTO follow_up ({rest}, slug) SELECT {rest}, slug || '-{n}' "
                "FROM follow_up WHERE slug NOT LIKE '%-%-%'"
            )
    conn.close()


@pytest.mark.slow
def test_kills_during_migration_never_leave_a_database_that_fails_to_open(
    tmp_path: Path,
) -> None:
    pristine = tmp_path / "pristine" / "planner.db"
    pristine.parent.mkdir()
    at_first_revision(pristine, scale=0.2)
    grow_follow_ups(pristine, 24)
    _stamp, _none, before = state(pristine)
    folder = tmp_path / "office"
    folder.mkdir()
    work = folder / "planner.db"

    def fresh_copy() -> None:
        for old in folder.iterdir():
            old.unlink()
        shutil.copy2(pristine, work)

    # The migration's duration: from its backup's start to the program's end.
    fresh_copy()
    proc, at_backup = migrating_start(work)
    began = time.monotonic()
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and at_backup is not None, err
    duration = time.monotonic() - began
    fresh_copy()

    rng = random.Random(20261122)
    mid_migration = 0
    for _kill in range(KILLS):
        proc, at_backup = migrating_start(work)
        if at_backup is not None:
            time.sleep(rng.uniform(0, duration))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate()
        # A start that ends by itself must have succeeded: each start is the restart
        # after the previous kill.
        assert proc.returncode in (0, -signal.SIGKILL), err
        stamp, newer, counts = state(work)
        assert counts == before
        if stamp == HEAD_REVISION:
            fresh_copy()  # migrated before the kill: start over at revision 0001
            continue
        assert newer == set(), f"half-applied migration: {sorted(newer)} at {stamp}"
        mid_migration += 1
        for backup in backups(folder):  # disk space: one backup per killed start
            backup.unlink()

    db = open_database(str(work))
    db.close()
    stamp, newer, counts = state(work)
    assert (stamp, newer, counts) == (HEAD_REVISION, set(NEWER_INDEXES), before)
    record("migration kills", KILLS)
    record("migration kills mid-migration", mid_migration)
    assert mid_migration >= KILLS // 4


def half_migrated(path: Path) -> Path:
    """What an older version left: a backup of the 0001 file, then its killed upgrade
    (one index of 0002 created and committed), then a failed restart's backup of that."""
    at_first_revision(path, scale=0.02)
    clean = path.with_name(f"{path.name}.0001.20261101T080000Z.bak")
    shutil.copy2(path, clean)
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX ix_trip_region_start ON trip (region_id, start_date)")
    conn.commit()
    conn.close()
    shutil.copy2(path, path.with_name(f"{path.name}.0001.20261101T080500Z.bak"))
    return clean


def test_half_migrated_database_is_recovered_from_its_backup_without_a_new_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "planner.db"
    half_migrated(path)
    _stamp, _newer, before = state(path)
    listing = sorted(p.name for p in tmp_path.iterdir())

    for _start in range(2):
        db = open_database(str(path))
        db.close()
        assert state(path) == (HEAD_REVISION, set(NEWER_INDEXES), before)
    # No backup written for a file that was put back from one; no side files left.
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_backup_is_private_while_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup's mode is looked at the moment SQLite has created the file, before
    any page is copied into it (umask 022: a default file would be world-readable)."""
    path = tmp_path / "planner.db"
    at_first_revision(path, scale=0.02)
    modes: list[int] = []
    real_connect = sqlite3.connect

    def connect_and_look(target: str | os.PathLike[str], *args: object, **kw: object) -> object:
        conn = real_connect(target, *args, **kw)  # type: ignore[arg-type]
        if ".bak" in os.fspath(target):
            modes.append(stat.S_IMODE(os.stat(target).st_mode))
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect_and_look)
    old_umask = os.umask(0o022)
    try:
        open_database(str(path)).close()
    finally:
        os.umask(old_umask)
    assert modes and set(modes) == {0o600}
