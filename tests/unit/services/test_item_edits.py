"""Saving an item with its attendees and interpreters is all or nothing, on a SQLite
file and a PostgreSQL server alike: a refused save leaves every row as it was."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.db.engine import Database
from app.errors import ConflictError, ValidationError
from app.services import interpreting, item_edits, people, programme
from app.timeutil import local_to_utc
from tests.support import factories as f
from tests.support.db_dump import table_rows

APRIL_14 = date(2026, 4, 14)


def _planned_item(db: Database) -> tuple[int, int, int, int]:
    """An item attended by one person, interpreted by another; (item, version,
    attendee, interpreter)."""
    trip = f.trip(db, f.region(db).id)
    anna = f.person(db, "Schmidt", "Anna")
    yuki = f.person(db, "Tanaka", "Yuki")
    people.set_language_pairs(db, int(yuki.id), [("de", "ja")])
    item = f.item(db, trip.id, APRIL_14, "10:00", "11:00", title="Courtesy call")
    saved = item_edits.save_item(
        db,
        int(item.id),
        item.version,
        {},
        attendees=[anna.id],
        interpreters=[(yuki.id, "de", "ja")],
    )
    return int(item.id), int(saved.version), int(anna.id), int(yuki.id)


def _gone(db: Database) -> int:
    """The id of a person who existed once and was deleted."""
    person = f.person(db, "Weg", "Walter")
    people.delete_person(db, int(person.id), person.version)
    return int(person.id)


def test_a_title_with_a_vanished_attendee_changes_nothing_and_can_be_saved_again(
    any_db: Database,
) -> None:
    item_id, version, anna, _yuki = _planned_item(any_db)
    vanished = _gone(any_db)
    before = table_rows(any_db)
    with pytest.raises(ValidationError) as refused:
        item_edits.save_item(
            any_db, item_id, version, {"title_en": "New title"}, attendees=[anna, vanished]
        )
    assert refused.value.fields == {"attendees": f"Unknown person #{vanished}."}
    assert table_rows(any_db) == before
    assert programme.get_item(any_db, item_id).version == version
    # The corrected input saves from the same version: no conflict with a half-save.
    saved = item_edits.save_item(
        any_db, item_id, version, {"title_en": "New title"}, attendees=[anna]
    )
    assert (saved.title_en, saved.version) == ("New title", version + 1)


def test_an_unknown_person_id_is_refused_beside_the_attendees(any_db: Database) -> None:
    item_id, version, _anna, _yuki = _planned_item(any_db)
    before = table_rows(any_db)
    with pytest.raises(ValidationError, match="Unknown person #999999"):
        item_edits.save_item(any_db, item_id, version, {"title_en": "X"}, attendees=[999_999])
    assert table_rows(any_db) == before


def test_an_interpreter_without_the_language_pair_undoes_the_whole_save(
    any_db: Database,
) -> None:
    """The refusal comes after the fields and the attendance were written in the same
    transaction; they are rolled back with it."""
    item_id, version, anna, yuki = _planned_item(any_db)
    before = table_rows(any_db)
    with pytest.raises(ValidationError, match="does not interpret"):
        item_edits.save_item(
            any_db,
            item_id,
            version,
            {"venue_name": "Kitara"},
            attendees=[],
            interpreters=[(yuki, "en", "ja")],
        )
    assert table_rows(any_db) == before
    assert programme.attendance_by_item(any_db, programme.get_item(any_db, item_id).trip_id) == {
        item_id: [anna]
    }


def test_a_new_item_with_a_vanished_attendee_is_not_created(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    vanished = _gone(any_db)
    values = {
        "starts_at": local_to_utc(APRIL_14, time(8, 0), "Asia/Tokyo"),
        "ends_at": local_to_utc(APRIL_14, time(9, 0), "Asia/Tokyo"),
        "timezone": "Asia/Tokyo",
        "title_en": "Breakfast",
    }
    before = table_rows(any_db)
    with pytest.raises(ValidationError, match="Unknown person"):
        item_edits.add_item(any_db, trip.id, values, attendees=[vanished])
    assert table_rows(any_db) == before


def test_one_save_is_one_version_step_and_keeps_unchanged_assignments(any_db: Database) -> None:
    item_id, version, anna, yuki = _planned_item(any_db)
    trip_id = programme.get_item(any_db, item_id).trip_id
    kept = interpreting.assignments_for_trip(any_db, trip_id)[item_id][0].assignment
    ben = f.person(any_db, "Becker", "Ben")
    people.set_language_pairs(any_db, int(ben.id), [("en", "ja")])
    saved = item_edits.save_item(
        any_db,
        item_id,
        version,
        {"title_en": "Renamed"},
        attendees=[ben.id],
        interpreters=[(yuki, "de", "ja"), (ben.id, "ja", "en")],
    )
    # a calendar that imported the item sees one change, not three
    assert saved.version == version + 1
    assert programme.attendance_by_item(any_db, trip_id) == {item_id: [ben.id]}
    rows = interpreting.assignments_for_trip(any_db, trip_id)[item_id]
    assert sorted((r.person.id, r.assignment.source, r.assignment.target) for r in rows) == sorted(
        [(yuki, "de", "ja"), (ben.id, "ja", "en")]
    )
    same = next(r.assignment for r in rows if r.person.id == yuki)
    assert (same.id, same.version) == (kept.id, kept.version)
    assert anna not in programme.attendance_by_item(any_db, trip_id)[item_id]


def test_attendees_alone_are_checked_against_the_version(any_db: Database) -> None:
    item_id, version, anna, _yuki = _planned_item(any_db)
    programme.update_item(any_db, item_id, version, venue_name="Changed by a colleague")
    before = table_rows(any_db)
    with pytest.raises(ConflictError, match="Someone else changed"):
        item_edits.save_item(any_db, item_id, version, {}, attendees=[])
    assert table_rows(any_db) == before
    trip_id = programme.get_item(any_db, item_id).trip_id
    assert programme.attendance_by_item(any_db, trip_id) == {item_id: [anna]}
