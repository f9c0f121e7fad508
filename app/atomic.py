"""Write a file completely or not at all: temporary file in the same folder, then rename."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from app.errors import ExportError
from app.locale.i18n import _

#: A temporary file this old is a leftover of an export that was killed.
STALE_PART_SECONDS = 60


def _remove_stale_parts(folder: Path, name: str) -> None:
    now = time.time()
    for part in folder.glob(f".{name}.*.part"):
        try:
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
        except OSError:
            pass


def write_atomic(target: str | Path, data: bytes) -> Path:
    """Replace ``target`` with ``data``; on any failure the old file (or none) remains."""
    path = Path(target).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(_("'{path}' is a folder; choose a file name.").format(path=path))
    _remove_stale_parts(folder, path.name)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o644)
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
