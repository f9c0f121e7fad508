"""The events of an imported calendar file, read and checked one by one into plain
item values (title and texts per language, times in the venue's zone, status, UID,
SEQUENCE). Nothing here touches the database; app/ics/importer.py applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar.cal.component import Component
from icalendar.prop import vText

from app.errors import ImportFileError
from app.ics.export import (
    X_ADDRESS,
    X_DESCRIPTION,
    X_HOSTS,
    X_NOTES,
    X_VENUE,
    cancelled_prefixes,
    location_text,
)
from app.ics.zones import FileZones
from app.locale.i18n import _
from app.locale.labels import topic_value
from app.timeutil import home_timezone, local_day_bounds
from models.enums import LANGUAGES, ItemStatus
from models.tables import TITLE_MAX

#: Versions are 32-bit integers on PostgreSQL; a larger SEQUENCE is read as this.
MAX_SEQUENCE = 1_000_000_000
DEFAULT_DURATION = timedelta(hours=1)
_RECURRENCE = ("RRULE", "RDATE", "EXRULE", "EXDATE", "RECURRENCE-ID")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


@dataclass
class ImportedEvent:
    """One VEVENT, read and checked, as item values."""

    uid: str | None
    label: str
    values: dict[str, Any]
    status: str | None  # None: the event does not say
    floating: bool = False
    no_end: bool = False
    sequence: int = 0  # SEQUENCE: the item's version must stay above it
    modified: datetime | None = None  # LAST-MODIFIED, else DTSTAMP (UTC)
    title: str = ""  # SUMMARY as read, for the import summary


def read_events(cal: Calendar, zones: FileZones, region_tz: str) -> list[ImportedEvent]:
    vevents = [c for c in cal.subcomponents if c.name == "VEVENT"]
    if not vevents:
        raise ImportFileError(_("The file contains no events (no VEVENT)."))
    out: list[ImportedEvent] = []
    seen: set[str] = set()
    for number, vevent in enumerate(vevents, start=1):
        event = _read_event(vevent, number, zones, region_tz)
        if event.uid is not None:
            if event.uid in seen:
                raise ImportFileError(
                    _("The event {event} appears twice in the file (same UID).").format(
                        event=event.label
                    )
                )
            seen.add(event.uid)
        out.append(event)
    return out


_UNESCAPE = re.compile(r"\\([\\;,nN])")


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    if name.startswith("X-") and not isinstance(value, vText):
        # an X- property without VALUE=TEXT arrives still escaped
        return _UNESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], str(value)).strip()
    return str(value).strip()


def _language(component: Component, name: str, text: str) -> str:
    value = component.get(name)
    param = getattr(value, "params", {}).get("LANGUAGE", "") if value is not None else ""
    code = str(param).split("-")[0].lower()
    if code in LANGUAGES:
        return code
    return "ja" if _JAPANESE.search(text) else "en"


def _read_event(vevent: Component, number: int, zones: FileZones, region_tz: str) -> ImportedEvent:
    summary = _text(vevent, "SUMMARY")
    uid = _text(vevent, "UID") or None
    label = f"“{summary}”" if summary else (f"“{uid}”" if uid else f"#{number}")
    if any(vevent.get(name) is not None for name in _RECURRENCE):
        raise ImportFileError(
            _(
                "The event {event} repeats (RRULE/RDATE); recurring events are not supported in "
                "a programme. Send each occurrence as an event of its own."
            ).format(event=label)
        )
    if vevent.get("DTSTART") is None:
        raise ImportFileError(
            _("The event {event} has no start time (DTSTART).").format(event=label)
        )
    no_end = False
    start, start_tz, floating = _when(vevent, "DTSTART", label, zones, region_tz)
    all_day = not isinstance(start, datetime)
    if vevent.get("DTEND") is not None:
        end, _tz, end_floating = _when(vevent, "DTEND", label, zones, region_tz)
        floating = floating or end_floating
        if isinstance(end, datetime) == all_day:
            raise ImportFileError(
                _("The event {event} mixes a date and a date-time in DTSTART and DTEND.").format(
                    event=label
                )
            )
    elif vevent.get("DURATION") is not None:
        duration = _dt(vevent, "DURATION", label)
        if not isinstance(duration, timedelta):
            raise ImportFileError(
                _("The event {event} has an invalid DURATION.").format(event=label)
            )
        end = start + duration
    elif all_day:
        end = start + timedelta(days=1)
    else:
        end, no_end = start + DEFAULT_DURATION, True
    if end < start or (all_day and end == start):
        raise ImportFileError(
            _("The event {event} ends (DTEND) before it starts.").format(event=label)
        )
    if all_day:
        starts_at, ends_at = local_day_bounds(start, end - timedelta(days=1), region_tz)
        start_tz = region_tz
    else:
        starts_at, ends_at = start.astimezone(UTC), end.astimezone(UTC)
    values: dict[str, Any] = {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "timezone": start_tz,
        "all_day": all_day,
        f"title_{_language(vevent, 'SUMMARY', summary)}": _title(vevent, summary),
        "topic": ", ".join(topic_value(str(c)) for c in _categories(vevent)),
    }
    # Our own exports carry the fields behind DESCRIPTION and LOCATION as X- properties;
    # they count only while they agree with what a calendar user sees (and may edit).
    description = _text(vevent, "DESCRIPTION")
    text, prop = description, "DESCRIPTION"
    if vevent.get(X_DESCRIPTION) is not None and description.startswith(
        _text(vevent, X_DESCRIPTION)
    ):
        text, prop = _text(vevent, X_DESCRIPTION), X_DESCRIPTION
    text_lang = _language(vevent, prop, text)
    values[f"description_{text_lang}"] = text
    location = _text(vevent, "LOCATION")
    venue, address = _text(vevent, X_VENUE), _text(vevent, X_ADDRESS)
    if location and location == location_text(venue, address):
        values |= {"venue_name": venue, "venue_address": address}
    else:
        values |= _venue(location)
    values["venue_lang"] = _language(vevent, "LOCATION", location)
    for prop, key in ((X_HOSTS, "hosts"), (X_NOTES, "notes")):
        if (extra := _text(vevent, prop)) and extra in description:
            values[f"{key}_{text_lang}"] = extra
    status = _text(vevent, "STATUS").upper()
    mapped = {
        "CANCELLED": ItemStatus.CANCELLED.value,
        "CONFIRMED": ItemStatus.CONFIRMED.value,
        "TENTATIVE": ItemStatus.PLANNED.value,
    }.get(status)
    event = ImportedEvent(uid, label, values, mapped, floating, no_end)
    event.sequence = _sequence(vevent)
    event.modified = _modified(vevent)
    event.title = summary
    return event


def _title(vevent: Component, summary: str) -> str:
    """SUMMARY without the "Cancelled: " (Abgesagt:, 中止：) that our export and Outlook
    put before a cancelled event's title: the status says it, the title stays as typed."""
    if _text(vevent, "STATUS").upper() == "CANCELLED":
        for prefix in cancelled_prefixes():
            if summary.startswith(prefix) and summary[len(prefix) :].strip():
                return summary[len(prefix) :].strip()
    return summary


