"""Structural integrity of the demo data (pure Python, no database)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest

from app.demo_data import catalogue as dd
from app.demo_data.catalogue import VENUES as ALL_VENUES
from models.enums import (
    AgreementKind,
    Direction,
    FollowUpStatus,
    ItemStatus,
    MemberRole,
    RelationshipStatus,
    TripStatus,
)
from tests.unit.demo_data.conventions import (
    ITEM_KEYS,
    LANGS,
    MACRON,
    PERSON_KEYS,
    VENUE_KEYS,
    in_own_script,
)

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
HHMM_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
TITLE_MAX = 300
TODAY = date(2026, 11, 22)
#: Per-language item texts besides title and description: shared ones, then internal.
SHARED_TEXTS = ("hosts", "dress_code", "meeting_point", "notes")
ITEM_TEXTS = (*SHARED_TEXTS, "internal_notes")

REGIONS = {r["slug"]: r for r in dd.REGIONS}
PEOPLE = {p["slug"]: p for p in dd.PEOPLE}
TRIPS = {t["slug"]: t for t in dd.TRIPS}
ITEMS = {i["key"]: i for i in dd.ITEMS}
VENUES = {v["slug"]: v for v in ALL_VENUES}
INTERPRETERS = {slug for slug, p in PEOPLE.items() if p["interpreter_pairs"]}

PLANTED_DOUBLE_BOOKING = ("hk26-d4-economy", "hk26-d4-university", "yuki-brandt")
PLANTED_MISSING_INTERPRETER = "hk26-d5-yubari-care"

KEYS = {
    "REGIONS": {
        "slug",
        "name_de",
        "name_en",
        "name_ja",
        "country",
        "timezone",
        "status",
        "profile_de",
        "profile_en",
        "profile_ja",
    },
    "STATUS_HISTORY": {"region", "status", "since", "note_de", "note_en", "note_ja"},
    "AGREEMENTS": {
        "region",
        "kind",
        "signed_on",
        "place_de",
        "place_en",
        "place_ja",
        "signatories_de",
        "signatories_en",
        "signatories_ja",
        "title_de",
        "title_en",
        "title_ja",
    },
    "PEOPLE": PERSON_KEYS,
    "TRIPS": {
        "slug",
        "region",
        "direction",
        "status",
        "title_de",
        "title_en",
        "title_ja",
        "start_date",
        "end_date",
        "notes",
    },
    "MEMBERS": {"trip", "person", "role", "precedence"},
    "ITEMS": ITEM_KEYS,
    "FOLLOW_UPS": {
        "slug",
        "region",
        "trip",
        "item",
        "title_de",
        "title_en",
        "title_ja",
        "owner_de",
        "owner_en",
        "owner_ja",
        "due",
        "status",
        "notes_de",
        "notes_en",
        "notes_ja",
    },
}
TOPICS = {
    "industrial-heritage",
    "infrastructure",
    "economy",
    "science",
    "education",
    "gender-equality",
    "large-events",
    "elderly-care",
    "site-visit",
    "ceremony",
    "protocol",
    "travel",
}


def _values(enum: type) -> set[str]:
    return {m.value for m in enum}  # type: ignore[attr-defined]


def _span(item: dict) -> tuple[datetime, datetime]:
    """Start and end of a timed item as aware instants, from local date/time and zone."""
    zone = ZoneInfo(item["timezone"])
    start = datetime.combine(item["date"], time.fromisoformat(item["start"]), zone)
    end = datetime.combine(item["date"], time.fromisoformat(item["end"]), zone)
    return start, end


def _active_timed(trip: str | None = None) -> list[dict]:
    return [
        i
        for i in dd.ITEMS
        if not i["all_day"] and i["status"] != "cancelled" and (trip is None or i["trip"] == trip)
    ]


def _members(trip: str) -> list[dict]:
    return [m for m in dd.MEMBERS if m["trip"] == trip]


# --- shape ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(KEYS))
def test_every_record_has_exactly_the_agreed_keys(name: str) -> None:
    for record in getattr(dd, name):
        assert set(record) == KEYS[name], (name, record.get("slug") or record.get("key"))


def test_only_plain_literals() -> None:
    allowed = (str, int, bool, date, type(None))

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                assert isinstance(k, str)
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        else:
            assert isinstance(value, allowed), repr(value)
            assert not isinstance(value, datetime), repr(value)

    for name in KEYS:
        walk(getattr(dd, name))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("REGIONS", "slug"),
        ("PEOPLE", "slug"),
        ("TRIPS", "slug"),
        ("ITEMS", "key"),
        ("FOLLOW_UPS", "slug"),
    ],
)
def test_slugs_and_keys_valid_and_unique(name: str, key: str) -> None:
    values = [r[key] for r in getattr(dd, name)]
    assert len(values) == len(set(values)), Counter(values).most_common(3)
    for value in values:
        assert SLUG_RE.match(value) and len(value) <= 80, value


def test_short_text_fields_fit() -> None:
    short = re.compile(
        r"^(name_..|title(_..)?|function_..|family_name|given_name|native_name"
        r"|name_ja|organisation_..|place_..|owner_..|dress_code_..|venue|topic)$"
    )
    for name in KEYS:
        for record in getattr(dd, name):
            for field, value in record.items():
                if short.match(field) and isinstance(value, str):
                    assert len(value) <= TITLE_MAX, (name, field, value[:40])
                    assert value == value.strip(), (name, field, value)
    for person in dd.PEOPLE:
        assert person["academic_title"] is None or len(person["academic_title"]) <= 80
        assert len(person["languages"]) <= 80
        assert len(person["phone"]) <= 64 and len(person["phone_private"]) <= 64


def test_vocabularies() -> None:
    for r in dd.REGIONS:
        assert r["status"] in _values(RelationshipStatus)
        assert len(r["country"]) == 2 and r["country"].isupper()
        ZoneInfo(r["timezone"])
    for h in dd.STATUS_HISTORY:
        assert h["status"] in _values(RelationshipStatus)
    for a in dd.AGREEMENTS:
        assert a["kind"] in _values(AgreementKind)
    for t in dd.TRIPS:
        assert t["direction"] in _values(Direction)
        assert t["status"] in _values(TripStatus)
    for m in dd.MEMBERS:
        assert m["role"] in _values(MemberRole)
        assert isinstance(m["precedence"], int) and m["precedence"] >= 1
    for i in dd.ITEMS:
        assert i["status"] in _values(ItemStatus)
        assert i["topic"] in TOPICS, i["key"]
        ZoneInfo(i["timezone"])
    for f in dd.FOLLOW_UPS:
        assert f["status"] in _values(FollowUpStatus)


# --- references -----------------------------------------------------------------


def test_references_resolve() -> None:
    for h in dd.STATUS_HISTORY:
        assert h["region"] in REGIONS
    for a in dd.AGREEMENTS:
        assert a["region"] in REGIONS
    for p in dd.PEOPLE:
        assert p["region"] is None or p["region"] in REGIONS
    for t in dd.TRIPS:
        assert t["region"] in REGIONS
    for m in dd.MEMBERS:
        assert m["trip"] in TRIPS and m["person"] in PEOPLE
    for i in dd.ITEMS:
        assert i["trip"] in TRIPS
        assert i["venue"] is None or i["venue"] in VENUES, (i["key"], i["venue"])
        for slug in i["attendees"]:
            assert slug in PEOPLE, (i["key"], slug)
        for slug, _src, _tgt in i["interpreters"]:
            assert slug in PEOPLE, (i["key"], slug)
    for f in dd.FOLLOW_UPS:
        assert f["region"] in REGIONS
        assert f["trip"] is None or TRIPS[f["trip"]]["region"] == f["region"]
        if f["item"] is not None:
            assert f["item"] in ITEMS
            assert ITEMS[f["item"]]["trip"] == f["trip"]


def test_membership_unique_and_attendees_are_members() -> None:
    pairs = [(m["trip"], m["person"]) for m in dd.MEMBERS]
    assert len(pairs) == len(set(pairs))
    for trip in TRIPS:
        ranks = [m["precedence"] for m in _members(trip)]
        assert len(ranks) == len(set(ranks)), trip
        heads = [m for m in _members(trip) if m["role"] == "head"]
        assert len(heads) == 1 and heads[0]["precedence"] == 1, trip
    member_sets = {t: {m["person"] for m in _members(t)} for t in TRIPS}
    for i in dd.ITEMS:
        assert i["attendees"], i["key"]
        assert len(i["attendees"]) == len(set(i["attendees"])), i["key"]
        assert set(i["attendees"]) <= member_sets[i["trip"]], i["key"]


def test_interpreter_assignments_match_language_pairs() -> None:
    for i in dd.ITEMS:
        slugs = [slug for slug, _s, _t in i["interpreters"]]
        assert len(slugs) == len(set(slugs)), i["key"]  # one assignment per person and item
        for slug, source, target in i["interpreters"]:
            assert (source, target) in PEOPLE[slug]["interpreter_pairs"], (i["key"], slug)
        if i["interpreters"]:
            assert i["interpreting_needed"], i["key"]
        assert not set(slugs) & set(i["attendees"]), i["key"]


def test_region_status_matches_latest_history_entry() -> None:
    for slug, region in REGIONS.items():
        history = sorted(
            (h for h in dd.STATUS_HISTORY if h["region"] == slug), key=lambda h: h["since"]
        )
        assert history and history[-1]["status"] == region["status"], slug


def test_key_facts_from_the_seeds() -> None:
    hk, gm = REGIONS["hokkaido"], REGIONS["greater-manchester"]
    assert (hk["name_de"], hk["name_en"], hk["name_ja"]) == ("Hokkaido", "Hokkaido", "北海道")
    assert (hk["country"], hk["timezone"], hk["status"]) == ("JP", "Asia/Tokyo", "partnership")
    assert gm["name_ja"] == "グレーター・マンチェスター"
    assert (gm["country"], gm["timezone"]) == ("GB", "Europe/London")
    assert gm["status"] == "declaration_of_intent"
    doi = [a for a in dd.AGREEMENTS if a["region"] == "greater-manchester"]
    assert [a["signed_on"] for a in doi] == [date(2021, 9, 3)]
    assert "Andy Burnham" in doi[0]["signatories_en"]
    cert = [a for a in dd.AGREEMENTS if a["kind"] == "partnership_certificate"]
    assert len(cert) == 1 and cert[0]["region"] == "hokkaido"
    assert date(2026, 4, 13) <= cert[0]["signed_on"] <= date(2026, 4, 21)
    signing = [i for i in dd.ITEMS if i["topic"] == "ceremony"]
    assert [i["date"] for i in signing] == [cert[0]["signed_on"]]
    trip = TRIPS["hokkaido-2026"]
    assert (trip["start_date"], trip["end_date"]) == (date(2026, 4, 13), date(2026, 4, 21))
    assert (trip["direction"], trip["status"]) == ("outbound", "done")
    assert trip["title_de"] == "Besuch der RVR-Delegation in Hokkaido"


# --- texts ----------------------------------------------------------------------


def test_multilingual_texts_present() -> None:
    for r in dd.REGIONS:
        for lang in LANGS:
            assert r[f"name_{lang}"].strip() and r[f"profile_{lang}"].strip()
    for name, field in (
        ("AGREEMENTS", "title"),
        ("TRIPS", "title"),
        ("ITEMS", "title"),
        ("ITEMS", "description"),
        ("FOLLOW_UPS", "title"),
        ("STATUS_HISTORY", "note"),
        ("PEOPLE", "function"),
    ):
        for record in getattr(dd, name):
            for lang in LANGS:
                assert record[f"{field}_{lang}"].strip(), (name, field, lang, record)
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    for i in dd.ITEMS:
        assert japanese.search(i["title_ja"]), i["key"]
        assert japanese.search(i["description_ja"]), i["key"]


def test_people_names() -> None:
    for p in dd.PEOPLE:
        assert p["family_name"].strip()
        if p["region"] == "hokkaido":
            assert p["family_name_first"] and p["native_name"], p["slug"]
        if p["email"]:
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", p["email"]), p["slug"]
        for code in filter(None, p["languages"].split(",")):
            assert re.fullmatch(r"[a-z]{2,3}", code), p["slug"]
    members = {m["person"] for m in _members("hokkaido-2026")}
    katakana = re.compile(r"^[\u30a0-\u30ff・ ]+$")
    assert all(katakana.match(PEOPLE[s]["name_ja"]) for s in members)
    assert any(PEOPLE[s]["academic_title"] == "Dr." for s in members)


def test_sensitive_fields_populated_for_privacy_tests() -> None:
    sensitive = [
        p for p in dd.PEOPLE if p["phone_private"] and (p["dietary_notes"] or p["health_notes"])
    ]
    assert len(sensitive) >= 2


# --- the Hokkaidō 2026 trip --------------------------------------------------------


def test_hokkaido_2026_delegation_is_six_plus_one_interpreter() -> None:
    members = _members("hokkaido-2026")
    assert len(members) == 6
    assert Counter(m["role"] for m in members) == {"head": 1, "member": 3, "staff": 2}
    assert not {m["person"] for m in members} & INTERPRETERS
    used = {
        slug for i in dd.ITEMS if i["trip"] == "hokkaido-2026" for slug, _s, _t in i["interpreters"]
    }
    assert len(used) == 1
    (interpreter,) = used
    assert {("de", "ja"), ("ja", "de")} <= set(PEOPLE[interpreter]["interpreter_pairs"])
    for m in members:
        assert PEOPLE[m["person"]]["region"] is None  # RVR side


def test_hokkaido_2026_programme_covers_every_day_and_topic() -> None:
    items = [i for i in dd.ITEMS if i["trip"] == "hokkaido-2026"]
    days = {i["date"] for i in items}
    assert days == {date(2026, 4, 13) + timedelta(days=n) for n in range(9)}
    assert {i["topic"] for i in items} == TOPICS
    assert all(i["timezone"] == "Asia/Tokyo" for i in items)


def test_all_items_within_their_trip_dates() -> None:
    for i in dd.ITEMS:
        trip = TRIPS[i["trip"]]
        last = i["end_date"] if i["all_day"] else i["date"]
        assert trip["start_date"] <= i["date"] <= last <= trip["end_date"], i["key"]
        if not i["all_day"]:
            # The local date is what the checker compares, and items never cross midnight.
            start, end = _span(i)
            assert start < end, i["key"]
            assert start.date() == end.date() == i["date"], i["key"]


def test_time_fields() -> None:
    for i in dd.ITEMS:
        if i["all_day"]:
            assert i["start"] is None and i["end"] is None, i["key"]
            assert isinstance(i["end_date"], date) and i["end_date"] >= i["date"], i["key"]
        else:
            assert HHMM_RE.match(i["start"]) and HHMM_RE.match(i["end"]), i["key"]
            assert i["end_date"] is None, i["key"]


def test_cancelled_and_all_day_items_exist() -> None:
    assert [i["key"] for i in dd.ITEMS if i["status"] == "cancelled"] == ["hk26-d8-tunnel"]
    assert [i["key"] for i in dd.ITEMS if i["all_day"]] == ["hk26-d7-free"]


# --- the venue directory ----------------------------------------------------------------

SHARED_VENUE_SLUGS = {
    "new-chitose-airport",
    "jr-tower-hotel-nikko-sapporo",
    "hokkaido-assembly",
    "hokkaido-government",
    "akabira-coal-mine-heritage",
    "rvr-headquarters",
    "duesseldorf-airport",
}


def _hk26() -> list[dict]:
    return [i for i in dd.ITEMS if i["trip"] == "hokkaido-2026"]


def test_venue_records_have_the_agreed_keys_and_valid_values() -> None:
    slugs = [v["slug"] for v in ALL_VENUES]
    assert len(slugs) == len(set(slugs)), Counter(slugs).most_common(3)
    assert SHARED_VENUE_SLUGS <= set(slugs)
    for v in ALL_VENUES:
        assert set(v) == VENUE_KEYS, v["slug"]
        assert SLUG_RE.match(v["slug"]), v["slug"]
        ZoneInfo(v["timezone"])
        for lang in LANGS:
            for field in ("name", "address"):
                text = v[f"{field}_{lang}"]
                assert text.strip() and text == text.strip(), (v["slug"], field, lang)
            assert len(v[f"name_{lang}"]) <= TITLE_MAX
        lat, lon = v["latitude"], v["longitude"]
        assert (lat is None) == (lon is None), v["slug"]
        if lat is not None:
            assert -90 <= lat <= 90 and -180 <= lon <= 180, v["slug"]


def test_venue_addresses_in_the_readers_conventions() -> None:
    for v in ALL_VENUES:
        for lang in LANGS:
            for field in ("name", "address"):
                assert in_own_script(lang, v[f"{field}_{lang}"]), (v["slug"], field, lang)
        for lang in LANGS:
            assert " / " not in v[f"address_{lang}"], v["slug"]  # no "en / ja" double address
            assert not MACRON.search(v[f"name_{lang}"] + v[f"address_{lang}"]), v["slug"]
        if v["timezone"] == "Asia/Tokyo" and "〒" in v["address_ja"]:
            postcode = re.search(r"〒(\d{3}-\d{4})", v["address_ja"])
            assert postcode, v["slug"]
            assert v["address_ja"].startswith("〒") and "北海道" in v["address_ja"], v["slug"]
            for lang in ("de", "en"):
                assert postcode.group(1) in v[f"address_{lang}"], (v["slug"], lang)
                assert v[f"address_{lang}"].endswith(", Japan"), (v["slug"], lang)


# --- the Hokkaido 2026 programme as a partner reads it ----------------------------------


def test_hokkaido_2026_every_item_has_a_venue_record() -> None:
    for i in _hk26():
        assert i["venue"] in VENUES, i["key"]
        assert VENUES[i["venue"]]["timezone"] == i["timezone"], i["key"]


def test_hokkaido_2026_texts_in_all_three_languages_or_none() -> None:
    for i in _hk26():
        for field in ITEM_TEXTS:
            filled = [lang for lang in LANGS if i[f"{field}_{lang}"].strip()]
            assert filled in ([], list(LANGS)), (i["key"], field, filled)
        for field in ("title", "description", *ITEM_TEXTS):
            for lang in LANGS:
                assert i[f"{field}_{lang}"] == i[f"{field}_{lang}"].strip(), (i["key"], field)
    hosted = [i for i in _hk26() if i["hosts_de"]]
    assert len(hosted) >= 20  # a partner sees who receives the delegation


def test_hokkaido_2026_script_matches_the_language() -> None:
    for i in _hk26():
        for field in ("title", "description", *ITEM_TEXTS):
            for lang in LANGS:
                text = i[f"{field}_{lang}"]
                assert not text or in_own_script(lang, text), (i["key"], field, lang)


def test_hokkaido_2026_logistics_stay_in_the_internal_notes() -> None:
    internal_words = {
        "de": (
            "Koffer",
            "Gastgeschenk überreicht",
            "überreicht Frau",
            "Budget",
            "Rechnung",
            "Handkasse",
            "Frau Kösterbrink",
            "Herr Müller",
            "Frau Wessolek",
        ),
        "en": (
            "suitcase",
            "luggage",
            "presents the gift",
            "budget",
            "invoice",
            "petty cash",
            "Ms Kösterbrink",
            "Mr Müller",
            "Ms Wessolek",
        ),
        "ja": (
            "スーツケース",
            "手荷物引換証",
            "予算",
            "請求",
            "小口現金",
            "より贈呈",
            "ミュラー",
            "ヴェソレク",
        ),
    }
    for i in _hk26():
        for lang, words in internal_words.items():
            shared = " ".join(i[f"{field}_{lang}"] for field in SHARED_TEXTS)
            shared += " " + i[f"title_{lang}"] + " " + i[f"description_{lang}"]
            for word in words:
                assert word.casefold() not in shared.casefold(), (i["key"], lang, word)
    checkout = ITEMS["hk26-d9-checkout"]
    assert "Koffer" in checkout["internal_notes_de"]
    assert "Gastgeschenk" in ITEMS["hk26-d2-assembly-call"]["internal_notes_de"]


def test_hokkaido_2026_wording_the_issue_corrected() -> None:
    banned = {
        "de": (
            "Antrittsbesuch",
            "Bezirksamt",
            "Hokkaidō-gikai",
            "Japanische Botschaft",
            "Dolmetscher/in",
            "/innen",
            "*in",
            ":innen",
            "Gastgeber ",
        ),
        "en": ("Expert talks", "Large events", "expert visit", "Hokkaido-gikai"),
        "ja": (
            "代表団",
            "先方",
            "元炭鉱マン",
            "石炭産業終息後",
            "ならびに",
            "あわせて",
            "北海道国際課",
            "道国際課",
            "報道機関への共同発表",
        ),
    }
    for i in _hk26():
        for lang, words in banned.items():
            text = " ".join(i[f"{field}_{lang}"] for field in ("title", "description", *ITEM_TEXTS))
            assert not MACRON.search(text), (i["key"], lang)
            for word in words:
                assert word not in text, (i["key"], lang, word)
    assert ITEMS["hk26-d3-press"]["title_ja"] == "共同記者発表"
    assert "並びに" in ITEMS["hk26-d4-university"]["description_ja"]
    assert "Unterpräfektur Sorachi" in ITEMS["hk26-d5-sorachi"]["title_de"]


def test_hokkaido_2026_hosts_match_the_person_records() -> None:
    speaker = PEOPLE["masaki-kitagawa"]
    family, given = speaker["native_name"].split()
    call = ITEMS["hk26-d2-assembly-call"]
    assert call["hosts_ja"] == f"{speaker['function_ja']}\u3000{family}\u3000{given}"
    for lang in ("de", "en"):
        assert "KITAGAWA Masaki" in call[f"hosts_{lang}"]
    assert speaker["function_en"] in call["hosts_en"]
    director = PEOPLE["yuka-morimoto"]
    assert director["function_ja"] in ITEMS["hk26-d1-briefing"]["hosts_ja"]


# --- planted schedule problems (and nothing else) -----------------------------------


def _overlap(a: dict, b: dict) -> bool:
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a0 < b1 and b0 < a1


def test_only_planted_double_booking() -> None:
    attendee_clashes: set[tuple[str, str, str]] = set()
    interpreter_clashes: set[tuple[str, str, str]] = set()
    # Across all trips, not only within one: a person cannot be in two places at once.
    for a, b in combinations(_active_timed(), 2):
        if not _overlap(a, b):
            continue
        first, second = sorted((a, b), key=lambda i: (_span(i)[0], i["key"]))
        for slug in set(a["attendees"]) & set(b["attendees"]):
            attendee_clashes.add((first["key"], second["key"], slug))
        for slug in {s for s, *_ in a["interpreters"]} & {s for s, *_ in b["interpreters"]}:
            interpreter_clashes.add((first["key"], second["key"], slug))
    assert attendee_clashes == set()
    assert interpreter_clashes == {PLANTED_DOUBLE_BOOKING}
    economy, university = ITEMS[PLANTED_DOUBLE_BOOKING[0]], ITEMS[PLANTED_DOUBLE_BOOKING[1]]
    assert economy["interpreting_needed"] and university["interpreting_needed"]
    assert economy["venue"] != university["venue"]
    assert not set(economy["attendees"]) & set(university["attendees"])


def test_only_planted_missing_interpreter() -> None:
    missing = [
        i["key"]
        for i in dd.ITEMS
        if i["status"] != "cancelled" and i["interpreting_needed"] and not i["interpreters"]
    ]
    assert missing == [PLANTED_MISSING_INTERPRETER]


def test_transfer_gaps_between_venues() -> None:
    planted = set(PLANTED_DOUBLE_BOOKING[:2])
    timed = [i for i in dd.ITEMS if not i["all_day"]]  # cancelled ones too, to be safe
    for a, b in combinations(timed, 2):
        if a["trip"] != b["trip"] or a["date"] != b["date"] or {a["key"], b["key"]} == planted:
            continue
        first, second = sorted((a, b), key=lambda i: _span(i)[0])
        gap = _span(second)[0] - _span(first)[1]
        if first["venue"] == second["venue"]:
            assert gap >= timedelta(0), (first["key"], second["key"])
        else:
            assert gap >= timedelta(minutes=15), (first["key"], second["key"])


def test_all_day_item_does_not_collide_with_timed_items() -> None:
    for i in dd.ITEMS:
        if not i["all_day"]:
            continue
        days = {i["date"] + timedelta(days=n) for n in range((i["end_date"] - i["date"]).days + 1)}
        others = [o for o in _active_timed(i["trip"]) if o["date"] in days]
        assert not [o for o in others if set(o["attendees"]) & set(i["attendees"])], i["key"]


# --- other trips ----------------------------------------------------------------------


def test_other_trips() -> None:
    assembly = TRIPS["hokkaido-assembly-2024"]
    assert (assembly["direction"], assembly["status"]) == ("inbound", "done")
    visitors = _members("hokkaido-assembly-2024")
    assert 4 <= len(visitors) <= 5
    assert all(PEOPLE[m["person"]]["region"] == "hokkaido" for m in visitors)
    iga = TRIPS["hokkaido-iga-2027"]
    assert (iga["direction"], iga["status"]) == ("inbound", "planning")
    assert date(2027, 4, 1) <= iga["start_date"] <= iga["end_date"] <= date(2027, 10, 31)
    assert 1 <= len(_members("hokkaido-iga-2027")) <= 2
    gm = [t for t in dd.TRIPS if t["region"] == "greater-manchester"]
    assert len(gm) == 1 and gm[0]["status"] == "done"
    zones = {
        "hokkaido-assembly-2024": "Europe/Berlin",
        "hokkaido-iga-2027": "Europe/Berlin",
        gm[0]["slug"]: "Europe/London",
    }
    for slug, zone in zones.items():
        items = [i for i in dd.ITEMS if i["trip"] == slug]
        assert len(items) >= 2, slug
        assert {i["timezone"] for i in items} == {zone}, slug


# --- follow-ups ------------------------------------------------------------------------


def test_follow_ups() -> None:
    by_slug = {f["slug"]: f for f in dd.FOLLOW_UPS}
    reports = [f for f in dd.FOLLOW_UPS if f["due"] in (date(2026, 6, 29), date(2026, 7, 10))]
    assert len(reports) == 2 and all(f["status"] == "done" for f in reports)
    unfinished = [f for f in by_slug.values() if f["status"] in ("open", "in_progress")]
    assert any(f["due"] is not None and f["due"] < TODAY for f in unfinished)
    assert any(f["due"] is not None and f["due"] > TODAY for f in unfinished)
    assert any(f["region"] == "greater-manchester" for f in dd.FOLLOW_UPS)
    for f in dd.FOLLOW_UPS:
        if f["status"] == "done":
            assert f["due"] is None or f["due"] <= TODAY, f["slug"]
