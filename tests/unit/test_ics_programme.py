"""The calendar export's own reading of a programme and its plain TEXT values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Event, Parameters
from icalendar.prop import vText
from sqlalchemy import event, select

from app.db import Database
from app.demo import load_demo
from app.errors import NotFoundError
from app.ics_export import ExactText, build_calendar
from app.ics_programme import load_calendar_programme
from app.programme_view import load_trip_programme
from app.services import programme
from app.services.interpreting import assign_interpreter
from app.services.people import set_language_pairs
from models.tables import InterpreterAssignment, ItemAttendance, ProgrammeItem, Trip
from tests import factories as f

NOW = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def _people_of(db: Database, trip_id: int) -> list[int]:
    with db.session() as s:
        attendees = s.scalars(
            select(ItemAttendance.person_id).join(ProgrammeItem)
            .where(ProgrammeItem.trip_id == trip_id).distinct())
        interpreters = s.scalars(
            select(InterpreterAssignment.person_id).join(ProgrammeItem)
            .where(ProgrammeItem.trip_id == trip_id).distinct())
        return sorted(set(attendees) | set(interpreters))


def test_the_export_reads_the_same_programme_as_the_other_exports(any_db: Database) -> None:
    db = any_db
    load_demo(db)
    with db.session() as s:
        trip_ids = list(s.scalars(select(Trip.id).order_by(Trip.id)))
        first_items = list(s.scalars(select(ProgrammeItem.id).where(
            ProgrammeItem.trip_id == trip_ids[0]).order_by(ProgrammeItem.starts_at)))
    # A guest outside the delegation, and an item with two interpreters.
    guest = f.person(db, "Guest", "Greta", health_notes="Allergie")
    second = f.person(db, "Brandt", "Yuki", native_name="ブラント 由紀")
    set_language_pairs(db, second.id, [("ja", "de")])
    programme.set_attendance(db, first_items[0], [guest.id])
    assign_interpreter(db, first_items[1], second.id, "ja", "de")
    compared = 0
    for trip_id in trip_ids:
        for person_id in (None, *_people_of(db, trip_id)):
            ours = load_calendar_programme(db, trip_id, person_id=person_id)
            theirs = load_trip_programme(db, trip_id, person_id=person_id, contacts=False)
            assert [v.item.id for v in ours.items] == [v.item.id for v in theirs.items]
            for lang in ("de", "en", "ja"):
                for sensitive in (False, True):
                    assert (build_calendar(ours, lang, sensitive, NOW).to_ical()
                            == build_calendar(theirs, lang, sensitive, NOW).to_ical())
                    compared += 1
    assert compared > 100


def test_unknown_trip_or_person_is_not_found(db: Database) -> None:
    trip = f.trip(db, f.region(db).id)
    with pytest.raises(NotFoundError):
        load_calendar_programme(db, trip.id + 1000)
    with pytest.raises(NotFoundError):
        load_calendar_programme(db, trip.id, person_id=12345)


def test_statements_do_not_grow_with_the_number_of_items(db: Database) -> None:
    region = f.region(db)
    anna = f.person(db, "Schmidt", "Anna")
    interpreter = f.person(db, "Brandt", "Yuki")
    set_language_pairs(db, interpreter.id, [("de", "ja")])
    trips = []
    for n, count in enumerate((2, 30)):
        trip = f.trip(db, region.id, slug=f"trip-{n}")
        for i in range(count):
            item = f.item(db, trip.id, trip.start_date, f"{8 + i % 12:02d}:00",
                          f"{8 + i % 12:02d}:30", title=f"Item {i}")
            programme.set_attendance(db, item.id, [anna.id])
            assign_interpreter(db, item.id, interpreter.id, "de", "ja")
        trips.append(trip.id)
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    counts = []
    event.listen(db.engine, "before_cursor_execute", before)
    try:
        for trip_id in trips:
            statements.clear()
            load_calendar_programme(db, trip_id)
            counts.append(len(statements))
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    assert counts[0] == counts[1] <= 6


@pytest.mark.parametrize("text", ["", "Courtesy call", "C:\\Nagoya; a, b\r\nline", "表敬訪問"])
def test_exact_text_is_the_same_value_however_it_is_made(text: str) -> None:
    fast, general = ExactText(text), ExactText(text, "utf-8", params={})
    assert type(fast) is type(general) is ExactText and isinstance(fast, vText)
    assert str(fast) == str(general) == text and fast.encoding == general.encoding
    assert type(fast.params) is type(general.params) is Parameters
    assert fast.params == general.params == Parameters()
    assert vars(fast.params) == vars(Parameters())
    assert fast.to_ical() == general.to_ical()
    one, two = Event(), Event()
    one.add("SUMMARY", fast, parameters={"LANGUAGE": "ja"})
    two.add("SUMMARY", general, parameters={"LANGUAGE": "ja"})
    assert one.to_ical() == two.to_ical()
    assert ExactText(text).params is not fast.params  # each value has its own
