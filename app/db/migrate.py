"""Alembic migrations on open, with a backup of SQLite files that is restored on failure.

A database already at :data:`~app.db.schema_version.HEAD_REVISION` is recognised by one
query of its ``alembic_version`` table; Alembic itself is imported only when there
is something to upgrade.

All revisions of one upgrade run in one transaction, on SQLite too: a program killed
while migrating leaves the file exactly as it was. A file left half-migrated by an
older version (which let SQLite commit each CREATE on its own) is put back from the
backup that version wrote before it started.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from app.db.backups import backups_of, copy_sqlite, write_backup
from app.db.engine import Database, create_db_engine
from app.db.schema_state import ahead_of_stamp, open_existing, row_counts, schema_objects, stamp_of
from app.db.schema_version import HEAD_REVISION
from app.errors import DatabaseOpenError
from app.locale.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

logger = logging.getLogger(__name__)


def alembic_config(database: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision in the migration scripts (Alembic's own reading)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stamped_revision(database: Database) -> str | None:
    """The revision in ``alembic_version`` by a plain query; None when the table is
    missing, empty or holds more than one row (Alembic then decides)."""
    try:
        with database.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except SQLAlchemyError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def sqlite_path(database: Database) -> Path | None:
    name = database.engine.url.database
    if database.is_sqlite and name and name != ":memory:":
        return Path(name)
    return None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


@cache
def objects_at(revision: str | None) -> frozenset[tuple[str, str]]:
    """The tables and indexes of a database migrated to ``revision``, built once in
    memory by the migrations themselves (no list to keep in step by hand)."""
    if revision is None:
        return frozenset()
    database = Database(create_db_engine("sqlite://"), "sqlite://")
    try:
        migrate_to_head(database, target=revision)
        with database.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return schema_objects(raw)
    finally:
        database.close()


@contextmanager
def ddl_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that holds the DDL too. pysqlite would run CREATE INDEX outside
    any transaction (it only opens one before INSERT/UPDATE/DELETE), so on SQLite its
    own handling is switched off and the transaction is begun here."""
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        previous = raw.isolation_level
        raw.isolation_level = None
        # SQLite changes a table by copying it into a new one and dropping the old; with
        # foreign keys on, that DROP deletes the rows first and so CASCADEs into every
        # table that points at it (attendance, assignments …). SQLite's own procedure
        # for such changes: keys off (only possible outside a transaction), change, then
        # check every key before the commit.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():  # commit/rollback reach raw.commit()/rollback()
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise sqlite3.IntegrityError(
                        f"{len(broken)} rows point at rows that do not exist ({broken[0][0]})"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.isolation_level = previous  # the connection goes back to the pool


def recover_half_migration(database: Database, path: Path, current: str | None) -> Path | None:
    """When ``path`` holds objects of revisions after ``current``, put back the newest
    backup at ``current`` that is whole and holds as many rows; returns that backup
    (None when the file was fine)."""
    newer = objects_at(head_revision()) - objects_at(current)
    conn = open_existing(path)
    try:
        if not ahead_of_stamp(conn, newer):
            return None
        counts = row_counts(conn)
    finally:
        conn.close()
    logger.warning("%s was left half-migrated beyond revision %s", path, current)
    for candidate in backups_of(path, current or "empty"):
        check = open_existing(candidate)
        try:
            usable = (
                stamp_of(check) == current
                and not ahead_of_stamp(check, newer)
                and row_counts(check) == counts
            )
        except sqlite3.Error:
            usable = False
        finally:
            check.close()
        if usable:
            database.engine.dispose()
            copy_sqlite(candidate, path)
            logger.warning("%s restored from the backup %s", path, candidate)
            return candidate
    raise DatabaseOpenError(
        _(
            "The database '{path}' was left half-upgraded by an interrupted start and no "
            "matching backup was found next to it; it was left untouched."
        ).format(path=path)
    )


def migrate_to_head(database: Database, *, target: str = "head") -> Path | None:
    """Upgrade to ``target``; returns the backup file made for SQLite, if any."""
    if target in ("head", HEAD_REVISION) and stamped_revision(database) == HEAD_REVISION:
        return None
    from alembic import command

    current = current_revision(database)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseOpenError(
            _(
                "The database was made by a newer version of Delegation Planner or by "
                "another program (schema {revision}); it was left untouched."
            ).format(revision=current)
        )
    path = sqlite_path(database)
    backup = None
    if path is not None:
        backup = recover_half_migration(database, path, current)
        if backup is None and current is not None:
            backup = write_backup(path, current)
    config = alembic_config(database)
    logger.info("Migrating the database from %s to %s", current or "an empty schema", wanted)
    try:
        with ddl_transaction(database.engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except Exception as exc:
        logger.exception("Migration to %s failed", wanted)
        if backup is not None and path is not None:
            database.engine.dispose()
            copy_sqlite(backup, path)
            logger.warning("%s restored from the backup %s", path, backup)
        raise DatabaseOpenError(
            _(
                "The database could not be upgraded ({reason}); it was restored from the "
                "backup {backup}."
            ).format(reason=exc, backup=backup)
            if backup is not None
            else _("The database could not be upgraded: {reason}").format(reason=exc)
        ) from exc
    logger.info("Database migrated to %s", wanted)
    return backup
