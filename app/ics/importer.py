"""Import of a programme sent as .ics (e.g. by the partner side) into a trip.

All or nothing: the file is checked and parsed completely before the first write, the
writes run in one transaction, and any problem raises one ImportFileError with one
message. Events are matched by UID: an item of the trip imported with that UID, or one
of our own exported items ("item-<id>@…" of this trip), is updated through the
versioned update (its version and so the exported SEQUENCE rise); any other UID creates
an item. Recurring events are refused, never expanded.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar.cal.component import Component
from icalendar.prop import vText
from sqlalchemy import select
from sqlmodel import Session, col

from app.db.engine import Database
from app.errors import ImportFileError, PlannerError
from app.ics.export import (
    X_ADDRESS,
    X_DESCRIPTION,
    X_HOSTS,
    X_NOTES,
    X_VENUE,
    location_text,
    own_uid_id,
)
from app.ics.reading import MAX_EVENTS, MAX_IMPORT_BYTES, parse
from app.ics.zones import FileZones
from app.locale.i18n import _, ngettext
from app.services.base import bump_to, flush_or_explain, get_or_raise, versioned_update
from app.services.programme import ITEM_FIELDS, clean_item
from app.timeutil import home_timezone, local_day_bounds
from models.enums import LANGUAGES, ItemStatus
from models.ids import id_of
from models.tables import TITLE_MAX, ProgrammeItem, Region, Trip

__all__ = ["MAX_EVENTS", "MAX_IMPORT_BYTES", "ImportReport", "import_ics"]

#: Versions are 32-bit integers on PostgreSQL; a larger SEQUENCE is read as this.
MAX_SEQUENCE = 1_000_000_000
DEFAULT_DURATION = timedelta(hours=1)
_RECURRENCE = ("RRULE", "RDATE", "EXRULE", "EXDATE", "RECURRENCE-ID")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass
class _Event:
    """One VEVENT, read and checked, as item values."""

    uid: str | None
    label: str
    values: dict[str, Any]
    status: str | None  # None: the event does not say
    floating: bool = False
    no_end: bool = False
    sequence: int = 0  # SEQUENCE: the item's version must stay above it


def import_ics(db: Database, trip_id: int, data: bytes) -> ImportReport:
    """Create, update and cancel the trip's items from the events in ``data``."""
    cal, zone_blocks = parse(data)
    zones = FileZones(zone_blocks)
    with db.session() as session:
        trip = get_or_raise(session, Trip, trip_id)
        region = get_or_raise(session, Region, trip.region_id)
        events = _read_events(cal, zones, region.timezone)
        report = ImportReport()
        unchanged = _apply(session, trip, events, report)
    floating = sum(e.floating for e in events)
    logger.info(
        "Calendar imported into trip #%s: %d events, %d new, %d updated, %d cancelled, "
        "%d unchanged, %d without time zone",
        trip_id,
        len(events),
        report.created,
        report.updated,
        report.cancelled,
        unchanged,
        floating,
    )
    if floating:
        report.messages.append(
            ngettext(
                "{n} event had no time zone; it was read as {zone} time.",
                "{n} events had no time zone; they were read as {zone} times.",
                floating,
            ).format(n=floating, zone=region.timezone)
        )
    no_end = sum(e.no_end for e in events)
    if no_end:
        report.messages.append(
            ngettext(
                "{n} event had no end time; it was given one hour.",
                "{n} events had no end time; they were given one hour.",
                no_end,
            ).format(n=no_end)
        )
    no_uid = sum(e.uid is None for e in events)
    if no_uid:
        report.messages.append(
            ngettext(
                "{n} event had no UID; importing the file again will add it again.",
                "{n} events had no UID; importing the file again will add them again.",
                no_uid,
            ).format(n=no_uid)
        )
    if unchanged:
        report.messages.append(
            ngettext("{n} event was unchanged.", "{n} events were unchanged.", unchanged).format(
                n=unchanged
            )
        )
    return report


# --- reading the events ------------------------------------------------------------


def _read_events(cal: Calendar, zones: FileZones, region_tz: str) -> list[_Event]:
    vevents = [c for c in cal.subcomponents if c.name == "VEVENT"]
    if not vevents:
        raise ImportFileError(_("The file contains no events (no VEVENT)."))
    out: list[_Event] = []
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


