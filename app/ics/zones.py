"""The VTIMEZONEs of an imported file, read with bounded work.

icalendar turns a VTIMEZONE into a tzinfo by expanding every transition its RRULEs and
RDATEs describe, from DTSTART on: a 700-byte zone changing its clocks every minute
takes gigabytes. Here a zone is parsed once (its RDATEs sorted once), and the offset
at a wall time is looked up: RDATEs by bisection, a yearly RRULE by evaluating only the
years just before that time. A year of a rule is evaluated in a stand-in year near
9999 with the same calendar (weekday of 1 January, leap year), so that even a rule
that never fires stops within 28 years instead of searching up to 9999. Evaluations are
cached and counted against one budget per file; rules that do not repeat yearly (no
real zone does) or that set their own times of day are refused.
"""

from __future__ import annotations

import bisect
import calendar as _calendar
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from icalendar.parser import Contentline
from icalendar.prop import vText

from app.errors import ImportFileError
from app.ics.vtimezone import iana_for_tzid
from app.locale.i18n import _

__all__ = ["MAX_RULE_YEARS", "FileZones"]

#: Years of zone rules evaluated per file (a legitimate file needs a few per zone).
MAX_RULE_YEARS = 20_000
#: How many of a rule's years before a date are searched for its last change.
_LOOKBACK = 8
_DATETIME = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?$")
_RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"} | {
    f"BY{p}" for p in ("MONTH", "MONTHDAY", "DAY", "YEARDAY", "WEEKNO", "SETPOS")
}
#: A year near 9999 for each (weekday of 1 January, leap year).
_STAND_INS = {(_calendar.weekday(y, 1, 1), _calendar.isleap(y)): y for y in range(9999, 9971, -1)}


class _Unusable(Exception):
    """The VTIMEZONE cannot be read; events using it get the unknown-zone message."""


def _datetime(text: str) -> tuple[datetime, bool]:
    """A DATE or DATE-TIME value as naive datetime, and whether it was UTC."""
    m = _DATETIME.match(text.strip())
    if m is None:
        raise _Unusable
    y, mo, d, h, mi, sec = (int(p or 0) for p in m.groups()[:6])
    try:
        return datetime(y, mo, d, h, mi, sec), bool(m[7])
    except ValueError as exc:
        raise _Unusable from exc


_RDATE = re.compile(r"(\d{8})(T\d{6})?Z?(?:/[^,]*)?")


def _rdate_keys(lines: list[str]) -> list[str]:
    """RDATE values (DATE, DATE-TIME or PERIOD start) as sortable keys."""
    keys = []
    for line in lines:
        for value in line.split(","):
            m = _RDATE.fullmatch(value.strip())
            if m is None:
                raise _Unusable
            keys.append(m[1] + (m[2] or "T000000"))
    return keys


def _offset(text: str) -> timedelta:
    m = _OFFSET.match(text.strip())
    if m is None:
        raise _Unusable
    value = timedelta(hours=int(m[2]), minutes=int(m[3]), seconds=int(m[4] or 0))
    return -value if m[1] == "-" else value


@dataclass
class _Rule:
    """A yearly RRULE of one observance."""

    text: str  # the BY… parts, for dateutil
    interval: int
    count: int | None
    until: datetime | None
    until_utc: bool
    by_stand_in: dict[int, rrule] = field(default_factory=dict)
    counted: list[datetime] = field(default_factory=list)  # COUNT rules: occurrences so far
    counted_to: int = 0  # … up to this year


@dataclass
class _Observance:
    start: datetime
    offset_from: timedelta
    offset_to: timedelta
    rdates: list[str]  # as sortable "YYYYMMDDTHHMMSS" keys: 300,000 parse in well under 1 s
    rule: _Rule | None
    years: dict[int, list[datetime]] = field(default_factory=dict)


