"""Window settings (language, geometry, last trip, last database) in QSettings.

The file lives in the user's configuration folder as platformdirs reports it at the
moment of use, so tests that point XDG_CONFIG_HOME at a temporary folder never touch
the real settings.
"""

from __future__ import annotations

from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

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
