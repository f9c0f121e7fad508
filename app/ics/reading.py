"""Reading an .ics file for import with bounded work: at most the size limit is read
from any path (a FIFO or a device as well as a file), components are counted on the
unfolded lines (folding ``BEGIN:VEVENT`` across lines must not slip past the limit),
and VTIMEZONE components never reach icalendar, whose parser turns every private zone
into a tzinfo by expanding all its RRULE/RDATE transitions — unbounded in time and
memory. They are returned as lines for :mod:`app.ics.zones` instead.
"""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

from icalendar import Calendar
from icalendar.cal.component import Component

from app.errors import ImportFileError
from app.locale.i18n import _

__all__ = ["MAX_EVENTS", "MAX_IMPORT_BYTES", "MAX_NESTING", "parse", "read_limited"]

MAX_IMPORT_BYTES = 5 * 2**20
MAX_EVENTS = 2_000
#: VCALENDAR > VEVENT > VALARM is depth 3; anything much deeper is not a calendar.
MAX_NESTING = 8
_CHUNK = 2**16
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: icalendar's own unfolding (icalendar.parser.content_line.UFOLD) and line split, so
#: that what is counted here is what icalendar would parse.
_UNFOLD = re.compile(r"(?:(?<!\n)\r\n|(?<![\r\n])\n)(?:\r?\n)*[ \t]")
_NEWLINE = re.compile(r"\r?\n")
#: BEGIN/END with or without parameters ("BEGIN;X=1:VEVENT" is a VEVENT to icalendar).
_MARK = re.compile(r"(BEGIN|END)[;:]", re.IGNORECASE)


def read_limited(path: Path) -> bytes:
    """At most MAX_IMPORT_BYTES of ``path``; larger input (also endless input from a
    FIFO or /dev/zero, whose size the file system does not know) is refused after
    reading one byte more than the limit."""
    try:
        # Non-blocking open: a FIFO without a writer would otherwise block open() forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            chunks: list[bytes] = []
            left = MAX_IMPORT_BYTES + 1
            while left > 0:
                chunk = os.read(fd, min(_CHUNK, left))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read '{path}': {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    data = b"".join(chunks)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            _("The file is too large for a programme (more than {limit} MB).").format(
                limit=MAX_IMPORT_BYTES // 2**20
            )
        )
    return data


def _value(line: str) -> str:
    """The component name of a BEGIN/END line (after its last colon)."""
    return line.rsplit(":", 1)[-1].strip().upper()


def parse(data: bytes) -> tuple[Calendar, list[list[str]]]:
    """The calendar without its VTIMEZONEs, and each VTIMEZONE's unfolded lines."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            _("The file is too large for a programme ({size} MB; at most {limit} MB).").format(
                size=round(len(data) / 2**20, 1), limit=MAX_IMPORT_BYTES // 2**20
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _(
                "The file is not UTF-8 encoded text (invalid byte at position {pos}); "
                "iCalendar files must be UTF-8."
            ).format(pos=exc.start)
        ) from exc
    not_ical = _("The file is not an iCalendar file (it must begin with BEGIN:VCALENDAR).")
    if _CONTROL.search(text):
        raise ImportFileError(not_ical)
    lines = [line for line in _NEWLINE.split(_UNFOLD.sub("", text)) if line]
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(not_ical)
    kept, zones = _split_zones(lines)
    try:
        with warnings.catch_warnings():
            # icalendar warns when it guesses a zone; the TZIDs are resolved here instead
            warnings.simplefilter("ignore")
            cal = Calendar.from_ical("\r\n".join(kept) + "\r\n")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__
        raise ImportFileError(
            _("The file cannot be read as iCalendar: {reason}").format(reason=reason)
        ) from exc
    if not isinstance(cal, Component) or cal.name != "VCALENDAR":
        raise ImportFileError(not_ical)
    return cal, zones


def _split_zones(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """Checks nesting and the number of events; takes the VTIMEZONEs out."""
    depth = events = 0
    kept: list[str] = []
    zones: list[list[str]] = []
    zone: list[str] | None = None
    zone_depth = 0
    for line in lines:
        mark = _MARK.match(line)
        begin = mark is not None and mark[1].upper() == "BEGIN"
        if begin:
            depth += 1
            if depth > MAX_NESTING:
                raise ImportFileError(
                    _(
                        "The file is not a usable iCalendar file: its components are nested "
                        "more than {limit} levels deep."
                    ).format(limit=MAX_NESTING)
                )
            name = _value(line)
            events += name == "VEVENT"
            if zone is None and name == "VTIMEZONE":
                zone, zone_depth = [], depth
        if zone is not None:
            zone.append(line)
        else:
            kept.append(line)
        if mark is not None and not begin:
            if zone is not None and depth == zone_depth:
                zones.append(zone)
                zone = None
            depth -= 1
    if events > MAX_EVENTS:
        raise ImportFileError(
            _("The file contains {n} events; a programme can import at most {limit}.").format(
                n=events, limit=MAX_EVENTS
            )
        )
    return kept, zones
