"""The demo data: loads through validation, twice without duplicates, with its planted problems."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import SQLModel, col

from app.checks.find import find_problems
from app.checks.problem import ProblemKind
from app.db.engine import Database, create_db_engine
from app.demo_data.catalogue import VENUES
from app.demo_data.loader import is_empty, load_demo
from app.readers.programme_view import load_trip_programme
from app.services.delegation import list_members
from app.services.trips import get_trip
from models.tables import ProgrammeItem, Trip, Venue


def row_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in SQLModel.metadata.tables.items()
        }


def test_loading_twice_adds_nothing(any_db: Database) -> None:
    assert is_empty(any_db)
    first = load_demo(any_db)
    counts = row_counts(any_db)
    second = load_demo(any_db)
    assert first.created > 100 and second.created == 0
    assert row_counts(any_db) == counts
    assert not is_empty(any_db)


def test_the_april_2026_trip_has_six_members_and_the_planted_problems(demo_db: Database) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    members = list_members(demo_db, trip.id)
    assert len(members) == 6
    assert members[0].member.role == "head" and members[0].member.precedence == 1
    kinds = sorted(p.kind for p in find_problems(load_trip_programme(demo_db, trip.id)))
    assert kinds == sorted([ProblemKind.INTERPRETER_DOUBLE_BOOKED, ProblemKind.INTERPRETER_MISSING])
    assert (trip.start_date.isoformat(), trip.end_date.isoformat()) == ("2026-04-13", "2026-04-21")


def test_venues_load_once_and_every_hokkaido_2026_item_names_one() -> None:
    """Against the tables as the models declare them, so it does not wait for a migration."""
    engine = create_db_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    db = Database(engine=engine, url="sqlite://")
    try:
        load_demo(db)
        second = load_demo(db)
        with db.session() as session:
            venues = {v.slug: v.id for v in session.scalars(select(Venue))}
            trip = session.scalars(select(Trip).where(col(Trip.slug) == "hokkaido-2026")).one()
            items = session.scalars(
                select(ProgrammeItem).where(col(ProgrammeItem.trip_id) == trip.id)
            ).all()
    finally:
        db.close()
    assert {v["slug"] for v in VENUES} <= set(venues)
    assert second.created == 0 and second.skipped >= len(VENUES)
    assert len(items) == 27
    assert all(item.venue_id in venues.values() for item in items)
