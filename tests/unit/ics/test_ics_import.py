"""ICS import: round trip, updates by UID, time zones, and bad files that change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.db.engine import Database
from app.errors import ImportFileError
from app.ics.export import export_ics, item_uid
from app.ics.importer import MAX_IMPORT_BYTES, import_ics
from app.services import programme
from models.enums import Edition
from models.tables import ProgrammeItem, Trip, Venue
from models.text import localized
from tests.support import factories as f

APRIL_14 = date(2026, 4, 14)


def _event(
    uid: str = "ev-1@partner.example.jp",
    start: str = "DTSTART;TZID=Asia/Tokyo:20260414T100000",
    end: str | None = "DTEND;TZID=Asia/Tokyo:20260414T110000",
    summary: str = "Meeting",
    extra: str = "",
    stamp: str = "20260301T000000Z",
) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}" if uid else "",
        f"DTSTAMP:{stamp}",
        start,
        end or "",
        f"SUMMARY:{summary}",
        extra,
        "END:VEVENT",
    ]
    return "\r\n".join(line for line in lines if line) + "\r\n"


def _sent_now() -> str:
    """DTSTAMP of a file sent now: a changed event with the same SEQUENCE is newer only
    by its stamp (an older one is not applied, issue #14)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _ics(*events: str, head: str = "") -> bytes:
    body = "".join(events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//Test//EN\r\n"
        + head
        + body
        + "END:VCALENDAR\r\n"
    ).encode("utf-8")


def _items(db: Database, trip_id: int) -> list[ProgrammeItem]:
    return programme.list_items(db, trip_id)


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ProgrammeItem))


def _fingerprint(data: bytes) -> set[tuple[str, ...]]:
    out = set()
    for e in Calendar.from_ical(data).walk("VEVENT"):
        out.add(
            (
                str(e["UID"]),
                str(e["SUMMARY"]),
                e["DTSTART"].to_ical().decode(),
                str(e["DTSTART"].params.get("TZID", "")),
                e["DTEND"].to_ical().decode(),
                str(e.get("LOCATION", "")),
                str(e["STATUS"]),
                ",".join(str(c) for c in e.categories),
            )
        )
    return out


@pytest.fixture
def trip(db: Database) -> Trip:
    return f.trip(db, f.region(db).id)


def test_round_trip_through_an_empty_trip_gives_the_same_events(demo_db: Database) -> None:
    with demo_db.session() as s:
        source = s.scalars(select(Trip).where(Trip.slug == "hokkaido-2026")).one()
    target = f.trip(
        demo_db,
        source.region_id,
        slug="hokkaido-copy",
        start_date=source.start_date,
        end_date=source.end_date,
    )
    first = export_ics(demo_db, source.id, lang="en")
    report = import_ics(demo_db, target.id, first)
    assert report.created == len(Calendar.from_ical(first).walk("VEVENT"))
    assert report.updated == 0 and report.messages == []
    assert report.cancelled == sum(
        1 for e in Calendar.from_ical(first).walk("VEVENT") if str(e["STATUS"]) == "CANCELLED"
    )
    again = export_ics(demo_db, target.id, lang="en")
    assert _fingerprint(again) == _fingerprint(first)
    # Beyond what calendar clients see: the fields behind DESCRIPTION and LOCATION.
    sources = {item_uid(i): i for i in _items(demo_db, source.id)}
    copies = _items(demo_db, target.id)
    assert len(copies) == len(sources)
    for copy in copies:
        original = sources[copy.external_uid]
        for name in ("title", "description"):
            assert localized(copy, name, "en") == localized(original, name, "en")
        fields = (
            "starts_at",
            "ends_at",
            "timezone",
            "all_day",
            "venue_id",
            "topic",
            "hosts_en",
            "notes_en",
            "status",
        )
        assert [getattr(copy, n) for n in fields] == [getattr(original, n) for n in fields]


