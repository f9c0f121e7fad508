"""A trip's programme as the exports read it: plain records, no ORM objects.

The same programme as :func:`app.readers.programme_view.load_trip_programme` (same items in
the same order, same attendees and interpreters in the same order, the same filter
for one person, the same partner-side contacts when asked for), read with Core
selects of the columns the calendar and the itinerary use. An export reads every
row once and changes none, so what ORM objects add (identity map, change tracking)
would be pure overhead in every export.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, Select, bindparam, select
from sqlmodel import col

from app.db.engine import Database
from app.readers.programme_view import (
    MemberView,
    TripProgramme,
    item_views,
    own_office_hosts,
    venues_of_trip,
)
from app.services.base import get_or_raise
from models.enums import Direction
from models.tables import (
    DelegationMember,
    InterpreterAssignment,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
    Venue,
)

__all__ = ["load_programme_records"]


class PersonRecord(NamedTuple):
    """What the exports use of a person: name, function, contact, personal notes."""

    id: int
    academic_title: str | None
    salutation: str
    given_name: str
    family_name: str
    native_name: str | None
    name_ja: str
    family_name_first: bool
    precedence: int
    function_de: str
    function_en: str
    function_ja: str
    organisation_de: str
    organisation_en: str
    organisation_ja: str
    email: str
    phone: str
    phone_private: str
    dietary_notes: str
    health_notes: str
    #: The partner region the person belongs to; None: our own side.
    region_id: int | None


class ItemRecord(NamedTuple):
    """What the exports use of a programme item."""

    id: int
    starts_at: datetime
    ends_at: datetime
    timezone: str
    all_day: bool
    title_de: str
    title_en: str
    title_ja: str
    description_de: str
    description_en: str
    description_ja: str
    venue_id: int | None
    hosts_de: str
    hosts_en: str
    hosts_ja: str
    dress_code_de: str
    dress_code_en: str
    dress_code_ja: str
    meeting_point_de: str
    meeting_point_en: str
    meeting_point_ja: str
    notes_de: str
    notes_en: str
    notes_ja: str
    internal_notes_de: str
    internal_notes_en: str
    internal_notes_ja: str
    interpreting_needed: bool
    status: str
    external_uid: str | None
    topic: str
    version: int
    created_at: datetime
    updated_at: datetime


class TripRecord(NamedTuple):
    id: int
    slug: str
    title_de: str
    title_en: str
    title_ja: str
    start_date: date
    end_date: date
    direction: str
    status: str


class RegionRecord(NamedTuple):
    id: int
    name_de: str
    name_en: str
    name_ja: str
    timezone: str


class VenueRecord(NamedTuple):
    id: int
    slug: str
    name_de: str
    name_en: str
    name_ja: str
    address_de: str
    address_en: str
    address_ja: str
    timezone: str
    latitude: float | None
    longitude: float | None


class MemberRecord(NamedTuple):
    role: str
    precedence: int


class AssignmentRecord(NamedTuple):
    item_id: int
    source: str
    target: str


def _columns(table: Any, record: type[NamedTuple]) -> list[Any]:
    return [getattr(table, name) for name in record._fields]


class _Statements(NamedTuple):
    trip: Select[Any]
    person: Select[Any]
    members: Select[Any]
    items: Select[Any]
    attendance: Select[int, int]  # (item id, person id)
    people: Select[Any]
    interpreters: Select[Any]
    contacts: Select[Any]
    own_contacts: Select[Any]
    venues: Select[Any]


@cache
def _statements() -> _Statements:
    """The selects, built once (a statement used again skips SQLAlchemy's
    construction and result-column matching, not only the SQL compilation)."""
    trip_id: BindParameter[int] = bindparam("trip_id")
    person = _columns(Person, PersonRecord)
    items_of_trip = select(col(ProgrammeItem.id)).where(col(ProgrammeItem.trip_id) == trip_id)
    return _Statements(
        trip=select(*_columns(Trip, TripRecord), *_columns(Region, RegionRecord))
        .join(Region, col(Region.id) == Trip.region_id)
        .where(col(Trip.id) == trip_id),
        person=select(*person).where(col(Person.id) == bindparam("person_id")),
        # The joins, filters and orders of load_trip_programme, so that rows that tie
        # (or have no order) come in the same order there and here.
        members=select(*_columns(DelegationMember, MemberRecord), *person)
        .join(Person, col(Person.id) == DelegationMember.person_id)
        .where(col(DelegationMember.trip_id) == trip_id)
        .order_by(
            col(DelegationMember.precedence), col(Person.family_name), col(Person.given_name)
        ),
        items=select(*_columns(ProgrammeItem, ItemRecord))
        .where(col(ProgrammeItem.trip_id) == trip_id)
        .order_by(col(ProgrammeItem.starts_at), col(ProgrammeItem.id)),
        attendance=select(col(ItemAttendance.item_id), col(ItemAttendance.person_id)).where(
            col(ItemAttendance.item_id).in_(items_of_trip)
        ),
        people=select(*person).where(col(Person.id).in_(bindparam("ids", expanding=True))),
        interpreters=select(*_columns(InterpreterAssignment, AssignmentRecord), *person)
        .join(Person, col(Person.id) == InterpreterAssignment.person_id)
        .join(ProgrammeItem, col(ProgrammeItem.id) == InterpreterAssignment.item_id)
        .where(col(ProgrammeItem.trip_id) == trip_id),
        contacts=select(*person)
        .where(col(Person.region_id) == bindparam("region_id"))
        .order_by(col(Person.precedence), col(Person.family_name), col(Person.given_name)),
        own_contacts=select(*person)
        .where(*own_office_hosts(trip_id))
        .order_by(col(Person.precedence), col(Person.family_name), col(Person.given_name)),
        venues=select(*_columns(Venue, VenueRecord)).where(
            col(Venue.id).in_(venues_of_trip(trip_id))
        ),
    )


def load_programme_records(
    db: Database, trip_id: int, *, person_id: int | None = None, contacts: bool = False
) -> TripProgramme:
    """The trip's programme (or one person's part of it) as records, with the
    receiving side's contacts if asked for (outbound: the partner region's people;
    inbound: our own office's). NotFoundError for an unknown trip or person."""
    q = _statements()
    key = {"trip_id": trip_id}
    with db.session() as session:
        conn = session.connection()
        found = conn.execute(q.trip, key).first()
        if found is None:  # the same NotFoundError as a lookup by id
            trip_obj = get_or_raise(session, Trip, trip_id)
            get_or_raise(session, Region, trip_obj.region_id)
        n_trip = len(TripRecord._fields)
        # found is not None here: get_or_raise above raised for a missing trip or region.
        trip = TripRecord._make(found[:n_trip])  # type: ignore[index]
        region = RegionRecord._make(found[n_trip:])  # type: ignore[index]
        person: PersonRecord | None = None
        if person_id is not None:
            row = conn.execute(q.person, {"person_id": person_id}).first()
            if row is None:
                get_or_raise(session, Person, person_id)
            person = PersonRecord._make(row)  # type: ignore[arg-type]  # not None: see above
        n_member = len(MemberRecord._fields)
        # From here on the records stand in for the ORM objects that the views declare:
        # they have every column the exports read (see the module docstring).
        members = [
            MemberView(
                MemberRecord._make(row[:n_member]),  # type: ignore[arg-type]
                PersonRecord._make(row[n_member:]),  # type: ignore[arg-type]
            )
            for row in conn.execute(q.members, key).all()
        ]
        items = list(map(ItemRecord._make, conn.execute(q.items, key).all()))
        venues = {row[0]: VenueRecord._make(row) for row in conn.execute(q.venues, key).all()}
        pairs = conn.execute(q.attendance, key).all()
        # One record per person, as the ORM's identity map gives one object per row:
        # the document formats each person's name once.
        people: dict[int, PersonRecord] = {
            mv.person.id: mv.person  # type: ignore[misc]  # a PersonRecord (see above)
            for mv in members
        }
        others = {attendee_id for _item_id, attendee_id in pairs} - people.keys()
        if others:
            people.update(
                (row[0], PersonRecord._make(row))
                for row in conn.execute(q.people, {"ids": sorted(others)}).all()
            )
        attendees: dict[int, list[PersonRecord]] = {}
        for item_id, attendee_id in pairs:
            attendees.setdefault(item_id, []).append(people[attendee_id])
        interpreters: dict[int, list[tuple[PersonRecord, AssignmentRecord]]] = {}
        n_assignment = len(AssignmentRecord._fields)
        for row in conn.execute(q.interpreters, key).all():
            assignment = AssignmentRecord._make(row[:n_assignment])
            interpreter = people.get(row[n_assignment])
            if interpreter is None:
                interpreter = people[row[n_assignment]] = PersonRecord._make(row[n_assignment:])
            interpreters.setdefault(assignment.item_id, []).append((interpreter, assignment))
        partners = (
            [PersonRecord._make(row) for row in _contact_rows(conn, q, trip, region.id)]
            if contacts
            else []
        )

    views = item_views(items, members, attendees, interpreters, venues, person_id=person_id)
    # The records stand in for the ORM objects TripProgramme declares (see above).
    return TripProgramme(
        trip=trip,  # type: ignore[arg-type]
        region=region,  # type: ignore[arg-type]
        members=members,
        items=views,
        person=person,  # type: ignore[arg-type]
        contacts=partners,  # type: ignore[arg-type]
    )


def _contact_rows(conn: Any, q: _Statements, trip: TripRecord, region_id: int) -> list[Any]:
    """The receiving side's contacts in protocol precedence."""
    if trip.direction == Direction.INBOUND.value:
        return list(conn.execute(q.own_contacts, {"trip_id": trip.id}).all())
    return list(conn.execute(q.contacts, {"region_id": region_id}).all())
