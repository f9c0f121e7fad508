"""Backups of SQLite files taken before a migration, and restoring one.

A backup holds the same private data as the database, so it is created 0600 before
the first byte goes in (not chmod-ed afterwards), and written under a ``.part`` name
that is renamed only when complete: a program killed while copying leaves no file
that looks like a usable backup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

PART_SUFFIX = ".part"


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe with WAL and open readers;
    the target changes in one transaction, so a kill leaves it old or new)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def backup_name(path: Path, revision: str | None, stamp: str) -> Path:
    return path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")


def write_backup(path: Path, revision: str | None) -> Path:
    """Copy ``path`` to ``<name>.<revision>.<time>.bak``, private from its creation."""
    remove_stale_parts(path)
    target = backup_name(path, revision, datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ"))
    part = target.with_name(f"{target.name}.{os.getpid()}{PART_SUFFIX}")
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        copy_sqlite(path, part)
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    logger.info("Backup of %s written before migrating: %s", path, target)
    return target


def remove_stale_parts(path: Path) -> None:
    """Delete unfinished backups of ``path`` whose writing process is gone (killed)."""
    for part in path.parent.glob(f"{path.name}.*.bak.*{PART_SUFFIX}"):
        pid_text = part.name[: -len(PART_SUFFIX)].rsplit(".", 1)[-1]
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            part.unlink()
            logger.info("Unfinished backup removed: %s", part)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def backups_of(path: Path, revision: str) -> list[Path]:
    """Complete backups of ``path`` taken at ``revision``, newest first."""
    found = path.parent.glob(f"{path.name}.{revision}.*.bak")
    return sorted(found, key=lambda p: p.name, reverse=True)
