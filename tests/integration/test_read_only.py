"""Read-only database files and folders: a clear message, and the data stays intact."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.db.opening import open_database
from main import main
from tests.support import factories as f


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """chmod for ordinary users; root ignores modes, so it gets the immutable attribute."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if (
        shutil.which("chattr") is None
        or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0
    ):
        pytest.fail("cannot make a file read-only for root here (chattr +i failed)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "planner.db"
    db = open_database(str(path))
    f.trip(db, f.region(db).id, slug="visit")
    db.close()
    return path


def test_read_only_file(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = filled.read_bytes()
    with read_only(filled):
        code = main(["--db", str(filled), "demo"])
        _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1
    assert "read-only" in err or "cannot be opened" in err, err
    assert filled.read_bytes() == before


def test_read_only_folder(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with read_only(filled.parent):
        code = main(["--db", str(filled.parent / "new.db"), "list", "trips"])
        _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "permission denied" in err or "read-only" in err, err
    db = open_database(str(filled))
    try:
        from app.services.trips import get_trip

        assert get_trip(db, "visit").slug == "visit"
    finally:
        db.close()


def test_database_locked_by_another_program(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    holder = sqlite3.connect(filled, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["--db", str(filled), "demo"])
        _out, err = capsys.readouterr()
    finally:
        holder.rollback()
        holder.close()
    assert code == 2 and err.count("\n") == 1
    assert "busy" in err or "lock" in err, err
    assert main(["--db", str(filled), "demo"]) == 0
