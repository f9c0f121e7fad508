"""Write a file completely or not at all: temporary file in the same folder, then rename."""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from app.errors import ExportError
from app.locale.i18n import _
from app.output_paths import check_output_path

#: A temporary file this old is a leftover of an export that was killed.
STALE_PART_SECONDS = 60

#: Mode of a new file that holds private notes (health, diet, private phone numbers).
PRIVATE_MODE = 0o600


def _part_pattern(name: str) -> re.Pattern[str]:
    """Exactly the names :func:`_create_part` gives, so no one else's file matches."""
    return re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{16}}\.part")


def _remove_stale_parts(folder: Path, name: str) -> None:
    now = time.time()
    pattern = _part_pattern(name)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            # only regular files of ours that a killed export left behind
            if (
                stat.S_ISREG(info.st_mode)
                and info.st_uid == os.geteuid()
                and now - info.st_mtime > STALE_PART_SECONDS
            ):
                os.unlink(entry.path)
        except OSError:
            pass


def _create_part(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new, uniquely named temporary file. ``os.open`` with O_EXCL applies the umask
    to ``mode`` as for any new file (mkstemp would always give 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        tmp_name = str(folder / f".{name}.{secrets.token_hex(8)}.part")
        try:
            return os.open(tmp_name, flags, mode), tmp_name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(folder))


def _mode_for(existing: os.stat_result | None, private: bool) -> int | None:
    """The mode to give the written file, or None for what the umask gives a new file.
    An existing file keeps its mode (never wider); a private export is at most 0600."""
    if existing is None:
        return PRIVATE_MODE if private else None
    mode = stat.S_IMODE(existing.st_mode) & 0o777
    return (mode & PRIVATE_MODE) | 0o400 if private else mode


def write_atomic(
    target: str | Path,
    data: bytes,
    *,
    protected: Iterable[Path] = (),
    private: bool = False,
) -> Path:
    """Replace ``target`` with ``data``; on any failure the old file (or none) remains.

    ``target`` is checked by :func:`app.output_paths.check_output_path` against the
    ``protected`` database files; ``private`` data (health or dietary notes) is never
    readable by others."""
    protected = tuple(protected)
    path = Path(target).expanduser()
    existing = check_output_path(path, protected=protected)
    folder = path.parent
    _remove_stale_parts(folder, path.name)
    tmp_name = None
    try:
        fd, tmp_name = _create_part(folder, path.name, PRIVATE_MODE if private else 0o666)
        mode = _mode_for(existing, private)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
        except OSError:
            os.close(fd)
            raise
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # the target may have been swapped for a link or a device meanwhile
        check_output_path(path, protected=protected)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            reason = _("the disk is full")
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = _("permission denied")
        elif exc.errno == errno.ENOENT:
            reason = _("the folder does not exist")
        else:
            reason = exc.strerror or str(exc)
        raise ExportError(
            _("Cannot write '{path}': {reason}. Nothing was written.").format(
                path=path, reason=reason
            )
        ) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return path
