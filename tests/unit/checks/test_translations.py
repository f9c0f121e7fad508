"""Missing translations: aggregated per language and kind of text, only for texts that a
partner copy prints and that exist in some language; the demo trip has none."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from app.checks.find import find_problems
from app.checks.problem import Problem, ProblemKind, TextField, schedule_problems
from app.checks.schedule import Schedule
from app.checks.translations import missing_translations, trip_languages
from app.db.engine import Database
from app.locale.i18n import set_language
from app.readers.programme_view import ItemView, MemberView, TripProgramme, load_trip_programme
from app.services.trips import get_trip
from app.services.venues import get_venue, save_venue
from app.timeutil import local_to_utc
from models.enums import ItemStatus
from models.tables import DelegationMember, Person, ProgrammeItem, Region, Trip, Venue

TZ = "Asia/Tokyo"
FULL = {"de": "Text", "en": "Text", "ja": "テキスト"}


def texts(field: str, **langs: str) -> dict[str, str]:
    return {f"{field}_{code}": value for code, value in langs.items()}


def trio(field: str) -> dict[str, str]:
    return texts(field, **FULL)


def item(n: int, venue: Venue | None = None, **kw: Any) -> ItemView:
    start = local_to_utc(date(2026, 4, 14), time(8 + n), TZ)
    values = trio("title") | kw
    record = ProgrammeItem(
        id=n,
        trip_id=1,
        starts_at=start,
        ends_at=local_to_utc(date(2026, 4, 14), time(8 + n, 30), TZ),
        timezone=TZ,
        venue_id=venue.id if venue else None,
        **values,
    )
    return ItemView(record, (), (), venue)


def venue(n: int, **kw: str) -> Venue:
    values = trio("name") | kw
    return Venue(id=n, slug=f"v{n}", timezone=TZ, **values)


def person(n: int, **kw: Any) -> Person:
    values: dict[str, Any] = {"family_name": f"Name{n}", "name_ja": f"ネーム{n}"} | kw
    return Person(id=n, slug=f"p{n}", **values)


def programme(
    *items: ItemView,
    members: tuple[Person, ...] = (),
    contacts: tuple[Person, ...] = (),
    country: str = "JP",
) -> TripProgramme:
    trip = Trip(
        id=1,
        slug="t",
        region_id=1,
        start_date=date(2026, 4, 13),
        end_date=date(2026, 4, 21),
        **trio("title"),
    )
    region = Region(id=1, slug="r", country=country, timezone=TZ)
    member_views = [
        MemberView(DelegationMember(trip_id=1, person_id=p.id, precedence=n), p)
        for n, p in enumerate(members, 1)
    ]
    return TripProgramme(trip, region, member_views, list(items), contacts=list(contacts))


def missing(tp: TripProgramme, lang: str = "en") -> list[Problem]:
    return list(missing_translations(Schedule.of(tp, lang)))


def summary(problems: list[Problem]) -> list[tuple[str | None, TextField | None, int]]:
    return [(p.language, p.text_field, p.count) for p in problems]


def test_a_fully_translated_trip_has_none() -> None:
    v = venue(1, **trio("address"))
    tp = programme(
        item(1, v, **trio("hosts"), **trio("notes"), **trio("dress_code")),
        item(2, v, **trio("description"), **trio("meeting_point")),
        members=(person(1, **trio("organisation"), **trio("function")),),
    )
    assert missing(tp) == []


def test_one_problem_per_language_and_kind_with_the_ids() -> None:
    hall, museum, hotel = venue(1, name_ja=""), venue(2, name_ja=""), venue(3)
    tp = programme(
        item(1, hall, **texts("hosts", de="Herr A", en="Mr A")),
        item(2, museum, **texts("hosts", en="Ms B")),
        item(3, hall, **trio("hosts")),
        item(4, hotel, **texts("hosts", de="Frau C", en="Ms C")),
    )
    assert summary(missing(tp)) == [
        ("de", TextField.HOSTS, 1),
        ("ja", TextField.VENUE_NAME, 2),
        ("ja", TextField.HOSTS, 3),
    ]
    de_hosts, ja_venues, ja_hosts = missing(tp)
    assert de_hosts.item_ids == (2,)
    assert ja_venues.venue_ids == (1, 2) and ja_venues.item_ids == (1, 2, 3)
    assert ja_hosts.item_ids == (1, 2, 4)
    assert ja_venues.message == "Japanese missing for the names of 2 venues"
    assert ja_hosts.message == "Japanese missing for the hosts of 3 items"
    assert de_hosts.message == "German missing for the hosts of 1 item"
    assert all(p.kind is ProblemKind.MISSING_TRANSLATION for p in missing(tp))


def test_empty_in_every_language_internal_notes_and_cancelled_items_do_not_count() -> None:
    tp = programme(
        item(1, venue(1), **texts("internal_notes", de="Nur intern")),
        item(2, venue(2, name_ja=""), status=ItemStatus.CANCELLED.value),
        item(3, None, **texts("notes", en="Shared")),
    )
    assert summary(missing(tp)) == [("de", TextField.NOTES, 1), ("ja", TextField.NOTES, 1)]


def test_people_named_in_the_documents_and_katakana_names() -> None:
    anna = person(1, name_ja="", **texts("organisation", de="RVR", en="RVR"))
    kitagawa = person(
        2, native_name="北川 正樹", family_name_first=True, name_ja="", **trio("function")
    )
    contact = person(3, name_ja="", given_name="Renate")  # partner contact, no texts
    attendee = person(4, **texts("function", en="Adviser"))
    view = item(1)
    tp = programme(
        ItemView(view.item, (attendee,), ()), members=(anna, kitagawa), contacts=(contact,)
    )
    problems = missing(tp)
    assert [(p.language, p.text_field, p.person_ids) for p in problems] == [
        ("de", TextField.FUNCTION, (4,)),
        ("ja", TextField.ORGANISATION, (1,)),
        ("ja", TextField.FUNCTION, (4,)),
        ("ja", TextField.NAME_JA, (1, 3)),  # a Japanese name needs no katakana
    ]
    assert problems[-1].message == "No Japanese (katakana) names for 2 people"


def test_the_languages_follow_the_partner_region() -> None:
    assert trip_languages(Region(slug="h", country="JP", timezone=TZ)) == ("de", "en", "ja")
    assert trip_languages(Region(slug="m", country="GB", timezone="Europe/London")) == (
        "de",
        "en",
    )
    # A British partner reads no Japanese: neither the venue nor the name counts.
    tp = programme(item(1, venue(1, name_ja="")), members=(person(1, name_ja=""),), country="GB")
    assert missing(tp) == []


def test_the_message_speaks_the_language_asked_and_the_json_carries_the_machine_fields() -> None:
    tp = programme(*(item(n, venue(n, name_ja="")) for n in range(1, 13)))
    try:
        set_language("de")
        [problem] = missing(tp, "de")
        assert problem.message == "Japanisch fehlt bei den Namen von 12 Veranstaltungsorten"
        set_language("ja")
        [problem] = missing(tp, "ja")
        assert "日本語" in problem.message and "12" in problem.message
    finally:
        set_language("en")
    data = problem.as_json()
    assert data["kind"] == "missing_translation"
    assert (data["language"], data["field"], data["count"]) == ("ja", "venue_name", 12)
    assert data["venues"] == list(range(1, 13)) and data["items"] == list(range(1, 13))
    assert data["people"] == [] and data["message"] == problem.message


def test_missing_translations_come_after_the_schedule_problems() -> None:
    tp = programme(
        item(1, venue(1, name_ja=""), interpreting_needed=True),
        item(2, venue(1, name_ja="")),
    )
    problems = find_problems(tp)
    assert [p.kind for p in problems] == [
        ProblemKind.INTERPRETER_MISSING,
        ProblemKind.MISSING_TRANSLATION,
    ]
    assert schedule_problems(problems) == problems[:1]


# --- the demo trip ---------------------------------------------------------------------------


def test_the_demo_trips_are_fully_translated_until_a_venue_loses_its_japanese_name(
    demo_db: Database,
) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    tp = load_trip_programme(demo_db, int(trip.id or 0))
    assert [p for p in find_problems(tp) if p.is_missing_translation] == []
    venue_here = next(v.venue for v in tp.items if v.venue is not None)
    assert venue_here is not None
    stored = get_venue(demo_db, int(venue_here.id or 0))
    save_venue(demo_db, int(stored.id or 0), stored.version, name_ja="")

    tp = load_trip_programme(demo_db, int(trip.id or 0))
    [problem] = [p for p in find_problems(tp) if p.is_missing_translation]
    assert (problem.language, problem.text_field, problem.count) == (
        "ja",
        TextField.VENUE_NAME,
        1,
    )
    assert problem.venue_ids == (stored.id,)
    at_venue = [
        v.item.id
        for v in tp.items
        if v.item.venue_id == stored.id and v.item.status != ItemStatus.CANCELLED.value
    ]
    assert problem.item_ids == tuple(at_venue) and at_venue  # every item there, in order


@pytest.mark.parametrize("slug", ["hokkaido-iga-2027", "greater-manchester-2022"])
def test_the_other_demo_trips_have_no_missing_translation(demo_db: Database, slug: str) -> None:
    trip = get_trip(demo_db, slug)
    tp = load_trip_programme(demo_db, int(trip.id or 0))
    assert [p.message for p in find_problems(tp) if p.is_missing_translation] == []