def test_reimport_updates_without_duplicates(db: Database, trip: Trip) -> None:
    data = _ics(
        _event(),
        _event(
            "ev-2@partner.example.jp",
            summary="Lunch",
            start="DTSTART;TZID=Asia/Tokyo:20260414T120000",
            end="DTEND;TZID=Asia/Tokyo:20260414T130000",
        ),
    )
    assert import_ics(db, trip.id, data).created == 2
    same = import_ics(db, trip.id, data)
    assert (same.created, same.updated, same.cancelled, same.unchanged) == (0, 0, 0, 2)
    assert same.messages == []
    before = {i.external_uid: i for i in _items(db, trip.id)}
    changed = _ics(
        _event(
            summary="Meeting (moved)",
            start="DTSTART;TZID=Asia/Tokyo:20260414T103000",
            end="DTEND;TZID=Asia/Tokyo:20260414T113000",
            stamp=_sent_now(),
        )
    )
    report = import_ics(db, trip.id, changed)
    assert (report.created, report.updated) == (0, 1)
    items = {i.external_uid: i for i in _items(db, trip.id)}
    assert len(items) == 2
    moved = items["ev-1@partner.example.jp"]
    assert moved.title_en == "Meeting (moved)"
    assert moved.starts_at == datetime(2026, 4, 14, 1, 30, tzinfo=UTC)
    assert moved.version == before["ev-1@partner.example.jp"].version + 1
    sequence = {
        str(e["UID"]): int(e["SEQUENCE"])
        for e in Calendar.from_ical(export_ics(db, trip.id)).walk("VEVENT")
    }
    assert sequence["ev-1@partner.example.jp"] == 1


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_reimporting_our_own_export_changes_nothing(demo_db: Database, lang: str) -> None:
    with demo_db.session() as s:
        trip_id = s.scalars(select(Trip.id).where(Trip.slug == "hokkaido-2026")).one()
    before = {
        i.id: (i.version, i.venue_id, i.hosts_en, i.hosts_ja, i.description_ja)
        for i in _items(demo_db, trip_id)
    }
    report = import_ics(
        demo_db,
        trip_id,
        export_ics(demo_db, trip_id, lang=lang, include_sensitive=True, edition=Edition.INTERNAL),
    )
    assert (report.created, report.updated, report.cancelled) == (0, 0, 0)
    assert (report.unchanged, report.messages) == (len(before), [])
    after = {
        i.id: (i.version, i.venue_id, i.hosts_en, i.hosts_ja, i.description_ja)
        for i in _items(demo_db, trip_id)
    }
    assert after == before


def test_an_edited_location_wins_over_our_hidden_copy(db: Database, trip: Trip) -> None:
    item = f.item(
        db,
        trip.id,
        APRIL_14,
        "10:00",
        "11:00",
        venue_name="Hotel, Sapporo",
        venue_address="Kita 1\nSapporo",
    )
    text = export_ics(db, trip.id).replace(b"\r\n ", b"").decode()
    assert "LOCATION:Hotel\\, Sapporo\\, Kita 1\\, Sapporo" in text
    import_ics(db, trip.id, text.replace("LOCATION:Hotel", "LOCATION:Grand Hotel").encode())
    loaded = programme.get_item(db, item.id)
    assert _venue_texts(db, loaded.venue_id, "en") == (
        "Grand Hotel, Sapporo, Kita 1, Sapporo",
        "",
    )
    assert loaded.version == item.version + 1


def test_own_uids_of_this_trip_update_the_item(db: Database, trip: Trip) -> None:
    item = f.item(db, trip.id, APRIL_14, "10:00", "11:00", title="Ours", hosts_en="Governor")
    exported = (
        export_ics(db, trip.id)
        .decode()
        .replace("SUMMARY;LANGUAGE=en:Ours", "SUMMARY;LANGUAGE=en:Ours, renamed")
    )
    report = import_ics(db, trip.id, exported.encode())
    assert (report.created, report.updated) == (0, 1)
    [loaded] = _items(db, trip.id)
    assert (loaded.id, loaded.title_en, loaded.external_uid) == (item.id, "Ours, renamed", None)
    assert loaded.hosts_en == "Governor"


