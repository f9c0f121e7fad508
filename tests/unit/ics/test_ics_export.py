"""iCalendar export: parsed with icalendar and, independently, with vobject."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar
from sqlalchemy import select

from app.db.engine import Database
from app.db.opening import open_database
from app.demo_data.loader import load_demo
from app.ics.export import PRODID, UID_DOMAIN, build_calendar, export_ics, item_uid
from app.ics.vtimezone import vtimezone
from app.locale.i18n import set_language, translate_in
from app.readers.programme_view import load_trip_programme
from app.services import programme
from app.services.delegation import add_member
from app.services.interpreting import assign_interpreter
from app.services.people import create_person, set_language_pairs
from app.timeutil import local_day_bounds
from models.enums import Edition
from models.tables import Person, ProgrammeItem, Trip
from tests.support import factories as f

APRIL_14 = date(2026, 4, 14)
LONG_JA = (
    "北海道議会議長表敬訪問・パートナーシップ証書署名式および記念撮影、"
    "ならびに知事主催歓迎昼食会（札幌グランドホテル　二階　金枝の間）🎌"
)


def _trip_id(db: Database, slug: str = "hokkaido-2026") -> int:
    with db.session() as s:
        return s.scalars(select(Trip.id).where(Trip.slug == slug)).one()


def _person_id(db: Database, slug: str) -> int:
    with db.session() as s:
        return s.scalars(select(Person.id).where(Person.slug == slug)).one()


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _by_uid(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in _events(data)}


@pytest.fixture
def small(db: Database) -> dict[str, object]:
    """A trip with a Sapporo, a London, an all-day and a cancelled item and two people."""
    region = f.region(db)
    trip = f.trip(db, region.id)
    anna = f.person(
        db,
        "Schmidt",
        "Anna",
        title="Dr.",
        dietary_notes="vegetarisch, keine Nüsse",
        health_notes="Rollstuhl",
        phone_private="+49 170 0000000",
    )
    kenji = f.person(db, "Sato", "Kenji", native_name="佐藤 健二", family_name_first=True)
    sapporo = f.item(
        db,
        trip.id,
        APRIL_14,
        "10:00",
        "11:30",
        title="Courtesy call",
        title_ja="表敬訪問",
        venue_name="Hokkaido Government",
        venue_address="Kita 6 Nishi 6\nSapporo",
        hosts_en="Governor's office",
        notes_en="Dark suit",
        topic="protocol",
        description_en="Meet the Governor.",
    )
    london = f.item(
        db,
        trip.id,
        APRIL_14,
        "14:00",
        "15:00",
        tz="Europe/London",
        title="Video call with Greater Manchester",
    )
    start, end = local_day_bounds(date(2026, 4, 19), date(2026, 4, 19), "Asia/Tokyo")
    free = programme.create_item(
        db,
        trip.id,
        starts_at=start,
        ends_at=end,
        timezone="Asia/Tokyo",
        all_day=True,
        title_de="Freier Tag",
    )
    dropped = f.item(db, trip.id, date(2026, 4, 15), "09:00", "10:00", title="Dropped visit")
    programme.cancel_item(db, dropped.id, dropped.version)
    programme.set_attendance(db, sapporo.id, [anna.id, kenji.id])
    programme.set_attendance(db, london.id, [kenji.id])
    return {
        "trip": trip,
        "anna": anna,
        "kenji": kenji,
        "sapporo": sapporo,
        "london": london,
        "free": free,
        "dropped": dropped,
    }


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_demo_trip_parses_with_icalendar_and_vobject(demo_db: Database, lang: str) -> None:
    trip_id = _trip_id(demo_db)
    for person in (None, _person_id(demo_db, "renate-koesterbrink")):
        data = export_ics(demo_db, trip_id, person_id=person, lang=lang)
        cal = Calendar.from_ical(data)
        parsed = vobject.readOne(data.decode("utf-8"))
        icalendar_uids = sorted(str(e["UID"]) for e in cal.walk("VEVENT"))
        vobject_uids = sorted(e.uid.value for e in parsed.vevent_list)
        assert icalendar_uids == vobject_uids and icalendar_uids
        for event in parsed.vevent_list:
            start, end = event.dtstart.value, event.dtend.value
            assert end > start
            if isinstance(start, datetime):
                assert start.tzinfo is not None and start.utcoffset() is not None
    with demo_db.session() as s:
        count = len(
            s.scalars(select(ProgrammeItem.id).where(ProgrammeItem.trip_id == trip_id)).all()
        )
    assert len(_events(export_ics(demo_db, trip_id))) == count


def test_calendar_properties(small: dict, db: Database) -> None:
    trip = small["trip"]
    cal = Calendar.from_ical(export_ics(db, trip.id, lang="de"))
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"]) == "Besuch in Hokkaidō"
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Tokyo"
    assert str(cal["X-PUBLISHED-TTL"]) == "PT1H"
    person = Calendar.from_ical(export_ics(db, trip.id, person_id=small["anna"].id, lang="en"))
    assert str(person["X-WR-CALNAME"]) == "Visit to Hokkaido – Dr. Anna Schmidt"


def test_uids_are_stable_across_exports_and_a_fresh_database(
    demo_db: Database, tmp_path: Path
) -> None:
    first = _by_uid(export_ics(demo_db, _trip_id(demo_db)))
    second = _by_uid(export_ics(demo_db, _trip_id(demo_db)))
    assert list(first) == list(second)
    assert all(uid.endswith("@" + UID_DOMAIN) for uid in first)
    other = open_database(str(tmp_path / "other.db"))
    try:
        load_demo(other)
        fresh = _by_uid(export_ics(other, _trip_id(other)))
    finally:
        other.close()
    assert list(fresh) == list(first)
    assert {u: str(e["SUMMARY"]) for u, e in fresh.items()} == {
        u: str(e["SUMMARY"]) for u, e in first.items()
    }


def test_sequence_and_last_modified_rise_with_every_change(small: dict, db: Database) -> None:
    trip, item = small["trip"], programme.get_item(db, small["sapporo"].id)
    uid = item_uid(item)
    before = _by_uid(export_ics(db, trip.id))[uid]
    edited = programme.update_item(db, item.id, item.version, title_en="Courtesy call (new)")
    after_edit = _by_uid(export_ics(db, trip.id))[uid]
    programme.set_attendance(db, item.id, [small["anna"].id])
    after_attendance = _by_uid(export_ics(db, trip.id))[uid]
    sequences = [int(e["SEQUENCE"]) for e in (before, after_edit, after_attendance)]
    assert sequences == [item.version - 1, edited.version - 1, edited.version]
    assert sequences[0] < sequences[1] < sequences[2]
    modified = [e["LAST-MODIFIED"].dt for e in (before, after_edit, after_attendance)]
    assert modified[0] <= modified[1] <= modified[2]
    assert str(after_edit["SUMMARY"]) == "Courtesy call (new)"


def test_sequence_rises_when_an_interpreter_is_assigned(small: dict, db: Database) -> None:
    interpreter = f.person(db, "Brandt", "Yuki")
    set_language_pairs(db, interpreter.id, [("de", "ja")])
    uid = item_uid(small["london"])
    before = int(_by_uid(export_ics(db, small["trip"].id))[uid]["SEQUENCE"])
    assign_interpreter(db, small["london"].id, interpreter.id, "ja", "de")
    after = _by_uid(export_ics(db, small["trip"].id))[uid]
    assert int(after["SEQUENCE"]) == before + 1
    assert "Interpreter: Yuki Brandt (ja–de)" in str(after["DESCRIPTION"]).splitlines()


def test_cancelled_items_stay_in_the_file_as_cancelled(small: dict, db: Database) -> None:
    events = _by_uid(export_ics(db, small["trip"].id))
    assert str(events[item_uid(small["dropped"])]["STATUS"]) == "CANCELLED"
    assert str(events[item_uid(small["sapporo"])]["STATUS"]) == "TENTATIVE"
    assert len(events) == 4


def test_every_tzid_has_an_rrule_vtimezone_and_london_is_never_gmt(
    small: dict, db: Database
) -> None:
    data = export_ics(db, small["trip"].id)
    text = data.decode("utf-8")
    used = set(re.findall(r"^DT(?:START|END);TZID=([^:;]+):", text, re.M))
    assert used == {"Asia/Tokyo", "Europe/London"}
    cal = Calendar.from_ical(data)
    zones = {str(tz["TZID"]): tz for tz in cal.walk("VTIMEZONE")}
    assert set(zones) == used | {str(cal["X-WR-TIMEZONE"])}
    assert "RDATE" not in text
    assert not re.search(r"TZID[=:]\"?GMT", text)
    london = [c for c in zones["Europe/London"].subcomponents]
    assert sorted(c.name for c in london) == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in c for c in london)
    tokyo = zones["Asia/Tokyo"].subcomponents
    assert [(c.name, str(c["TZNAME"])) for c in tokyo] == [("STANDARD", "JST")]
    assert "DTSTART;TZID=Europe/London:20260414T140000" in text


@pytest.mark.parametrize(
    "tzid, names",
    [
        ("Asia/Tokyo", {("STANDARD", "JST", "+0900", "+0900")}),
        (
            "Europe/London",
            {("DAYLIGHT", "BST", "+0000", "+0100"), ("STANDARD", "GMT", "+0100", "+0000")},
        ),
        (
            "Europe/Berlin",
            {("DAYLIGHT", "CEST", "+0100", "+0200"), ("STANDARD", "CET", "+0200", "+0100")},
        ),
    ],
)
def test_vtimezone_components(tzid: str, names: set) -> None:
    tz = vtimezone(tzid, date(2026, 4, 13), date(2026, 4, 21))
    text = tz.to_ical().decode()
    assert f"TZID:{tzid}\r\n" in text and "RDATE" not in text
    found = set()
    for sub in tz.subcomponents:
        offsets = re.findall(r"TZOFFSET(?:FROM|TO):([+-]\d{4})", sub.to_ical().decode())
        found.add((sub.name, str(sub["TZNAME"]), *offsets))
        if tzid != "Asia/Tokyo":
            rule = sub["RRULE"].to_ical().decode()
            assert "FREQ=YEARLY" in rule and "BYDAY=-1SU" in rule
            assert re.search(r"BYMONTH=(3|10)\b", rule)
    assert found == names
    again = vtimezone(tzid, date(2026, 4, 13), date(2026, 4, 21))
    assert again is not tz and again.to_ical() == tz.to_ical()  # cached, yet a fresh object


def test_vtimezone_over_several_years_keeps_one_rule_per_kind() -> None:
    tz = vtimezone("Europe/Berlin", date(2024, 7, 8), date(2027, 6, 18))
    assert [(c.name, c["DTSTART"].dt.year) for c in tz.subcomponents] == [
        ("DAYLIGHT", 2023),
        ("STANDARD", 2023),
    ]
    assert "UNTIL" not in tz.to_ical().decode()


def test_empty_person_calendar_is_still_valid(small: dict, db: Database) -> None:
    # a delegation member without items of their own (a non-member is refused:
    # tests/unit/ics/test_ics_delegate_view.py)
    nobody = f.person(db, "Nobody")
    add_member(db, small["trip"].id, nobody.id, role="member")
    data = export_ics(db, small["trip"].id, person_id=nobody.id)
    cal = Calendar.from_ical(data)
    assert cal.walk("VEVENT") == [] and len(cal.walk("VTIMEZONE")) == 1
    vobject.readOne(data.decode())


@pytest.mark.parametrize(
    "tzid", ["Europe/London", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "America/New_York"]
)
def test_vtimezone_agrees_with_zoneinfo_every_six_hours(tzid: str) -> None:
    """vobject reads the VTIMEZONE (RRULEs) independently; offsets must match zoneinfo."""
    tz = vtimezone(tzid, date(2026, 1, 1), date(2027, 12, 31))
    cal = vobject.readOne(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n"
        + tz.to_ical().decode()
        + "END:VCALENDAR\r\n"
    )
    custom = cal.vtimezone.gettzinfo()
    zone = ZoneInfo(tzid)
    t = datetime(2026, 1, 1, tzinfo=UTC)
    while t < datetime(2028, 1, 1, tzinfo=UTC):
        assert t.astimezone(custom).utcoffset() == t.astimezone(zone).utcoffset(), t
        t += timedelta(hours=6)


def test_crlf_and_folding_never_split_a_character(small: dict, db: Database) -> None:
    programme.update_item(
        db,
        small["sapporo"].id,
        programme.get_item(db, small["sapporo"].id).version,
        title_ja=LONG_JA,
        description_ja=LONG_JA * 5,
    )
    data = export_ics(db, small["trip"].id, lang="ja")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a fold split a multi-byte character
    summary = str(_by_uid(data)[item_uid(small["sapporo"])]["SUMMARY"])
    assert summary == LONG_JA
    parsed = vobject.readOne(data.decode())
    by_uid = {e.uid.value: e for e in parsed.vevent_list}
    assert by_uid[item_uid(small["sapporo"])].summary.value == LONG_JA


def test_person_export_holds_only_that_persons_items(small: dict, db: Database) -> None:
    trip = small["trip"]
    anna = set(_by_uid(export_ics(db, trip.id, person_id=small["anna"].id)))
    kenji = set(_by_uid(export_ics(db, trip.id, person_id=small["kenji"].id)))
    assert anna == {item_uid(small["sapporo"])}
    assert kenji == {item_uid(small["sapporo"]), item_uid(small["london"])}


def test_sensitive_notes_only_when_asked(small: dict, db: Database) -> None:
    trip = small["trip"]
    plain = export_ics(db, trip.id).decode()
    unfolded = (
        export_ics(db, trip.id, include_sensitive=True, edition=Edition.INTERNAL)
        .replace(b"\r\n ", b"")
        .decode()
    )
    for secret in ("vegetarisch", "Rollstuhl", "+49 170 0000000"):
        assert secret not in plain.replace("\r\n ", "")
        assert secret in unfolded
    description = str(
        _by_uid(export_ics(db, trip.id, include_sensitive=True, edition=Edition.INTERNAL))[
            item_uid(small["sapporo"])
        ]["DESCRIPTION"]
    )
    line = next(x for x in description.splitlines() if x.startswith("Confidential"))
    assert "Dr. Anna Schmidt" in line and "Dietary needs: vegetarisch" in line
    assert "Sato" not in line
    kenji_only = export_ics(
        db, trip.id, person_id=small["kenji"].id, include_sensitive=True, edition=Edition.INTERNAL
    )
    assert b"vegetarisch" not in kenji_only.replace(b"\r\n ", b"")  # Anna's, not Kenji's
    anna_only = export_ics(
        db, trip.id, person_id=small["anna"].id, include_sensitive=True, edition=Edition.INTERNAL
    )
    assert b"vegetarisch" in anna_only.replace(b"\r\n ", b"")


def test_all_day_item_is_a_date_with_exclusive_end(small: dict, db: Database) -> None:
    data = export_ics(db, small["trip"].id)
    event = _by_uid(data)[item_uid(small["free"])]
    assert event["DTSTART"].dt == date(2026, 4, 19)
    assert event["DTEND"].dt == date(2026, 4, 20)
    assert "DTSTART;VALUE=DATE:20260419" in data.decode()
    assert str(event["SUMMARY"]) == "Freier Tag"  # German text as the fallback
    assert event["SUMMARY"].params["LANGUAGE"] == "de"


def test_sapporo_item_keeps_its_venue_zone(small: dict, db: Database) -> None:
    data = export_ics(db, small["trip"].id).decode()
    assert "DTSTART;TZID=Asia/Tokyo:20260414T100000\r\n" in data
    assert "DTEND;TZID=Asia/Tokyo:20260414T113000\r\n" in data


def test_event_texts(small: dict, db: Database) -> None:
    event = _by_uid(export_ics(db, small["trip"].id, lang="en"))[item_uid(small["sapporo"])]
    assert str(event["LOCATION"]) == "Hokkaido Government, Kita 6 Nishi 6, Sapporo"
    assert [str(c) for c in event.categories] == ["protocol"]
    description = str(event["DESCRIPTION"]).splitlines()
    assert description[0] == "Meet the Governor."
    assert "Hosts: Governor's office" in description
    # not members of the delegation: alphabetical, after any members
    assert "Delegation: SATO Kenji (佐藤 健二) and Dr. Anna Schmidt" in description
    assert "Notes: Dark suit" in description
    ja = _by_uid(export_ics(db, small["trip"].id, lang="ja"))[item_uid(small["sapporo"])]
    assert str(ja["SUMMARY"]) == "表敬訪問" and ja["SUMMARY"].params["LANGUAGE"] == "ja"


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_labels_follow_the_export_language_not_the_process(
    small: dict, db: Database, lang: str
) -> None:
    set_language("ja" if lang != "ja" else "de")
    description = str(
        _by_uid(export_ics(db, small["trip"].id, lang=lang))[item_uid(small["sapporo"])][
            "DESCRIPTION"
        ]
    )
    colon = "：" if lang == "ja" else ": "
    if lang == "ja":
        assert translate_in("ja", "Hosts") != "Hosts"  # the catalogue has it translated
    for msgid in ("Hosts", "Delegation", "Notes"):
        assert any(
            line.startswith(translate_in(lang, msgid) + colon) for line in description.splitlines()
        ), (msgid, description)


def test_build_calendar_is_pure_and_uses_the_given_stamp(small: dict, db: Database) -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    programme_ = load_trip_programme(db, small["trip"].id)
    one = build_calendar(programme_, "en", now=now).to_ical()
    two = build_calendar(programme_, "en", now=now).to_ical()
    assert one == two and b"DTSTAMP:20260301T120000Z" in one


def test_imported_uid_is_kept(small: dict, db: Database) -> None:
    item = programme.create_item(
        db,
        small["trip"].id,
        external_uid="abc-123@partner.example.jp",
        starts_at=datetime(2026, 4, 16, 1, tzinfo=UTC),
        ends_at=datetime(2026, 4, 16, 2, tzinfo=UTC),
        timezone="Asia/Tokyo",
        title_en="Partner item",
    )
    assert item_uid(item) == "abc-123@partner.example.jp"
    assert "abc-123@partner.example.jp" in _by_uid(export_ics(db, small["trip"].id))
    create_person(db, family_name="Unused")  # other data does not disturb the export