def read_cancellations(cal: Calendar) -> list[ImportedEvent]:
    """The events of a cancel message (METHOD:CANCEL): only which item, never new values.

    Outlook sends the old title with a prefix ("Abgesagt: …"), often without LOCATION or
    DESCRIPTION and sometimes without times; none of that may reach the item.
    """
    out: list[ImportedEvent] = []
    for number, vevent in enumerate((c for c in cal.subcomponents if c.name == "VEVENT"), start=1):
        summary = _text(vevent, "SUMMARY")
        uid = _text(vevent, "UID") or None
        label = f"“{summary}”" if summary else (f"“{uid}”" if uid else f"#{number}")
        event = ImportedEvent(uid, label, {}, ItemStatus.CANCELLED.value)
        event.sequence = _sequence(vevent)
        event.modified = _modified(vevent)
        event.title = summary or uid or f"#{number}"
        out.append(event)
    if not out:
        raise ImportFileError(_("The file contains no events (no VEVENT)."))
    return out


def _modified(vevent: Component) -> datetime | None:
    """When the sender last changed the event: LAST-MODIFIED, else DTSTAMP, in UTC."""
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        value = getattr(vevent.get(name), "dt", None)
        if isinstance(value, datetime):
            if value.tzinfo is None:  # floating: read as UTC, as RFC 5545 requires UTC here
                value = value.replace(tzinfo=UTC)
            return value.astimezone(UTC)
    return None


def _sequence(vevent: Component) -> int:
    """The event's SEQUENCE, kept within the database's integer with room to grow."""
    try:
        return min(max(int(vevent.get("SEQUENCE", 0)), 0), MAX_SEQUENCE)
    except (TypeError, ValueError):
        return 0


def _categories(vevent: Component) -> list[str]:
    try:
        # Only an Event has .categories; a malformed VEVENT's AttributeError is caught below.
        return [str(c).strip() for c in vevent.categories if str(c).strip()]  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return []


def _venue(location: str) -> dict[str, str]:
    """LOCATION → venue name (first line) and address (the rest)."""
    lines = [line.strip() for line in location.splitlines() if line.strip()]
    if not lines:
        return {"venue_name": "", "venue_address": ""}
    name, rest = lines[0], lines[1:]
    if not rest and len(name) > TITLE_MAX and ", " in name:
        name, tail = name.split(", ", 1)
        rest = [tail]
    return {"venue_name": name, "venue_address": "\n".join(rest)}


def _dt(vevent: Component, name: str, label: str) -> Any:
    try:
        # Only date and time values have .dt; anything else raises AttributeError, caught below.
        return vevent[name].dt  # type: ignore[union-attr]
    except (AttributeError, KeyError, ValueError, TypeError) as exc:
        raise ImportFileError(
            _("The event {event} has an invalid {prop} value.").format(event=label, prop=name)
        ) from exc


def _when(
    vevent: Component, name: str, label: str, zones: FileZones, region_tz: str
) -> tuple[Any, str, bool]:
    """The value as an aware datetime (or a date), the item zone, and whether it floated."""
    value = _dt(vevent, name, label)
    if not isinstance(value, datetime):
        if isinstance(value, date):
            return value, region_tz, False
        raise ImportFileError(
            _("The event {event} has an invalid {prop} value.").format(event=label, prop=name)
        )
    tzid = vevent[name].params.get("TZID")
    wall = value.replace(tzinfo=None)
    if tzid:
        zone = zones.resolve(
            str(tzid),
            wall,
            (region_tz, home_timezone(), "Europe/London", "Asia/Tokyo"),
        )
        if zone is None:
            raise ImportFileError(
                _(
                    "The event {event} uses the unknown time zone '{tzid}'. Use an IANA name "
                    "such as Asia/Tokyo or Europe/London."
                ).format(event=label, tzid=tzid)
            )
        return wall.replace(tzinfo=ZoneInfo(zone)), zone, False
    if value.tzinfo is not None and value.utcoffset() == timedelta(0):
        return value.astimezone(UTC), region_tz, False
    if value.tzinfo is not None:  # pragma: no cover - icalendar sets TZID for other zones
        return value, region_tz, False
    return wall.replace(tzinfo=ZoneInfo(region_tz)), region_tz, True
