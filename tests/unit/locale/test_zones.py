"""Time zones in words per zone, date and language, summer and winter on both sides."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.locale.zones import time_range_in_zone, zone_place, zone_word

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("tz", "at", "de", "en", "ja"),
    [
        ("Asia/Tokyo", WINTER, "japanische Zeit", "JST", "日本時間"),
        ("Asia/Tokyo", SUMMER, "japanische Zeit", "JST", "日本時間"),
        ("Europe/Berlin", WINTER, "MEZ", "CET", "ドイツ時間"),
        ("Europe/Berlin", SUMMER, "MESZ", "CEST", "ドイツ時間（夏時間）"),
        ("Europe/London", WINTER, "britische Zeit", "GMT", "英国時間"),
        ("Europe/London", SUMMER, "britische Sommerzeit", "BST", "英国時間（夏時間）"),
        # another zone on Central European time: German abbreviation, CLDR words in ja
        ("Europe/Paris", SUMMER, "MESZ", "CEST", "中央ヨーロッパ夏時間"),
        # the southern hemisphere: summer in January
        (
            "Australia/Sydney",
            WINTER,
            "Ostaustralische Sommerzeit",
            "AEDT",
            "オーストラリア東部夏時間",
        ),
        (
            "Australia/Sydney",
            SUMMER,
            "Ostaustralische Normalzeit",
            "AEST",
            "オーストラリア東部標準時",
        ),
        ("Etc/GMT-9", WINTER, "UTC+9", "UTC+9", "UTC+9"),
    ],
)
def test_zone_word(tz: str, at: datetime, de: str, en: str, ja: str) -> None:
    assert [zone_word(tz, at, lang) for lang in ("de", "en", "ja")] == [de, en, ja]


def test_the_switch_to_summer_time_in_berlin() -> None:
    before = datetime(2026, 3, 29, 0, 59, tzinfo=UTC)
    after = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert (zone_word("Europe/Berlin", before, "de"), zone_word("Europe/Berlin", after, "de")) == (
        "MEZ",
        "MESZ",
    )
    assert zone_word("Europe/Berlin", after, "ja") == "ドイツ時間（夏時間）"


@pytest.mark.parametrize("lang", ["de", "ja"])
@pytest.mark.parametrize(
    "tz", ["Asia/Tokyo", "Europe/Berlin", "Europe/London", "America/Sao_Paulo"]
)
def test_no_iana_id_or_english_abbreviation_in_german_or_japanese(tz: str, lang: str) -> None:
    for at in (WINTER, SUMMER):
        word = zone_word(tz, at, lang)
        assert "/" not in word and word not in ("CEST", "CET", "JST", "BST", "GMT"), word


def test_time_range_in_zone() -> None:
    start = datetime(2026, 4, 14, 1, tzinfo=UTC)
    end = datetime(2026, 4, 14, 1, 45, tzinfo=UTC)
    assert time_range_in_zone(start, end, "ja", "Asia/Tokyo") == "10:00～10:45 日本時間"
    assert time_range_in_zone(start, end, "de", "Europe/Berlin") == "03:00–03:45 MESZ"
    assert (
        time_range_in_zone(start, end, "ja", "Europe/Berlin") == "03:00～03:45 ドイツ時間（夏時間）"
    )


@pytest.mark.parametrize(
    ("tz", "de", "en", "ja"),
    [
        ("Asia/Tokyo", "Japan", "Japan", "日本"),
        ("Europe/Berlin", "Deutschland", "Germany", "ドイツ"),
        ("Europe/London", "Großbritannien", "the UK", "英国"),
        ("Etc/GMT-9", "UTC+9", "UTC+9", "UTC+9"),
    ],
)
def test_zone_place(tz: str, de: str, en: str, ja: str) -> None:
    assert [zone_place(tz, lang) for lang in ("de", "en", "ja")] == [de, en, ja]


def test_unknown_zone_and_naive_time_are_refused() -> None:
    with pytest.raises(ValueError):
        zone_word("Mars/Olympus", SUMMER, "de")
    with pytest.raises(ValueError):
        zone_word("Asia/Tokyo", datetime(2026, 1, 1), "ja")
    with pytest.raises(ValueError):
        zone_place("Mars/Olympus", "de")


def test_a_slot_with_home_time_names_both_zones_in_words() -> None:
    from app.locale.zones import time_range_with_home

    start = datetime(2026, 4, 14, 1, 0, tzinfo=UTC)  # 10:00 in Sapporo, 03:00 in Essen
    end = datetime(2026, 4, 14, 2, 30, tzinfo=UTC)
    de = time_range_with_home(start, end, "de", "Asia/Tokyo", "Europe/Berlin")
    assert de == "10:00–11:30 japanische Zeit (03:00–04:30 MESZ)"
    ja = time_range_with_home(start, end, "ja", "Asia/Tokyo", "Europe/Berlin")
    assert "日本時間" in ja and "ドイツ時間（夏時間）" in ja and "Asia/" not in ja
    same = time_range_with_home(start, end, "de", "Europe/Berlin", "Europe/Berlin")
    assert "(" not in same
