"""Opening a database as the program does: resolve the URL, connect, migrate to head.

Kept apart from app/db/engine.py, which migrations import: engine knows how to talk
to a database, this module knows the order in which one is made ready.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.db.engine import Database, create_db_engine, describe_open_error, loggable_url
from app.db.location import resolve_url
from app.db.migrate import migrate_to_head
from app.errors import DatabaseOpenError

logger = logging.getLogger(__name__)


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Resolve, connect and migrate; every failure becomes a DatabaseOpenError."""
    url = resolve_url(db)
    try:
        database = _connect(url, migrate=migrate)
    except DatabaseOpenError as exc:
        logger.warning("Database %s not opened: %s", loggable_url(url), exc.message)
        raise
    logger.info("Database opened: %s", loggable_url(url))
    return database


def _connect(url: str, *, migrate: bool) -> Database:
    engine = create_db_engine(url)
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
