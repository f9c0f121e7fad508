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
from app.services.venues import add_venue
from app.timeutil import local_to_utc
from models.tables import (
    InterpreterAssignment,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
    Venue,
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
    venue_name, venue_address = kw.pop("venue_name", ""), kw.pop("venue_address", "")
    values = {
        "starts_at": local_to_utc(day, time.fromisoformat(start), tz),
        "ends_at": local_to_utc(day, time.fromisoformat(end), tz),
        "timezone": tz,
        "title_en": title,
    } | kw
    if venue_name or venue_address:
        values["venue_id"] = venue(db, venue_name, venue_address, tz=tz).id
    return create_item(db, trip_id, **values)


def venue(db: Database, name: str, address: str = "", *, tz: str = "Asia/Tokyo") -> Venue:
    """The venue of this English name and address, added to the directory if new."""
    with db.session() as s:
        found = s.scalars(
            select(Venue).where(Venue.name_en == name, Venue.address_en == address)
        ).first()
    if found is not None:
        return found
    return add_venue(db, name_en=name or address, address_en=address, timezone=tz)


def person(db: Database, family: str, given: str = "", **kw: Any) -> Person:
    if "title" in kw:
        kw["academic_title"] = kw.pop("title")
    if "organisation" in kw:
        kw["organisation_en"] = kw.pop("organisation")
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
