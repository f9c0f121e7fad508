"""Property-based tests of the iCalendar round trip and a fuzz run over the import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.opening import open_database
from app.errors import ImportFileError
from app.ics.export import export_ics
from app.ics.importer import import_ics
from app.services.programme import create_item, list_items
from tests.support import factories as f

ZONES = ["Asia/Tokyo", "Europe/London", "Europe/Berlin"]
# Text a user can type: any printable character of any script, incl. markup and emoji.
TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=120,
    )
    .map(str.strip)
    .filter(bool)
)

ITEM = st.fixed_dictionaries(
    {
        "title_en": TEXT,
        "venue_name": TEXT,
        "description_en": st.one_of(st.just(""), TEXT),
        "timezone": st.sampled_from(ZONES),
        "offset_minutes": st.integers(min_value=0, max_value=8 * 24 * 60),
        "duration": st.integers(min_value=5, max_value=600),
        "status": st.sampled_from(["planned", "confirmed", "cancelled"]),
    }
)


def event_facts(data: bytes) -> list[tuple]:
    cal = icalendar.Calendar.from_ical(data)
    facts = []
    for ev in cal.walk("VEVENT"):
        facts.append(
            (
                str(ev.get("SUMMARY")),
                ev.decoded("DTSTART").astimezone(UTC),
                ev.decoded("DTEND").astimezone(UTC),
                str(ev.get("DTSTART").params.get("TZID")),
                str(ev.get("STATUS")),
                str(ev.get("LOCATION", "")),
            )
        )
    return sorted(facts)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(items=st.lists(ITEM, min_size=1, max_size=6))
def test_export_import_export_gives_the_same_events(items: list[dict]) -> None:
    db = open_database(":memory:")
    try:
        region = f.region(db)
        source = f.trip(db, region.id, slug="source")
        target = f.trip(db, region.id, slug="target")
        base = datetime(2026, 4, 13, 0, 0, tzinfo=UTC)
        for spec in items:
            start = base + timedelta(minutes=spec["offset_minutes"])
            create_item(
                db,
                source.id,
                starts_at=start,
                ends_at=start + timedelta(minutes=spec["duration"]),
                timezone=spec["timezone"],
                title_en=spec["title_en"],
                venue_name=spec["venue_name"],
                description_en=spec["description_en"],
                status=spec["status"],
            )
        first = export_ics(db, source.id, lang="en")
        report = import_ics(db, target.id, first)
        assert report.created == len(items)
        second = export_ics(db, target.id, lang="en")
        assert event_facts(second) == event_facts(first)
        again = import_ics(db, target.id, second)
        assert (again.created, again.updated) == (0, 0)
        assert len(list_items(db, target.id)) == len(items)
    finally:
        db.close()


LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "TZID:Asia/Tokyo",
        "UID:x@y",
        "SUMMARY:Besuch",
        "DTSTART:20260414T010000Z",
        "DTEND:20260414T020000Z",
        "DTSTART;TZID=Asia/Tokyo:2026041",
        "DTSTART;VALUE=DATE:20260414",
        "RRULE:FREQ=SECONDLY",
        "STATUS:CANCELLED",
        "DTEND;TZID=Nowhere/Else:20260414T100000",
        " folded continuation",
        'X-FOO;BAR="a:b":c',
    ]
)
GARBAGE = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=60).map(
        lambda lines: "\r\n".join(lines).encode("utf-8", "surrogatepass")
    ),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=GARBAGE)
def test_fuzz_import_raises_only_the_clear_error(data: bytes) -> None:
    db = open_database(":memory:")
    try:
        trip = f.trip(db, f.region(db).id, start_date=date(2026, 4, 13))
        try:
            import_ics(db, trip.id, data)
        except ImportFileError as exc:
            assert exc.message and "\n" not in exc.message.strip()
    finally:
        db.close()
