"""Deleting a trip with its programme and delegation, and restoring it (undo)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.errors import ConflictError, ValidationError
from app.ics.export import export_ics
from app.services.followups import list_follow_ups, update_follow_up
from app.services.trip_removal import (
    TripContents,
    delete_trip_keeping_contents,
    read_trip_contents,
    restore_trip,
    trip_size,
)
from app.services.trips import create_trip, get_trip, list_trips
from models.tables import ProgrammeItem


def _contents(db: Database, trip_id: int) -> TripContents:
    with db.session() as session:
        return read_trip_contents(session, trip_id)


def _shape(contents: TripContents) -> Any:
    """Everything of a trip's contents except ids, trip links and calendar UIDs."""
    attendees: dict[int, list[int]] = {}
    for item_id, person_id in contents.attendance:
        attendees.setdefault(item_id, []).append(person_id)
    interpreting: dict[int, list[Any]] = {}
    for a in contents.assignments:
        interpreting.setdefault(a.values["item_id"], []).append(
            (a.values["person_id"], a.values["source"], a.values["target"])
        )
    items = sorted(
        repr(
            (
                sorted((k, v) for k, v in i.values.items() if k not in ("trip_id", "external_uid")),
                sorted(attendees.get(i.id, [])),
                sorted(interpreting.get(i.id, [])),
            )
        )
        for i in contents.items
    )
    members = sorted(
        repr(sorted((k, v) for k, v in m.values.items() if k != "trip_id"))
        for m in contents.members
    )
    return contents.trip.values, items, members, len(contents.follow_ups)


def _uids(ics: bytes) -> set[str]:
    return {line.split(":", 1)[1] for line in ics.decode().splitlines() if line.startswith("UID:")}


def test_delete_and_restore_give_back_the_whole_trip(any_db: Database) -> None:
    from app.demo_data.loader import load_demo

    load_demo(any_db)
    trip = get_trip(any_db, "hokkaido-2026")
    before = _contents(any_db, int(trip.id))  # type: ignore[arg-type]
    assert before.items and before.members and before.assignments and before.attendance
    assert before.follow_ups  # the demo's follow-ups of this visit
    calendar = export_ics(any_db, int(trip.id), lang="de")  # type: ignore[arg-type]
    assert trip_size(any_db, int(trip.id)) == (len(before.items), len(before.members))  # type: ignore[arg-type]

    deleted = delete_trip_keeping_contents(any_db, int(trip.id), int(trip.version))  # type: ignore[arg-type]
    assert deleted == before
    assert "hokkaido-2026" not in {r.trip.slug for r in list_trips(any_db)}
    with any_db.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ProgrammeItem)
                .where(ProgrammeItem.trip_id == trip.id)
            )
            == 0
        )
    orphaned = [f for f in list_follow_ups(any_db) if f.follow_up.id in dict(before.follow_ups)]
    assert orphaned and all(f.follow_up.trip_id is None for f in orphaned)  # kept, unlinked

    restored = restore_trip(any_db, deleted)
    again = get_trip(any_db, "hokkaido-2026")
    assert restored.trip == (trip.id, again.id)
    after = _contents(any_db, int(again.id))  # type: ignore[arg-type]
    assert _shape(after) == _shape(before)
    assert {f for f, _i in after.follow_ups} == {f for f, _i in before.follow_ups}
    # A calendar that imported the trip keeps its events: the same UIDs.
    assert _uids(export_ics(any_db, int(again.id), lang="de")) == _uids(calendar)  # type: ignore[arg-type]


def test_delete_refuses_a_trip_changed_meanwhile(demo_db: Database) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    with pytest.raises(ConflictError):
        delete_trip_keeping_contents(demo_db, int(trip.id), int(trip.version) + 1)  # type: ignore[arg-type]
    assert get_trip(demo_db, "hokkaido-2026").id == trip.id


def test_restore_explains_a_short_name_taken_meanwhile_and_writes_nothing(
    demo_db: Database,
) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    deleted = delete_trip_keeping_contents(demo_db, int(trip.id), int(trip.version))  # type: ignore[arg-type]
    values = {k: v for k, v in deleted.trip.values.items()}
    create_trip(demo_db, **{**values, "title_en": "Another plan"})  # same slug
    trips_before = len(list_trips(demo_db))
    with pytest.raises(ValidationError) as error:
        restore_trip(demo_db, deleted)
    assert "short name" in error.value.message
    assert len(list_trips(demo_db)) == trips_before


def test_restore_leaves_a_follow_up_that_was_linked_elsewhere_meanwhile(
    demo_db: Database,
) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    other = get_trip(demo_db, "hokkaido-iga-2027")
    deleted = delete_trip_keeping_contents(demo_db, int(trip.id), int(trip.version))  # type: ignore[arg-type]
    moved_id = deleted.follow_ups[0][0]
    moved = next(f.follow_up for f in list_follow_ups(demo_db) if f.follow_up.id == moved_id)
    update_follow_up(demo_db, moved_id, int(moved.version), trip_id=other.id)
    restored = restore_trip(demo_db, deleted)
    linked = {f.follow_up.id: f.follow_up.trip_id for f in list_follow_ups(demo_db)}
    assert linked[moved_id] == other.id
    assert all(linked[f] == restored.trip[1] for f, _i in deleted.follow_ups[1:])
