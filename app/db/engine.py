"""One engine factory for SQLite files and PostgreSQL servers, migrated on open."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, create_engine

from app.db.location import (  # noqa: F401 — re-exported: where a database is
    APP_NAME,
    ENV_VAR,
    SQLITE_HEADER,
    default_sqlite_path,
    redact_url,
    resolve_url,
)
from app.db.schema_state import table_names
from app.errors import DatabaseOpenError, DatabaseUnavailableError
from app.locale.i18n import _

logger = logging.getLogger(__name__)


def loggable_url(url: str) -> str:
    """``url`` as the log and the window may show it: SQLAlchemy's rendering with the
    password hidden, then :func:`redact_url` for what that rendering leaves (a
    ``password=`` parameter). A URL with a raw ``@`` in its password is not given to
    SQLAlchemy, whose parser splits at the first ``@`` and would render the rest of
    the password as the host name."""
    if url.count("@") > 1:
        return redact_url(url)
    try:
        rendered = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        rendered = url
    return redact_url(rendered)


def _without_secrets(text: str, url: str) -> str:
    """``text`` (a driver's message) with the passwords of ``url`` masked wherever the
    driver may have repeated them."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return redact_url(text)
    secrets = [parsed.password, parsed.query.get("password")]
    for secret in secrets:
        if isinstance(secret, str) and len(secret) >= 3:
            text = text.replace(secret, "***")
    return redact_url(text)


@dataclass
class Database:
    """An open, migrated database. Services take one of these."""

    engine: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        if self.is_sqlite:
            return f"sqlite: {self.engine.url.database or ':memory:'}"
        return loggable_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise DatabaseUnavailableError(describe_write_error(exc)) from exc
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        logger.debug("Database closed: %s", loggable_url(self.url))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _prepare_sqlite_file(path: Path, *, create_folder: bool) -> None:
    """Create the file (0600), and its directory (0700) only when ``create_folder``;
    refuse files that are not SQLite or that belong to another program."""
    try:
        if path.exists():
            if path.is_dir():
                raise DatabaseOpenError(
                    _("'{path}' is a directory, not a database file.").format(path=path)
                )
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
            if header and header != SQLITE_HEADER:
                raise DatabaseOpenError(
                    _(
                        "'{path}' is not a Delegation Planner database (not an SQLite file); "
                        "it was left untouched."
                    ).format(path=path)
                )
            if header:
                _refuse_foreign_sqlite(path)
            return
        if not path.parent.exists():
            if not create_folder:
                # A mistyped folder would otherwise get created with an empty database.
                raise DatabaseOpenError(
                    _("The folder '{folder}' does not exist; no database was created.").format(
                        folder=path.parent
                    )
                )
            path.parent.mkdir(parents=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except PermissionError as exc:
        raise DatabaseOpenError(
            _("Cannot open the database '{path}': permission denied.").format(path=path)
        ) from exc
    except OSError as exc:
        if isinstance(exc, DatabaseOpenError):
            raise
        raise DatabaseOpenError(
            _("Cannot open the database '{path}': {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _refuse_foreign_sqlite(path: Path) -> None:
    """An SQLite file with tables but no ``alembic_version`` is another program's: the
    planner must not switch it to WAL or add its tables to it. Read without writing."""
    tables = table_names(path)
    if tables is None:
        raise DatabaseOpenError(
            _("Cannot open the database {url}: {reason}").format(
                url=path, reason=_("the file is damaged or not a database; it was left untouched")
            )
        )
    if tables and "alembic_version" not in tables:
        raise DatabaseOpenError(
            _(
                "'{path}' is an SQLite database of another program, not a Delegation "
                "Planner database; it was left untouched."
            ).format(path=path)
        )


def create_db_engine(url: str, *, create_folder: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(
            _("Invalid database URL '{url}'.").format(url=redact_url(url))
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _prepare_sqlite_file(Path(parsed.database), create_folder=create_folder)
            engine = create_engine(url, connect_args={"timeout": 5}, hide_parameters=True)
        else:
            from sqlalchemy.pool import StaticPool

            engine = create_engine(
                "sqlite://",
                connect_args={"check_same_thread": False},
                poolclass=StaticPool,
                hide_parameters=True,
            )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseOpenError(
            _(
                "Unsupported database URL '{url}': use a file path, sqlite:///… or "
                "postgresql+psycopg://…"
            ).format(url=redact_url(url))
        )
    try:
        return create_engine(
            url, pool_pre_ping=True, connect_args={"connect_timeout": 5}, hide_parameters=True
        )
    except (ArgumentError, ImportError) as exc:
        raise DatabaseOpenError(
            _("Invalid database URL '{url}'.").format(url=redact_url(url))
        ) from exc


def describe_write_error(exc: OperationalError) -> str:
    """Why a unit of work failed at the database level; nothing of it was saved."""
    text = str(exc.orig or exc).lower()
    if "locked" in text or "busy" in text:
        return _(
            "The database is busy: another program holds a lock on it. Nothing was "
            "saved; try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return _("The database is read-only. Nothing was saved.")
    if "disk" in text and "full" in text:
        return _("The disk is full. Nothing was saved.")
    return _("The database cannot be reached ({detail}). Nothing was saved.").format(
        detail=redact_url(str(exc.orig or exc).splitlines()[0])
    )


def describe_open_error(url: str, exc: BaseException) -> str:
    """A one-line reason why the database at ``url`` could not be opened."""
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    reason = text[0] if text else exc.__class__.__name__
    lowered = reason.lower()
    if "readonly" in lowered or "read-only" in lowered:
        reason = _("the file or its folder is read-only")
    elif "locked" in lowered:
        reason = _("another program holds a lock on it; try again in a moment")
    elif "not a database" in lowered or "malformed" in lowered:
        reason = _("the file is damaged or not a database; it was left untouched")
    elif "unable to open" in lowered:
        reason = _("the file cannot be opened (missing folder or no permission)")
    elif "connection" in lowered or "could not" in lowered or "timeout" in lowered:
        reason = _("the server cannot be reached ({detail})").format(detail=reason)
    return _("Cannot open the database {url}: {reason}").format(
        url=loggable_url(url), reason=_without_secrets(reason, url)
    )
