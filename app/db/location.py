"""Where the database is: ``--db``, the environment, or the file in the user's data
folder. Plain string work without the database layer, so the window can find its
database (and show its trip list) before SQLAlchemy has loaded."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from app.errors import DatabaseOpenError
from app.locale.i18n import _

ENV_VAR = "DELEGATION_PLANNER_DB"
APP_NAME = "delegation-planner"
SQLITE_HEADER = b"SQLite format 3\x00"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "planner.db"


def redact_url(url: str) -> str:
    """The URL with any password replaced, for messages, logs and the window title:
    the one after the user name and a libpq ``password=`` parameter."""
    url = re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", url, flags=re.IGNORECASE)


def resolve_url(db: str | None = None) -> str:
    """``--db``, else $DELEGATION_PLANNER_DB, else the SQLite file in the user data dir."""
    if db is not None and not db.strip():
        # An empty --db is a mistake (an unset variable in a script), not a request
        # for the personal database: opening that instead would edit the wrong data.
        raise DatabaseOpenError(_("--db is empty: give a database file or URL."))
    raw = (db or os.environ.get(ENV_VAR) or "").strip()
    if not raw:
        return f"sqlite:///{default_sqlite_path()}"
    if raw == ":memory:":
        return "sqlite://"
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    scheme = raw.split("://", 1)[0].lower()
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if scheme in ("sqlite", "postgresql+psycopg"):
        return raw
    raise DatabaseOpenError(
        _(
            "Unsupported database URL '{url}': use a file path, sqlite:///… or "
            "postgresql+psycopg://…"
        ).format(url=redact_url(raw))
    )


def sqlite_file(url: str) -> Path | None:
    """The file behind an ``sqlite:///`` URL from :func:`resolve_url` (None for
    in-memory databases and servers)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    name = url[len(prefix) :]
    return Path(name) if name and name != ":memory:" else None
