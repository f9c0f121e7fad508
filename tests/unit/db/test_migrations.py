"""Schema migrations: an old database is upgraded on open, with a backup, without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.db.engine import Database, create_db_engine
from app.db.migrate import alembic_config, current_revision, head_revision, migrate_to_head
from app.db.opening import open_database
from app.errors import DatabaseOpenError


def _database_at(path: Path, revision: str) -> Database:
    url = f"sqlite:///{path}"
    db = Database(create_db_engine(url), url)
    migrate_to_head(db, target=revision)
    return db


def test_first_revision_database_is_upgraded_to_head_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = _database_at(path, "0001")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO region (id, slug, name_de, name_en, name_ja, country, timezone, status,"
                " profile_de, profile_en, profile_ja, version, created_at, updated_at) VALUES"
                " (1, 'hokkaido', 'Hokkaidō', 'Hokkaido', '北海道', 'JP', 'Asia/Tokyo', 'partnership',"
                " '', '', '', 3, '2024-07-01 00:00:00', '2026-04-15 00:00:00')"
            )
        )
    assert "ix_trip_region_start" not in {
        i["name"] for i in inspect(old.engine).get_indexes("trip")
    }
    old.close()

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("trip")}
        assert "ix_trip_region_start" in indexes
        with db.engine.connect() as conn:
            row = conn.execute(text("SELECT slug, name_ja, version FROM region")).one()
        assert tuple(row) == ("hokkaido", "北海道", 3)
    finally:
        db.close()
    backups = list(tmp_path.glob("old.db.0001.*.bak"))
    assert len(backups) == 1


def test_a_failing_migration_restores_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    old = _database_at(path, "0001")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO region (slug, name_de, name_en, name_ja, country, timezone, status,"
                " profile_de, profile_en, profile_ja, version, created_at, updated_at) VALUES"
                " ('keep-me', '', 'Keep', '', 'GB', 'Europe/London', 'contact', '', '', '', 1,"
                " '2021-09-03 00:00:00', '2021-09-03 00:00:00')"
            )
        )
    old.close()

    real_upgrade = command.upgrade

    def upgrade_then_fail(config, target):  # type: ignore[no-untyped-def]
        real_upgrade(config, target)
        conn = config.attributes["connection"]
        conn.execute(text("DELETE FROM region"))
        raise RuntimeError("disk hiccup during migration")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(DatabaseOpenError, match="restored from the backup"):
        open_database(str(path))
    monkeypatch.setattr(command, "upgrade", real_upgrade)

    url = f"sqlite:///{path}"
    check = Database(create_db_engine(url), url)
    try:
        assert current_revision(check) == "0001"
        with check.engine.connect() as conn:
            assert conn.execute(text("SELECT slug FROM region")).scalar_one() == "keep-me"
    finally:
        check.close()


def test_models_and_migrations_agree(db: Database) -> None:
    """A change to models/ without a migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    import models.tables  # noqa: F401  (the tables register on the metadata)

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_alembic_config_points_at_the_package() -> None:
    config = alembic_config()
    assert Path(config.get_main_option("script_location"), "env.py").is_file()


def test_head_constant_names_the_newest_migration() -> None:
    """Opening an up-to-date database trusts HEAD_REVISION instead of asking Alembic;
    a new migration file without updating the constant would skip that migration."""
    from app.db.schema_version import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_up_to_date_database_is_recognised_without_alembic(tmp_path: Path) -> None:
    from app.db.migrate import stamped_revision

    path = tmp_path / "current.db"
    db = open_database(str(path))
    try:
        assert stamped_revision(db) == head_revision()
        assert migrate_to_head(db) is None
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
        assert stamped_revision(db) is None  # empty table: Alembic decides
    finally:
        db.close()
    empty = Database(create_db_engine(f"sqlite:///{tmp_path / 'empty.db'}"), "sqlite://")
    try:
        assert stamped_revision(empty) is None  # no alembic_version table at all
    finally:
        empty.close()


def test_up_to_date_check_on_both_backends(any_db: Database) -> None:
    """SQLite and PostgreSQL: a migrated database reads as current without Alembic."""
    from app.db.migrate import stamped_revision

    assert stamped_revision(any_db) == head_revision()
    assert migrate_to_head(any_db) is None
