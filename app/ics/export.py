"""iCalendar (RFC 5545) export of a trip's programme, per trip or per person.

One VEVENT per programme item, cancelled ones included (STATUS:CANCELLED, so that
calendar clients remove an entry imported earlier). UIDs derive from the database
identity and never change; SEQUENCE is the item's version minus one, and the services
raise the version on every change of the item, its attendance or its interpreters,
so an updated file replaces the entries already imported instead of duplicating them.
Times carry the venue's IANA zone with a VTIMEZONE written as yearly RRULEs
(app.ics.vtimezone). Labels are in the export language, independent of the process
language. Sensitive person data appears only with ``include_sensitive=True``: in a
trip's file for every attendee and interpreter of an item, in one person's file only
that person's own (their itinerary need not carry colleagues' health notes).

Editions (models.enums.Edition): the partner file (the default) carries the shared
texts (dress code, meeting point, notes) as labelled DESCRIPTION lines and never an
internal note or sensitive data, in no property at all (X- ones included); the
internal file adds the internal notes as a labelled line and marks the calendar's
name and every event's description as internal. A text missing in the export
language is the fallback language's with a mark naming it (app.locale.fallback); the
X- properties that an import reads back carry only texts in the export language.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from icalendar import Calendar, Event, Parameters
from icalendar.parser_tools import DEFAULT_ENCODING
from icalendar.prop import vText

from app.db.engine import Database
from app.errors import ExportError
from app.ics.description import INTERNAL, event_description, sensitive_lines
from app.ics.export_texts import ExportTexts
from app.ics.uids import UID_DOMAIN, item_uid
from app.ics.vtimezone import vtimezone
from app.locale.i18n import (
    N_,
    _,
    check_language,
    current_language,
    translate_in,
)
from app.locale.labels import topic_label
from app.locale.names import format_name
from app.readers.programme_records import load_programme_records
from app.readers.programme_view import ItemView, TripProgramme
from models.enums import LANGUAGES, Edition, ItemStatus
from models.text import localized

__all__ = [
    "CANCELLED_PREFIX",
    "ORGANIZER",
    "PRODID",
    "UID_DOMAIN",
    "X_DESCRIPTION",
    "X_HOSTS",
    "X_NOTES",
    "X_VENUE",
    "X_ADDRESS",
    "build_calendar",
    "calendar_zone",
    "cancelled_prefixes",
    "export_ics",
    "item_uid",
    "location_text",
    "own_uid_id",
]

PRODID = "-//Regionalverband Ruhr//Delegation Planner//EN"
PUBLISHED_TTL = timedelta(hours=1)

#: Who publishes the calendar. RFC 5546 (iTIP) §3.2.1 requires an ORGANIZER in every
#: VEVENT of a METHOD:PUBLISH object; without it Outlook treats an event as a meeting
#: of the recipient's own and Google shows no sender. The office's public address, in
#: this one constant; CN is the name a calendar shows.
ORGANIZER = "mailto:info@rvr.ruhr"
ORGANIZER_NAME = "Regionalverband Ruhr"

#: The item's own text, without the labelled lines DESCRIPTION adds, so that an import
#: of an exported file does not fold those lines into the description. Calendar
#: clients ignore X- properties.
X_DESCRIPTION = "X-DELEGATION-PLANNER-DESCRIPTION"
X_HOSTS = "X-DELEGATION-PLANNER-HOSTS"
X_NOTES = "X-DELEGATION-PLANNER-NOTES"
X_VENUE = "X-DELEGATION-PLANNER-VENUE"
X_ADDRESS = "X-DELEGATION-PLANNER-ADDRESS"

_STATUS = {
    ItemStatus.CANCELLED.value: "CANCELLED",
    ItemStatus.CONFIRMED.value: "CONFIRMED",
    ItemStatus.PLANNED.value: "TENTATIVE",
}

# Translators: put before the title (SUMMARY) of a cancelled item in an exported calendar,
# as Outlook does ("Abgesagt: "), so that a calendar shows it as cancelled; keep the
# trailing space where the language separates words. An import removes it again.
CANCELLED_PREFIX = N_("Cancelled: ")


class ExactText(vText):
    """TEXT escaped exactly as RFC 5545 says, so any text comes back as it was typed.

    icalendar's own escaping first turns a literal backslash-N in the text into a line
    break (so "C:\\Nagoya" would come back with a newline); here only backslash,
    semicolon, comma and line breaks are escaped, backslash first.
    """

    __slots__ = ()
    encoding: str  # a slot of vText's, set in its __new__ (icalendar's types miss it)

    def __new__(
        cls, value: str, encoding: str = DEFAULT_ENCODING, /, params: dict[str, Any] | None = None
    ) -> ExactText:
        if params is not None or type(value) is not str:
            return super().__new__(cls, value, encoding, params=params)
        # Plain text without parameters, as the export makes hundreds of: the same
        # object vText makes, without its conversions and parameter handling.
        self = str.__new__(cls, value)
        self.encoding = encoding
        self.params = Parameters.__new__(Parameters)  # empty, as Parameters() is
        return self

    def to_ical(self) -> bytes:
        text = (
            str(self)
            .replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\r\n", "\n")
            .replace("\r", "\n")
            .replace("\n", "\\n")
        )
        return text.encode(self.encoding)


def own_uid_id(uid: str) -> int | None:
    """The item id in a UID this program generated ("item-12@…"), else None."""
    prefix, _sep, domain = uid.strip().partition("@")
    if domain.lower() != UID_DOMAIN or not prefix.startswith("item-"):
        return None
    digits = prefix[len("item-") :]
    return int(digits) if digits.isascii() and digits.isdigit() else None


def cancelled_prefixes() -> tuple[str, ...]:
    """The SUMMARY prefixes of a cancelled item in every export language (and Outlook's
    German and English ones, which are the same words), longest first."""
    words = {translate_in(code, CANCELLED_PREFIX) for code in LANGUAGES}
    return tuple(sorted((w for w in words if w.strip()), key=len, reverse=True))


def export_ics(
    db: Database,
    trip_id: int,
    *,
    person_id: int | None = None,
    lang: str = "en",
    include_sensitive: bool = False,
    edition: Edition = Edition.PARTNER,
) -> bytes:
    """The trip's programme (or one person's part of it) as an .ics file's bytes;
    ``include_sensitive`` only with the internal edition (ExportError otherwise)."""
    edition = Edition(edition)
    if include_sensitive and edition is Edition.PARTNER:
        raise ExportError(
            _(
                "Sensitive personal data is printed only in the internal edition "
                "(--edition internal)."
            )
        )
    programme = load_programme_records(db, trip_id, person_id=person_id)
    if not programme.person_in_trip:
        assert programme.person is not None  # person_in_trip is true without a person
        raise ExportError(
            _(
                "{person} is not in the trip {trip} (not a delegation member, attendee or "
                "interpreter); no calendar was written."
            ).format(
                person=format_name(programme.person, current_language()),
                trip=programme.trip.slug,
            )
        )
    calendar = build_calendar(programme, lang, include_sensitive=include_sensitive, edition=edition)
    # icalendar's to_ical() is not annotated; it returns the file's bytes.
    return cast(bytes, calendar.to_ical())


def calendar_zone(programme: TripProgramme) -> str:
    """The zone most of the programme's items are in (X-WR-TIMEZONE): a trip held in
    Germany has the German zone even when the partner region is Hokkaido. Ties go to the
    partner region's zone if it is among them, else to the zone met first; a programme
    without items has the partner region's zone."""
    region_tz = str(programme.region.timezone)
    counts = Counter(str(view.item.timezone) for view in programme.items)
    if not counts:
        return region_tz
    top = max(counts.values())
    if counts.get(region_tz) == top:
        return region_tz
    return next(tz for tz, n in counts.items() if n == top)  # insertion: time order


