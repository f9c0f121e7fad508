"""Opening databases: where, how, and what happens with bad ones."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.db.engine import default_sqlite_path, redact_url, resolve_url
from app.db.opening import open_database
from app.errors import DatabaseOpenError


def test_location_order_flag_then_environment_then_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("DELEGATION_PLANNER_DB", "postgresql://u:secret@db.example/planner")
    assert resolve_url(None) == "postgresql+psycopg://u:secret@db.example/planner"
    assert resolve_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    monkeypatch.delenv("DELEGATION_PLANNER_DB")
    default = resolve_url(None)
    assert default == f"sqlite:///{default_sqlite_path()}"
    assert str(default_sqlite_path()).startswith(os.environ["XDG_DATA_HOME"])


def test_default_database_is_private_and_in_wal_mode() -> None:
    db = open_database(None)
    try:
        path = default_sqlite_path()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_garbage_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    garbage = b"this is not a database\x00\xff" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        open_database(str(path))
    assert path.read_bytes() == garbage


def test_unsupported_and_unreachable_urls(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="Unsupported database URL"):
        open_database("mysql://user:pw@localhost/db")
    with pytest.raises(DatabaseOpenError) as raised:
        open_database("postgresql+psycopg://planner:topsecret@127.0.0.1:9/planner")
    assert "topsecret" not in raised.value.message
    assert "cannot be reached" in raised.value.message


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a directory"):
        open_database(str(tmp_path))


def test_redact_url_hides_passwords() -> None:
    assert redact_url("postgresql+psycopg://anna:s3cr3t@host/db") == (
        "postgresql+psycopg://anna:***@host/db"
    )
    assert redact_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
