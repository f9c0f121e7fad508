"""The navigation column's two readers: the early snapshot (stdlib sqlite3, used for
the window's first paint) must list exactly what the services list."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.engine import Database, create_db_engine
from app.db.migrate import migrate_to_head
from app.db.opening import open_database
from app.readers.navigation import NavigationData, TripLink, read_snapshot
from app.services.navigation import navigation_data
from app.services.regions import create_region
from benchmarks.generate import generate


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_snapshot_lists_what_the_services_list(demo_db: Database, db_path: Path, lang: str) -> None:
    expected = navigation_data(demo_db, lang)
    assert expected.trips and expected.regions and expected.open_follow_ups
    assert read_snapshot(db_path, lang) == expected


def test_snapshot_agrees_on_generated_data_with_fallbacks(db: Database, db_path: Path) -> None:
    generate(db, seed=7, scale=0.02)
    # A region named only in Japanese: every language falls back to that name.
    create_region(db, slug="aaa-only-ja", name_ja="十勝", country="JP", timezone="Asia/Tokyo")
    for lang in ("de", "en", "ja"):
        assert read_snapshot(db_path, lang) == navigation_data(db, lang)
    assert read_snapshot(db_path, "de").regions[0].name == "十勝"  # type: ignore[union-attr]


def test_no_snapshot_where_the_database_layer_must_decide(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "missing.db", "en") is None
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a database", encoding="utf-8")
    assert read_snapshot(not_sqlite, "en") is None
    assert read_snapshot(tmp_path, "en") is None  # a folder

    old_path = tmp_path / "old.db"
    old = Database(create_db_engine(f"sqlite:///{old_path}"), f"sqlite:///{old_path}")
    migrate_to_head(old, target="0001")  # needs the upgrade (and its backup) first
    old.close()
    assert read_snapshot(old_path, "en") is None


def test_no_snapshot_of_a_locked_file_and_the_file_is_untouched(
    db: Database, db_path: Path
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    db.close()  # the window's engine holds no connection either while the snapshot reads
    before = db_path.read_bytes()
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("PRAGMA locking_mode=EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        assert read_snapshot(db_path, "en") is None
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert db_path.read_bytes() == before


def _trip(trip_id: int, start: date, end: date, members: int) -> TripLink:
    return TripLink(trip_id, f"Trip {trip_id}", start, end, members)


def test_default_trip_is_the_next_upcoming_one_with_a_delegation() -> None:
    today = date(2026, 11, 22)
    trips = (  # newest first, as the list shows them
        _trip(4, date(2027, 9, 1), date(2027, 9, 8), 3),
        _trip(3, date(2027, 4, 1), date(2027, 4, 8), 0),  # nobody travels yet
        _trip(2, date(2026, 11, 20), date(2026, 11, 25), 5),  # under way
        _trip(1, date(2025, 5, 1), date(2025, 5, 8), 4),
    )
    assert NavigationData((), trips, 0).default_trip(today) == 2
    assert NavigationData((), trips[3:], 0).default_trip(today) == 1  # only past trips
    assert NavigationData((), trips[1:2], 0).default_trip(today) is None
    assert NavigationData((), (), 0).default_trip(today) is None


def test_an_empty_database_has_an_empty_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(str(path)).close()
    assert read_snapshot(path, "ja") == NavigationData((), (), 0)
