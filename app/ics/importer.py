"""Import of a programme sent as .ics (e.g. by the partner side) into a trip.

All or nothing: the file is checked and parsed completely before the first write, the
writes run in one transaction, and any problem raises one ImportFileError with one
message. Events are matched by UID: an item of the trip imported with that UID, or one
of our own exported items ("item-<id>@…" of this trip), is updated through the
versioned update (its version and so the exported SEQUENCE rise); any other UID creates
an item. Recurring events are refused, never expanded.

Order of changes: an event older than what we hold for its item (a lower SEQUENCE than
the item's version - 1, which is what we export and at least the SEQUENCE of the last
import; for an equal SEQUENCE a LAST-MODIFIED, else DTSTAMP, before the item's
updated_at) is not applied, and the summary names it. The calendar's METHOD says what
the file is: PUBLISH (or none) and REQUEST are updates, CANCEL cancels the matching
items and changes nothing else, REPLY (an attendee's answer) changes nothing; any
other METHOD is refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.db.engine import Database
from app.errors import ImportFileError, PlannerError
from app.ics.events import ImportedEvent, read_cancellations, read_events
from app.ics.export import (
    own_uid_id,
)
from app.ics.reading import MAX_EVENTS, MAX_IMPORT_BYTES, parse
from app.ics.zones import FileZones
from app.locale.formatting import format_list
from app.locale.i18n import _, current_language, ngettext
from app.services.base import bump_to, flush_or_explain, get_or_raise, versioned_update
from app.services.programme import ITEM_FIELDS, clean_item
from app.services.venues import VenueFinder
from models.enums import ItemStatus
from models.ids import id_of
from models.tables import ProgrammeItem, Region, Trip

__all__ = ["MAX_EVENTS", "MAX_IMPORT_BYTES", "ImportReport", "import_ics"]

logger = logging.getLogger(__name__)


#: METHOD values read as updates of the programme; no METHOD is read as PUBLISH.
UPDATE_METHODS = ("PUBLISH", "REQUEST")


@dataclass
class ImportReport:
    """What an import did: the counts for the one-line summary, then the details."""

    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    messages: list[str] = field(default_factory=list)  # the details, after the summary
    older: list[str] = field(default_factory=list)  # titles of events not applied
    unknown_cancels: list[str] = field(default_factory=list)  # cancels of no item

    def summary(self) -> str:
        return _(
            "Imported: {created} new, {updated} updated, {cancelled} cancelled, "
            "{unchanged} unchanged."
        ).format(
            created=self.created,
            updated=self.updated,
            cancelled=self.cancelled,
            unchanged=self.unchanged,
        )

    def lines(self) -> list[str]:
        """The summary line first, then the details."""
        return [self.summary(), *self.messages]


def quoted(title: str) -> str:
    """A title in the active language's quotation marks: „…“, “…”, 「…」."""
    return _("“{title}”").format(title=title)


def _titles(titles: list[str]) -> str:
    return format_list([quoted(t) for t in titles], current_language())


def _method(cal: Any) -> str:
    method = str(cal.get("METHOD", "") or "").strip().upper() or "PUBLISH"
    if method not in (*UPDATE_METHODS, "CANCEL", "REPLY"):
        raise ImportFileError(
            _(
                "The file is a calendar message of the kind METHOD:{method}, which cannot be "
                "imported. Import a published calendar (PUBLISH), an invitation (REQUEST) or "
                "a cancellation (CANCEL)."
            ).format(method=method[:40])
        )
    return method


