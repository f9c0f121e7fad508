"""Services against a real SQLite file and a real PostgreSQL server alike."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.db.engine import Database
from app.errors import ConflictError, NotFoundError, ValidationError
from app.locale.i18n import set_language
from app.services import delegation, followups, interpreting, people, programme, regions, trips
from tests.support import factories as f

APRIL_14 = date(2026, 4, 14)


def test_region_round_trip_keeps_three_scripts(any_db: Database) -> None:
    created = f.region(any_db)
    loaded = regions.get_region(any_db, "hokkaido")
    assert (loaded.id, loaded.name_ja, loaded.name_de) == (created.id, "北海道", "Hokkaidō")
    assert regions.get_region(any_db, str(created.id)).slug == "hokkaido"


def test_item_instants_are_utc_and_zone_is_kept(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    created = f.item(any_db, trip.id, APRIL_14, "10:00", "11:30")
    loaded = programme.get_item(any_db, created.id)
    assert loaded.starts_at == datetime(2026, 4, 14, 1, 0, tzinfo=UTC)
    assert loaded.ends_at == datetime(2026, 4, 14, 2, 30, tzinfo=UTC)
    assert loaded.starts_at.utcoffset().total_seconds() == 0
    assert loaded.timezone == "Asia/Tokyo"


def test_update_from_an_old_version_is_a_conflict_and_keeps_the_winner(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    item = f.item(any_db, trip.id, APRIL_14, "10:00", "11:00", title="Original")
    first = programme.update_item(any_db, item.id, item.version, title_en="First user")
    assert first.version == item.version + 1
    with pytest.raises(ConflictError) as raised:
        programme.update_item(any_db, item.id, item.version, title_en="Second user")
    assert raised.value.current_version == first.version
    assert "changed" in raised.value.message
    assert programme.get_item(any_db, item.id).title_en == "First user"


def test_deleting_a_record_someone_changed_is_a_conflict(any_db: Database) -> None:
    region = f.region(any_db)
    trip = f.trip(any_db, region.id)
    trips.update_trip(any_db, trip.id, trip.version, notes="changed meanwhile")
    with pytest.raises(ConflictError):
        trips.delete_trip(any_db, trip.id, trip.version)
    assert trips.get_trip(any_db, trip.id).notes == "changed meanwhile"


def test_editing_a_deleted_record_says_it_was_deleted(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    item = f.item(any_db, trip.id, APRIL_14, "10:00", "11:00")
    programme.delete_item(any_db, item.id, item.version)
    with pytest.raises(ConflictError, match="deleted") as raised:
        programme.update_item(any_db, item.id, item.version, title_en="too late")
    assert raised.value.attempted == {"title_en": "too late"}
    assert raised.value.current_version is None


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        ("11:00", "10:00", "ends_at", "end after it starts"),
        ("10:00", "10:00", "ends_at", "end after it starts"),
    ],
)
def test_item_times_are_validated(
    db: Database, start: str, end: str, field: str, message: str
) -> None:
    trip = f.trip(db, f.region(db).id)
    with pytest.raises(ValidationError) as raised:
        f.item(db, trip.id, APRIL_14, start, end)
    assert message in raised.value.fields[field]
    assert programme.list_items(db, trip.id) == []


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"title_en": ""}, "title_en", "at least one language"),
        ({"title_en": "x" * 10_000}, "title_en", "too long"),
        ({"title_en": "bad\x00title"}, "title_en", "control characters"),
        ({"timezone": "Mars/Olympus"}, "timezone", "Unknown time zone"),
        ({"status": "postponed"}, "status", "postponed"),
    ],
)
def test_item_fields_are_validated(db: Database, values: dict, field: str, fragment: str) -> None:
    trip = f.trip(db, f.region(db).id)
    with pytest.raises(ValidationError) as raised:
        f.item(db, trip.id, APRIL_14, "10:00", "11:00", **values)
    assert fragment in raised.value.fields[field]


def test_item_far_outside_the_trip_is_refused_but_near_is_allowed(db: Database) -> None:
    trip = f.trip(db, f.region(db).id)
    f.item(db, trip.id, date(2026, 4, 22), "10:00", "11:00")  # day after: flagged, allowed
    with pytest.raises(ValidationError, match="far outside"):
        f.item(db, trip.id, date(2026, 6, 1), "10:00", "11:00")


def test_nonexistent_local_time_at_clock_change_is_refused(db: Database) -> None:
    from datetime import time

    from app.timeutil import local_to_utc

    with pytest.raises(ValidationError, match="does not exist"):
        local_to_utc(date(2026, 3, 29), time(2, 30), "Europe/Berlin")


def test_validation_messages_follow_the_language(db: Database) -> None:
    set_language("de")
    with pytest.raises(ValidationError) as raised:
        f.region(db, slug="Not A Slug!")
    assert "Kurzname" in raised.value.fields["slug"]


def test_trip_dates_and_duplicate_slug(any_db: Database) -> None:
    region = f.region(any_db)
    with pytest.raises(ValidationError) as raised:
        f.trip(any_db, region.id, start_date=date(2026, 4, 21), end_date=date(2026, 4, 13))
    assert "end before it starts" in raised.value.fields["end_date"]
    f.trip(any_db, region.id, slug="same")
    with pytest.raises(ValidationError, match="already used"):
        f.trip(any_db, region.id, slug="same")


def test_person_email_and_languages(any_db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        f.person(any_db, "Schmidt", "Anna", email="anna-at-example", languages="de,xx1")
    assert set(raised.value.fields) == {"email", "languages"}
    anna = f.person(any_db, "Schmidt", "Anna", email="anna@example.org", languages=["de", "en"])
    assert anna.slug == "anna-schmidt" and anna.languages == "de,en"
    again = f.person(any_db, "Schmidt", "Anna")
    assert again.slug == "anna-schmidt-2"


def test_delegation_in_protocol_order_and_reorder(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    a, b, c = (f.person(any_db, name) for name in ("Arndt", "Berg", "Claus"))
    delegation.add_member(any_db, trip.id, b.id, role="head", precedence=1)
    delegation.add_member(any_db, trip.id, a.id)
    delegation.add_member(any_db, trip.id, c.id, role="staff")
    order = [row.person.family_name for row in delegation.list_members(any_db, trip.id)]
    assert order == ["Berg", "Arndt", "Claus"]
    shown = [
        (row.member.id, row.member.version) for row in delegation.list_members(any_db, trip.id)
    ]
    ids = [member_id for member_id, _version in shown]
    reordered = delegation.reorder_members(any_db, trip.id, [ids[2], ids[0], ids[1]], shown)
    assert [r.person.family_name for r in reordered] == ["Claus", "Berg", "Arndt"]
    assert [r.member.precedence for r in reordered] == [1, 2, 3]
    with pytest.raises(ValidationError, match="already"):
        delegation.add_member(any_db, trip.id, a.id)
    assert trips.list_trips(any_db)[0].members == 3


def test_interpreter_needs_the_language_pair(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    item = f.item(any_db, trip.id, APRIL_14, "10:00", "11:00")
    interpreter = f.person(any_db, "Tanaka", "Yuki")
    people.set_language_pairs(any_db, interpreter.id, [("de", "ja")])
    with pytest.raises(ValidationError, match="does not interpret"):
        interpreting.assign_interpreter(any_db, item.id, interpreter.id, "en", "ja")
    interpreting.assign_interpreter(any_db, item.id, interpreter.id, "ja", "de")
    rows = interpreting.assignments_for_trip(any_db, trip.id)[item.id]
    assert [r.person.family_name for r in rows] == ["Tanaka"]
    # assigning changes what the item's calendar entry says: its version rises
    assert programme.get_item(any_db, item.id).version == item.version + 1
    assert [p.id for p in interpreting.interpreters_for_pair(any_db, "ja", "de")] == [
        interpreter.id
    ]


def test_attendance_and_duplicate(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    anna = f.person(any_db, "Schmidt", "Anna")
    item = f.item(any_db, trip.id, APRIL_14, "10:00", "11:00", venue_name="Kitara")
    programme.set_attendance(any_db, item.id, [anna.id])
    from datetime import timedelta

    copy = programme.duplicate_item(any_db, item.id, shift=timedelta(days=1))
    assert copy.id != item.id and copy.venue_id == item.venue_id is not None
    assert copy.starts_at - item.starts_at == timedelta(days=1)
    assert programme.attendance_by_item(any_db, trip.id) == {item.id: [anna.id], copy.id: [anna.id]}
    with pytest.raises(ValidationError, match="Unknown person"):
        programme.set_attendance(any_db, item.id, [999_999])


def test_cancel_keeps_the_item(any_db: Database) -> None:
    trip = f.trip(any_db, f.region(any_db).id)
    item = f.item(any_db, trip.id, APRIL_14, "10:00", "11:00")
    cancelled = programme.cancel_item(any_db, item.id, item.version)
    assert cancelled.status == "cancelled"
    assert [i.id for i in programme.list_items(any_db, trip.id)] == [item.id]
    assert programme.list_items(any_db, trip.id, include_cancelled=False) == []


def test_follow_ups_overdue_and_filters(any_db: Database) -> None:
    region = f.region(any_db)
    trip = f.trip(any_db, region.id)
    late = followups.create_follow_up(
        any_db,
        region_id=region.id,
        trip_id=trip.id,
        title_en="Send the report",
        due=date(2026, 6, 29),
    )
    followups.create_follow_up(
        any_db,
        region_id=region.id,
        title_de="Gegenbesuch vorbereiten",
        due="2027-03-01",
        status="in_progress",
    )
    rows = followups.list_follow_ups(any_db)
    assert [r.follow_up.slug for r in rows] == ["send-the-report", "gegenbesuch-vorbereiten"]
    assert rows[0].is_overdue(date(2026, 11, 22)) and not rows[1].is_overdue(date(2026, 11, 22))
    done = followups.update_follow_up(any_db, late.id, late.version, status="done")
    assert not followups.list_follow_ups(any_db, statuses=("open",))
    assert done.version == late.version + 1
    with pytest.raises(ValidationError, match="not a date"):
        followups.create_follow_up(any_db, region_id=region.id, title_en="x", due="29.06.2026")


def test_region_in_use_cannot_be_deleted(any_db: Database) -> None:
    region = f.region(any_db)
    f.trip(any_db, region.id)
    with pytest.raises(ValidationError, match="still in use"):
        regions.delete_region(any_db, region.id, region.version)
    assert regions.get_region(any_db, region.id).slug == "hokkaido"


def test_unknown_reference(any_db: Database) -> None:
    with pytest.raises(NotFoundError, match="Unknown trip 'nowhere'"):
        trips.get_trip(any_db, "nowhere")


def test_follow_up_summaries_and_count_match_the_full_list(any_db: Database) -> None:
    region = f.region(any_db)
    other = f.region(any_db, slug="greater-manchester", timezone="Europe/London", country="GB")
    trip = f.trip(any_db, region.id)
    for n, (reg, status) in enumerate(
        [(region, "open"), (region, "done"), (other, "open"), (region, "in_progress")]
    ):
        followups.create_follow_up(
            any_db,
            region_id=reg.id,
            trip_id=trip.id if n % 2 else None,
            title_en=f"Action {n}",
            due=date(2026, 12, 1 + n),
            status=status,
        )
    for filters in ({}, {"region_id": region.id}, {"statuses": followups.OPEN_STATUSES}):
        full = followups.list_follow_ups(any_db, **filters)
        light = followups.list_follow_up_summaries(any_db, **filters)
        assert [
            (r.follow_up.id, r.follow_up.version, r.region.slug, r.trip.slug if r.trip else None)
            for r in light
        ] == [
            (r.follow_up.id, r.follow_up.version, r.region.slug, r.trip.slug if r.trip else None)
            for r in full
        ]
        assert followups.count_follow_ups(any_db, **filters) == len(full)
