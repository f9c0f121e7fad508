"""Which paths an export may write: a new name in an existing folder, or an existing
regular file that is not part of the open database.

An export replaces its target by renaming a temporary file onto it. Rename replaces
whatever directory entry has that name: the database file (through any of its names),
a device node such as /dev/null, a pipe, or a symbolic link instead of the file it
points to. So every output path is checked here first, before any work is done, and
refused with one translated sentence."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ExportError
from app.locale.i18n import _

if TYPE_CHECKING:
    from app.db.engine import Database

#: Files SQLite keeps beside a database while it is open or after a crash.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")


def database_files(db: Database) -> tuple[Path, ...]:
    """The SQLite file behind ``db`` (nothing for in-memory databases and servers)."""
    name = db.engine.url.database
    if db.is_sqlite and name and name != ":memory:":
        return (Path(name),)
    return ()


def _is_companion(candidate: Path, database: Path) -> bool:
    """Whether ``candidate`` (both fully resolved) names ``database``, its journal or
    WAL files, or one of the backups made before a migration (``planner.db.*.bak``)."""
    if candidate.parent != database.parent:
        return False
    name, base = candidate.name, database.name
    if any(name == base + suffix for suffix in COMPANION_SUFFIXES):
        return True
    return name.startswith(base + ".") and name.endswith(".bak")


def _existing_companions(database: Path) -> list[Path]:
    folder = database.parent
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in names if _is_companion(folder / n, database)]


def _same_file(a: os.stat_result, b: Path) -> bool:
    try:
        other = b.stat()
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (other.st_dev, other.st_ino)


def _protects(path: Path, protected: Iterable[Path]) -> bool:
    """By name (the path as given and with every link followed) and by identity (a hard
    link, a symbolic link or another spelling of the same file)."""
    as_named = path.parent.resolve() / path.name
    followed = path.resolve()
    try:
        target_stat: os.stat_result | None = path.stat()
    except OSError:
        target_stat = None
    for entry in protected:
        database = entry.expanduser().resolve()
        if _is_companion(as_named, database) or _is_companion(followed, database):
            return True
        if target_stat is not None and any(
            _same_file(target_stat, f) for f in _existing_companions(database)
        ):
            return True
    return False


def check_output_path(
    target: str | Path, *, protected: Iterable[Path] = ()
) -> os.stat_result | None:
    """Refuse ``target`` unless it is a new name in an existing folder or an existing
    regular file that is none of the ``protected`` database files (nor their journal,
    WAL or backup files). Returns the target's status when it exists, else None.

    Raises :class:`ExportError` with one sentence; nothing has been touched then."""
    path = Path(target).expanduser()
    if not path.name or path.name in (".", ".."):
        raise ExportError(_("'{path}' is a folder; choose a file name.").format(path=target))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            _("The folder '{folder}' does not exist. Nothing was written.").format(folder=folder)
        )
    if _protects(path, protected):
        raise ExportError(
            _(
                "'{path}' is the open database or one of its journal or backup files; "
                "choose another file name. Nothing was written."
            ).format(path=path)
        )
    try:
        status = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportError(
            _("Cannot write '{path}': {reason}. Nothing was written.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if stat.S_ISLNK(status.st_mode):
        raise ExportError(
            _(
                "'{path}' is a link to '{target}'; choose the file itself or another name. "
                "Nothing was written."
            ).format(path=path, target=os.readlink(path))
        )
    if stat.S_ISDIR(status.st_mode):
        raise ExportError(_("'{path}' is a folder; choose a file name.").format(path=path))
    if not stat.S_ISREG(status.st_mode):
        raise ExportError(
            _(
                "'{path}' is not an ordinary file (a device, pipe or socket); choose another "
                "name. Nothing was written."
            ).format(path=path)
        )
    return status
