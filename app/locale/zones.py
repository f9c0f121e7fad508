"""Time zones in words, as a reader of the printed page says them.

Printed pages never show an IANA id ("Europe/Berlin"). The rule, one per language:

* **de** — the German zone by its German abbreviation, **MEZ**/**MESZ** (any zone on
  Central European time); every other zone in words, "japanische Zeit",
  "britische Zeit", in summer "britische Sommerzeit"; unknown zones by CLDR's
  German name.
* **en** — the customary English abbreviations (JST, CET/CEST, GMT/BST), else
  "UTC+5:45" (:func:`app.locale.formatting.tz_abbreviation`).
* **ja** — the country's time: 「日本時間」「ドイツ時間」「英国時間」, in summer with
  「（夏時間）」; other zones by CLDR's Japanese name (「中央ヨーロッパ夏時間」).

:func:`zone_word` names the zone valid at an instant (summer or winter, both
hemispheres come from zoneinfo); :func:`zone_place` names where a zone's time is
kept ("Japan", 「日本」) for sentences such as "the time in Japan is shown beside".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import dates as babel_dates
from babel.core import get_global

from app.locale.formatting import babel_locale, format_time_range, tz_abbreviation

__all__ = ["time_range_in_zone", "time_range_with_home", "zone_place", "zone_word"]

# IANA zone -> (de standard, de summer, ja standard, ja summer)
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "Asia/Tokyo": ("japanische Zeit", "japanische Zeit", "日本時間", "日本時間"),
    "Japan": ("japanische Zeit", "japanische Zeit", "日本時間", "日本時間"),
    "Europe/Berlin": ("MEZ", "MESZ", "ドイツ時間", "ドイツ時間（夏時間）"),
    "Europe/London": ("britische Zeit", "britische Sommerzeit", "英国時間", "英国時間（夏時間）"),
    "GB": ("britische Zeit", "britische Sommerzeit", "英国時間", "英国時間（夏時間）"),
}
_DE_CENTRAL_EUROPE = {"CET": "MEZ", "CEST": "MESZ"}
_PLACES: dict[str, dict[str, str]] = {
    "de": {"GB": "Großbritannien"},
    "en": {"GB": "the UK"},
    "ja": {"GB": "英国"},
}


def zone_word(tz: str, at: datetime, lang: str) -> str:
    """The zone ``tz`` valid at the aware ``at`` in ``lang``: "MESZ", "CEST", "ドイツ時間（夏時間）"."""
    abbreviation = tz_abbreviation(tz, at, lang)  # checks lang, tz and awareness
    if lang == "en":
        return abbreviation
    local = at.astimezone(ZoneInfo(tz))
    summer = bool(local.dst())
    words = _WORDS.get(tz)
    if words is not None:
        return words[(2 if lang == "ja" else 0) + int(summer)]
    if lang == "de" and abbreviation in _DE_CENTRAL_EUROPE:
        return _DE_CENTRAL_EUROPE[abbreviation]
    name = str(babel_dates.get_timezone_name(local, "long", locale=babel_locale(lang)))
    # CLDR names zones without a name of their own by their IANA city or an offset
    # ("GMT+09:00"); print our offset label instead of either.
    if "/" in name or name.startswith(("GMT", "UTC")) or (lang == "ja" and name.isascii()):
        return abbreviation
    return name


def time_range_in_zone(start: datetime, end: datetime, lang: str, tz: str) -> str:
    """A slot in ``tz`` with the zone in words: "10:00–11:30 MESZ", "10:00～11:30 日本時間".

    The word is the one valid at the start (a slot across a daylight saving change
    is rare enough not to warrant two).
    """
    return f"{format_time_range(start, end, lang, tz)} {zone_word(tz, start, lang)}"


def time_range_with_home(
    start: datetime, end: datetime, lang: str, tz: str, home_tz: str | None = None
) -> str:
    """A slot in the venue's zone with home time beside it, zones in words:
    "10:00–11:30 japanische Zeit (03:00–04:30 MESZ)"; the home part only when it differs."""
    here = time_range_in_zone(start, end, lang, tz)
    if home_tz is None:
        return here
    home = time_range_in_zone(start, end, lang, home_tz)
    return here if home == here else f"{here} ({home})"


def zone_place(tz: str, lang: str) -> str:
    """Where ``tz``'s time is kept: "Japan", "Deutschland", 「日本」; else the zone's word."""
    locale = babel_locale(lang)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"Unknown time zone {tz!r}; expected an IANA name.") from exc
    territory = _territory(tz)
    if territory and territory.isalpha() and territory != "ZZ":
        special = _PLACES[lang].get(territory)
        if special:
            return special
        name = locale.territories.get(territory)
        if name:
            return str(name)
    return zone_word(tz, datetime(2026, 1, 15, tzinfo=UTC), lang)


def _territory(tz: str) -> str | None:
    aliases: dict[str, str] = {"Japan": "Asia/Tokyo", "GB": "Europe/London"}
    zone = aliases.get(tz, tz)
    territories: Mapping[str, str] = get_global("zone_territories")
    return territories.get(zone)
