"""The one place where dates, times, ranges, time zones, numbers and lists become text.

Every view and export formats through these functions so that a date looks the
same in the window, the itinerary PDF and the dossier. Languages are the program's
codes ``de``, ``en`` and ``ja``; each maps to one Babel locale (German as written
in Germany, English as written in Britain, Japanese).

Babel picks patterns from CLDR skeletons. Where Babel's closest match has a
shorter month or weekday than the skeleton asks for (it does not adjust field
widths the way ICU does), ``_widen_pattern`` adjusts them, so "MMMMEd" gives
"Mo., 13. April" rather than "Mo., 13. Apr.". Trip date ranges use fixed
patterns of ours, so a CLDR update cannot change a printed itinerary.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import cache
from typing import Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel import dates as babel_dates
from babel import lists as babel_lists
from babel import numbers as babel_numbers

from app.locale.i18n import LOCALE_IDS, check_language

__all__ = [
    "LOCALE_IDS",
    "babel_locale",
    "format_date_long",
    "format_date_medium",
    "format_date_range",
    "format_day_heading",
    "format_list",
    "format_number",
    "format_time",
    "format_time_range",
    "format_time_range_with_zone",
    "format_time_with_zone",
    "format_weekday",
    "tz_abbreviation",
    "tz_long_name",
    "tz_utc_offset",
]

WeekdayWidth = Literal["wide", "abbreviated", "short", "narrow"]

# A fixed 24-hour pattern in every language: programme lists and PDF columns line
# up, and Japanese CLDR patterns ("H:mm", "H時mm分") would break that alignment.
_TIME_PATTERN = "HH:mm"

# Japanese writes time ranges with a wave dash, as Babel does for ja date ranges.
_TIME_RANGE_SEPARATOR: dict[str, str] = {"de": "–", "en": "–", "ja": "～"}

# Date ranges, by the largest field in which the ends differ: (start, end) patterns.
# German and English write one dash without spaces inside a month ("13.–21. April")
# and a dash between thin spaces when month names stand on both sides, as the Duden
# and CLDR 46 do; Japanese uses the wave dash throughout.
_DATE_PATTERN: dict[str, str] = {"de": "d. MMMM y", "en": "d MMMM y", "ja": "y年M月d日"}
_DATE_RANGE_PATTERNS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "d": ("d.", "d. MMMM y"),
        "M": ("d. MMMM", "d. MMMM y"),
        "y": ("d. MMMM y", "d. MMMM y"),
    },
    "en": {"d": ("d", "d MMMM y"), "M": ("d MMMM", "d MMMM y"), "y": ("d MMMM y", "d MMMM y")},
    "ja": {
        "d": ("y年M月d日", "d日"),
        "M": ("y年M月d日", "M月d日"),
        "y": ("y年M月d日", "y年M月d日"),
    },
}
_THIN_DASH = "\u2009–\u2009"
#: language → (separator within a month, separator across months or years)
_DATE_RANGE_SEPARATOR: dict[str, tuple[str, str]] = {
    "de": ("–", _THIN_DASH),
    "en": ("–", _THIN_DASH),
    "ja": ("～", "～"),
}
_DAY_HEADING_SKELETON = "MMMMEd"
# CLDR's full Japanese date spells out "月曜日"; documents and schedules use "（月）".
_JA_LONG_DATE_SKELETON = "yMMMEd"
# CLDR writes the Japanese weekday in ASCII brackets "(月)"; Japanese documents use
# full-width ones: 2026年4月13日（月）.
_FULL_WIDTH_BRACKETS = str.maketrans({"(": "（", ")": "）"})

# Standalone and local-weekday letters are variants of the same field.
_FIELD_FAMILY = {"L": "M", "c": "E", "e": "E"}

# zoneinfo gives "+09" or "+0545" for zones without a customary abbreviation.
_NUMERIC_TZNAME = re.compile(r"^[+-]\d{2}(\d{2})?$")


def babel_locale(lang: str) -> Locale:
    """The Babel locale for a program language; ValueError names the supported ones."""
    return _locale_for(check_language(lang))


@cache
def _locale_for(code: str) -> Locale:
    return Locale.parse(LOCALE_IDS[code])


# --- dates -------------------------------------------------------------------


def format_date_long(d: date, lang: str) -> str:
    """Weekday and date in words: "Montag, 13. April 2026", "2026年4月13日（月）"."""
    locale = babel_locale(lang)
    if locale.language == "ja":
        pattern = _skeleton_pattern(_JA_LONG_DATE_SKELETON, locale)
        return babel_dates.format_date(d, pattern, locale).translate(_FULL_WIDTH_BRACKETS)
    return babel_dates.format_date(d, "full", locale=locale)


def format_date_medium(d: date, lang: str) -> str:
    """Compact date for tables: "13.04.2026", "13 Apr 2026", "2026年4月13日".

    Japanese keeps the 年月日 form of every other Japanese date (one date format per
    document: no "2026/04/13" beside "2026年4月13日（月）").
    """
    locale = babel_locale(lang)
    if locale.language == "ja":
        return babel_dates.format_date(d, _DATE_PATTERN["ja"], locale)
    return babel_dates.format_date(d, "medium", locale=locale)


def format_day_heading(d: date, lang: str) -> str:
    """Short weekday and day for programme headings: "Mo., 13. April", "4月13日（月）"."""
    locale = babel_locale(lang)
    text = babel_dates.format_date(d, _skeleton_pattern(_DAY_HEADING_SKELETON, locale), locale)
    return text.translate(_FULL_WIDTH_BRACKETS) if locale.language == "ja" else text


def format_weekday(d: date, lang: str, width: WeekdayWidth = "abbreviated") -> str:
    """The weekday name of ``d``: "Mo.", "Mon", "月" (abbreviated) or "Montag" (wide)."""
    if width not in ("wide", "abbreviated", "short", "narrow"):
        raise ValueError(
            f"Unknown weekday width {width!r}; use wide, abbreviated, short or narrow."
        )
    names = babel_dates.get_day_names(width, context="format", locale=babel_locale(lang))
    return str(names[d.weekday()])


def format_date_range(start: date, end: date, lang: str) -> str:
    """A trip's dates: "13.–21. April 2026", "13–21 April 2026", "2026年4月13日～21日".

    Parts shared by both ends are written once. The patterns and dashes are ours,
    not CLDR's interval formats: those change between Babel releases (CLDR 47 put
    spaces around the English dash), and a printed itinerary must not change with
    a library update. Equal dates give the single date.
    """
    if end < start:
        raise ValueError(f"Date range ends ({end}) before it starts ({start}).")
    locale = babel_locale(lang)
    if start == end:
        return babel_dates.format_date(start, _DATE_PATTERN[lang], locale)
    difference = _greatest_difference(start, end)
    first, second = _DATE_RANGE_PATTERNS[lang][difference]
    separator = _DATE_RANGE_SEPARATOR[lang][difference != "d"]
    return (
        babel_dates.format_date(start, first, locale)
        + separator
        + babel_dates.format_date(end, second, locale)
    )


def _greatest_difference(start: date, end: date) -> str:
    """The largest calendar field in which the two dates differ ("y", "M" or "d")."""
    if start.year != end.year:
        return "y"
    if start.month != end.month:
        return "M"
    return "d"


@cache
def _skeleton_pattern(skeleton: str, locale: Locale) -> str:
    """The locale's pattern for ``skeleton``, widened to the requested field widths."""
    skeletons = locale.datetime_skeletons
    matched = skeleton if skeleton in skeletons else babel_dates.match_skeleton(skeleton, skeletons)
    if matched is None:
        raise LookupError(f"No date pattern for skeleton {skeleton!r} in {locale}.")
    return _widen_pattern(skeletons[matched].pattern, skeleton)


