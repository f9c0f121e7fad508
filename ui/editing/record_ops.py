"""How each kind of record is created, changed and deleted through app/ services.

The undo commands are generic over these; every kind knows its service functions,
the fields a snapshot keeps, which other records a write touches as a side effect
(an interpreter assignment raises its item's version) and which changes to
announce afterwards.

Each create, update and delete here is one call of one app/ use case, that is one
transaction: a step that is refused half-way must leave nothing behind that the
undo history does not know about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.db.engine import Database
from app.ics.uids import item_uid
from app.services import (
    delegation,
    followups,
    interpreting,
    item_edits,
    people,
    programme,
    regions,
    trips,
    venues,
)
from models.ids import id_of
from ui.editing.kinds import Change, RecordKind

#: A record that came back with a restored one: (kind, old id, new id, old version,
#: new version), so undo steps that refer to the old one find the new one.
Relink = tuple[RecordKind, int, int, int, int]
Restore = Callable[[Database, dict[str, Any], int, list[tuple[int, int]]], tuple[Any, list[Relink]]]


@dataclass(frozen=True)
class RecordOps:
    kind: RecordKind
    notify: tuple[Change, ...]
    create: Callable[..., Any]
    update: Callable[..., Any]
    delete: Callable[..., None]
    #: None where app/ has no single-record read (the caller passes the record).
    get: Callable[[Database, int], Any] | None
    snapshot: Callable[[Database, Any], dict[str, Any]]
    #: (value key, kind, getter): writes of this kind raise that record's version.
    bumps: tuple[tuple[str, RecordKind, Callable[[Database, int], Any]], ...] = field(default=())
    #: The update service needs every field, not only the changed ones.
    full_update: bool = False
    #: Writes a deleted record back from its snapshot at the given version (above the
    #: deleted one's) with what identifies it outside the database; None: ``create``.
    #: It gets the (id, version) of the records that went with it (``children``).
    restore: Restore | None = None
    #: (id, version) of the records a deletion of this one takes along.
    children: Callable[[Database, Any], list[tuple[int, int]]] = field(default=lambda _db, _obj: [])
    #: What a record that undo deleted and redo creates again keeps of the first one.
    identity: Callable[[Any], dict[str, Any]] = field(default=lambda _obj: {})


#: Value keys that hold ids of other records, so commands can follow re-created ones.
REFERENCES: dict[str, RecordKind] = {
    "trip_id": RecordKind.TRIP,
    "item_id": RecordKind.ITEM,
    "person_id": RecordKind.PERSON,
    "attendees": RecordKind.PERSON,
    "venue_id": RecordKind.VENUE,
}


# --- programme items ---------------------------------------------------------


def _create_item(db: Database, *, version: int = 1, **values: Any) -> Any:
    trip_id = values.pop("trip_id")
    attendees = values.pop("attendees", None) or ()
    interpreters = values.pop("interpreters", None) or ()
    return item_edits.add_item(
        db, trip_id, values, attendees=attendees, interpreters=interpreters, version=version
    )


def _item_children(db: Database, item: Any) -> list[tuple[int, int]]:
    """The item's interpreter assignments, in the order of its snapshot's interpreters."""
    rows = interpreting.assignments_for_trip(db, item.trip_id).get(item.id, [])
    return [(id_of(r.assignment), r.assignment.version) for r in rows]


def _restore_item(
    db: Database, values: dict[str, Any], version: int, children: list[tuple[int, int]]
) -> tuple[Any, list[Relink]]:
    """The item with its UID (in the snapshot) at ``version``; its interpreter
    assignments come back as new rows, which undo steps of them must find."""
    item = _create_item(db, version=version, **values)
    rows = interpreting.assignments_for_trip(db, item.trip_id).get(item.id, [])
    now = {(r.assignment.person_id, r.assignment.source, r.assignment.target): r for r in rows}
    relinks: list[Relink] = []
    # children is empty when redo creates an item again: nothing to relink then
    for (person_id, source, target), (old_id, old_version) in zip(
        values.get("interpreters") or (), children, strict=False
    ):
        new = now[(person_id, source, target)].assignment
        relinks.append((RecordKind.ASSIGNMENT, old_id, id_of(new), old_version, new.version))
    return item, relinks


def _update_item(db: Database, item_id: int, version: int, **values: Any) -> Any:
    attendees = values.pop("attendees", None)
    interpreters = values.pop("interpreters", None)
    values.pop("trip_id", None)  # an item stays in its trip
    return item_edits.save_item(
        db, item_id, version, values, attendees=attendees, interpreters=interpreters
    )


def item_snapshot(db: Database, item: Any) -> dict[str, Any]:
    values = {f: getattr(item, f) for f in programme.ITEM_FIELDS}
    values["trip_id"] = item.trip_id
    values["attendees"] = programme.attendance_by_item(db, item.trip_id).get(item.id, [])
    rows = interpreting.assignments_for_trip(db, item.trip_id).get(item.id, [])
    values["interpreters"] = [
        (r.assignment.person_id, r.assignment.source, r.assignment.target) for r in rows
    ]
    # For undo of a deletion: the calendar UID (derived from the id unless imported),
    # which the restored item, with a new id, keeps.
    values["external_uid"] = item_uid(item)
    return values


ITEM = RecordOps(
    kind=RecordKind.ITEM,
    notify=(Change.ITEMS, Change.ASSIGNMENTS),
    create=_create_item,
    update=_update_item,
    delete=programme.delete_item,
    get=programme.get_item,
    snapshot=item_snapshot,
    restore=_restore_item,
    children=_item_children,
    identity=lambda item: {"external_uid": item_uid(item)},
)


# --- trips, follow-ups, people -----------------------------------------------


def _fields(names: tuple[str, ...]) -> Callable[[Database, Any], dict[str, Any]]:
    return lambda _db, obj: {f: getattr(obj, f) for f in names}


REGION = RecordOps(
    kind=RecordKind.REGION,
    notify=(Change.REGIONS,),
    create=regions.create_region,
    update=regions.update_region,
    delete=regions.delete_region,
    get=regions.get_region,
    snapshot=_fields(regions.REGION_FIELDS),
)

TRIP = RecordOps(
    kind=RecordKind.TRIP,
    notify=(Change.TRIPS,),
    create=trips.create_trip,
    update=trips.update_trip,
    delete=trips.delete_trip,
    get=trips.get_trip,
    snapshot=_fields(trips.TRIP_FIELDS),
)

FOLLOW_UP = RecordOps(
    kind=RecordKind.FOLLOW_UP,
    notify=(Change.FOLLOW_UPS,),
    create=followups.create_follow_up,
    update=followups.update_follow_up,
    delete=followups.delete_follow_up,
    get=followups.get_follow_up,
    snapshot=_fields(followups.FOLLOW_UP_FIELDS),
)


def _create_venue(db: Database, **values: Any) -> Any:
    return venues.add_venue(db, **values)


def _update_venue(db: Database, venue_id: int, version: int, **values: Any) -> Any:
    return venues.save_venue(db, venue_id, version, **values)


#: A venue's deletion is refused while items take place there, so undoing one never
#: has items to relink; a venue created again by redo gets a new id, which items
#: saved with it follow through ``REFERENCES``.
VENUE = RecordOps(
    kind=RecordKind.VENUE,
    notify=(Change.VENUES, Change.ITEMS),
    create=_create_venue,
    update=_update_venue,
    delete=venues.delete_venue,
    get=venues.get_venue,
    snapshot=_fields(venues.VENUE_FIELDS),
)


def _create_person(db: Database, **values: Any) -> Any:
    pairs = values.pop("language_pairs", None) or ()
    return people.add_person(db, values, language_pairs=pairs)


def _update_person(db: Database, person_id: int, version: int, **values: Any) -> Any:
    pairs = values.pop("language_pairs", None)
    return people.save_person(db, person_id, version, values, language_pairs=pairs)


def person_snapshot(db: Database, person: Any) -> dict[str, Any]:
    values = {f: getattr(person, f) for f in people.PERSON_FIELDS}
    values["language_pairs"] = people.language_pairs(db).get(person.id, [])
    return values


PERSON = RecordOps(
    kind=RecordKind.PERSON,
    notify=(Change.PEOPLE, Change.MEMBERS, Change.ITEMS),
    create=_create_person,
    update=_update_person,
    delete=people.delete_person,
    get=people.get_person,
    snapshot=person_snapshot,
)


# --- delegation members and interpreter assignments ----------------------------


def _add_member(db: Database, **values: Any) -> Any:
    return delegation.add_member(
        db,
        values["trip_id"],
        values["person_id"],
        role=values.get("role", "member"),
        precedence=values.get("precedence"),
    )


MEMBER = RecordOps(
    kind=RecordKind.MEMBER,
    notify=(Change.MEMBERS, Change.TRIPS),
    create=_add_member,
    update=delegation.update_member,
    delete=delegation.remove_member,
    get=None,
    snapshot=_fields(("trip_id", "person_id", "role", "precedence")),
    bumps=(("trip_id", RecordKind.TRIP, trips.get_trip),),
    full_update=True,
)


def _assign(db: Database, **values: Any) -> Any:
    return interpreting.assign_interpreter(
        db, values["item_id"], values["person_id"], values["source"], values["target"]
    )


def _no_update(db: Database, record_id: int, version: int, **values: Any) -> Any:
    raise NotImplementedError("assignments are replaced, not changed")


ASSIGNMENT = RecordOps(
    kind=RecordKind.ASSIGNMENT,
    notify=(Change.ASSIGNMENTS, Change.ITEMS),
    create=_assign,
    update=_no_update,
    delete=interpreting.unassign_interpreter,
    get=None,
    snapshot=_fields(("item_id", "person_id", "source", "target")),
    bumps=(("item_id", RecordKind.ITEM, programme.get_item),),
)
