"""Small builders for test records, going through the real services."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select

from app.db.engine import Database
from app.services.people import create_person
from app.services.programme import create_item
from app.services.regions import create_region
from app.services.trips import create_trip
from app.timeutil import local_to_utc
from models.tables import (
    InterpreterAssignment,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
)


def region(db: Database, slug: str = "hokkaido", **kw: Any) -> Region:
    values = {
        "slug": slug,
        "name_de": "Hokkaidō",
        "name_en": "Hokkaido",
        "name_ja": "北海道",
        "country": "JP",
        "timezone": "Asia/Tokyo",
        "status": "partnership",
    } | kw
    return create_region(db, **values)


def trip(db: Database, region_id: int, slug: str = "trip-2026", **kw: Any) -> Trip:
    values = {
        "slug": slug,
        "region_id": region_id,
        "title_en": "Visit to Hokkaido",
        "title_de": "Besuch in Hokkaidō",
        "start_date": date(2026, 4, 13),
        "end_date": date(2026, 4, 21),
        "direction": "outbound",
    } | kw
    return create_trip(db, **values)


def item(
    db: Database,
    trip_id: int,
    day: date,
    start: str,
    end: str,
    *,
    tz: str = "Asia/Tokyo",
    title: str = "Meeting",
    **kw: Any,
) -> ProgrammeItem:
    values = {
        "starts_at": local_to_utc(day, time.fromisoformat(start), tz),
        "ends_at": local_to_utc(day, time.fromisoformat(end), tz),
        "timezone": tz,
        "title_en": title,
    } | kw
    return create_item(db, trip_id, **values)


def person(db: Database, family: str, given: str = "", **kw: Any) -> Person:
    return create_person(db, family_name=family, given_name=given, **kw)


def people_on_trip(db: Database, trip_id: int) -> list[int]:
    """Everyone who attends or interprets at one of the trip's items (sorted ids)."""
    with db.session() as s:
        attendees = s.scalars(
            select(ItemAttendance.person_id)
            .join(ProgrammeItem)
            .where(ProgrammeItem.trip_id == trip_id)
            .distinct()
        )
        interpreters = s.scalars(
            select(InterpreterAssignment.person_id)
            .join(ProgrammeItem)
            .where(ProgrammeItem.trip_id == trip_id)
            .distinct()
        )
        return sorted(set(attendees) | set(interpreters))