def _read_event(vevent: Component, number: int, zones: FileZones, region_tz: str) -> _Event:
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
        f"title_{_language(vevent, 'SUMMARY', summary)}": summary,
        "topic": ", ".join(str(c) for c in _categories(vevent)),
    }
    # Our own exports carry the fields behind DESCRIPTION and LOCATION as X- properties;
    # they count only while they agree with what a calendar user sees (and may edit).
    description = _text(vevent, "DESCRIPTION")
    text, prop = description, "DESCRIPTION"
    if vevent.get(X_DESCRIPTION) is not None and description.startswith(
        _text(vevent, X_DESCRIPTION)
    ):
        text, prop = _text(vevent, X_DESCRIPTION), X_DESCRIPTION
    values[f"description_{_language(vevent, prop, text)}"] = text
    location = _text(vevent, "LOCATION")
    venue, address = _text(vevent, X_VENUE), _text(vevent, X_ADDRESS)
    if location and location == location_text(venue, address):
        values |= {"venue_name": venue, "venue_address": address}
    else:
        values |= _venue(location)
    for prop, key in ((X_HOSTS, "hosts"), (X_NOTES, "notes")):
        if (extra := _text(vevent, prop)) and extra in description:
            values[key] = extra
    status = _text(vevent, "STATUS").upper()
    mapped = {
        "CANCELLED": ItemStatus.CANCELLED.value,
        "CONFIRMED": ItemStatus.CONFIRMED.value,
        "TENTATIVE": ItemStatus.PLANNED.value,
    }.get(status)
    event = _Event(uid, label, values, mapped, floating, no_end)
    event.sequence = _sequence(vevent)
    return event


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


# --- writing ------------------------------------------------------------------------


def _apply(session: Session, trip: Trip, events: list[_Event], report: ImportReport) -> int:
    """Writes the events; returns how many left their item as it was."""
    unchanged = 0
    existing = list(
        session.scalars(select(ProgrammeItem).where(col(ProgrammeItem.trip_id) == trip.id))
    )
    by_uid = {i.external_uid: i for i in existing if i.external_uid}
    by_id = {i.id: i for i in existing}
    for event in events:
        item = None
        if event.uid is not None:
            item = by_uid.get(event.uid)
            own = own_uid_id(event.uid)
            if item is None and own is not None and own in by_id:
                item = by_id[own]
        try:
            if item is None:
                _create(session, trip, event, report)
            elif not _update(session, trip, item, event, report):
                unchanged += 1
        except PlannerError as exc:  # validation, a UID used twice, a concurrent edit
            raise ImportFileError(
                _("The event {event} cannot be imported: {reason}").format(
                    event=event.label, reason=exc.message
                )
            ) from exc
    return unchanged


def _create(session: Session, trip: Trip, event: _Event, report: ImportReport) -> None:
    values = dict(event.values)
    values["status"] = event.status or ItemStatus.PLANNED.value
    # Also our own UID of another trip's item: it stays the UID of the copy, so that
    # exports of the copy replace the same calendar entries.
    values["external_uid"] = event.uid
    # A re-imported event (ours, deleted meanwhile) keeps its SEQUENCE: exported
    # again as version - 1 it must not fall below what calendars hold for the UID.
    version = event.sequence + 1
    item = ProgrammeItem(trip_id=id_of(trip), version=version, **clean_item(values, trip))
    session.add(item)
    flush_or_explain(session)
    report.created += 1
    if item.status == ItemStatus.CANCELLED.value:
        report.cancelled += 1


def _update(
    session: Session, trip: Trip, item: ProgrammeItem, event: _Event, report: ImportReport
) -> bool:
    current = {f: getattr(item, f) for f in ITEM_FIELDS}
    merged = current | event.values
    if event.status is not None:
        merged["status"] = event.status
    elif item.status == ItemStatus.CANCELLED.value:
        merged["status"] = ItemStatus.PLANNED.value  # listed again without STATUS: back on
    clean = clean_item(merged, trip)
    changes = {k: v for k, v in clean.items() if current.get(k) != v}
    if not changes:
        return False
    updated = versioned_update(session, ProgrammeItem, id_of(item), item.version, changes)
    if updated.version <= event.sequence:  # the sender's SEQUENCE is ahead of ours
        bump_to(session, ProgrammeItem, id_of(item), event.sequence + 1)
    if changes.get("status") == ItemStatus.CANCELLED.value:
        report.cancelled += 1
    else:
        report.updated += 1
    return True
