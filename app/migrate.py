"""Alembic migrations on open, with a backup of SQLite files that is restored on failure."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db import Database
from app.errors import DatabaseOpenError
from app.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database: Database | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
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
    return target


def migrate_to_head(database: Database, *, target: str = "head") -> Path | None:
    """Upgrade to ``target``; returns the backup file made for SQLite, if any."""
    current = current_revision(database)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    path = sqlite_path(database)
    backup = None
    if path is not None and current is not None:
        backup = backup_sqlite(path, current)
    config = alembic_config(database)
    try:
        with database.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except Exception as exc:
        if backup is not None and path is not None:
            database.engine.dispose()
            _copy_sqlite(backup, path)
        raise DatabaseOpenError(
            _(
                "The database could not be upgraded ({reason}); it was restored from the "
                "backup {backup}."
            ).format(reason=exc, backup=backup)
            if backup is not None
            else _("The database could not be upgraded: {reason}").format(reason=exc)
        ) from exc
    return backup