def test_cancelled_event_cancels_the_item(db: Database, trip: Trip) -> None:
    import_ics(db, trip.id, _ics(_event()))
    report = import_ics(db, trip.id, _ics(_event(extra="STATUS:CANCELLED", stamp=_sent_now())))
    assert (report.cancelled, report.updated, report.created) == (1, 0, 0)
    [item] = _items(db, trip.id)
    assert item.status == "cancelled"


def test_floating_times_take_the_region_zone_and_say_so(db: Database, trip: Trip) -> None:
    data = _ics(
        _event(start="DTSTART:20260414T100000", end="DTEND:20260414T110000"),
        _event("ev-2", start="DTSTART:20260415T100000", end="DTEND:20260415T110000"),
    )
    report = import_ics(db, trip.id, data)
    assert report.messages == ["2 events had no time zone; they were read as Asia/Tokyo times."]
    item = _items(db, trip.id)[0]
    assert item.timezone == "Asia/Tokyo"
    assert item.starts_at == datetime(2026, 4, 14, 1, 0, tzinfo=UTC)


def test_utc_times_keep_the_instant_in_the_region_zone(db: Database, trip: Trip) -> None:
    report = import_ics(
        db, trip.id, _ics(_event(start="DTSTART:20260414T010000Z", end="DTEND:20260414T020000Z"))
    )
    assert report.messages == []
    [item] = _items(db, trip.id)
    assert (item.starts_at, item.timezone) == (datetime(2026, 4, 14, 1, tzinfo=UTC), "Asia/Tokyo")


