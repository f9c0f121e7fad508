"""Exact strings users read: dates, ranges, times and zones in de, en and ja."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.locale import formatting as fmt

TOKYO = ZoneInfo("Asia/Tokyo")
# Monday of the RVR delegation's trip to Hokkaidō.
TRIP_START = date(2026, 4, 13)
TRIP_END = date(2026, 4, 21)
# 10:00 in Sapporo on 14 April 2026 is 03:00 in Berlin (summer time).
SAPPORO_10 = datetime(2026, 4, 14, 10, 0, tzinfo=TOKYO)
THIN = "\u2009"  # thin spaces around the dash of multi-word ranges
RANGE_ENDS = (date(2026, 4, 21), date(2026, 5, 3), date(2027, 1, 3))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Montag, 13. April 2026"),
        ("en", "Monday, 13 April 2026"),
        ("ja", "2026年4月13日（月）"),
    ],
)
def test_format_date_long(lang: str, expected: str) -> None:
    assert fmt.format_date_long(TRIP_START, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "13.04.2026"), ("en", "13 Apr 2026"), ("ja", "2026年4月13日")],
)
def test_format_date_medium(lang: str, expected: str) -> None:
    assert fmt.format_date_medium(TRIP_START, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "Mo., 13. April"), ("en", "Mon 13 April"), ("ja", "4月13日（月）")],
)
def test_format_day_heading(lang: str, expected: str) -> None:
    assert fmt.format_day_heading(TRIP_START, lang) == expected


@pytest.mark.parametrize(
    ("lang", "width", "expected"),
    [
        ("de", "abbreviated", "Mo."),
        ("de", "wide", "Montag"),
        ("en", "abbreviated", "Mon"),
        ("en", "wide", "Monday"),
        ("ja", "abbreviated", "月"),
        ("ja", "wide", "月曜日"),
    ],
)
def test_format_weekday(lang: str, width: fmt.WeekdayWidth, expected: str) -> None:
    assert fmt.format_weekday(TRIP_START, lang, width) == expected


def test_format_weekday_japanese_week() -> None:
    week = [fmt.format_weekday(TRIP_START + timedelta(days=n), "ja") for n in range(7)]
    assert week == ["月", "火", "水", "木", "金", "土", "日"]


def test_format_weekday_rejects_unknown_width() -> None:
    with pytest.raises(ValueError, match="weekday width"):
        fmt.format_weekday(TRIP_START, "en", "tiny")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        (TRIP_START, TRIP_END, "de", "13.–21. April 2026"),
        (TRIP_START, TRIP_END, "en", "13–21 April 2026"),
        (TRIP_START, TRIP_END, "ja", "2026年4月13日～21日"),
        # across months: both months written, thin spaces around the dash
        (date(2026, 4, 28), date(2026, 5, 3), "de", f"28. April{THIN}–{THIN}3. Mai 2026"),
        (date(2026, 4, 28), date(2026, 5, 3), "en", f"28 April{THIN}–{THIN}3 May 2026"),
        (date(2026, 4, 28), date(2026, 5, 3), "ja", "2026年4月28日～5月3日"),
        # across years: both years written
        (
            date(2026, 12, 28),
            date(2027, 1, 3),
            "de",
            f"28. Dezember 2026{THIN}–{THIN}3. Januar 2027",
        ),
        (
            date(2026, 12, 28),
            date(2027, 1, 3),
            "en",
            f"28 December 2026{THIN}–{THIN}3 January 2027",
        ),
        (date(2026, 12, 28), date(2027, 1, 3), "ja", "2026年12月28日～2027年1月3日"),
        # a one-day visit is a single date
        (TRIP_START, TRIP_START, "de", "13. April 2026"),
        (TRIP_START, TRIP_START, "en", "13 April 2026"),
        (TRIP_START, TRIP_START, "ja", "2026年4月13日"),
    ],
)
def test_format_date_range(start: date, end: date, lang: str, expected: str) -> None:
    assert fmt.format_date_range(start, end, lang) == expected


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_format_date_range_does_not_follow_cldr_interval_data(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printed itineraries keep their dashes when a Babel release changes CLDR's
    interval formats (CLDR 47 put spaces around the English one)."""
    before = [fmt.format_date_range(TRIP_START, end, lang) for end in RANGE_ENDS]

    def changed(_locale: object) -> dict[str, dict[str, list[str]]]:
        return {"yMMMMd": {"d": ["d – ", "d MMMM y"], "M": ["MMM", "MMM y"], "y": ["y", "y"]}}

    monkeypatch.setattr(type(fmt.babel_locale(lang)), "interval_formats", property(changed))
    assert [fmt.format_date_range(TRIP_START, end, lang) for end in RANGE_ENDS] == before


