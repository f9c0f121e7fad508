"""Demo people, regions, agreements, follow-ups and the programmes other than hokkaido-2026:
shape of the per-language fields, names in each script, protocol precedence, and the
wording the partner documents require (pure Python, no database)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.demo_data import catalogue as dd
from app.demo_data import (
    follow_ups,
    items_assembly_2024,
    items_iga_2027_manchester_2022,
    people,
    regions,
    trips,
    venues_more,
)
from models.enums import Salutation
from tests.unit.demo_data.conventions import (
    ITEM_KEYS,
    JAPANESE,
    LANGS,
    MACRON,
    PERSON_KEYS,
    VENUE_KEYS,
    in_own_script,
)

KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc]+(・[\u30a1-\u30fa\u30fc]+)+$")
KANJI_NAME = re.compile(r"^[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005\u3040-\u309f]+$")
ASCII_SPACE_IN_JAPANESE = re.compile(f"(?<={JAPANESE.pattern}) (?={JAPANESE.pattern})")

PEOPLE = {p["slug"]: p for p in people.PEOPLE}
TRIPS = {t["slug"]: t for t in trips.TRIPS}
MY_ITEMS = [*items_assembly_2024.ITEMS, *items_iga_2027_manchester_2022.ITEMS]
SHARED_VENUES = {"rvr-headquarters", "duesseldorf-airport"}
#: Where the partner side's protocol order puts each function (議長 → … → 大学).
HOKKAIDO_RANKS = ("議会議長", "議会副議長", "議会議員", "議会事務局", "北海道庁", "大学")

#: Every record of the modules this test covers, with a label for messages.
RECORDS: list[tuple[str, dict[str, Any]]] = [
    *(("PEOPLE", r) for r in people.PEOPLE),
    *(("REGIONS", r) for r in regions.REGIONS),
    *(("STATUS_HISTORY", r) for r in regions.STATUS_HISTORY),
    *(("AGREEMENTS", r) for r in regions.AGREEMENTS),
    *(("TRIPS", r) for r in trips.TRIPS),
    *(("FOLLOW_UPS", r) for r in follow_ups.FOLLOW_UPS),
    *(("ITEMS", r) for r in MY_ITEMS),
    *(("VENUES", r) for r in venues_more.VENUES),
]


def _texts() -> Iterator[tuple[str, str, str, str]]:
    """(table, record, field, text) for every string value."""
    for table, record in RECORDS:
        name = str(record.get("slug") or record.get("key") or record.get("region"))
        for field, value in record.items():
            if isinstance(value, str):
                yield table, name, field, value


def _appearing_in(trip_slugs: set[str]) -> set[str]:
    """Members, attendees and interpreters of the given trips."""
    found = {m["person"] for m in trips.MEMBERS if m["trip"] in trip_slugs}
    for item in dd.ITEMS:
        if item["trip"] in trip_slugs:
            found |= set(item["attendees"])
            found |= {slug for slug, _source, _target in item["interpreters"]}
    return found


# --- shape ----------------------------------------------------------------------------


def test_people_have_exactly_the_new_keys() -> None:
    for person in people.PEOPLE:
        assert set(person) == PERSON_KEYS, person["slug"]


def test_items_and_venues_have_exactly_the_new_keys() -> None:
    for item in MY_ITEMS:
        assert set(item) == ITEM_KEYS, item["key"]
    for venue in venues_more.VENUES:
        assert set(venue) == VENUE_KEYS, venue["slug"]


@pytest.mark.parametrize(
    ("records", "fields"),
    [
        (people.PEOPLE, ("function", "organisation")),
        (regions.REGIONS, ("name", "profile")),
        (regions.STATUS_HISTORY, ("note",)),
        (regions.AGREEMENTS, ("title", "place", "signatories")),
        (trips.TRIPS, ("title",)),
        (follow_ups.FOLLOW_UPS, ("title", "owner", "notes")),
        (MY_ITEMS, ("title", "description", "hosts", "internal_notes")),
        (venues_more.VENUES, ("name", "address")),
    ],
)
def test_texts_present_in_all_three_languages(
    records: list[dict[str, Any]], fields: tuple[str, ...]
) -> None:
    for record in records:
        for field in fields:
            for lang in LANGS:
                assert record[f"{field}_{lang}"].strip(), (record, field, lang)


def test_shared_notes_are_translated_together() -> None:
    """A shared note given in one language is given in all three (a partner reads it)."""
    for item in MY_ITEMS:
        for field in ("dress_code", "meeting_point", "notes"):
            filled = [bool(item[f"{field}_{lang}"]) for lang in LANGS]
            assert all(filled) or not any(filled), (item["key"], field)


# --- names and precedence ----------------------------------------------------------------


def test_partner_contacts_have_precedence_and_names_in_their_script() -> None:
    partners = [p for p in people.PEOPLE if p["region"] is not None]
    assert partners
    for region in {p["region"] for p in partners}:
        ranks = [p["precedence"] for p in partners if p["region"] == region]
        assert sorted(ranks) == list(range(1, len(ranks) + 1)), region
    for person in people.PEOPLE:
        assert isinstance(person["precedence"], int) and person["precedence"] >= 1
        assert person["salutation"] in {s.value for s in Salutation}, person["slug"]
        assert person["academic_title"] in (None, "Dr.", "Prof."), person["slug"]
        if person["region"] == "hokkaido":
            assert person["family_name_first"], person["slug"]
            assert person["native_name"] and KANJI_NAME.match(person["native_name"]), person
            assert person["name_ja"] == "", person["slug"]
            assert person["salutation"], person["slug"]
        else:
            assert not person["family_name_first"] and person["native_name"] is None, person


def test_hokkaido_side_in_protocol_order() -> None:
    """議長 → 副議長 → 議員 → 事務局 → 道庁 → 大学, read from the Japanese function."""
    hokkaido = sorted(
        (p for p in people.PEOPLE if p["region"] == "hokkaido"), key=lambda p: p["precedence"]
    )

    def rank(person: dict[str, Any]) -> int:
        text = person["function_ja"] + person["organisation_ja"]
        return next(i for i, word in enumerate(HOKKAIDO_RANKS) if word in text)

    assert [rank(p) for p in hokkaido] == sorted(rank(p) for p in hokkaido)
    assert hokkaido[0]["function_ja"] == "北海道議会議長"
    assert hokkaido[1]["function_ja"] == "北海道議会副議長"


def test_non_japanese_people_meeting_japanese_partners_have_katakana_names() -> None:
    japanese_trips = {t["slug"] for t in trips.TRIPS if t["region"] == "hokkaido"}
    appearing = _appearing_in(japanese_trips)
    assert "yuki-brandt" in appearing and "renate-koesterbrink" in appearing
    for slug in appearing:
        person = PEOPLE[slug]
        if person["native_name"] is None:
            assert KATAKANA_NAME.match(person["name_ja"]), slug
    for person in people.PEOPLE:  # a katakana name is never a kanji name in disguise
        assert person["name_ja"] == "" or KATAKANA_NAME.match(person["name_ja"]), person["slug"]


def test_delegations_in_protocol_order() -> None:
    """After the head: political functions before management before administration."""
    for trip in TRIPS:
        members = sorted(
            (m for m in trips.MEMBERS if m["trip"] == trip), key=lambda m: m["precedence"]
        )
        roles = [m["role"] for m in members]
        assert roles == sorted(roles, key=["head", "member", "staff"].index), trip
        ranks = [PEOPLE[m["person"]]["precedence"] for m in members[1:]]
        assert ranks == sorted(ranks), trip


def test_signatories_name_both_sides_in_each_language() -> None:
    (certificate,) = [a for a in regions.AGREEMENTS if a["region"] == "hokkaido"]
    assert "北海道議会議長　北川　正樹" in certificate["signatories_ja"]
    assert "ルール地域連合議会議長　レナーテ・ケスターブリンク" in certificate["signatories_ja"]
    for lang in ("de", "en"):
        assert "KITAGAWA Masaki" in certificate[f"signatories_{lang}"]
        assert "Renate Kösterbrink" in certificate[f"signatories_{lang}"]
    (declaration,) = [a for a in regions.AGREEMENTS if a["region"] == "greater-manchester"]
    assert "Andy Burnham" in declaration["signatories_en"]
    assert "アンディ・バーナム" in declaration["signatories_ja"]


# --- scripts and wording -------------------------------------------------------------------


#: 様 as an honorific, not as part of a word (様式, 様子, 同様, 多様 …).
HONORIFIC = re.compile(r"(?<![模同仕多各異])様(?![式子々相])")


def test_no_honorific_typed_into_any_field() -> None:
    assert HONORIFIC.search("佐藤　健一 様") and not HONORIFIC.search("ユーゲントシュティール様式")
    for table, name, field, text in _texts():
        assert not HONORIFIC.search(text), (table, name, field)


def test_each_language_field_in_its_own_script() -> None:
    for table, name, field, text in _texts():
        if field in ("family_name", "given_name"):
            lang = "en"
        elif field.endswith(tuple(f"_{code}" for code in LANGS)) and text:
            lang = field[-2:]
        else:
            continue
        assert in_own_script(lang, text), (table, name, field, text)
        if lang == "ja":
            assert not ASCII_SPACE_IN_JAPANESE.search(text), (table, name, field, text)


BANNED = [
    re.compile(pattern)
    for pattern in (
        MACRON.pattern,
        r"Antrittsbesuch",
        r"Japanische Botschaft",
        r"gikai",
        r"元炭鉱マン",
        r"石炭産業終息後",
        r"ならびに",
        r"あわせて",
        r"報道機関への共同発表",
        r"北海道国際課",
        r"代表団",
        r"先方",
        r"(?i)expert (talks|visit|exchange)",
        r"(?i)large events",
        r"\w/in(nen)?\b|\w\*in|\w:in(nen)?\b",  # no slash, star or colon forms
    )
]


def test_corrected_wording() -> None:
    for table, name, field, text in _texts():
        if field == "email":
            continue
        for pattern in BANNED:
            assert not pattern.search(text), (table, name, field, pattern.pattern)


# --- venues of the programmes ------------------------------------------------------------


def test_items_name_known_venues_in_their_zone() -> None:
    venues = {v["slug"]: v for v in venues_more.VENUES}
    assert len(venues) == len(venues_more.VENUES)
    assert not set(venues) & SHARED_VENUES  # defined once, in venues.py
    for item in MY_ITEMS:
        assert item["venue"] in venues or item["venue"] in SHARED_VENUES, item["key"]
        if item["venue"] in venues:
            assert venues[item["venue"]]["timezone"] == item["timezone"], item["key"]
    used = {item["venue"] for item in MY_ITEMS}
    assert set(venues) <= used, set(venues) - used


def test_venue_addresses_and_coordinates() -> None:
    for venue in venues_more.VENUES:
        ZoneInfo(venue["timezone"])
        lat, lon = venue["latitude"], venue["longitude"]
        assert (lat is None) == (lon is None), venue["slug"]
        if lat is not None:
            assert 50.0 < lat < 54.0 and -3.0 < lon < 8.0, venue["slug"]
            assert round(lat, 3) == lat and round(lon, 3) == lon, venue["slug"]
        # Japanese order: the country comes first; Western order ends with town or country.
        assert venue["address_ja"].startswith(("ドイツ・", "英国・")), venue["slug"]
        assert re.search(r"\d{5} \w+$|[A-Z]\d+ \d[A-Z]{2}, \w", venue["address_de"]), venue
