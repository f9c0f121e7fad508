"""What a delegate's calendar shows (issue #14, items 9 and 11): cancelled titles,
the calendar's zone, categories, confidentiality, the organizer, and a person who is
not in the trip."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar
from sqlalchemy import select

from app.db.engine import Database
from app.errors import ExportError
from app.ics.export import ORGANIZER, export_ics, item_uid
from app.ics.importer import import_ics
from app.locale.labels import topic_label
from app.services import programme
from app.services.delegation import add_member
from main import main
from models.enums import Edition, ItemStatus
from models.tables import ProgrammeItem, Trip
from tests.support import factories as f

APRIL_14 = date(2026, 4, 14)


def _events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def _item(db: Database, item_id: int) -> ProgrammeItem:
    with db.session() as s:
        return s.get_one(ProgrammeItem, item_id)


@pytest.fixture
def trip(db: Database) -> Trip:
    return f.trip(db, f.region(db).id)


@pytest.fixture
def cancelled(db: Database, trip: Trip) -> ProgrammeItem:
    item = f.item(db, trip.id, APRIL_14, "09:00", "10:00", title="Press statement")
    programme.cancel_item(db, item.id, item.version)
    return _item(db, item.id)


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("de", "Abgesagt: Press statement"),
        ("en", "Cancelled: Press statement"),
        ("ja", "中止：Press statement"),
    ],
)
def test_cancelled_item_summary_carries_the_localised_prefix(
    db: Database, trip: Trip, cancelled: ProgrammeItem, lang: str, summary: str
) -> None:
    kept = f.item(db, trip.id, APRIL_14, "11:00", "12:00", title="Signing")
    events = _events(export_ics(db, trip.id, lang=lang))
    event = events[item_uid(cancelled)]
    assert str(event["SUMMARY"]) == summary
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(events[item_uid(kept)]["SUMMARY"]) == "Signing"


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_cancelled_item_round_trip_keeps_title_and_status(
    db: Database, trip: Trip, cancelled: ProgrammeItem, lang: str
) -> None:
    data = export_ics(db, trip.id, lang=lang)
    # back into the same trip (the same item) and into another trip (a new item)
    import_ics(db, trip.id, data)
    again = _item(db, cancelled.id)
    assert (again.title_en, again.title_de, again.title_ja) == ("Press statement", "", "")
    assert again.status == ItemStatus.CANCELLED.value
    other = f.trip(db, trip.region_id, slug="other-2026")
    assert import_ics(db, other.id, data).created == 1
    with db.session() as s:
        copy = s.scalars(select(ProgrammeItem).where(ProgrammeItem.trip_id == other.id)).one()
    assert (copy.title_en, copy.title_de, copy.title_ja) == ("Press statement", "", "")
    assert copy.status == ItemStatus.CANCELLED.value
    # and the next export says it once, not twice
    assert str(_events(export_ics(db, trip.id, lang=lang))[item_uid(cancelled)]["SUMMARY"]) == (
        str(_events(data)[item_uid(cancelled)]["SUMMARY"])
    )


def test_a_title_that_starts_like_the_prefix_stays_when_not_cancelled(
    db: Database, trip: Trip
) -> None:
    item = f.item(db, trip.id, APRIL_14, "09:00", "10:00", title="Cancelled: a film title")
    import_ics(db, trip.id, export_ics(db, trip.id))
    assert _item(db, item.id).title_en == "Cancelled: a film title"


def test_x_wr_timezone_is_the_zone_most_events_are_in(db: Database, trip: Trip) -> None:
    # A Hokkaido partnership trip held in the Ruhr: every event is Europe/Berlin.
    for hour in ("09", "11", "14"):
        f.item(db, trip.id, APRIL_14, f"{hour}:00", f"{hour}:30", tz="Europe/Berlin")
    cal = Calendar.from_ical(export_ics(db, trip.id))
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Berlin"
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    # two of five in Tokyo, three in Berlin: still Berlin; a tie goes to the region
    f.item(db, trip.id, APRIL_14, "09:00", "10:00", tz="Asia/Tokyo")
    f.item(db, trip.id, APRIL_14, "11:00", "12:00", tz="Asia/Tokyo")
    assert str(Calendar.from_ical(export_ics(db, trip.id))["X-WR-TIMEZONE"]) == "Europe/Berlin"
    f.item(db, trip.id, APRIL_14, "13:00", "14:00", tz="Asia/Tokyo")
    assert str(Calendar.from_ical(export_ics(db, trip.id))["X-WR-TIMEZONE"]) == "Asia/Tokyo"


def test_an_empty_calendar_has_the_partner_regions_zone(db: Database, trip: Trip) -> None:
    cal = Calendar.from_ical(export_ics(db, trip.id))
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Tokyo"
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Asia/Tokyo"]


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_categories_are_one_property_of_separate_translated_words(
    db: Database, trip: Trip, lang: str
) -> None:
    item = f.item(db, trip.id, APRIL_14, "09:00", "10:00", topic="economy, protocol, culture")
    data = export_ics(db, trip.id, lang=lang)
    words = [topic_label(t, lang) for t in ("economy", "protocol", "culture")]
    lines = [line for line in data.decode().split("\r\n") if line.startswith("CATEGORIES")]
    assert lines == ["CATEGORIES:" + ",".join(words)]  # one property, nothing re-escaped
    parsed = _events(data)[item_uid(item)].get("CATEGORIES")
    assert [str(c) for c in parsed.cats] == words
    (event,) = vobject.readOne(data.decode("utf-8")).vevent_list
    assert event.categories.value == words
    # and an import maps the words back to the topics
    other = f.trip(db, trip.region_id, slug="other-2026")
    import_ics(db, other.id, data)
    with db.session() as s:
        topic = s.scalars(select(ProgrammeItem.topic).where(ProgrammeItem.trip_id == other.id))
        assert topic.one() == "economy, protocol, culture"


def test_sensitive_exports_mark_events_confidential(db: Database, trip: Trip) -> None:
    anna = f.person(db, "Schmidt", "Anna", health_notes="Rollstuhl")
    item = f.item(db, trip.id, APRIL_14, "09:00", "10:00")
    programme.set_attendance(db, item.id, [anna.id])
    internal = export_ics(db, trip.id, edition=Edition.INTERNAL, include_sensitive=True)
    assert [str(e["CLASS"]) for e in _events(internal).values()] == ["CONFIDENTIAL"]
    for data in (export_ics(db, trip.id), export_ics(db, trip.id, edition=Edition.INTERNAL)):
        assert all("CLASS" not in e for e in _events(data).values())


def test_published_events_have_an_organizer(db: Database, trip: Trip) -> None:
    f.item(db, trip.id, APRIL_14, "09:00", "10:00")
    f.item(db, trip.id, APRIL_14, "11:00", "12:00")
    cal = Calendar.from_ical(export_ics(db, trip.id))
    assert str(cal["METHOD"]) == "PUBLISH"
    organizers = [e["ORGANIZER"] for e in cal.walk("VEVENT")]
    assert len(organizers) == 2
    assert all(str(o) == ORGANIZER and o.params["CN"] for o in organizers)
    assert re.fullmatch(r"mailto:[^@\s]+@[^@\s]+\.[a-z]+", ORGANIZER)


def test_export_for_a_person_not_in_the_trip_is_refused(db: Database, trip: Trip) -> None:
    outsider = f.person(db, "Burnham", "Andy")
    f.item(db, trip.id, APRIL_14, "09:00", "10:00")
    with pytest.raises(ExportError, match="not in the trip"):
        export_ics(db, trip.id, person_id=outsider.id)
    # a member without items of their own still gets their (empty) calendar
    add_member(db, trip.id, outsider.id, role="member")
    assert _events(export_ics(db, trip.id, person_id=outsider.id)) == {}


def test_cli_export_for_andy_burnham_on_the_hokkaido_trip_writes_nothing(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "burnham.ics"
    argv = ["--db", str(db_path), "--lang", "de", "export", "ics", "hokkaido-2026"]
    code = main([*argv, "--person", "andy-burnham", "-o", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 2
    assert not out.exists() and not list(tmp_path.glob("*.ics*"))
    assert err.count("\n") == 1 and err.startswith("Fehler: ")
    assert "hokkaido-2026" in err and "Burnham" in err and "nicht" in err
    assert stdout == ""
    # a member of the trip gets a file
    assert main([*argv, "--person", "renate-koesterbrink", "-o", str(out)]) == 0
    assert out.exists()


def test_itinerary_for_a_person_not_in_the_trip_is_refused_too(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "burnham.pdf"
    argv = ["--db", str(db_path), "--lang", "de", "export", "itinerary", "hokkaido-2026"]
    assert main([*argv, "--person", "andy-burnham", "-o", str(out)]) == 2
    _stdout, err = capsys.readouterr()
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))
    assert err.count("\n") == 1 and "Burnham" in err and "hokkaido-2026" in err
    assert main([*argv, "--person", "renate-koesterbrink", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