def test_format_date_range_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        fmt.format_date_range(TRIP_END, TRIP_START, "de")


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_format_time_is_24_hour_everywhere(lang: str) -> None:
    afternoon = datetime(2026, 4, 14, 15, 5, tzinfo=TOKYO)
    assert fmt.format_time(afternoon, lang) == "15:05"
    assert fmt.format_time(SAPPORO_10, lang, "Europe/Berlin") == "03:00"


def test_format_time_without_zone_keeps_wall_clock_of_naive_time() -> None:
    assert fmt.format_time(datetime(2026, 4, 14, 9, 30), "de") == "09:30"


def test_format_time_converts_utc_instant_to_venue_zone() -> None:
    stored = datetime(2026, 4, 14, 1, 0, tzinfo=UTC)
    assert fmt.format_time(stored, "en", "Asia/Tokyo") == "10:00"
    assert fmt.format_time(stored, "en", "Europe/London") == "02:00"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "10:00–11:30"), ("en", "10:00–11:30"), ("ja", "10:00～11:30")],
)
def test_format_time_range(lang: str, expected: str) -> None:
    end = SAPPORO_10 + timedelta(minutes=90)
    assert fmt.format_time_range(SAPPORO_10, end, lang, "Asia/Tokyo") == expected


def test_format_time_range_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        fmt.format_time_range(SAPPORO_10, SAPPORO_10 - timedelta(hours=1), "en", "Asia/Tokyo")


@pytest.mark.parametrize(
    ("tz", "at", "expected"),
    [
        ("Asia/Tokyo", datetime(2026, 1, 15, 12, tzinfo=UTC), "JST"),
        ("Asia/Tokyo", datetime(2026, 7, 15, 12, tzinfo=UTC), "JST"),
        ("Europe/Berlin", datetime(2026, 4, 14, 12, tzinfo=UTC), "CEST"),
        ("Europe/Berlin", datetime(2026, 1, 15, 12, tzinfo=UTC), "CET"),
        ("Europe/London", datetime(2026, 4, 14, 12, tzinfo=UTC), "BST"),
        ("Europe/London", datetime(2026, 1, 15, 12, tzinfo=UTC), "GMT"),
        # the switch to summer time in 2026: 29 March, 01:00 UTC
        ("Europe/Berlin", datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "CET"),
        ("Europe/Berlin", datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "CEST"),
        # zones whose tzdata abbreviation is numeric get a readable UTC offset
        ("Etc/GMT-9", datetime(2026, 4, 14, tzinfo=UTC), "UTC+9"),
        ("America/Sao_Paulo", datetime(2026, 4, 14, tzinfo=UTC), "UTC-3"),
        ("Asia/Kathmandu", datetime(2026, 4, 14, tzinfo=UTC), "UTC+5:45"),
        ("UTC", datetime(2026, 4, 14, tzinfo=UTC), "UTC"),
    ],
)
@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_tz_abbreviation(tz: str, at: datetime, expected: str, lang: str) -> None:
    assert fmt.tz_abbreviation(tz, at, lang) == expected