def _rule(text: str, start: datetime, tzid: str) -> _Rule:
    parts: dict[str, str] = {}
    for part in text.strip().upper().split(";"):
        key, _sep, value = part.partition("=")
        if key not in _RULE_PARTS or key in parts:
            raise _Unusable
        parts[key] = value
    if parts.pop("FREQ", None) != "YEARLY":
        raise ImportFileError(
            _(
                "The time zone '{tzid}' in the file changes its clocks by a rule that does "
                "not repeat yearly. Use an IANA name such as Asia/Tokyo or Europe/London."
            ).format(tzid=tzid)
        )
    try:
        interval = int(parts.pop("INTERVAL", "1"))
        count = int(parts.pop("COUNT")) if "COUNT" in parts else None
    except ValueError as exc:
        raise _Unusable from exc
    until, until_utc = _datetime(parts.pop("UNTIL")) if "UNTIL" in parts else (None, False)
    if not any(k in parts for k in ("BYMONTHDAY", "BYDAY", "BYYEARDAY", "BYWEEKNO")):
        # dateutil takes these from DTSTART, which is moved to the stand-in year
        parts.setdefault("BYMONTH", str(start.month))
        parts["BYMONTHDAY"] = str(start.day)
    if interval < 1 or (count is not None and count < 1):
        raise _Unusable
    rule = _Rule(";".join(f"{k}={v}" for k, v in parts.items()), interval, count, until, until_utc)
    try:
        _dateutil(rule, start, 9999)  # an invalid BY… part fails here, once
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise _Unusable from exc
    return rule


def _dateutil(rule: _Rule, start: datetime, stand_in: int) -> rrule:
    """The rule's BY… parts over the one year ``stand_in`` (time of day from DTSTART)."""
    first = start.replace(year=stand_in, month=1, day=1)
    parsed = rrulestr(f"FREQ=YEARLY;{rule.text}", dtstart=first, cache=False)
    if not isinstance(parsed, rrule):  # a set only comes from RDATE/EXDATE lines
        raise ValueError(rule.text)
    return parsed.replace(until=first.replace(month=12, day=31, hour=23, minute=59, second=59))


def _parse(lines: list[str], tzid: str) -> tuple[str | None, list[_Observance]]:
    """X-LIC-LOCATION and the STANDARD/DAYLIGHT observances of one VTIMEZONE."""
    location: str | None = None
    observances: list[_Observance] = []
    current: dict[str, list[str]] | None = None
    try:
        for line in lines[1:-1]:
            name, value = _parts(line)
            name = name.upper()
            if name == "BEGIN":
                current = {} if value.upper() in ("STANDARD", "DAYLIGHT") else None
            elif name == "END":
                if current is not None and value.upper() in ("STANDARD", "DAYLIGHT"):
                    observances.append(_observance(current, tzid))
                current = None
            elif current is not None:
                current.setdefault(name, []).append(value)
            elif name == "X-LIC-LOCATION":
                location = str(vText.from_ical(value))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise _Unusable from exc
    if not observances:
        raise _Unusable
    return location, observances


def _observance(props: dict[str, list[str]], tzid: str) -> _Observance:
    start, _utc = _datetime(props["DTSTART"][0])
    rdates = sorted(_rdate_keys(props.get("RDATE", [])))
    rules = props.get("RRULE", [])
    if len(rules) > 1:
        raise _Unusable
    rule = _rule(rules[0], start, tzid) if rules else None
    return _Observance(
        start, _offset(props["TZOFFSETFROM"][0]), _offset(props["TZOFFSETTO"][0]), rdates, rule
    )