def build_calendar(
    programme: TripProgramme,
    lang: str,
    include_sensitive: bool = False,
    now: datetime | None = None,
    edition: Edition = Edition.PARTNER,
) -> Calendar:
    """The VCALENDAR of ``programme`` in ``lang``; ``now`` fixes DTSTAMP (tests).
    The partner edition (default) never carries internal notes or sensitive data."""
    lang = check_language(lang)
    internal = Edition(edition) is Edition.INTERNAL
    include_sensitive = include_sensitive and internal
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar_tz = calendar_zone(programme)

    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    name = localized(programme.trip, "title", lang) or programme.trip.slug
    if programme.person is not None:
        name = f"{name} – {format_name(programme.person, lang)}"
    if internal:
        name = f"{name} ({translate_in(lang, INTERNAL)})"
    cal.add("NAME", ExactText(name))
    cal.add("X-WR-CALNAME", ExactText(name))
    cal.add("X-WR-TIMEZONE", calendar_tz)
    cal.add("REFRESH-INTERVAL", PUBLISHED_TTL, parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", "PT1H")

    # The calendar's zone is always described too (X-WR-TIMEZONE names it), which also
    # keeps a file without items valid: RFC 5545 wants at least one component.
    zones = {v.item.timezone for v in programme.items if not v.item.all_day} | {calendar_tz}
    first, last = _covered_dates(programme)
    for tzid in sorted(zones):
        cal.add_component(vtimezone(tzid, first, last))
    texts = ExportTexts(lang, internal)
    own = programme.person
    for view in programme.items:
        sensitive: list[str] = []
        if include_sensitive:
            people = view.attendees + tuple(p for p, _a in view.interpreters)
            if own is not None:
                people = tuple(p for p in people if p.id == own.id)
            sensitive = sensitive_lines(people, texts)
        cal.add_component(_event(view, texts, stamp, sensitive, confidential=include_sensitive))
    return cal


def _covered_dates(programme: TripProgramme) -> tuple[date, date]:
    days = [programme.trip.start_date, programme.trip.end_date]
    if programme.items:
        # The UTC day of an instant never decreases as the instant grows.
        first = min(v.item.starts_at for v in programme.items)
        last = max(v.item.ends_at for v in programme.items)
        days.append(first.astimezone(UTC).date() - timedelta(days=1))
        days.append(last.astimezone(UTC).date() + timedelta(days=1))
    return min(days), max(days)


def _event(
    view: ItemView, texts: ExportTexts, stamp: datetime, sensitive: list[str], *, confidential: bool
) -> Event:
    item = view.item
    lang = texts.lang
    event = Event()
    add = event.add
    add("UID", item_uid(item))
    add("DTSTAMP", stamp)
    zone = texts.zone(item.timezone)
    start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
    if item.all_day:
        first, after = _all_day_dates(start, end)
        add("DTSTART", first)  # a date: written as VALUE=DATE
        add("DTEND", after)
        add("TRANSP", "TRANSPARENT")
    else:
        add("DTSTART", start)
        add("DTEND", end)
        add("TRANSP", "OPAQUE")
    add("ORGANIZER", ORGANIZER, parameters={"CN": ORGANIZER_NAME})
    title, title_lang = texts.localized(item, "title")
    if item.status == ItemStatus.CANCELLED.value:
        # STATUS:CANCELLED alone: Outlook shows a normal appointment, Google hides it.
        title = f"{texts.label(CANCELLED_PREFIX)}{title}"
    add("SUMMARY", ExactText(title), parameters={"LANGUAGE": title_lang or lang})
    venue_name, venue_address, venue_own = "", "", True
    if view.venue is not None:
        venue_name, name_own = texts.marked(view.venue, "name")
        venue_address, address_own = texts.marked(view.venue, "address")
        venue_own = name_own and address_own
    location = location_text(venue_name, venue_address)
    if location:
        add("LOCATION", ExactText(location))
        if venue_own:  # an import reads these back as the export language's texts
            add(X_VENUE, ExactText(venue_name), parameters={"VALUE": "TEXT"})
            if venue_address:
                add(X_ADDRESS, ExactText(venue_address), parameters={"VALUE": "TEXT"})
    text, text_lang = texts.localized(item, "description")
    text = text.strip()
    hosts, hosts_own = texts.marked(item, "hosts")
    notes, notes_own = texts.marked(item, "notes")
    description = event_description(view, text, hosts, notes, texts, sensitive)
    if description == text and text:
        add("DESCRIPTION", ExactText(text), parameters={"LANGUAGE": text_lang or lang})
    elif description:
        add("DESCRIPTION", ExactText(description), parameters={"LANGUAGE": lang})
        add(
            X_DESCRIPTION,
            ExactText(text),
            parameters={"VALUE": "TEXT", "LANGUAGE": text_lang or lang},
        )
    # X- properties are typed as TEXT, so that parsers unescape commas and line breaks.
    # Shared texts only, and only in the export language: never an internal note.
    if hosts and hosts_own:
        add(X_HOSTS, ExactText(hosts), parameters={"VALUE": "TEXT"})
    if notes and notes_own:
        add(X_NOTES, ExactText(notes), parameters={"VALUE": "TEXT"})
    if topics := [t.strip() for t in str(item.topic or "").split(",") if t.strip()]:
        # The topics as words of the calendar's language, in one property; the importer
        # maps them back. Each word is escaped once by icalendar's vCategory, so a
        # parser reads separate categories (a comma in one word stays in that word).
        add("CATEGORIES", [topic_label(t, texts.lang) for t in topics])
    if confidential:  # sensitive person data included: clients hide the details
        add("CLASS", "CONFIDENTIAL")
    add("STATUS", _STATUS.get(item.status, "TENTATIVE"))
    add("SEQUENCE", max(int(item.version or 1) - 1, 0))
    add("CREATED", item.created_at.astimezone(UTC).replace(microsecond=0))
    add("LAST-MODIFIED", item.updated_at.astimezone(UTC).replace(microsecond=0))
    return event


def _all_day_dates(start: datetime, end: datetime) -> tuple[date, date]:
    """First local day and the exclusive end day of local ``start`` and ``end``."""
    last_exclusive = end.date() if end.time() == time(0) else end.date() + timedelta(days=1)
    return start.date(), max(last_exclusive, start.date() + timedelta(days=1))


def location_text(venue_name: str, venue_address: str) -> str:
    """LOCATION: venue name and address on one line, as calendar clients show it."""
    address = ", ".join(line.strip() for line in venue_address.splitlines() if line.strip())
    return ", ".join(part for part in (venue_name.strip(), address) if part)