@pytest.mark.parametrize(
    ("tz", "at", "lang", "expected"),
    [
        ("Asia/Tokyo", SAPPORO_10, "de", "Japanische Normalzeit"),
        ("Asia/Tokyo", SAPPORO_10, "en", "Japan Standard Time"),
        ("Asia/Tokyo", SAPPORO_10, "ja", "日本標準時"),
        ("Europe/Berlin", SAPPORO_10, "de", "Mitteleuropäische Sommerzeit"),
        ("Europe/Berlin", datetime(2026, 1, 15, tzinfo=UTC), "de", "Mitteleuropäische Normalzeit"),
        ("Europe/London", SAPPORO_10, "en", "British Summer Time"),
        ("Europe/London", datetime(2026, 1, 15, tzinfo=UTC), "en", "Greenwich Mean Time"),
        ("Europe/London", datetime(2026, 1, 15, tzinfo=UTC), "ja", "グリニッジ標準時"),
    ],
)
def test_tz_long_name(tz: str, at: datetime, lang: str, expected: str) -> None:
    assert fmt.tz_long_name(tz, at, lang) == expected


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_format_time_with_zone_shows_home_time(lang: str) -> None:
    result = fmt.format_time_with_zone(SAPPORO_10, lang, "Asia/Tokyo", "Europe/Berlin")
    assert result == "10:00 JST (03:00 CEST)"


def test_format_time_with_zone_in_winter_uses_standard_time() -> None:
    manchester = datetime(2026, 1, 20, 14, 0, tzinfo=ZoneInfo("Europe/London"))
    result = fmt.format_time_with_zone(manchester, "de", "Europe/London", "Europe/Berlin")
    assert result == "14:00 GMT (15:00 CET)"


@pytest.mark.parametrize(
    "home_tz",
    [
        None,
        "Asia/Tokyo",
        # another name for the same clock and abbreviation adds nothing
        "Japan",
    ],
)
def test_format_time_with_zone_omits_redundant_home_part(home_tz: str | None) -> None:
    assert fmt.format_time_with_zone(SAPPORO_10, "en", "Asia/Tokyo", home_tz) == "10:00 JST"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "10:00–11:30 JST (03:00–04:30 CEST)"),
        ("en", "10:00–11:30 JST (03:00–04:30 CEST)"),
        ("ja", "10:00～11:30 JST (03:00～04:30 CEST)"),
    ],
)
def test_format_time_range_with_zone(lang: str, expected: str) -> None:
    end = SAPPORO_10 + timedelta(minutes=90)
    result = fmt.format_time_range_with_zone(SAPPORO_10, end, lang, "Asia/Tokyo", "Europe/Berlin")
    assert result == expected


@pytest.mark.parametrize(
    ("number", "lang", "expected"),
    [
        (1234567.5, "de", "1.234.567,5"),
        (1234567.5, "en", "1,234,567.5"),
        (1234567.5, "ja", "1,234,567.5"),
        (6, "de", "6"),
        (Decimal("0.25"), "de", "0,25"),
    ],
)
def test_format_number(number: float | Decimal, lang: str, expected: str) -> None:
    assert fmt.format_number(number, lang) == expected


@pytest.mark.parametrize(
    ("items", "lang", "expected"),
    [
        (["Bochum", "Essen", "Dortmund"], "de", "Bochum, Essen und Dortmund"),
        (["Bochum", "Essen", "Dortmund"], "en", "Bochum, Essen and Dortmund"),
        (["札幌", "旭川", "函館"], "ja", "札幌、旭川、函館"),
        (["Bochum", "Essen"], "de", "Bochum und Essen"),
        (["Bochum"], "en", "Bochum"),
        ([], "ja", ""),
    ],
)
def test_format_list(items: list[str], lang: str, expected: str) -> None:
    assert fmt.format_list(items, lang) == expected


@pytest.mark.parametrize("lang", ["fr", "", "de_DE", "jp"])
def test_unknown_language_names_supported_ones(lang: str) -> None:
    with pytest.raises(ValueError, match=r"de, en, ja"):
        fmt.format_date_long(TRIP_START, lang)


