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


#: A URL (its query cut off) with a password in its user part. The user part ends at
#: the LAST ``@``: a raw ``@`` in a password (``postgresql://u:p@ss@host/db``) must not
#: leave the rest of the password looking like a host name. The user name may be
#: empty (``postgresql://:pw@host/db``: libpq then takes the login name).
_WITH_PASSWORD = re.compile(
    r"^(?P<scheme>[A-Za-z][\w+.-]*://)(?P<user>[^:/?#]*):(?P<password>.*)@(?P<host>[^@\s]*)$",
    re.DOTALL,
)
#: A URL inside a longer text (an error message): up to the next white space.
_URL_IN_TEXT = re.compile(r"[A-Za-z][\w+.-]*://\S+")
#: ``password=…`` as a URL query parameter or in a libpq keyword string.
_PASSWORD_PARAMETER = re.compile(
    r"((?:^|[?&;\s])password\s*=\s*)('[^']*'|[^&#;\s]*)", re.IGNORECASE
)
MASK = "***"


def _split_query(url: str) -> tuple[str, str]:
    """``url`` before its query, and the query (with its ``?``; '' for none). The
    query starts at the first ``?`` after the path's ``/``: a ``?`` in a password
    comes before it, and a query value may hold an ``@``."""
    for index, char in enumerate(url):
        if char != "?":
            continue
        before = url[:index]
        after_user = before.rsplit("@", 1)[1] if "@" in before else before.partition("://")[2]
        if "/" in after_user:
            return before, url[index:]
    return url, ""


def _without_user_password(url: str) -> tuple[str, str | None]:
    """``url`` without the password of its user part, and that password (None: none)."""
    base, query = _split_query(url)
    match = _WITH_PASSWORD.match(base)
    if match is None:
        return url, None
    user = match["user"].replace("@", "%40")
    userinfo = f"{user}@" if user else ""
    return f"{match['scheme']}{userinfo}{match['host']}{query}", match["password"]


def _mask_user_password(url: str) -> str:
    base, query = _split_query(url)
    match = _WITH_PASSWORD.match(base)
    if match is None:
        return url
    return f"{match['scheme']}{match['user']}:{MASK}@{match['host']}{query}"


def redact_url(text: str) -> str:
    """``text`` (a URL, or a message naming one) with every password masked: the one
    in a URL's user part, however many ``@`` it holds, and any ``password=``
    parameter. For messages, logs, the window and the settings. Plain string work:
    the window shows it before SQLAlchemy has loaded (``loggable_url`` in
    ``app.db.engine`` adds SQLAlchemy's own rendering)."""
    text = _PASSWORD_PARAMETER.sub(rf"\g<1>{MASK}", text)
    stripped = text.strip()
    if _WITH_PASSWORD.match(_split_query(stripped)[0]):
        return _mask_user_password(stripped)  # the whole text is a URL (spaces in it)
    return _URL_IN_TEXT.sub(lambda m: _mask_user_password(m.group()), text)


def without_password(url: str) -> str:
    """``url`` with its password removed (not masked): what the settings may keep.
    The connection then finds the password where PostgreSQL keeps it (~/.pgpass)."""
    base, query = _split_query(_without_user_password(url.strip())[0])
    kept = [p for p in query[1:].split("&") if p.split("=", 1)[0].strip().lower() != "password"]
    return f"{base}?{'&'.join(kept)}" if query and any(kept) else base


def _quote_raw_at(url: str) -> str:
    """A raw ``@`` in the user part or the query written as ``%40``, so that SQLAlchemy
    (which splits at the first ``@``) connects to the host the user meant with the
    whole password, instead of sending part of the password as a host name."""
    base, query = _split_query(url)
    match = _WITH_PASSWORD.match(base)
    if match is not None:
        user, password = (match[k].replace("@", "%40") for k in ("user", "password"))
        base = f"{match['scheme']}{user}:{password}@{match['host']}"
    return base + query.replace("@", "%40")


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
        return _quote_raw_at("postgresql+psycopg://" + raw.split("://", 1)[1])
    if scheme == "postgresql+psycopg":
        return _quote_raw_at(raw)
    if scheme == "sqlite":
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
