"""Opening a database as the program does: resolve the URL, connect, migrate to head.

Kept apart from app/db/engine.py, which migrations import: engine knows how to talk
to a database, this module knows the order in which one is made ready.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.db.engine import Database, create_db_engine, describe_open_error, loggable_url
from app.db.location import default_sqlite_path, resolve_url, sqlite_file
from app.db.migrate import migrate_to_head
from app.errors import DatabaseOpenError

logger = logging.getLogger(__name__)

#: What SQLite keeps beside a database file while it is open.
SIDE_FILES = ("-journal", "-wal", "-shm")


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Resolve, connect and migrate; every failure becomes a DatabaseOpenError."""
    url = resolve_url(db)
    path = sqlite_file(url)
    existed = path is None or path.exists()
    try:
        database = _connect(url, migrate=migrate, create_folder=path == default_sqlite_path())
    except DatabaseOpenError as exc:
        logger.warning("Database %s not opened: %s", loggable_url(url), exc.message)
        if not existed and path is not None:
            _remove_new_file(path)
        raise
    logger.info("Database opened: %s", loggable_url(url))
    return database


def _remove_new_file(path: Path) -> None:
    """A file this attempt created is removed with its side files when the open fails:
    refused input leaves nothing behind."""
    for leftover in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _connect(url: str, *, migrate: bool, create_folder: bool) -> Database:
    engine = create_db_engine(url, create_folder=create_folder)
    database = Database(engine=engine, url=url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        if migrate:
            migrate_to_head(database)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise DatabaseOpenError(describe_open_error(url, exc)) from exc
    return database
