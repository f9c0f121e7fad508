"""Attacks on where ``export … -o FILE`` writes: the open database under any of its
names, device nodes, pipes, links, other programs' temporary files, and the file mode
of exports that carry health or dietary notes. Real ``main.py`` processes on a real
SQLite file."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ["export", "ics", "hokkaido-2026"]


def main_py(*args: str, cwd: Path = ROOT, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        umask=umask,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "planner.db"
    result = main_py("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def db_file(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "planner.db"
    shutil.copyfile(demo_template, path)
    return path


def snapshot(path: Path) -> tuple[object, ...]:
    """What a refused export must leave exactly as it was: kind, link target, bytes."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return ("missing",)
    if stat.S_ISLNK(info.st_mode):
        return ("link", os.readlink(path))
    if stat.S_ISREG(info.st_mode):
        return ("file", stat.S_IMODE(info.st_mode), path.read_bytes())
    return ("other", stat.S_IFMT(info.st_mode), info.st_rdev, info.st_ino)


def _the_file(db: Path) -> tuple[str, Path]:
    return str(db), db.parent


def _a_symlink(db: Path) -> tuple[str, Path]:
    (db.parent / "calendar.ics").symlink_to(db)
    return str(db.parent / "calendar.ics"), db.parent


def _a_hard_link(db: Path) -> tuple[str, Path]:
    os.link(db, db.parent / "calendar.ics")
    return str(db.parent / "calendar.ics"), db.parent


def _relative_from_elsewhere(db: Path) -> tuple[str, Path]:
    (db.parent / "exports").mkdir()
    return "../planner.db", db.parent / "exports"


def _the_wal_file(db: Path) -> tuple[str, Path]:
    return str(db) + "-wal", db.parent


def _a_backup(db: Path) -> tuple[str, Path]:
    backup = db.with_name(db.name + ".0007_person_pairs.20260301T090000Z.bak")
    shutil.copyfile(db, backup)
    return str(backup), db.parent


def _a_hard_link_to_the_backup(db: Path) -> tuple[str, Path]:
    backup = db.with_name(db.name + ".0007_person_pairs.20260301T090000Z.bak")
    shutil.copyfile(db, backup)
    os.link(backup, db.parent / "old.ics")
    return str(db.parent / "old.ics"), db.parent


def _a_device(db: Path) -> tuple[str, Path]:
    # A private copy of /dev/null: replacing the real one would break the machine.
    device = db.parent / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    return str(device), db.parent


def _a_fifo(db: Path) -> tuple[str, Path]:
    os.mkfifo(db.parent / "pipe.ics")
    return str(db.parent / "pipe.ics"), db.parent


def _a_link_to_an_unrelated_file(db: Path) -> tuple[str, Path]:
    (db.parent / "notes.txt").write_text("the secretary's notes\n")
    (db.parent / "calendar.ics").symlink_to("notes.txt")
    return str(db.parent / "calendar.ics"), db.parent


REFUSED: dict[str, Callable[[Path], tuple[str, Path]]] = {
    "the database file itself": _the_file,
    "the database through a symbolic link": _a_symlink,
    "the database through a hard link": _a_hard_link,
    "the database by a relative path from another folder": _relative_from_elsewhere,
    "the database's WAL file": _the_wal_file,
    "a backup made before a migration": _a_backup,
    "a backup through a hard link": _a_hard_link_to_the_backup,
    "a character device": _a_device,
    "a named pipe": _a_fifo,
    "a symbolic link to an unrelated file": _a_link_to_an_unrelated_file,
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_output_path_refused(case: str, db_file: Path) -> None:
    output, cwd = REFUSED[case](db_file)
    folder = db_file.parent
    before = {p.name: snapshot(p) for p in folder.iterdir()}
    target = cwd / output
    target_before = snapshot(target)

    result = main_py("--db", str(db_file), *EXPORT, "-o", output, cwd=cwd)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "Written" not in result.stdout
    assert snapshot(target) == target_before
    after = {p.name: snapshot(p) for p in folder.iterdir() if p.name != "exports"}
    before.pop("exports", None)
    # the database and everything beside it byte-identical; no temporary file left
    assert after.keys() - {"planner.db-wal", "planner.db-shm"} == before.keys() - {
        "planner.db-wal",
        "planner.db-shm",
    }
    for name, was in before.items():
        if not name.startswith("planner.db-"):
            assert after[name] == was, name


def test_other_programs_part_files_are_left_alone(db_file: Path) -> None:
    """``-o 'out/*'`` once removed every old hidden ``.….part`` file in the folder."""
    out = db_file.parent / "out"
    out.mkdir()
    foreign = [out / ".draft.minutes.part", out / ".x.12345678.part"]
    for part in foreign:
        part.write_text("someone else's unfinished work\n")
        os.utime(part, (0, 0))

    result = main_py("--db", str(db_file), *EXPORT, "-o", str(out / "*"))

    assert result.returncode == 0, result.stderr
    for part in foreign:
        assert part.read_text() == "someone else's unfinished work\n"


MODES: dict[str, tuple[int, tuple[str, ...], int | None, int]] = {
    # case: umask, extra options, mode of an existing file (None: new), mode expected
    "ordinary export under umask 077": (0o077, (), None, 0o600),
    "private notes under umask 022": (
        0o022,
        ("--edition", "internal", "--include-sensitive"),
        None,
        0o600,
    ),
    "private notes under umask 077": (
        0o077,
        ("--edition", "internal", "--include-sensitive"),
        None,
        0o600,
    ),
    "ordinary export onto an existing 0600 file": (0o022, (), 0o600, 0o600),
    "private notes onto an existing 0644 file": (
        0o022,
        ("--edition", "internal", "--include-sensitive"),
        0o644,
        0o600,
    ),
}


@pytest.mark.parametrize("case", list(MODES))
def test_export_file_mode(case: str, db_file: Path) -> None:
    umask, options, existing, expected = MODES[case]
    target = db_file.parent / "itinerary.ics"
    if existing is not None:
        target.write_text("last week's calendar\n")
        target.chmod(existing)

    result = main_py("--db", str(db_file), *EXPORT, *options, "-o", str(target), umask=umask)

    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert oct(stat.S_IMODE(target.stat().st_mode)) == oct(expected)
