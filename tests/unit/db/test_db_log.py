"""What opening, migrating and restoring a database leaves in the log: the events,
the URL with its password masked, the traceback of a failed migration."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.db.engine import Database, create_db_engine, loggable_url
from app.db.location import redact_url
from app.db.migrate import migrate_to_head
from app.db.opening import open_database
from app.errors import DatabaseOpenError
from app.logs import configure_logging
from tests.support.logs import log_text

PASSWORD = "s3cret-pw"


@pytest.fixture(autouse=True)
def _logging() -> None:
    configure_logging(debug=True)  # the most the log ever says


def _old_database(path: Path) -> None:
    url = f"sqlite:///{path}"
    db = Database(create_db_engine(url), url)
    migrate_to_head(db, target="0001")
    db.close()


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://planner:{PASSWORD}@127.0.0.1:9/planner",
        f"postgresql://planner@127.0.0.1:9/planner?password={PASSWORD}&sslmode=disable",
    ],
)
def test_an_unreachable_server_is_logged_without_its_password(url: str) -> None:
    with pytest.raises(DatabaseOpenError):
        open_database(url)
    log = log_text()
    assert "WARNING app.db.opening" in log and "not opened" in log
    assert "planner:***@127.0.0.1:9" in log or "password=***" in log
    assert PASSWORD not in log


def test_loggable_url_masks_both_places_a_password_can_be() -> None:
    assert loggable_url(f"postgresql+psycopg://anna:{PASSWORD}@host/db") == (
        "postgresql+psycopg://anna:***@host/db"
    )
    assert PASSWORD not in loggable_url(f"postgresql+psycopg://anna@host/db?password={PASSWORD}")
    assert redact_url(f"postgresql://h/db?sslmode=require&PASSWORD={PASSWORD}") == (
        "postgresql://h/db?sslmode=require&PASSWORD=***"
    )
    assert loggable_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_opening_and_migrating_an_old_file_is_logged_with_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    open_database(str(path)).close()
    log = log_text()
    (backup,) = tmp_path.glob("old.db.0001.*.bak")
    assert f"Backup of {path} written before migrating: {backup}" in log
    assert "Migrating the database from 0001 to " in log
    assert "INFO app.db.migrate" in log and "Database migrated to" in log
    assert f"Database opened: sqlite:///{path}" in log
    assert "Database closed" in log  # at debug level


def test_a_failed_migration_logs_its_traceback_and_the_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    _old_database(path)

    def fail(_config: object, _target: str) -> None:
        raise RuntimeError("disk hiccup during migration")

    monkeypatch.setattr(command, "upgrade", fail)
    with pytest.raises(DatabaseOpenError):
        open_database(str(path))
    log = log_text()
    assert "ERROR app.db.migrate" in log and "Migration to" in log
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: disk hiccup during migration" in log
    assert f"{path} restored from the backup" in log
    assert f"Database {f'sqlite:///{path}'} not opened" in log


def test_record_contents_stay_out_of_error_messages(db: Database) -> None:
    """A database error that escapes to the log or a dialog shows the statement, never
    its parameters: they are record contents."""
    from sqlalchemy.exc import IntegrityError

    from tests.support import factories as f

    f.region(db)
    with pytest.raises(IntegrityError) as raised, db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO region (slug, name_en) VALUES (:slug, :name)"),
            {"slug": "hokkaido", "name": "Erdnussallergie"},
        )
    assert "Erdnussallergie" not in str(raised.value)