@pytest.mark.parametrize(
    "tzid, zone",
    [
        ("Europe/London", "Europe/London"),
        ("GMT Standard Time", "Europe/London"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
    ],
)
def test_tzids_are_mapped_to_iana_names(db: Database, trip: Trip, tzid: str, zone: str) -> None:
    import_ics(
        db,
        trip.id,
        _ics(
            _event(
                start=f'DTSTART;TZID="{tzid}":20260414T100000',
                end=f'DTEND;TZID="{tzid}":20260414T110000',
            )
        ),
    )
    [item] = _items(db, trip.id)
    assert item.timezone == zone
    assert item.starts_at == datetime(2026, 4, 14, 10, tzinfo=ZoneInfo(zone))


def test_custom_tzid_with_a_vtimezone_location(db: Database, trip: Trip) -> None:
    vtz = (
        "BEGIN:VTIMEZONE\r\nTZID:Sapporo local\r\nX-LIC-LOCATION:Asia/Tokyo\r\n"
        "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\n"
        "TZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    import_ics(
        db,
        trip.id,
        _ics(
            _event(
                start="DTSTART;TZID=Sapporo local:20260414T100000",
                end="DTEND;TZID=Sapporo local:20260414T110000",
            ),
            head=vtz,
        ),
    )
    [item] = _items(db, trip.id)
    assert (item.timezone, item.starts_at) == ("Asia/Tokyo", datetime(2026, 4, 14, 1, tzinfo=UTC))


OUTLOOK_TOKYO = (
    "BEGIN:VTIMEZONE\r\nTZID:(UTC+09:00) Osaka\\, Sapporo\\, Tokyo\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0900\r\n"
    "TZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)
PRIVATE_LONDON = (
    "BEGIN:VTIMEZONE\r\nTZID:Our office\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
    "DTSTART:16010325T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
)


@pytest.mark.parametrize(
    "vtz, tzid, zone",
    [
        (OUTLOOK_TOKYO, '"(UTC+09:00) Osaka, Sapporo, Tokyo"', "Asia/Tokyo"),
        (PRIVATE_LONDON, "Our office", "Europe/London"),
    ],
)
def test_private_tzids_are_matched_by_their_vtimezone(
    db: Database, trip: Trip, vtz: str, tzid: str, zone: str
) -> None:
    import_ics(
        db,
        trip.id,
        _ics(
            _event(
                start=f"DTSTART;TZID={tzid}:20260414T100000",
                end=f"DTEND;TZID={tzid}:20260414T110000",
            ),
            head=vtz,
        ),
    )
    [item] = _items(db, trip.id)
    assert item.timezone == zone
    assert item.starts_at == datetime(2026, 4, 14, 10, tzinfo=ZoneInfo(zone))


def test_private_tzid_that_matches_no_known_zone_is_refused(db: Database, trip: Trip) -> None:
    vtz = OUTLOOK_TOKYO.replace("+0900", "+0530").replace(
        "(UTC+09:00) Osaka\\, Sapporo\\, Tokyo", "India"
    )
    with pytest.raises(ImportFileError, match="unknown time zone 'India'"):
        import_ics(
            db,
            trip.id,
            _ics(
                _event(
                    start="DTSTART;TZID=India:20260414T100000",
                    end="DTEND;TZID=India:20260414T110000",
                ),
                head=vtz,
            ),
        )
    assert _items(db, trip.id) == []


def test_events_without_uid_or_end_are_imported_and_reported(db: Database, trip: Trip) -> None:
    report = import_ics(db, trip.id, _ics(_event(uid="", end=None)))
    assert report.created == 1
    assert report.messages == [
        "1 event had no end time; it was given one hour.",
        "1 event had no UID; importing the file again will add it again.",
    ]
    [item] = _items(db, trip.id)
    assert item.ends_at - item.starts_at == timedelta(hours=1) and item.external_uid is None


def test_texts_go_into_the_right_language_and_fields(db: Database, trip: Trip) -> None:
    data = _ics(
        _event(
            "a",
            summary="知事表敬訪問",
            extra="LOCATION:道庁\\nKita 6 Nishi 6\\nSapporo\r\n"
            "CATEGORIES:protocol\r\nDESCRIPTION:知事と懇談する。",
        ),
        _event(
            "b",
            summary="Empfang",
            extra="DESCRIPTION;LANGUAGE=de:Im Rathaus",
            start="DTSTART;VALUE=DATE:20260419",
            end="DTEND;VALUE=DATE:20260420",
        ),
    )
    import_ics(db, trip.id, data)
    items = {i.external_uid: i for i in _items(db, trip.id)}
    ja = items["a"]
    assert (ja.title_ja, ja.title_en, ja.description_ja) == ("知事表敬訪問", "", "知事と懇談する。")
    assert (*_venue_texts(db, ja.venue_id, "ja"), ja.topic) == (
        "道庁",
        "Kita 6 Nishi 6\nSapporo",
        "protocol",
    )
    assert (items["b"].title_en, items["b"].description_de, items["b"].all_day) == (
        "Empfang",
        "Im Rathaus",
        True,
    )
    event = Calendar.from_ical(export_ics(db, trip.id)).walk("VEVENT")
    all_day = next(e for e in event if str(e["UID"]) == "b")
    assert (all_day["DTSTART"].dt, all_day["DTEND"].dt) == (date(2026, 4, 19), date(2026, 4, 20))


def _nested(levels: int) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:X-A\r\n" * levels
        + "END:X-A\r\n" * levels
        + "END:VCALENDAR\r\n"
    ).encode()


def _many_events(n: int) -> bytes:
    return _ics(*(_event(f"e{i}") for i in range(n)))


BAD_FILES = [
    ("text", b"Dear colleagues, please find the programme attached.\r\n", "not an iCalendar"),
    ("binary", bytes(range(256)) * 8, "not UTF-8|not an iCalendar"),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not UTF-8|not an iCalendar"),
    ("latin-1", _ics(_event(summary="Begrüßung")).decode().encode("latin-1"), "not UTF-8"),
    ("no-vevent", _ics(), "no events"),
    ("no-dtstart", _ics(_event(start="")), "no start time"),
    ("bad-dtstart", _ics(_event(start="DTSTART:tomorrow")), "invalid DTSTART"),
    (
        "end-before-start",
        _ics(_event(end="DTEND;TZID=Asia/Tokyo:20260414T090000")),
        "ends .* before it starts",
    ),
    (
        "unknown-tzid",
        _ics(_event(start="DTSTART;TZID=Mars/Olympus:20260414T100000")),
        "unknown time zone 'Mars/Olympus'",
    ),
    ("rrule-storm", _ics(_event(extra="RRULE:FREQ=SECONDLY")), "recurring events"),
    ("too-many", _many_events(2001), "2001 events.*at most 2000"),
    ("nested", _nested(10_000), "nested"),
    ("too-large", b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"x" * (6 * 2**20) + b"\r\n", "too large"),
    (
        "far-outside-trip",
        _ics(
            _event("ok"),
            _event(
                "far",
                summary="Next year",
                start="DTSTART;TZID=Asia/Tokyo:20270414T100000",
                end="DTEND;TZID=Asia/Tokyo:20270414T110000",
            ),
        ),
        "“Next year”.*far outside",
    ),
    ("duplicate-uid", _ics(_event("same"), _event("same")), "twice"),
    ("two-calendars", _ics(_event()) + _ics(_event("x")), "cannot be read"),
    ("no-title", _ics(_event(summary="")), "cannot be imported"),
]


@pytest.mark.parametrize(
    "data, pattern", [(d, p) for _n, d, p in BAD_FILES], ids=[n for n, _d, _p in BAD_FILES]
)
def test_bad_files_raise_one_clear_error_and_change_nothing(
    db: Database, trip: Trip, data: bytes, pattern: str
) -> None:
    existing = f.item(db, trip.id, APRIL_14, "08:00", "09:00", title="Already planned")
    before = (_count(db), programme.get_item(db, existing.id).version)
    with pytest.raises(ImportFileError, match=pattern) as raised:
        import_ics(db, trip.id, data)
    message = raised.value.message
    assert "\n" not in message and "Traceback" not in message and len(message) < 300
    assert (_count(db), programme.get_item(db, existing.id).version) == before


def test_size_limit_is_the_documented_one() -> None:
    assert MAX_IMPORT_BYTES == 5 * 2**20


def test_a_failing_event_rolls_back_the_updates_before_it(db: Database, trip: Trip) -> None:
    import_ics(db, trip.id, _ics(_event()))
    # the second event fails validation after the first one was already written
    bad = _ics(
        _event(summary="Renamed"),
        _event("x", start="DTSTART:20300101T100000", end="DTEND:20300101T110000"),
    )
    with pytest.raises(ImportFileError):
        import_ics(db, trip.id, bad)
    [item] = _items(db, trip.id)
    assert (item.title_en, item.version) == ("Meeting", 1)


def test_import_is_one_transaction_on_every_database(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    first = import_ics(any_db, trip.id, _ics(_event(), _event("b", summary="Lunch")))
    assert first.created == 2
    bad = _ics(
        _event(summary="Renamed"),
        _event("c", summary="New"),
        _event("d", start="DTSTART:20300101T100000", end="DTEND:20300101T110000"),
    )
    with pytest.raises(ImportFileError, match="far outside"):
        import_ics(any_db, trip.id, bad)
    assert sorted((i.external_uid, i.title_en, i.version) for i in _items(any_db, trip.id)) == [
        ("b", "Lunch", 1),
        ("ev-1@partner.example.jp", "Meeting", 1),
    ]


def _venue_texts(db: Database, venue_id: int | None, lang: str) -> tuple[str, str]:
    """The name and address in ``lang`` of an item's venue in the directory."""
    assert venue_id is not None
    with db.session() as s:
        venue = s.get(Venue, venue_id)
        assert venue is not None
        return getattr(venue, f"name_{lang}"), getattr(venue, f"address_{lang}")
