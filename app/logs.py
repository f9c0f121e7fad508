"""The program's log: one rotating file in the user data directory, shared by the
window and the batch commands.

Modules log through ``logging.getLogger(__name__)``; :func:`configure_logging` gives
the root logger its one file handler. What goes in: databases opened, migrated,
backed up and restored (URLs with the password masked), exports written (path and
format), import summaries, conflicts, unexpected errors with their traceback. What
never goes in: record contents — names are rare, notes, dietary and health data
never.

Start-up pays nothing for it: the handler opens the file, and imports
``logging.handlers`` (about 9 ms of imports), only when the first record arrives,
which the window does not write before its first paint.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from app.db.location import APP_NAME

#: DEBUG, INFO, WARNING …; ``--verbose`` on the command line means DEBUG.
LEVEL_ENV_VAR = "DELEGATION_PLANNER_LOG_LEVEL"
FILE_NAME = "planner.log"
#: 1 MB per file and three old ones: weeks of ordinary use, a few MB at most.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

#: Libraries whose INFO output is noise (Alembic's plugin list) or could carry
#: record contents (SQLAlchemy's statement echo with its parameters): kept at
#: WARNING whatever level the user asks for.
QUIET_LOGGERS = ("sqlalchemy", "alembic.runtime.plugins")


def log_file_path() -> Path:
    """``planner.log`` in the user data directory, next to the default database."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


class _LogFile(logging.Handler):
    """Hands records to the rotating file, which is made on the first record."""

    def __init__(self, path: Path, max_bytes: int, backup_count: int) -> None:
        super().__init__()
        self.path = path
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self._file: logging.Handler | None = None
        #: The root logger's level before this handler came, given back by stop_logging.
        self.previous_level = logging.getLogger().level

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from app.log_file import PrivateRotatingFileHandler

            self._file = PrivateRotatingFileHandler(self.path, self.max_bytes, self.backup_count)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)  # this handler's lock already serialises the writes

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written is given up quietly: the CLI promises one line
        on stderr, and the user's work must not stop for a full disk in the log folder."""

    def close(self) -> None:
        self.acquire()
        try:
            if self._file is not None:
                self._file.close()
                self._file = None
        finally:
            self.release()
        super().close()


def _level(debug: bool) -> int:
    if debug:
        return logging.DEBUG
    name = os.environ.get(LEVEL_ENV_VAR, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


def _installed() -> _LogFile | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return handler
    return None


def configure_logging(
    *, debug: bool = False, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
) -> Path:
    """Give the root logger its file handler (once) and set the level: DEBUG when
    ``debug``, else ``$DELEGATION_PLANNER_LOG_LEVEL``, else INFO. Returns the log file.

    Calling it again keeps the handler, unless the data directory has changed since
    (each test has its own), then the old file is closed and the new one used."""
    path = log_file_path()
    root = logging.getLogger()
    handler = _installed()
    if handler is not None and (handler.path, handler.max_bytes) != (path, max_bytes):
        stop_logging()
        handler = None
    if handler is None:
        handler = _LogFile(path, max_bytes, backup_count)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(_level(debug))
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path


def current_log_file() -> Path | None:
    """The file the log goes to (None before :func:`configure_logging`)."""
    handler = _installed()
    return handler.path if handler is not None else None


def stop_logging() -> None:
    """Close the file and take the handler off the root logger."""
    handler = _installed()
    if handler is not None:
        root = logging.getLogger()
        root.removeHandler(handler)
        root.setLevel(handler.previous_level)
        handler.close()