def _widen_pattern(pattern: str, skeleton: str) -> str:
    """Give month and weekday names in ``pattern`` the width that ``skeleton`` asks for.

    Only text fields change (MMM↔MMMM, E↔EEEE); numeric months such as Japanese
    "M月" stay numeric, as CLDR's matching rules require.
    """
    wanted = {
        _FIELD_FAMILY.get(char, char): (char, len(list(run)))
        for char, run in itertools.groupby(skeleton)
    }
    tokens = []
    for kind, value in babel_dates.tokenize_pattern(pattern):
        if kind == "field":
            char, width = cast(tuple[str, int], value)  # a field's value is (letter, width)
            request = wanted.get(_FIELD_FAMILY.get(char, char))
            if request and _is_text_field(char, width) and _is_text_field(*request):
                value = (char, request[1])
        tokens.append((kind, value))
    return babel_dates.untokenize_pattern(tokens)


def _is_text_field(char: str, width: int) -> bool:
    return char == "E" or (char in "MLce" and width >= 3)


# --- times and time zones ----------------------------------------------------


def format_time(dt: datetime, lang: str, tz: str | None = None) -> str:
    """24-hour clock time "10:00"; with ``tz`` the aware ``dt`` is shown in that zone."""
    check_language(lang)
    if tz is not None:
        dt = _require_aware(dt, "format_time").astimezone(_zone(tz))
    # "HH:mm" in every language (Latin digits in de_DE, en_GB and ja_JP): plain
    # formatting gives the same text as Babel's pattern formatter without its
    # per-call work, and exports format thousands of times.
    return f"{dt.hour:02d}:{dt.minute:02d}"


