"""The programme part of the itinerary PDF: one table per day, one row per item (or,
in two languages, the languages side by side with the facts entered once below).

:class:`ProgrammeDays` is the base of the itinerary document in app/pdf/itinerary.py,
which sets the attributes declared here and draws the cover, the delegation and the
contacts around these days.

Each item's texts are in the column's language; a text missing there is the fallback
language's with a mark naming it (app.locale.fallback). Shared texts (dress code,
meeting point, notes) are printed with their labels in both editions; internal notes
only in the internal edition, under a label that says so. Attendees are listed per
side ("Hokkaido side", "RVR side"), each in protocol precedence.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.locale.fallback import localized_marked
from app.locale.formatting import format_date_long, format_list
from app.locale.i18n import N_, translate_in
from app.locale.labels import label
from app.pdf.common import item_days, item_times, language_pair
from app.pdf.styles import ACCENT, BODY_WIDTH, CANCELLED_SHADE, RULE, Bookmark, Typesetter
from app.readers.programme_view import ItemView, TripProgramme
from models.enums import ItemStatus
from models.tables import Person

#: Our own side's name in "… side" headings, the same in every language.
OWN_SIDE = "RVR"

DAY_N = N_("Day {n}")
VENUE = N_("Venue")
HOSTS = N_("Hosts")
ATTENDING = N_("Attending")
SIDE_ATTENDING = N_("Attending ({side} side)")
DRESS_CODE = N_("Dress code")
MEETING_POINT = N_("Meeting point")
INTERNAL_NOTES = N_("Internal notes (not for the partner)")
INTERPRETER = N_("Interpreter")
NOT_ASSIGNED = N_("not yet assigned")
WHOLE_DELEGATION = N_("the whole delegation")
NOTES = N_("Notes")

TIME_COL = 36 * mm


class ProgrammeDays:
    ts: Typesetter
    prog: TripProgramme
    home_tz: str | None
    member_ids: set[int | None]
    #: The internal edition: internal notes are printed too.
    internal: bool
    #: 1 when an item taller than a page may be split inside its row (the retry).
    split_in_row: int

    def name(
        self, person: Person, lang: str, *, honorific: bool = False, latin: bool = False
    ) -> str:
        raise NotImplementedError

    def side_name(self, lang: str) -> str:
        """The partner region's name for "… side" headings ("北海道" → 北海道側出席者)."""
        return localized_marked(self.prog.region, "name", lang)

    def day_groups(self) -> list[tuple[date, list[ItemView]]]:
        views = sorted(self.prog.items, key=lambda v: (item_days(v.item)[0], v.item.starts_at))
        return [
            (day, list(group)) for day, group in groupby(views, key=lambda v: item_days(v.item)[0])
        ]

    def day_table(self, day: date, views: list[ItemView]) -> Table:
        ts = self.ts
        n = (day - self.prog.trip.start_date).days + 1

        def day_title(lang: str) -> str:
            return (
                translate_in(lang, DAY_N).format(n=n)
                + ("　" if lang == "ja" else " – ")
                + format_date_long(day, lang)
            )

        heading = ts.multi(day_title, sep="  ·  ", bold=True)
        # The outline entry sits in the heading row, so it points at the page where
        # the day's table really starts.
        mark = Bookmark(f"day-{day.isoformat()}", "  ·  ".join(ts.each(day_title)))
        two = len(ts.langs) > 1
        head_cell = [mark, ts.raw(heading, "h2", bold=True)]
        rows: list[list[object]] = [[head_cell, *[""] * (2 if two else 1)]]
        unruled: list[int] = []
        styles: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ]
        for view in views:
            first = len(rows)
            if two:
                rows += self.item_rows(view)
            else:
                rows.append([self.time_cell(view), self.item_cell(view)])
            last = len(rows) - 1
            if last > first:
                # The facts shared by both languages sit in a row of their own below
                # the two columns: no rule between, and kept with them on one page
                # unless the item is taller than a page.
                styles += [
                    ("SPAN", (1, last), (2, last)),
                    ("BOTTOMPADDING", (0, first), (-1, first), 0),
                    ("TOPPADDING", (0, last), (-1, last), 3),
                ]
                unruled.append(first)
                if not self.split_in_row:
                    styles.append(("NOSPLIT", (0, first), (-1, last)))
            if two:
                styles.append(("LINEBEFORE", (2, first), (2, first), 0.3, RULE))
            if view.item.status == ItemStatus.CANCELLED.value:
                styles.append(("BACKGROUND", (0, first), (-1, last), CANCELLED_SHADE))
        half = (BODY_WIDTH - TIME_COL) / 2
        widths = [TIME_COL, half, half] if two else [TIME_COL, BODY_WIDTH - TIME_COL]
        return ts.table(rows, widths, extra=styles, unruled=unruled, splitInRow=self.split_in_row)

    def time_cell(self, view: ItemView) -> list[Flowable]:
        ts, lang = self.ts, self.ts.lang
        here, home = item_times(view.item, lang, self.home_tz)
        cell: list[Flowable] = [ts.p(here, "cell", bold=True)]
        if home:
            # Japanese: the zone word names the second time, brackets would nest
            # with 「ドイツ時間（夏時間）」.
            bracket = not view.item.all_day and lang != "ja"
            cell.append(ts.p(f"({home})" if bracket else home, "small"))
        return cell

    def item_cell(self, view: ItemView) -> list[Flowable]:
        """One language: title, description, venue, hosts, attendees, interpreter, notes."""
        return self.item_column(view, self.ts.lang)

    def item_column(self, view: ItemView, lang: str) -> list[Flowable]:
        ts = self.ts
        venue, hosts, notes = self.item_facts(view, lang)
        lines = [*venue, *hosts, *self.item_people(view, lang), *notes]
        return self.item_texts(view, lang) + [
            ts.raw(ts.labelled(key, value, lang), style, lang) for key, value, style in lines
        ]

    def item_rows(self, view: ItemView) -> list[list[object]]:
        """Two languages: each language's texts side by side, in cells of the day's own
        table, not a table inside a cell: ReportLab can split the rows of a table
        across pages, but not a table nested in one cell, so a long description would
        not fit on any page."""
        columns: list[object] = [self.item_column(view, lang) for lang in self.ts.langs]
        return [[self.time_cell(view), *columns]]

    def item_texts(self, view: ItemView, lang: str) -> list[Flowable]:
        """Title (struck through and marked when cancelled) and description."""
        ts, item = self.ts, view.item
        cancelled = item.status == ItemStatus.CANCELLED.value
        cell: list[Flowable] = [
            ts.p(localized_marked(item, "title", lang), "item", lang, strike=cancelled)
        ]
        if cancelled:
            cell.append(ts.p(label("cancelled", lang).upper(), "warn", lang, bold=True))
        description = localized_marked(item, "description", lang)
        if description:
            cell.append(ts.p(description, "small", lang))
        return cell

    def item_people(self, view: ItemView, lang: str) -> list[tuple[str, str, str]]:
        """(label msgid, value, style): attendees and interpreters, named in ``lang``."""
        out: list[tuple[str, str, str]] = []
        for side, names in self.attendees_by_side(view, lang):
            out.append((translate_in(lang, SIDE_ATTENDING).format(side=side), names, "cell"))
        if view.interpreters:
            out.append(
                (
                    INTERPRETER,
                    "; ".join(
                        f"{self.name(p, lang)} ({language_pair(a.source, a.target, lang)})"
                        for p, a in view.interpreters
                    ),
                    "cell",
                )
            )
        elif view.item.interpreting_needed:
            out.append((INTERPRETER, translate_in(lang, NOT_ASSIGNED), "warn"))
        return out

    def item_facts(self, view: ItemView, lang: str) -> tuple[list[tuple[str, str, str]], ...]:
        """Venue and hosts, then the shared and (internal edition) internal notes in
        ``lang``: lists of (label msgid, value, style), each line only if it has text."""
        item, place = view.item, view.venue
        venue = "\n".join(
            x
            for x in (
                localized_marked(place, "name", lang) if place else "",
                localized_marked(place, "address", lang) if place else "",
            )
            if x
        )
        hosts = localized_marked(item, "hosts", lang)
        fields = [(DRESS_CODE, "dress_code"), (MEETING_POINT, "meeting_point"), (NOTES, "notes")]
        if self.internal:
            fields.append((INTERNAL_NOTES, "internal_notes"))
        notes = [
            (key, text, "warn" if name == "internal_notes" else "cell")
            for key, name in fields
            if (text := localized_marked(item, name, lang))
        ]
        return (
            [(VENUE, venue, "cell")] if venue else [],
            [(HOSTS, hosts, "cell")] if hosts else [],
            notes,
        )

    def attendees_by_side(self, view: ItemView, lang: str) -> list[tuple[str, str]]:
        """(side name, names) for the partner region's side, then ours; each side in
        protocol precedence. The partner edition's Japanese names carry 様."""
        region_id = self.prog.region.id
        theirs = [p for p in view.attendees if getattr(p, "region_id", None) == region_id]
        ours = [p for p in view.attendees if getattr(p, "region_id", None) != region_id]
        out = []
        for side, people in ((self.side_name(lang), theirs), (OWN_SIDE, ours)):
            if people:
                out.append((side, self.attendee_names(people, lang)))
        return out

    def attendee_names(self, people: list[Person], lang: str) -> str:
        ids = {p.id for p in people}
        if len(ids) > 1 and ids == self.member_ids:
            return translate_in(lang, WHOLE_DELEGATION)
        honorific = lang == "ja" and not self.internal
        return format_list([self.name(p, lang, honorific=honorific) for p in people], lang)
