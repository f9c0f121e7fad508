"""Alembic migrations on open, with a backup of SQLite files that is restored on failure.

A database already at :data:`~app.db.schema_version.HEAD_REVISION` is recognised by one
query of its ``alembic_version`` table; Alembic itself is imported only when there
is something to upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from app.db.engine import Database
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


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe with WAL and open readers)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")
    _copy_sqlite(path, target)
    target.chmod(0o600)
    logger.info("Backup of %s written before migrating: %s", path, target)
    return target


def migrate_to_head(database: Database, *, target: str = "head") -> Path | None:
    """Upgrade to ``target``; returns the backup file made for SQLite, if any."""
    if target in ("head", HEAD_REVISION) and stamped_revision(database) == HEAD_REVISION:
        return None
    from alembic import command

    current = current_revision(database)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    path = sqlite_path(database)
    backup = None
    if path is not None and current is not None:
        backup = backup_sqlite(path, current)
    config = alembic_config(database)
    logger.info("Migrating the database from %s to %s", current or "an empty schema", wanted)
    try:
        with database.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except Exception as exc:
        logger.exception("Migration to %s failed", wanted)
        if backup is not None and path is not None:
            database.engine.dispose()
            _copy_sqlite(backup, path)
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