def format_time_range(start: datetime, end: datetime, lang: str, tz: str | None = None) -> str:
    """Start and end clock times: "10:00–11:30" (ja "10:00～11:30")."""
    code = check_language(lang)
    if tz is not None:
        _require_aware(start, "format_time_range")
        _require_aware(end, "format_time_range")
    if end < start:
        raise ValueError(f"Time range ends ({end}) before it starts ({start}).")
    separator = _TIME_RANGE_SEPARATOR[code]
    return f"{format_time(start, code, tz)}{separator}{format_time(end, code, tz)}"


def format_time_with_zone(dt: datetime, lang: str, tz: str, home_tz: str | None = None) -> str:
    """Venue time with its zone, home time beside it: "10:00 JST (03:00 CEST)".

    The part in parentheses is left out when it would read the same as the venue
    part (same zone, or another zone with the same clock time and abbreviation).
    """
    _require_aware(dt, "format_time_with_zone")
    here = f"{format_time(dt, lang, tz)} {tz_abbreviation(tz, dt, lang)}"
    if home_tz is None:
        return here
    home = f"{format_time(dt, lang, home_tz)} {tz_abbreviation(home_tz, dt, lang)}"
    return here if home == here else f"{here} ({home})"


def format_time_range_with_zone(
    start: datetime, end: datetime, lang: str, tz: str, home_tz: str | None = None
) -> str:
    """A programme slot with zones: "10:00–11:30 JST (03:00–04:30 CEST)".

    The abbreviation is the one valid at the start; a slot that spans a daylight
    saving change is rare enough not to warrant two labels.
    """
    _require_aware(start, "format_time_range_with_zone")
    here = f"{format_time_range(start, end, lang, tz)} {tz_abbreviation(tz, start, lang)}"
    if home_tz is None:
        return here
    home = f"{format_time_range(start, end, lang, home_tz)} {tz_abbreviation(home_tz, start, lang)}"
    return here if home == here else f"{here} ({home})"


def tz_abbreviation(tz: str, at: datetime, lang: str) -> str:
    """Short zone label valid at ``at``: "JST", "CEST"/"CET", "BST"/"GMT", else "UTC+5:45".

    The IANA abbreviations are the same in every language (Japanese documents write
    "JST" too), so ``lang`` is only checked.
    """
    check_language(lang)
    local = _require_aware(at, "tz_abbreviation").astimezone(_zone(tz))
    name = local.tzname()
    if name and not _NUMERIC_TZNAME.match(name):
        return name
    return _utc_offset_label(local.utcoffset() or timedelta(0))


def tz_utc_offset(tz: str, at: datetime) -> str:
    """The offset of ``tz`` from UTC at ``at``: "UTC+9", "UTC+2", "UTC+5:45", "UTC"."""
    local = _require_aware(at, "tz_utc_offset").astimezone(_zone(tz))
    return _utc_offset_label(local.utcoffset() or timedelta(0))


def tz_long_name(tz: str, at: datetime, lang: str) -> str:
    """Zone name in words, valid at ``at``: "Japan Standard Time", "日本標準時"."""
    locale = babel_locale(lang)
    local = _require_aware(at, "tz_long_name").astimezone(_zone(tz))
    return babel_dates.get_timezone_name(local, "long", locale=locale)


def _utc_offset_label(offset: timedelta) -> str:
    """Offset label such as "UTC+9", "UTC-3", "UTC+5:45", or "UTC" for no offset."""
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _zone(tz: str) -> tzinfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"Unknown time zone {tz!r}; expected an IANA name such as Asia/Tokyo."
        ) from exc


def _require_aware(dt: datetime, function: str) -> datetime:
    # A naive time has no defined instant, so converting it would silently use
    # the computer's own zone: refuse instead.
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{function}: datetime {dt.isoformat()} must be timezone-aware.")
    return dt


# --- numbers and lists -------------------------------------------------------


def format_number(n: int | float | Decimal, lang: str) -> str:
    """A number with the language's separators: "1.234,5", "1,234.5"."""
    return babel_numbers.format_decimal(n, locale=babel_locale(lang))


def format_list(items: list[str], lang: str) -> str:
    """An enumeration: "A, B und C", "A, B and C", "A、B、C"; empty list gives ""."""
    return babel_lists.format_list(list(items), style="standard", locale=babel_locale(lang))
