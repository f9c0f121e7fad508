"""VTIMEZONE components with yearly RRULEs, derived from the zoneinfo database.

Outlook ignores VTIMEZONEs that list their transitions as RDATEs (iCalcreator#86), and
icalendar's own ``Timezone.from_tzinfo``/``from_tzid`` write one DTSTART (or RDATE list)
per transition. Here the transitions of the years around the exported dates are read
from zoneinfo, each one is described as a yearly rule (month, n-th or last weekday,
local wall time, offsets, abbreviation), and runs of years that follow the same rule
become one STANDARD or DAYLIGHT component with ``RRULE:FREQ=YEARLY;BYMONTH=…;BYDAY=…``.
A rule that stops inside the covered years gets an UNTIL; a transition that happens
once is written with its DTSTART alone. A zone without transitions (Asia/Tokyo) gets one
STANDARD component. No RDATE is ever written.

For imports, :func:`iana_for_tzid` turns the TZIDs found in other programs' files
(Windows names, vendor-prefixed paths) into IANA names.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

__all__ = ["iana_for_tzid", "iana_name", "vtimezone"]

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_EPOCH_START = datetime(1970, 1, 1)  # DTSTART of a zone's only observance
_STEP = timedelta(hours=6)  # no zone changes its clocks twice within six hours


@dataclass(frozen=True)
class _Transition:
    at_utc: datetime  # the instant of the change (aware, UTC)
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool

    @property
    def wall(self) -> datetime:
        """Local wall-clock time of the change, in the offset before it (RFC 5545 DTSTART)."""
        return (self.at_utc + self.offset_from).replace(tzinfo=None)

    def rule_forms(self) -> tuple[str, ...]:
        """Ways to state the day of this change as a yearly rule, best first."""
        wall = self.wall
        weekday = _WEEKDAYS[wall.weekday()]
        days_in_month = _calendar.monthrange(wall.year, wall.month)[1]
        forms = []
        if wall.day + 7 > days_in_month:
            forms.append(f"BYDAY=-1{weekday}")
        forms.append(f"BYDAY={(wall.day - 1) // 7 + 1}{weekday}")
        forms.append(f"BYMONTHDAY={wall.day}")
        return tuple(forms)

    def key(self) -> tuple[object, ...]:
        """What must not change between years for one RRULE to describe both changes."""
        return (
            self.wall.month,
            self.wall.time(),
            self.offset_from,
            self.offset_to,
            self.name,
            self.is_dst,
        )


@dataclass(frozen=True)
class _Observance:
    """One STANDARD/DAYLIGHT component as plain data."""

    is_dst: bool
    start: datetime  # local wall time in offset_from
    offset_from: timedelta
    offset_to: timedelta
    name: str
    rrule: dict[str, object] | None


def _state(zone: ZoneInfo, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(zone)
    return (local.utcoffset() or timedelta(0), local.tzname() or "", bool(local.dst()))


def _transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every change of offset, abbreviation or DST flag in the given years."""
    out: list[_Transition] = []
    t = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    state = _state(zone, t)
    while t < end:
        nxt = min(t + _STEP, end)
        new_state = _state(zone, nxt)
        if new_state != state:
            lo, hi = t, nxt  # state(lo) == state, state(hi) != state
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if _state(zone, mid) == state:
                    lo = mid
                else:
                    hi = mid
            after = _state(zone, hi)
            out.append(_Transition(hi, state[0], after[0], after[1], after[2]))
            state = after
            t = hi
            continue
        t = nxt
    return out


