"""Statement counts and query plans: list and export queries do not grow with the data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.checks.find import find_problems
from app.db.engine import Database
from app.readers.programme_view import load_trip_programme
from app.services.followups import list_follow_ups
from app.services.programme import set_attendance
from app.services.trips import list_trips
from tests.support import factories as f
from tests.support.query_count import counting


def trip_with_items(db: Database, slug: str, n: int) -> int:
    region = f.region(db, slug=f"r-{slug}")
    trip = f.trip(db, region.id, slug=slug, end_date=date(2026, 4, 21) + timedelta(days=0))
    anna = f.person(db, "Schmidt", "Anna")
    for i in range(n):
        day = date(2026, 4, 13) + timedelta(days=i % 9)
        hour = 6 + (i // 9) % 16
        item = f.item(db, trip.id, day, f"{hour:02d}:00", f"{hour:02d}:30", title=f"Item {i}")
        set_attendance(db, item.id, [anna.id])
    return trip.id  # type: ignore[return-value]


@pytest.mark.parametrize("load", ["programme", "checks"])
def test_statements_do_not_grow_with_the_number_of_items(db: Database, load: str) -> None:
    small, large = trip_with_items(db, "small", 5), trip_with_items(db, "large", 60)
    run = {
        "programme": lambda trip_id: load_trip_programme(db, trip_id),
        "checks": lambda trip_id: find_problems(load_trip_programme(db, trip_id)),
    }[load]
    with counting(db) as few:
        run(small)
    with counting(db) as many:
        run(large)
    assert len(few) == len(many) <= 12


def test_checks_read_only_the_programme_they_are_given(db: Database) -> None:
    trip_id = trip_with_items(db, "checked", 20)
    programme = load_trip_programme(db, trip_id)
    with counting(db) as statements:
        find_problems(programme)
    assert statements == []


def test_list_queries_are_single_statements(db: Database) -> None:
    trip_with_items(db, "one", 3)
    with counting(db) as statements:
        list_trips(db)
        list_follow_ups(db)
    assert len(statements) == 2


PLANS = {
    "programme": "SELECT * FROM programme_item WHERE trip_id = 1 ORDER BY starts_at",
    "trips of region": "SELECT * FROM trip WHERE region_id = 1 ORDER BY start_date",
    "follow-ups": "SELECT * FROM follow_up WHERE region_id = 1 AND status = 'open'",
    "follow-ups by due": "SELECT * FROM follow_up WHERE due < '2026-01-01'",
}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_main_list_queries_use_indexes(any_db: Database, name: str) -> None:
    sql = PLANS[name]
    with any_db.engine.connect() as conn:
        if any_db.is_sqlite:
            plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "USING INDEX" in plan, plan
        else:
            conn.execute(text("SET enable_seqscan = off"))
            plan = " ".join(r[0] for r in conn.execute(text("EXPLAIN " + sql)))
            assert "Index" in plan, plan
