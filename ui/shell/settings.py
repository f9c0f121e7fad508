"""Window settings (language, geometry, last trip, last database) in QSettings.

The file lives in the user's configuration folder as platformdirs reports it at the
moment of use, so tests that point XDG_CONFIG_HOME at a temporary folder never touch
the real settings.
"""

from __future__ import annotations

import logging
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from app.db.location import redact_url, resolve_url, without_password
from app.errors import PlannerError

logger = logging.getLogger(__name__)

ORGANISATION = "delegation-planner"
APPLICATION = "delegation-planner"

KEY_LANGUAGE = "ui/language"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/programme_splitter"
KEY_LAST_TRIP = "session/last_trip"
KEY_LAST_DATABASE = "session/last_database"


def open_settings() -> QSettings:
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        platformdirs.user_config_dir(appauthor=False, roaming=True),
    )
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def read(key: str, default: Any = None) -> Any:
    value = open_settings().value(key, default)
    return default if value is None else value


def read_int(key: str) -> int | None:
    value = read(key)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def read_bytes(key: str) -> QByteArray | None:
    value = read(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write(key: str, value: Any) -> None:
    settings = open_settings()
    if value is None:
        settings.remove(key)
    else:
        settings.setValue(key, value)
    settings.sync()


def remember_database(url: str) -> None:
    """Keep ``url`` as the database to open next time, never with its password: that
    stays in ~/.pgpass (if the user chose so), where libpq finds it."""
    write(KEY_LAST_DATABASE, without_password(url))


def last_database() -> str | None:
    """The database used last time. A settings file from an older version may hold
    the URL with its password: the password moves to ~/.pgpass (mode 0600), where
    libpq finds it, and the settings are rewritten without it."""
    value = read(KEY_LAST_DATABASE)
    if not value:
        return None
    url = str(value)
    bare = without_password(url)
    if bare != url:
        _move_password_to_pgpass(url)
        remember_database(bare)
    return bare


def _move_password_to_pgpass(url: str) -> None:
    from app.db.pgpass import password_of, remember_password

    try:
        resolved = resolve_url(url)
        password = password_of(resolved)
        if password:
            path = remember_password(resolved, password)
            logger.info("Database password moved from the settings to %s", path)
    except (OSError, PlannerError) as exc:
        logger.warning(
            "Database password of %s removed from the settings, not kept: %s",
            redact_url(url),
            exc.__class__.__name__,
        )
