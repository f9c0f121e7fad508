"""A trip's programme as exports read it: items with attendees and interpreters.

A fixed number of queries, whatever the number of items (exports must not grow N+1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, select
from sqlmodel import col

from app.db.engine import Database
from app.services.base import get_or_raise
from models.enums import Direction
from models.ids import id_of
from models.tables import (
    DelegationMember,
    InterpreterAssignment,
    InterpreterLanguagePair,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
    Venue,
)


def venues_of_trip(trip_id: int | BindParameter[int]) -> Select[Any]:
    """The ids of the venues the trip's items are held at (a subquery)."""
    return select(col(ProgrammeItem.venue_id)).where(col(ProgrammeItem.trip_id) == trip_id)


def own_office_hosts(trip_id: int | BindParameter[int]) -> tuple[ColumnElement[bool], ...]:
    """Who hosts an inbound visit, as conditions on ``Person``: our own office, i.e.
    people of no partner region who are neither in the visiting delegation nor
    interpreters."""
    return (
        col(Person.region_id).is_(None),
        col(Person.id).not_in(
            select(col(DelegationMember.person_id)).where(col(DelegationMember.trip_id) == trip_id)
        ),
        col(Person.id).not_in(select(col(InterpreterLanguagePair.person_id))),
    )


@dataclass(frozen=True)
class ItemView:
    item: ProgrammeItem
    attendees: tuple[Person, ...]
    interpreters: tuple[tuple[Person, InterpreterAssignment], ...]
    venue: Venue | None = None


@dataclass(frozen=True)
class MemberView:
    member: DelegationMember
    person: Person


@dataclass
class TripProgramme:
    trip: Trip
    region: Region
    members: list[MemberView]
    items: list[ItemView]
    person: Person | None = None
    contacts: list[Person] = field(default_factory=list)

    @property
    def person_in_trip(self) -> bool:
        """Whether the programme's person (if one was asked for) is a member of the
        delegation or attends or interprets at one of its items (the items are then
        already those of the person)."""
        person = self.person
        if person is None or self.items:
            return True
        return any(member.person.id == person.id for member in self.members)

    @property
    def interpreters(self) -> list[Person]:
        seen: dict[int, Person] = {}
        for view in self.items:
            for person, _assignment in view.interpreters:
                seen.setdefault(id_of(person), person)
        return list(seen.values())


def load_trip_programme(
    db: Database, trip_id: int, *, person_id: int | None = None, contacts: bool = True
) -> TripProgramme:
    """The trip, its delegation in protocol order and its items in time order.

    With ``person_id`` only the items that person attends (or interprets at) remain;
    ``contacts=False`` leaves out the receiving side's contacts (a calendar has no use
    for them): for an outbound trip the partner region's people, for an inbound one
    our own office's.
    """
    with db.session() as session:
        found = session.execute(
            select(Trip, Region)
            .join(Region, col(Region.id) == Trip.region_id)
            .where(col(Trip.id) == trip_id)
        ).first()
        if found is None:  # the same NotFoundError as a lookup by id
            trip = get_or_raise(session, Trip, trip_id)
            get_or_raise(session, Region, trip.region_id)
        trip, region = found  # type: ignore[misc]  # not None: get_or_raise raised
        person = get_or_raise(session, Person, person_id) if person_id is not None else None
        members = [
            MemberView(m, p)
            for m, p in session.execute(
                select(DelegationMember, Person)
                .join(Person, col(Person.id) == DelegationMember.person_id)
                .where(col(DelegationMember.trip_id) == trip_id)
                .order_by(
                    col(DelegationMember.precedence),
                    col(Person.family_name),
                    col(Person.given_name),
                )
            )
        ]
        items = list(
            session.scalars(
                select(ProgrammeItem)
                .where(col(ProgrammeItem.trip_id) == trip_id)
                .order_by(col(ProgrammeItem.starts_at), col(ProgrammeItem.id))
            )
        )
        # Attendance as id pairs; the attendees are mostly delegation members, whose
        # Person objects are already loaded, so only the others are read (one query,
        # and only if there are any) rather than a Person per attendance row: hundreds
        # of ORM rows for a handful of people.
        pairs = session.execute(
            select(col(ItemAttendance.item_id), col(ItemAttendance.person_id)).where(
                col(ItemAttendance.item_id).in_(
                    select(col(ProgrammeItem.id)).where(col(ProgrammeItem.trip_id) == trip_id)
                )
            )
        ).all()
        people = {mv.person.id: mv.person for mv in members}
        others = {attendee_id for _item_id, attendee_id in pairs} - people.keys()
        if others:
            people.update(
                (p.id, p)
                for p in session.scalars(select(Person).where(col(Person.id).in_(sorted(others))))
            )
        attendees: dict[int, list[Person]] = {}
        for item_id, attendee_id in pairs:
            attendees.setdefault(item_id, []).append(people[attendee_id])
        interpreters: dict[int, list[tuple[Person, InterpreterAssignment]]] = {}
        for assignment, p in session.execute(
            select(InterpreterAssignment, Person)
            .join(Person, col(Person.id) == InterpreterAssignment.person_id)
            .join(ProgrammeItem, col(ProgrammeItem.id) == InterpreterAssignment.item_id)
            .where(col(ProgrammeItem.trip_id) == trip_id)
        ):
            interpreters.setdefault(assignment.item_id, []).append((p, assignment))
        venues = {
            id_of(v): v
            for v in session.scalars(
                select(Venue).where(col(Venue.id).in_(venues_of_trip(trip_id)))
            )
        }
        if trip.direction == Direction.INBOUND.value:
            receiving = select(Person).where(*own_office_hosts(trip_id))
        else:
            receiving = select(Person).where(col(Person.region_id) == region.id)
        partner_contacts = (
            list(
                session.scalars(
                    receiving.order_by(
                        col(Person.precedence), col(Person.family_name), col(Person.given_name)
                    )
                )
            )
            if contacts
            else []
        )

    views = item_views(items, members, attendees, interpreters, venues, person_id=person_id)
    return TripProgramme(
        trip=trip,
        region=region,
        members=members,
        items=views,
        person=person,
        contacts=partner_contacts,
    )


def item_views(
    items: Sequence[Any],
    members: Sequence[MemberView],
    attendees: Mapping[int, list[Any]],
    interpreters: Mapping[int, list[tuple[Any, Any]]],
    venues: Mapping[int, Any],
    *,
    person_id: int | None = None,
) -> list[ItemView]:
    """The items (in the order given) with their attendees in protocol order — members
    by precedence, then everyone else by their own precedence and name — their
    interpreters and their venue. With
    ``person_id`` only the items that person attends or interprets at remain.

    ``attendees`` and ``interpreters`` are keyed by item id; the people may be ORM
    objects or plain records with the same attributes.
    """
    rank = {mv.person.id: (mv.member.precedence, n) for n, mv in enumerate(members)}

    def ordered(people: list[Any]) -> tuple[Any, ...]:
        return tuple(
            sorted(
                people,
                key=lambda p: (
                    rank.get(p.id, (10_000, 0)),
                    p.precedence,
                    p.family_name,
                    p.given_name,
                ),
            )
        )

    views = [
        ItemView(
            item,
            ordered(attendees.get(item.id, [])),
            tuple(interpreters.get(item.id, [])),
            venues.get(item.venue_id) if item.venue_id is not None else None,
        )
        for item in items
    ]
    if person_id is not None:
        views = [
            v
            for v in views
            if any(p.id == person_id for p in v.attendees)
            or any(p.id == person_id for p, _a in v.interpreters)
        ]
    return views