def _observances(tzid: str, first_year: int, last_year: int) -> tuple[_Observance, ...]:
    zone = ZoneInfo(tzid)
    # One year before the covered dates, so that the rule in force on the first day
    # has already started (e.g. winter time since the October of the year before).
    changes = _transitions(zone, first_year - 1, last_year + 1)
    if not changes:
        offset, name, is_dst = _state(zone, datetime(first_year, 1, 1, tzinfo=UTC))
        return (_Observance(is_dst, _EPOCH_START, offset, offset, name, None),)
    result: list[_Observance] = []
    before = changes[0]
    if before.at_utc > datetime(first_year, 1, 1, tzinfo=UTC):
        # The covered dates begin before the first change: state what held until then.
        offset, name, is_dst = _state(zone, before.at_utc - timedelta(seconds=1))
        result.append(_Observance(is_dst, _EPOCH_START, offset, offset, name, None))
    # Group the changes by kind (key), then split each kind into runs of consecutive
    # years that one yearly rule describes.
    by_key: dict[tuple[object, ...], list[_Transition]] = {}
    for change in changes:
        by_key.setdefault(change.key(), []).append(change)
    for group in by_key.values():
        runs: list[tuple[list[_Transition], set[str]]] = []
        for change in group:
            forms = set(change.rule_forms())
            if runs:
                run, common = runs[-1]
                if change.wall.year == run[-1].wall.year + 1 and common & forms:
                    run.append(change)
                    runs[-1] = (run, common & forms)
                    continue
            runs.append(([change], forms))
        for run, common in runs:
            head = run[0]
            rrule: dict[str, object] | None = None
            if len(run) > 1:
                form = next(f for f in head.rule_forms() if f in common)
                part, value = form.split("=")
                rrule = {"FREQ": "YEARLY", "BYMONTH": head.wall.month, part: value}
                if run[-1].wall.year < last_year + 1:
                    rrule["UNTIL"] = run[-1].at_utc  # UTC, as RFC 5545 requires here
            result.append(
                _Observance(
                    head.is_dst, head.wall, head.offset_from, head.offset_to, head.name, rrule
                )
            )
    return tuple(result)


@lru_cache(maxsize=256)
def _cached_observances(tzid: str, first_year: int, last_year: int) -> tuple[_Observance, ...]:
    return _observances(tzid, first_year, last_year)


def vtimezone(tzid: str, first: date, last: date) -> Timezone:
    """A VTIMEZONE for the IANA zone ``tzid`` valid from ``first`` to ``last``.

    The transitions are computed once per (zone, years) and cached; each call returns
    a new component, so callers may add it to a calendar freely.
    """
    if last < first:
        first, last = last, first
    tz = Timezone()
    tz.add("TZID", tzid)
    observances = _cached_observances(tzid, first.year, last.year)
    for obs in sorted(observances, key=lambda o: (o.start, o.is_dst)):
        sub = TimezoneDaylight() if obs.is_dst else TimezoneStandard()
        sub.add("DTSTART", obs.start)
        if obs.rrule is not None:
            sub.add("RRULE", obs.rrule)
        sub.add("TZOFFSETFROM", obs.offset_from)
        sub.add("TZOFFSETTO", obs.offset_to)
        if obs.name:
            sub.add("TZNAME", obs.name)
        tz.add_component(sub)
    return tz


# --- reading: TZIDs of imported files → IANA names -----------------------------------

#: Outlook/Exchange zone names seen in partner files; icalendar's CLDR table (a module
#: not promised as public API, hence optional) covers the rest.
_WINDOWS_ZONES = {
    "tokyo standard time": "Asia/Tokyo",
    "w. europe standard time": "Europe/Berlin",
    "gmt standard time": "Europe/London",
    "romance standard time": "Europe/Paris",
    "central europe standard time": "Europe/Budapest",
    "utc": "UTC",
}
try:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as _CLDR

    _WINDOWS_ZONES = {k.lower(): v for k, v in _CLDR.items()} | _WINDOWS_ZONES
except ImportError:  # pragma: no cover
    pass


def iana_name(name: str) -> str | None:
    """``name`` if zoneinfo knows it as a zone (not 'localtime' and the like), else None."""
    candidate = name.strip().strip('"')
    if not candidate or candidate.lower() in ("localtime", "local", "posixrules"):
        return None
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return candidate


def iana_for_tzid(tzid: str) -> str | None:
    """The IANA name a TZID of an imported file stands for, judged by the name alone:
    the name itself, a Windows name ("Tokyo Standard Time") or a "globally unique" path
    ("/mozilla.org/20050126_1/Europe/Berlin"); None otherwise (a file's own VTIMEZONE
    is matched by :mod:`app.ics.zones`)."""
    if zone := iana_name(tzid):
        return zone
    if zone := _WINDOWS_ZONES.get(tzid.strip().strip('"').lower()):
        return zone
    parts = [p for p in tzid.strip().strip('"').split("/") if p]
    for n in (3, 2):
        if len(parts) > n and (zone := iana_name("/".join(parts[-n:]))):
            return zone
    return None