@pytest.mark.parametrize(
    "call",
    [
        lambda: fmt.babel_locale("fr"),
        lambda: fmt.format_date_medium(TRIP_START, "fr"),
        lambda: fmt.format_date_range(TRIP_START, TRIP_END, "fr"),
        lambda: fmt.format_time(SAPPORO_10, "fr"),
        lambda: fmt.format_time_range(SAPPORO_10, SAPPORO_10, "fr"),
        lambda: fmt.tz_abbreviation("Asia/Tokyo", SAPPORO_10, "fr"),
        lambda: fmt.format_number(1, "fr"),
        lambda: fmt.format_list(["A"], "fr"),
    ],
)
def test_every_entry_point_checks_the_language(call: object) -> None:
    with pytest.raises(ValueError, match="de, en, ja"):
        call()  # type: ignore[operator]


def test_babel_locale_maps_languages_and_is_cached() -> None:
    assert str(fmt.babel_locale("de")) == "de_DE"
    assert str(fmt.babel_locale("en")) == "en_GB"
    assert str(fmt.babel_locale("ja")) == "ja_JP"
    assert fmt.babel_locale("ja") is fmt.babel_locale("ja")


NAIVE = datetime(2026, 4, 14, 10, 0)


@pytest.mark.parametrize(
    "call",
    [
        lambda: fmt.format_time(NAIVE, "en", "Asia/Tokyo"),
        lambda: fmt.format_time_range(NAIVE, NAIVE, "en", "Asia/Tokyo"),
        lambda: fmt.format_time_with_zone(NAIVE, "en", "Asia/Tokyo", "Europe/Berlin"),
        lambda: fmt.format_time_range_with_zone(NAIVE, NAIVE, "en", "Asia/Tokyo"),
        lambda: fmt.tz_abbreviation("Asia/Tokyo", NAIVE, "en"),
        lambda: fmt.tz_long_name("Asia/Tokyo", NAIVE, "en"),
    ],
)
def test_naive_datetime_is_refused_where_a_zone_is_involved(call: object) -> None:
    with pytest.raises(ValueError, match="must be timezone-aware"):
        call()  # type: ignore[operator]


@pytest.mark.parametrize("tz", ["Asia/Sapporo", "", "../etc/passwd"])
def test_unknown_time_zone_is_a_value_error(tz: str) -> None:
    with pytest.raises(ValueError, match="time zone"):
        fmt.format_time(SAPPORO_10, "en", tz)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Troll station writes "+00" in winter and "+02" in summer
        (datetime(2026, 1, 15, tzinfo=UTC), "UTC"),
        (datetime(2026, 7, 15, tzinfo=UTC), "UTC+2"),
    ],
)
def test_tz_abbreviation_numeric_offsets_around_zero(at: datetime, expected: str) -> None:
    assert fmt.tz_abbreviation("Antarctica/Troll", at, "en") == expected


def test_format_time_range_with_zone_without_home_zone() -> None:
    end = SAPPORO_10 + timedelta(hours=2)
    assert (
        fmt.format_time_range_with_zone(SAPPORO_10, end, "ja", "Asia/Tokyo") == "10:00～12:00 JST"
    )


@pytest.mark.parametrize(
    ("pattern", "skeleton", "expected"),
    [
        ("d. MMM y", "yMMMMd", "d. MMMM y"),
        ("EEEE d MMMM", "MMMEd", "E d MMM"),
        # numeric months stay numeric, quoted literals stay literal
        ("y年M月d日", "yMMMMd", "y年M月d日"),
        ("d 'de' MMM y", "yMMMMd", "d 'de 'MMMM y"),
    ],
)
def test_widen_pattern_adjusts_only_text_fields(pattern: str, skeleton: str, expected: str) -> None:
    assert fmt._widen_pattern(pattern, skeleton) == expected


def test_missing_cldr_patterns_are_reported_not_guessed() -> None:
    locale = fmt.babel_locale("en")
    with pytest.raises(LookupError, match="skeleton"):
        fmt._skeleton_pattern("QQQQ", locale)
