"""Loads the demo data (the lists of the ``app.demo_data`` package) in one transaction;
running it twice adds nothing.

Every record goes through the same validation as an edit in the window (venues have no
use case yet and go in as written). Records are matched by their natural keys (slugs;
region + kind + date for agreements …), so a second run finds them and skips them. The
venue directory is loaded before the programmes: an item names its venue by slug
(``"venue"``), the loader sets ``venue_id``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.db.engine import Database
from app.demo_data import catalogue as demo_data
from app.services.followups import clean_follow_up
from app.services.people import clean_person
from app.services.programme import clean_item
from app.services.regions import clean_region
from app.services.trips import clean_trip
from app.services.venues import clean_venue
from app.timeutil import local_day_bounds, local_to_utc, parse_hhmm
from models.ids import id_of
from models.tables import (
    Agreement,
    DelegationMember,
    FollowUp,
    InterpreterAssignment,
    InterpreterLanguagePair,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    RegionStatusChange,
    Trip,
    Venue,
)


@dataclass
class DemoReport:
    created: int = 0
    skipped: int = 0


def is_empty(db: Database) -> bool:
    with db.session() as session:
        return not session.scalar(select(func.count()).select_from(Region))


def _by_slug(session: Session, model: type[Any], slug: str) -> Any:
    """``model``: any table class with a slug column."""
    return session.scalars(select(model).where(model.slug == slug)).first()


#: The keys of a demo item that the loader turns into times, ids and rows of its own;
#: the other keys are the item's values as the programme service takes them.
ITEM_LINKS = frozenset(
    {"key", "trip", "date", "end_date", "start", "end", "venue", "attendees", "interpreters"}
)


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.report = DemoReport()
        self.regions: dict[str, Region] = {}
        self.people: dict[str, Person] = {}
        self.trips: dict[str, Trip] = {}
        self.new_trips: set[str] = set()
        self.items: dict[str, ProgrammeItem] = {}
        self.venues: dict[str, Venue] = {}

    def add(self, obj: Any) -> Any:
        self.session.add(obj)
        self.session.flush()
        self.report.created += 1
        return obj

    def regions_and_history(self) -> None:
        for data in demo_data.REGIONS:
            region = _by_slug(self.session, Region, data["slug"])
            if region is None:
                region = self.add(Region(**clean_region(data)))
            else:
                self.report.skipped += 1
            self.regions[data["slug"]] = region
        for data in demo_data.STATUS_HISTORY:
            region = self.regions[data["region"]]
            exists: RegionStatusChange | Agreement | None = self.session.scalars(
                select(RegionStatusChange).where(
                    col(RegionStatusChange.region_id) == region.id,
                    RegionStatusChange.status == data["status"],
                    RegionStatusChange.since == data["since"],
                )
            ).first()
            if exists is None:
                fields = {k: v for k, v in data.items() if k != "region"}
                self.add(RegionStatusChange(region_id=id_of(region), **fields))
            else:
                self.report.skipped += 1
        for data in demo_data.AGREEMENTS:
            region = self.regions[data["region"]]
            exists = self.session.scalars(
                select(Agreement).where(
                    col(Agreement.region_id) == region.id,
                    Agreement.kind == data["kind"],
                    Agreement.signed_on == data["signed_on"],
                )
            ).first()
            if exists is None:
                fields = {k: v for k, v in data.items() if k != "region"}
                self.add(Agreement(region_id=id_of(region), **fields))
            else:
                self.report.skipped += 1

    def people_and_pairs(self) -> None:
        for data in demo_data.PEOPLE:
            person = _by_slug(self.session, Person, data["slug"])
            if person is not None:
                self.report.skipped += 1
                self.people[data["slug"]] = person
                continue
            values = {k: v for k, v in data.items() if k not in ("region", "interpreter_pairs")}
            region = data.get("region")
            values["region_id"] = self.regions[region].id if region else None
            person = self.add(Person(**clean_person(values)))
            self.people[data["slug"]] = person
            for source, target in data.get("interpreter_pairs", []):
                self.add(InterpreterLanguagePair(person_id=person.id, source=source, target=target))

    def venue_directory(self) -> None:
        """Venues before items: an item names its venue by slug."""
        for data in demo_data.VENUES:
            venue = _by_slug(self.session, Venue, data["slug"])
            if venue is None:
                venue = self.add(Venue(**clean_venue(data)))
            else:
                self.report.skipped += 1
            self.venues[data["slug"]] = venue

    def trips_members_items(self) -> None:
        for data in demo_data.TRIPS:
            trip = _by_slug(self.session, Trip, data["slug"])
            if trip is None:
                values = {k: v for k, v in data.items() if k != "region"}
                values["region_id"] = self.regions[data["region"]].id
                trip = self.add(Trip(**clean_trip(values)))
                self.new_trips.add(data["slug"])
            else:
                self.report.skipped += 1
            self.trips[data["slug"]] = trip
        # Members and programme belong to their trip: a trip found already has them.
        for data in demo_data.MEMBERS:
            if data["trip"] in self.new_trips:
                self.add(
                    DelegationMember(
                        trip_id=id_of(self.trips[data["trip"]]),
                        person_id=id_of(self.people[data["person"]]),
                        role=data["role"],
                        precedence=data["precedence"],
                    )
                )
        for data in demo_data.ITEMS:
            self._item(data)

    def _item(self, data: dict[str, Any]) -> None:
        trip = self.trips[data["trip"]]
        if data["trip"] not in self.new_trips:
            return
        tz = data["timezone"]
        if data.get("all_day"):
            starts_at, ends_at = local_day_bounds(
                data["date"], data.get("end_date", data["date"]), tz
            )
        else:
            starts_at = local_to_utc(data["date"], parse_hhmm(data["start"]), tz)
            ends_at = local_to_utc(data["date"], parse_hhmm(data["end"]), tz, field="end")
        values = {k: v for k, v in data.items() if k not in ITEM_LINKS}
        venue = data.get("venue")
        venue_id = id_of(self.venues[venue]) if venue else None
        values |= {"starts_at": starts_at, "ends_at": ends_at, "venue_id": venue_id}
        cleaned = clean_item(values, trip) | {"venue_id": venue_id}
        item = self.add(ProgrammeItem(trip_id=id_of(trip), **cleaned))
        self.items[data["key"]] = item
        for slug in data.get("attendees", []):
            self.session.add(ItemAttendance(item_id=item.id, person_id=id_of(self.people[slug])))
        for slug, source, target in data.get("interpreters", []):
            self.add(
                InterpreterAssignment(
                    item_id=item.id,
                    person_id=id_of(self.people[slug]),
                    source=source,
                    target=target,
                )
            )

    def follow_ups(self) -> None:
        for data in demo_data.FOLLOW_UPS:
            if _by_slug(self.session, FollowUp, data["slug"]) is not None:
                self.report.skipped += 1
                continue
            values = {k: v for k, v in data.items() if k not in ("region", "trip", "item")}
            values["region_id"] = self.regions[data["region"]].id
            trip_slug, item_key = data.get("trip"), data.get("item")
            values["trip_id"] = self.trips[trip_slug].id if trip_slug else None
            item = self.items.get(item_key) if item_key else None
            values["item_id"] = item.id if item else None
            self.add(FollowUp(**clean_follow_up(values)))


def load_demo(db: Database) -> DemoReport:
    """Regions, people, venues, trips with programmes and follow-ups from the public record."""
    with db.session() as session:
        loader = _Loader(session)
        loader.regions_and_history()
        loader.people_and_pairs()
        loader.venue_directory()
        loader.trips_members_items()
        loader.follow_ups()
        return loader.report
