"""Reading the program's log in tests (the data directory is the test's own)."""

from __future__ import annotations

from app.logs import current_log_file


def log_text() -> str:
    """What the log file holds now ('' when nothing was logged yet)."""
    path = current_log_file()
    assert path is not None, "logging was not configured"
    return path.read_text(encoding="utf-8") if path.exists() else ""