def import_ics(db: Database, trip_id: int, data: bytes) -> ImportReport:
    """Create, update and cancel the trip's items from the events in ``data``."""
    cal, zone_blocks = parse(data)
    method = _method(cal)
    report = ImportReport()
    if method == "REPLY":
        logger.info("Calendar reply not imported into trip #%s (METHOD:REPLY)", trip_id)
        report.messages.append(
            _(
                "The file is a reply to an invitation (METHOD:REPLY): an attendee's answer. "
                "A reply changes nothing in the programme."
            )
        )
        return report
    zones = FileZones(zone_blocks)
    with db.session() as session:
        trip = get_or_raise(session, Trip, trip_id)
        region = get_or_raise(session, Region, trip.region_id)
        if method == "CANCEL":
            events = read_cancellations(cal)
        else:
            events = read_events(cal, zones, region.timezone)
        report.unchanged = _apply(session, trip, events, report, cancel_only=method == "CANCEL")
    floating = sum(e.floating for e in events)
    logger.info(
        "Calendar imported into trip #%s (METHOD:%s): %d events, %d new, %d updated, "
        "%d cancelled, %d unchanged, %d older, %d without time zone",
        trip_id,
        method,
        len(events),
        report.created,
        report.updated,
        report.cancelled,
        report.unchanged,
        len(report.older),
        floating,
    )
    if report.older:
        report.messages.append(
            ngettext(
                "{n} event is older than the programme and was not applied: {events}",
                "{n} events are older than the programme and were not applied: {events}",
                len(report.older),
            ).format(n=len(report.older), events=_titles(report.older))
        )
    if report.unknown_cancels:
        report.messages.append(
            ngettext(
                "{n} cancelled event is not in the programme; nothing was changed for it: {events}",
                "{n} cancelled events are not in the programme; nothing was changed for them: "
                "{events}",
                len(report.unknown_cancels),
            ).format(n=len(report.unknown_cancels), events=_titles(report.unknown_cancels))
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
    no_uid = sum(e.uid is None for e in events) if method != "CANCEL" else 0
    if no_uid:
        report.messages.append(
            ngettext(
                "{n} event had no UID; importing the file again will add it again.",
                "{n} events had no UID; importing the file again will add them again.",
                no_uid,
            ).format(n=no_uid)
        )
    return report


def _apply(
    session: Session,
    trip: Trip,
    events: list[ImportedEvent],
    report: ImportReport,
    *,
    cancel_only: bool = False,
) -> int:
    """Writes the events; returns how many left their item as it was.

    ``cancel_only``: a cancel message, which never creates an item.
    """
    unchanged = 0
    existing = list(
        session.scalars(select(ProgrammeItem).where(col(ProgrammeItem.trip_id) == trip.id))
    )
    by_uid = {i.external_uid: i for i in existing if i.external_uid}
    by_id = {i.id: i for i in existing}
    venues = VenueFinder(session)
    for event in events:
        item = None
        if event.uid is not None:
            item = by_uid.get(event.uid)
            own = own_uid_id(event.uid)
            if item is None and own is not None and own in by_id:
                item = by_id[own]
        try:
            if item is None and cancel_only:
                report.unknown_cancels.append(event.title)
            elif item is None:
                _create(session, trip, _venue_values(venues, event.values), event, report)
            elif not _update(
                session, trip, item, _venue_values(venues, event.values), event, report
            ):
                unchanged += 1
        except PlannerError as exc:  # validation, a UID used twice, a concurrent edit
            raise ImportFileError(
                _("The event {event} cannot be imported: {reason}").format(
                    event=event.label, reason=exc.message
                )
            ) from exc
    return unchanged


def _venue_values(venues: VenueFinder, values: dict[str, Any]) -> dict[str, Any]:
    """The event's LOCATION as an entry of the venue directory (found or added)."""
    values = dict(values)
    name, address = values.pop("venue_name", None), values.pop("venue_address", None)
    lang = str(values.pop("venue_lang", "en"))
    if name is not None or address is not None:
        values["venue_id"] = venues.find_or_add(
            name or "", address or "", str(values.get("timezone", "UTC")), lang
        )
    return values


def _create(
    session: Session, trip: Trip, values: dict[str, Any], event: ImportedEvent, report: ImportReport
) -> None:
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
    session: Session,
    trip: Trip,
    item: ProgrammeItem,
    values: dict[str, Any],
    event: ImportedEvent,
    report: ImportReport,
) -> bool:
    current = {f: getattr(item, f) for f in ITEM_FIELDS}
    merged = current | values
    if event.status is not None:
        merged["status"] = event.status
    elif item.status == ItemStatus.CANCELLED.value:
        merged["status"] = ItemStatus.PLANNED.value  # listed again without STATUS: back on
    clean = clean_item(merged, trip)
    changes = {k: v for k, v in clean.items() if current.get(k) != v}
    if not changes:
        return False
    if _older(item, event):
        report.older.append(event.title or event.label)
        return True  # not applied, and reported as such (not as unchanged)
    updated = versioned_update(session, ProgrammeItem, id_of(item), item.version, changes)
    if updated.version <= event.sequence:  # the sender's SEQUENCE is ahead of ours
        bump_to(session, ProgrammeItem, id_of(item), event.sequence + 1)
    if changes.get("status") == ItemStatus.CANCELLED.value:
        report.cancelled += 1
    else:
        report.updated += 1
    return True


def _older(item: ProgrammeItem, event: ImportedEvent) -> bool:
    """Whether the event is older than what we hold for its item.

    We hold SEQUENCE version - 1: what we export, and at least the SEQUENCE of the last
    import (an import raises the version above it). For an equal SEQUENCE, the sender's
    LAST-MODIFIED (else DTSTAMP) decides against the item's last change, to the second
    (our exports write whole seconds).
    """
    held = max(int(item.version or 1) - 1, 0)
    if event.sequence != held:
        return event.sequence < held
    if event.modified is None:
        return False
    changed = item.updated_at
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=UTC)
    return event.modified < changed.astimezone(UTC).replace(microsecond=0)
