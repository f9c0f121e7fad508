"""The rotating log file itself, readable by its owner only.

Imported by :mod:`app.logs` when the first record is written, so that start-up does
not import ``logging.handlers``.
"""

from __future__ import annotations

import os
from io import TextIOWrapper
from logging import LogRecord
from logging.handlers import RotatingFileHandler
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are 0600 in a 0700 folder (like the
    database next to it): the log names databases, export paths and people's ids.

    Several processes (the window and a batch command) may write the same file;
    each appends whole lines, and a rollover by one of them only means the other
    finishes its current file a little beyond the limit."""

    def __init__(self, path: Path, max_bytes: int, backup_count: int) -> None:
        super().__init__(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )

    def _open(self) -> TextIOWrapper:
        path = Path(self.baseFilename)
        path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)  # a file made by an older version or another umask
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: LogRecord) -> None:  # noqa: N802 - logging's name
        """Quiet, as :class:`app.logs._LogFile` explains."""
