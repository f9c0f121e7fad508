"""Small helpers both PDFs share: language checks, item days and times, language names."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from app.errors import ExportError
from app.locale.formatting import babel_locale, format_date_range
from app.locale.i18n import _, check_language, translate_in
from app.locale.names import PersonName
from app.locale.zones import time_range_in_zone
from app.timeutil import local_date
from app.validation import FieldErrors, check_timezone
from models.tables import ProgrammeItem

__all__ = [
    "check_home_zone",
    "check_langs",
    "item_days",
    "item_times",
    "keep_native_together",
    "language_name",
    "language_pair",
]


def check_langs(langs: Iterable[str]) -> tuple[str, ...]:
    """One or two checked language codes, duplicates removed."""
    codes = tuple(dict.fromkeys(check_language(code) for code in langs))
    if not 1 <= len(codes) <= 2:
        raise ExportError(_("An itinerary is written in one language or two (e.g. de+ja)."))
    return codes


def check_home_zone(home_tz: str | None) -> str | None:
    """The home zone, checked (ValidationError with the usual message if unknown)."""
    if home_tz is None:
        return None
    errors = FieldErrors()
    zone = check_timezone(errors, "home_zone", home_tz)
    errors.raise_if_any()
    return zone


def item_days(item: ProgrammeItem) -> tuple[date, date]:
    """First and last local day of an item at its venue (all-day ends are exclusive)."""
    first = local_date(item.starts_at, item.timezone)
    if item.all_day:
        last = local_date(item.ends_at - timedelta(microseconds=1), item.timezone)
    else:
        last = local_date(item.ends_at, item.timezone)
    return first, max(first, last)


def item_times(item: ProgrammeItem, lang: str, home_tz: str | None) -> tuple[str, str]:
    """("10:00–11:30 japanische Zeit", "03:00–04:30 MESZ") — zones in words
    (:func:`app.locale.zones.zone_word`); the second part empty when the home zone
    reads the same or is not wanted; all-day items give ("all day", date range)."""
    if item.all_day:
        first, last = item_days(item)
        span = format_date_range(first, last, lang) if last != first else ""
        return translate_in(lang, "all day"), span
    here = time_range_in_zone(item.starts_at, item.ends_at, lang, item.timezone)
    if home_tz is None:
        return here, ""
    home = time_range_in_zone(item.starts_at, item.ends_at, lang, home_tz)
    return here, "" if home == here else home


def language_name(code: str, lang: str) -> str:
    """ "Japanisch", "Japanese", "日本語" for ``code`` in ``lang``; the code if unknown."""
    return str(babel_locale(lang).languages.get(code, code))


def language_pair(source: str, target: str, lang: str) -> str:
    return f"{language_name(source, lang)} → {language_name(target, lang)}"


def keep_native_together(name: str, person: PersonName) -> str:
    """``name`` with the spaces inside the native-script name made non-breaking, so
    "Masaki Kitagawa (北川 正樹)" never wraps between 北川 and 正樹."""
    native = (person.native_name or "").strip()
    if not native or " " not in native:
        return name
    return name.replace(native, native.replace(" ", "\u00a0"))
