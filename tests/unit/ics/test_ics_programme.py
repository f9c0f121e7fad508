"""The calendar export over the exports' reading of a programme (app.readers.programme_records),
and its plain TEXT values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Event, Parameters
from icalendar.prop import vText
from sqlalchemy import select

from app.db.engine import Database
from app.demo_data.loader import load_demo
from app.ics.export import ExactText, build_calendar
from app.readers.programme_records import load_programme_records
from app.readers.programme_view import load_trip_programme
from app.services import programme
from app.services.interpreting import assign_interpreter
from app.services.people import set_language_pairs
from models.tables import ProgrammeItem, Trip
from tests.support import factories as f

NOW = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def test_the_export_reads_the_same_programme_as_the_other_exports(any_db: Database) -> None:
    db = any_db
    load_demo(db)
    with db.session() as s:
        trip_ids = list(s.scalars(select(Trip.id).order_by(Trip.id)))
        first_items = list(
            s.scalars(
                select(ProgrammeItem.id)
                .where(ProgrammeItem.trip_id == trip_ids[0])
                .order_by(ProgrammeItem.starts_at)
            )
        )
    # A guest outside the delegation, and an item with two interpreters.
    guest = f.person(db, "Guest", "Greta", health_notes="Allergie")
    second = f.person(db, "Brandt", "Yuki", native_name="ブラント 由紀")
    set_language_pairs(db, second.id, [("ja", "de")])
    programme.set_attendance(db, first_items[0], [guest.id])
    assign_interpreter(db, first_items[1], second.id, "ja", "de")
    compared = 0
    for trip_id in trip_ids:
        for person_id in (None, *f.people_on_trip(db, trip_id)):
            ours = load_programme_records(db, trip_id, person_id=person_id)
            theirs = load_trip_programme(db, trip_id, person_id=person_id, contacts=False)
            assert [v.item.id for v in ours.items] == [v.item.id for v in theirs.items]
            for lang in ("de", "en", "ja"):
                for sensitive in (False, True):
                    assert (
                        build_calendar(ours, lang, sensitive, NOW).to_ical()
                        == build_calendar(theirs, lang, sensitive, NOW).to_ical()
                    )
                    compared += 1
    assert compared > 100


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