class FileZones:
    """The TZIDs of one file resolved to IANA names; each VTIMEZONE parsed once."""

    def __init__(self, blocks: list[list[str]]) -> None:
        self._blocks: dict[str, list[str]] = {}
        for block in blocks:
            tzid = next((_tzid(line) for line in block if line[:4].upper() == "TZID"), None)
            if tzid is not None:
                self._blocks.setdefault(tzid, block)
        self._parsed: dict[str, tuple[str | None, list[_Observance]] | None] = {}
        self._years = 0

    def resolve(self, tzid: str, wall: datetime, candidates: tuple[str, ...]) -> str | None:
        """An IANA name for ``tzid`` at the local time ``wall``, or None if there is no
        safe one: the name itself (or a Windows or vendor-prefixed form of one); the
        file's VTIMEZONE via X-LIC-LOCATION; or else the first of ``candidates`` whose
        offsets agree with the VTIMEZONE around ``wall`` over half a year."""
        if zone := iana_for_tzid(tzid):
            return zone
        parsed = self._zone(tzid)
        if parsed is None:
            return None
        location, observances = parsed
        if location is not None and (zone := iana_for_tzid(location)):
            return zone
        probes = [wall + timedelta(days=d) for d in (-120, -60, 0, 60, 120, 180)]
        try:
            offsets = [self._offset_at(observances, p, tzid) for p in probes]
        except _Unusable:  # an RDATE that is no date (checked only when it is needed)
            return None
        for zone in dict.fromkeys(candidates):
            known = ZoneInfo(zone)
            if all(
                p.replace(tzinfo=known).utcoffset() == o
                for p, o in zip(probes, offsets, strict=True)
            ):
                return zone
        return None

    def _zone(self, tzid: str) -> tuple[str | None, list[_Observance]] | None:
        if tzid not in self._parsed:
            block = self._blocks.get(tzid)
            try:
                self._parsed[tzid] = None if block is None else _parse(block, tzid)
            except _Unusable:
                self._parsed[tzid] = None
        return self._parsed[tzid]

    def _offset_at(self, observances: list[_Observance], wall: datetime, tzid: str) -> timedelta:
        """TZOFFSETTO of the observance that began last at or before ``wall``."""
        best: tuple[datetime, timedelta] | None = None
        for obs in observances:
            onset = self._last_onset(obs, wall, tzid)
            if onset is not None and (best is None or onset > best[0]):
                best = (onset, obs.offset_to)
        if best is not None:
            return best[1]
        return min(observances, key=lambda o: o.start).offset_from

    def _last_onset(self, obs: _Observance, wall: datetime, tzid: str) -> datetime | None:
        if obs.start > wall:
            return None
        found = [obs.start]
        if (i := bisect.bisect_right(obs.rdates, wall.strftime("%Y%m%dT%H%M%S"))) > 0:
            found.append(_datetime(obs.rdates[i - 1])[0])
        rule = obs.rule
        if rule is not None and rule.count is not None:
            counted = self._counted(obs, rule, wall.year, tzid)
            if (i := bisect.bisect_right(counted, wall)) > 0:
                found.append(counted[i - 1])
        elif rule is not None:
            year = wall.year - (wall.year - obs.start.year) % rule.interval
            for _step in range(_LOOKBACK):
                if year < obs.start.year:
                    break
                hits = [o for o in self._year(obs, rule, year, tzid) if o <= wall]
                if hits:
                    found.append(hits[-1])
                    break
                year -= rule.interval
        return max(found)

    def _counted(self, obs: _Observance, rule: _Rule, year: int, tzid: str) -> list[datetime]:
        """The occurrences of a COUNT rule up to ``year`` (they count from DTSTART)."""
        assert rule.count is not None
        if not rule.counted_to:
            rule.counted_to = obs.start.year - rule.interval
        while len(rule.counted) < rule.count and rule.counted_to + rule.interval <= year:
            rule.counted_to += rule.interval
            rule.counted += self._year(obs, rule, rule.counted_to, tzid)
        del rule.counted[rule.count :]
        return rule.counted

    def _year(self, obs: _Observance, rule: _Rule, year: int, tzid: str) -> list[datetime]:
        """The rule's changes in ``year``, evaluated in its stand-in year."""
        if year in obs.years:
            return obs.years[year]
        self._years += 1
        if self._years > MAX_RULE_YEARS:
            raise ImportFileError(
                _(
                    "The time zone '{tzid}' in the file is too complex to read (its rules "
                    "need more than {limit} years evaluated). Use an IANA name such as "
                    "Asia/Tokyo or Europe/London."
                ).format(tzid=tzid, limit=MAX_RULE_YEARS)
            )
        stand_in = _STAND_INS[(_calendar.weekday(year, 1, 1), _calendar.isleap(year))]
        if stand_in not in rule.by_stand_in:
            rule.by_stand_in[stand_in] = _dateutil(rule, obs.start, stand_in)
        out = []
        for occurrence in rule.by_stand_in[stand_in]:
            local = occurrence.replace(year=year)
            if local < obs.start:
                continue
            if rule.until is not None:
                limit = local - obs.offset_from if rule.until_utc else local
                if limit > rule.until:
                    break
            out.append(local)
        obs.years[year] = out
        return out


def _parts(line: str) -> tuple[str, str]:
    """Name and raw value of a content line, split the way icalendar splits it."""
    name, _params, value = Contentline(line).parts()  # type: ignore[no-untyped-call]
    return str(name), str(value)


def _tzid(line: str) -> str | None:
    try:
        name, value = _parts(line)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return str(vText.from_ical(value)).strip() if name.upper() == "TZID" else None
