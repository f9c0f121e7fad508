"""A trip's programme as the calendar export reads it: plain records, no ORM objects.

The same programme as :func:`app.programme_view.load_trip_programme` (same items in
the same order, same attendees and interpreters in the same order, the same filter
for one person), read with Core selects of only the columns the export writes. An
export only reads the rows once, so building and tracking ORM objects for them was
a third of the export's own cost.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, select

from app.db import Database
from app.programme_view import ItemView, MemberView, TripProgramme
from app.services.base import get_or_raise
from models.tables import (
    DelegationMember,
    InterpreterAssignment,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
)

__all__ = ["load_calendar_programme"]


class PersonRecord(NamedTuple):
    """What the export writes of a person: the name and the sensitive fields."""

    id: int
    title: str | None
    given_name: str
    family_name: str
    native_name: str | None
    family_name_first: bool
    phone_private: str
    dietary_notes: str
    health_notes: str


class ItemRecord(NamedTuple):
    """What the export writes of a programme item."""

    id: int
    external_uid: str | None
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
    venue_name: str
    venue_address: str
    topic: str
    hosts: str
    notes: str
    interpreting_needed: bool
    status: str
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


class RegionRecord(NamedTuple):
    id: int
    timezone: str


class MemberRecord(NamedTuple):
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
    attendance: Select[Any]
    people: Select[Any]
    interpreters: Select[Any]


@cache
def _statements() -> _Statements:
    """The selects, built once: a statement object used again skips SQLAlchemy's
    construction and result-column matching, not only the SQL compilation."""
    trip_id = bindparam("trip_id")
    person = _columns(Person, PersonRecord)
    items_of_trip = select(ProgrammeItem.id).where(ProgrammeItem.trip_id == trip_id)
    return _Statements(
        trip=select(*_columns(Trip, TripRecord), *_columns(Region, RegionRecord))
        .join(Region, Region.id == Trip.region_id).where(Trip.id == trip_id),
        person=select(*person).where(Person.id == bindparam("person_id")),
        # Members, attendance and interpreters: the joins, filters and orders of
        # load_trip_programme, so that rows that tie (or have no order) come in the
        # same order there and here.
        members=select(DelegationMember.precedence, *person)
        .join(Person, Person.id == DelegationMember.person_id)
        .where(DelegationMember.trip_id == trip_id)
        .order_by(DelegationMember.precedence, Person.family_name, Person.given_name),
        items=select(*_columns(ProgrammeItem, ItemRecord))
        .where(ProgrammeItem.trip_id == trip_id)
        .order_by(ProgrammeItem.starts_at, ProgrammeItem.id),
        attendance=select(ItemAttendance.item_id, ItemAttendance.person_id)
        .where(ItemAttendance.item_id.in_(items_of_trip)),
        people=select(*person).where(Person.id.in_(bindparam("ids", expanding=True))),
        interpreters=select(*_columns(InterpreterAssignment, AssignmentRecord), *person)
        .join(Person, Person.id == InterpreterAssignment.person_id)
        .join(ProgrammeItem, ProgrammeItem.id == InterpreterAssignment.item_id)
        .where(ProgrammeItem.trip_id == trip_id),
    )


def load_calendar_programme(
    db: Database, trip_id: int, *, person_id: int | None = None
) -> TripProgramme:
    """The trip's programme (or one person's part of it) with records for the export;
    no partner-side contacts. NotFoundError for an unknown trip or person."""
    q = _statements()
    key = {"trip_id": trip_id}
    with db.session() as session:
        conn = session.connection()
        found = conn.execute(q.trip, key).first()
        if found is None:  # the same NotFoundError as a lookup by id
            trip_obj = get_or_raise(session, Trip, trip_id)
            get_or_raise(session, Region, trip_obj.region_id)
        n_trip = len(TripRecord._fields)
        trip = TripRecord._make(found[:n_trip])  # type: ignore[index]
        region = RegionRecord._make(found[n_trip:])  # type: ignore[index]
        person: PersonRecord | None = None
        if person_id is not None:
            row = conn.execute(q.person, {"person_id": person_id}).first()
            if row is None:
                get_or_raise(session, Person, person_id)
            person = PersonRecord._make(row)  # type: ignore[arg-type]
        members = [MemberView(MemberRecord(row[0]), PersonRecord._make(row[1:]))  # type: ignore[arg-type]
                   for row in conn.execute(q.members, key).all()]
        items = list(map(ItemRecord._make, conn.execute(q.items, key).all()))
        pairs = conn.execute(q.attendance, key).all()
        # One record per person, as the ORM's identity map gives one object per row:
        # the export formats each person's name once.
        people: dict[int, PersonRecord] = {mv.person.id: mv.person for mv in members}  # type: ignore[misc]
        others = {attendee_id for _item_id, attendee_id in pairs} - people.keys()
        if others:
            people.update((row[0], PersonRecord._make(row)) for row in conn.execute(
                q.people, {"ids": sorted(others)}).all())
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

    rank = {mv.person.id: (mv.member.precedence, n) for n, mv in enumerate(members)}

    def ordered(group: list[PersonRecord]) -> tuple[PersonRecord, ...]:
        return tuple(sorted(group, key=lambda p: (rank.get(p.id, (10_000, 0)),
                                                  p.family_name, p.given_name)))

    views = [ItemView(item, ordered(attendees.get(item.id, [])),  # type: ignore[arg-type]
                      tuple(interpreters.get(item.id, [])))  # type: ignore[arg-type]
             for item in items]
    if person_id is not None:
        views = [v for v in views
                 if any(p.id == person_id for p in v.attendees)
                 or any(p.id == person_id for p, _a in v.interpreters)]
    return TripProgramme(trip=trip, region=region, members=members,  # type: ignore[arg-type]
                         items=views, person=person)  # type: ignore[arg-type]
