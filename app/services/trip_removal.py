"""Deleting a trip with everything that belongs to it — and putting it back.

A trip's programme items, their attendance and interpreter assignments, and its
delegation go with it (the database cascades); follow-up actions stay and lose
their link to the trip. :func:`delete_trip_keeping_contents` reads all of that and
deletes the trip in one transaction, so what it returns is exactly what was deleted;
:func:`restore_trip` writes it back in one transaction (for undo) and re-links the
follow-ups that nobody has linked elsewhere in the meantime.

Restored records get new ids. Items keep the calendar UID they had, so a calendar
that imported the trip's .ics updates its events instead of doubling them, and every
restored record is written one version above the one deleted: an item's SEQUENCE
(its version minus one) never goes back for its UID, or calendars that hold the
higher number would ignore every later change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from app.db.engine import Database
from app.ics.uids import derived_uid
from app.services.base import get_or_raise, integrity_message, versioned_delete
from models.ids import id_of
from models.tables import (
    DelegationMember,
    FollowUp,
    InterpreterAssignment,
    ItemAttendance,
    ProgrammeItem,
    Trip,
    utcnow,
)

#: Columns a restored record does not take over: it gets a new id, the version after
#: the deleted one (:func:`restored_version`) and records when it was written again.
_NOT_COPIED = frozenset({"id", "version", "created_at", "updated_at"})


#: The records a trip deletion takes along and its undo writes back.
_Copied = Trip | ProgrammeItem | DelegationMember | InterpreterAssignment


@dataclass(frozen=True)
class Saved:
    """One deleted row: its id and version then, and its column values."""

    id: int
    version: int
    values: dict[str, Any]


@dataclass(frozen=True)
class TripContents:
    trip: Saved
    items: tuple[Saved, ...]
    attendance: tuple[tuple[int, int], ...]  # (item id, person id)
    members: tuple[Saved, ...]
    assignments: tuple[Saved, ...]
    follow_ups: tuple[tuple[int, int | None], ...]  # (follow-up id, item id or None)


@dataclass(frozen=True)
class RestoredTrip:
    trip: tuple[int, int]  # (old id, new id)
    items: dict[int, int]  # old id -> new id, likewise below
    members: dict[int, int]
    assignments: dict[int, int]


def _saved(obj: _Copied) -> Saved:
    values = {
        column.name: getattr(obj, column.name)
        # SQLAlchemy sets __table__ on every table class; SQLModel's types do not declare it.
        for column in obj.__table__.columns  # type: ignore[union-attr]
        if column.name not in _NOT_COPIED
    }
    return Saved(id_of(obj), int(obj.version), values)


def restored_version(saved: Saved) -> int:
    """The version a deleted record is written back with: above the deleted one."""
    return saved.version + 1


def read_trip_contents(session: Session, trip_id: int) -> TripContents:
    trip = get_or_raise(session, Trip, trip_id)
    items = session.scalars(
        select(ProgrammeItem)
        .where(col(ProgrammeItem.trip_id) == trip_id)
        .order_by(col(ProgrammeItem.id))
    ).all()
    item_ids = [id_of(i) for i in items]
    attendance = session.execute(
        select(col(ItemAttendance.item_id), col(ItemAttendance.person_id))
        .where(col(ItemAttendance.item_id).in_(item_ids))
        .order_by(col(ItemAttendance.item_id), col(ItemAttendance.person_id))
    ).all()
    members = session.scalars(
        select(DelegationMember)
        .where(col(DelegationMember.trip_id) == trip_id)
        .order_by(col(DelegationMember.id))
    ).all()
    assignments = session.scalars(
        select(InterpreterAssignment)
        .where(col(InterpreterAssignment.item_id).in_(item_ids))
        .order_by(col(InterpreterAssignment.id))
    ).all()
    follow_ups = session.execute(
        select(col(FollowUp.id), col(FollowUp.item_id))
        .where(col(FollowUp.trip_id) == trip_id)
        .order_by(col(FollowUp.id))
    ).all()
    return TripContents(
        trip=_saved(trip),
        items=tuple(_saved(i) for i in items),
        attendance=tuple((int(a), int(p)) for a, p in attendance),
        members=tuple(_saved(m) for m in members),
        assignments=tuple(_saved(a) for a in assignments),
        follow_ups=tuple((int(f), None if i is None else int(i)) for f, i in follow_ups),
    )


def trip_size(db: Database, trip_id: int) -> tuple[int, int]:
    """(programme items, delegation members) that would go with the trip."""
    with db.session() as session:
        items = session.scalar(
            select(func.count())
            .select_from(ProgrammeItem)
            .where(col(ProgrammeItem.trip_id) == trip_id)
        )
        members = session.scalar(
            select(func.count())
            .select_from(DelegationMember)
            .where(col(DelegationMember.trip_id) == trip_id)
        )
    return int(items or 0), int(members or 0)


def delete_trip_keeping_contents(db: Database, trip_id: int, expected_version: int) -> TripContents:
    """Delete the trip (if still at ``expected_version``) and return what went with it."""
    with db.session() as session:
        contents = read_trip_contents(session, trip_id)
        versioned_delete(session, Trip, trip_id, expected_version)
        return contents


def restore_trip(db: Database, contents: TripContents) -> RestoredTrip:
    """Write a deleted trip back with its items, delegation and assignments."""
    with db.session() as session:
        try:
            return _restore(session, contents)
        except IntegrityError as exc:  # e.g. its short name is used by a new trip now
            raise integrity_message(exc) from exc


def _insert(session: Session, model: type[_Copied], saved: Saved, **links: Any) -> int:
    obj = model(**{**saved.values, **links, "version": restored_version(saved)})
    session.add(obj)
    session.flush()
    return id_of(obj)


def _restore(session: Session, contents: TripContents) -> RestoredTrip:
    trip_id = _insert(session, Trip, contents.trip)
    items: dict[int, int] = {}
    for item in contents.items:
        uid = item.values.get("external_uid") or derived_uid(item.id)
        items[item.id] = _insert(session, ProgrammeItem, item, trip_id=trip_id, external_uid=uid)
    for item_id, person_id in contents.attendance:
        session.add(ItemAttendance(item_id=items[item_id], person_id=person_id))
    members = {
        m.id: _insert(session, DelegationMember, m, trip_id=trip_id) for m in contents.members
    }
    assignments = {
        a.id: _insert(session, InterpreterAssignment, a, item_id=items[a.values["item_id"]])
        for a in contents.assignments
    }
    for follow_up_id, from_item in contents.follow_ups:
        session.execute(
            update(FollowUp)
            .where(col(FollowUp.id) == follow_up_id, col(FollowUp.trip_id).is_(None))
            .values(
                trip_id=trip_id,
                item_id=None if from_item is None else items[from_item],
                version=FollowUp.version + 1,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return RestoredTrip((contents.trip.id, trip_id), items, members, assignments)
