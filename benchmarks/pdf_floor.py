"""The floor of the itinerary PDF: ReportLab platypus building the same document directly.

The trip is read once beforehand and turned into plain strings (names, times, labels
in English); :func:`build` then only typesets: the same A4 frame ("Page n of N" and
the export date in the footer, the title in the header from page 2), a cover with
the trip facts, the delegation and the interpreters, one table per day with a
heading row and one row per item (time cell; title, description, venue, attendees,
interpreter), the partner-side contacts — with the same registered TrueType fonts
(a paragraph with Japanese characters is set in the Japanese font), the same sizes,
paddings and rules. Text is escaped but not split into font runs: what the program
adds on top of this is its overhead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#00557f")
SHADE = colors.HexColor("#eef2f5")
WARN = colors.HexColor("#b00020")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_Y = 18 * mm, 20 * mm
BODY = PAGE_WIDTH - 2 * MARGIN_X
TIME_COL = 36 * mm
HOME_TZ = "Europe/Berlin"

_STYLES = {  # size, leading, colour, before, after, bold
    "title": (20, 26, ACCENT, 0, 6, True),
    "subtitle": (13, 18, INK, 0, 4, True),
    "h1": (13.5, 18, ACCENT, 10, 4, True),
    "h2": (11, 15, INK, 6, 3, True),
    "cell": (9, 12.5, INK, 0, 0, False),
    "cellb": (9, 12.5, INK, 0, 0, True),
    "item": (9.5, 13, ACCENT, 0, 1, True),
    "small": (8, 11, MUTED, 0, 0, False),
    "footer": (7.5, 10, MUTED, 0, 0, False),
    "warn": (9, 12.5, WARN, 0, 0, False),
}


@dataclass(frozen=True)
class Fonts:
    latin: str
    latin_bold: str
    japanese: str | None
    latin_chars: frozenset[int]


@dataclass
class Text:
    """A string escaped for a paragraph, and whether it needs the Japanese font."""

    markup: str
    japanese: bool


@dataclass
class ItemRow:
    time: Text
    home: Text
    title: Text
    lines: list[tuple[Text, str]]  # (text, style name)


@dataclass
class FloorDoc:
    title: str
    heading: Text
    facts: list[tuple[Text, Text]]
    members: list[tuple[Text, Text, Text, Text]]
    interpreters: list[tuple[Text, Text, Text]]
    days: list[tuple[Text, list[ItemRow]]]
    contacts: list[tuple[Text, Text]]
    footer: str
    fonts: Fonts
    pages: list[int] = field(default_factory=list)


def fonts_of_the_program() -> Fonts:
    """The fonts the program registers (registered now, once per process)."""
    from app.pdf.fonts import covers, load_fonts

    fs = load_fonts(require_japanese=False)
    return Fonts(fs.latin, fs.latin_bold, fs.japanese, frozenset(covers(fs.latin)))


def _t(fonts: Fonts, value: object) -> Text:
    text = "" if value is None else str(value)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace("\n", "<br/>")
    needs = any(ord(c) not in fonts.latin_chars for c in text if c != "\n")
    return Text(escaped, needs and fonts.japanese is not None)


def _labelled(fonts: Fonts, label: str, value: str) -> Text:
    """ "Label: value" with the label in the bold font."""
    text = _t(fonts, value)
    head = f'<font name="{fonts.latin_bold}">{label}: </font>'
    return Text(head + text.markup, text.japanese)


def _name(p: object) -> str:
    name = f"{p.given_name} {p.family_name}"  # type: ignore[attr-defined]
    if getattr(p, "academic_title", None):
        name = f"{p.academic_title} {name}"  # type: ignore[attr-defined]
    native = getattr(p, "native_name", None)
    return f"{name} ({native})" if native else name


def _span(start: datetime, end: datetime, zone: str) -> str:
    tz = ZoneInfo(zone)
    a, b = start.astimezone(tz), end.astimezone(tz)
    return f"{a:%H:%M}–{b:%H:%M} {a.tzname()}"


def prepare(db: object, trip_id: int, fonts: Fonts) -> FloorDoc:
    """The trip's itinerary as plain English strings (untimed preparation)."""
    from app.readers.programme_view import load_trip_programme

    prog = load_trip_programme(db, trip_id)  # type: ignore[arg-type]
    trip, region = prog.trip, prog.region
    t = lambda value: _t(fonts, value)  # noqa: E731
    title = f"Itinerary – {trip.title_en}"
    facts = [
        (t("Partner region"), t(region.name_en)),
        (t("Dates"), t(f"{trip.start_date:%d %B %Y} – {trip.end_date:%d %B %Y}")),
        (t("Direction"), t(trip.direction.title())),
        (t("Status"), t(trip.status.title())),
        (
            t("Times"),
            t(f"Times are local at the venue; the time in {HOME_TZ} is shown beside them."),
        ),
    ]
    members = [
        (
            t(str(n)),
            t(_name(mv.person)),
            t(mv.member.role.replace("_", " ").title()),
            t(f"{mv.person.function_en}\n{mv.person.organisation_en}".strip()),
        )
        for n, mv in enumerate(prog.members, start=1)
    ]
    interpreters = [
        (t(_name(p)), t("German → Japanese"), t(p.organisation_en)) for p in prog.interpreters
    ]
    member_ids = {mv.person.id for mv in prog.members}
    days = []
    views = sorted(prog.items, key=lambda v: v.item.starts_at)
    for day, group in groupby(
        views, key=lambda v: v.item.starts_at.astimezone(ZoneInfo(v.item.timezone)).date()
    ):
        n = (day - trip.start_date).days + 1
        rows = []
        for view in group:
            item = view.item
            lines: list[tuple[Text, str]] = []
            if item.description_en:
                lines.append((t(item.description_en), "small"))
            place = view.venue
            venue = "\n".join(x for x in (place.name_en, place.address_en) if x) if place else ""
            if venue:
                lines.append((_labelled(fonts, "Venue", venue), "cell"))
            if view.attendees:
                ids = {p.id for p in view.attendees}
                who = (
                    "the whole delegation"
                    if len(ids) > 1 and ids == member_ids
                    else ", ".join(_name(p) for p in view.attendees)
                )
                lines.append((_labelled(fonts, "Attending", who), "cell"))
            if view.interpreters:
                lines.append(
                    (
                        _labelled(
                            fonts,
                            "Interpreter",
                            "; ".join(
                                f"{_name(p)} (German → Japanese)" for p, _a in view.interpreters
                            ),
                        ),
                        "cell",
                    )
                )
            elif item.interpreting_needed:
                lines.append((_labelled(fonts, "Interpreter", "not yet assigned"), "warn"))
            rows.append(
                ItemRow(
                    t(_span(item.starts_at, item.ends_at, item.timezone)),
                    t(f"({_span(item.starts_at, item.ends_at, HOME_TZ)})"),
                    t(item.title_en),
                    lines,
                )
            )
        days.append((t(f"Day {n} – {day:%A, %d %B %Y}"), rows))
    contacts = [(t(_name(p)), t(p.function_en)) for p in prog.contacts]
    footer = f"Regionalverband Ruhr – Delegation Planner<br/>Exported on {date.today():%d %B %Y}"
    return FloorDoc(
        title, t(trip.title_en), facts, members, interpreters, days, contacts, footer, fonts
    )


def build(doc: FloorDoc) -> bytes:
    """The PDF of ``doc`` (timed)."""
    fonts = doc.fonts
    styles: dict[tuple[str, bool], ParagraphStyle] = {}

    def style(name: str, japanese: bool) -> ParagraphStyle:
        key = (name, japanese)
        if key not in styles:
            size, leading, colour, before, after, bold = _STYLES[name]
            font = fonts.japanese if japanese else (fonts.latin_bold if bold else fonts.latin)
            styles[key] = ParagraphStyle(
                f"{name}{int(japanese)}",
                fontName=font,
                fontSize=size,
                leading=leading,
                textColor=colour,
                spaceBefore=before,
                spaceAfter=after,
            )
        return styles[key]

    def p(text: Text, name: str = "cell") -> Paragraph:
        return Paragraph(text.markup, style(name, text.japanese))

    def table(
        rows: list[list[object]],
        widths: list[float],
        header: bool = True,
        extra: list[tuple] | None = None,
    ) -> Table:
        tbl = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), fonts.latin, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        tbl.setStyle(TableStyle(commands + (extra or [])))
        return tbl

    def head(*labels: str) -> list[object]:
        return [Paragraph(label, style("cellb", False)) for label in labels]

    story: list[object] = [
        Paragraph("Itinerary", style("subtitle", False)),
        p(doc.heading, "title"),
        Spacer(1, 3 * mm),
    ]
    story.append(
        table(
            [[p(k, "cellb"), p(v)] for k, v in doc.facts], [42 * mm, BODY - 42 * mm], header=False
        )
    )
    if doc.members:
        story += [
            CondPageBreak(50 * mm),
            Paragraph(f"Delegation ({len(doc.members)} members)", style("h1", False)),
            table(
                [head("No.", "Name", "Role", "Function")]
                + [[p(a), p(b, "cellb"), p(c), p(d)] for a, b, c, d in doc.members],
                [12 * mm, 50 * mm, 34 * mm, BODY - 96 * mm],
            ),
        ]
    if doc.interpreters:
        story += [
            CondPageBreak(35 * mm),
            Paragraph("Interpreters", style("h1", False)),
            table(
                [head("Name", "Languages", "Organisation")]
                + [[p(a, "cellb"), p(b), p(c)] for a, b, c in doc.interpreters],
                [62 * mm, 60 * mm, BODY - 122 * mm],
            ),
        ]
    story += [CondPageBreak(150 * mm), Paragraph("Programme", style("h1", False))]
    for heading, rows in doc.days:
        data: list[list[object]] = [[p(heading, "h2"), ""]]
        for row in rows:
            data.append(
                [
                    [p(row.time, "cellb"), p(row.home, "small")],
                    [p(row.title, "item")] + [p(text, name) for text, name in row.lines],
                ]
            )
        story += [
            CondPageBreak(40 * mm),
            table(
                data,
                [TIME_COL, BODY - TIME_COL],
                extra=[
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                    ("TOPPADDING", (0, 1), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ],
            ),
            Spacer(1, 4 * mm),
        ]
    if doc.contacts:
        story += [
            CondPageBreak(50 * mm),
            Paragraph("Contacts on the partner side", style("h1", False)),
            table(
                [head("Name", "Function")] + [[p(a, "cellb"), p(b)] for a, b in doc.contacts],
                [58 * mm, BODY - 58 * mm],
            ),
        ]

    footer_style = style("footer", False)
    right = ParagraphStyle("footer-right", parent=footer_style, alignment=TA_RIGHT)

    def frame(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = MARGIN_Y - 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
        for text, st, x, width in (
            (doc.footer, footer_style, MARGIN_X, BODY * 0.7),
            (f"Page {page} of {pages}", right, MARGIN_X + BODY * 0.7, BODY * 0.3),
        ):
            para = Paragraph(text, st)
            _w, h = para.wrapOn(canvas, width, 40 * mm)
            para.drawOn(canvas, x, y - 1.5 * mm - h)
        if page > 1:
            para = Paragraph(doc.title, footer_style)
            para.wrapOn(canvas, BODY, MARGIN_Y)
            top = PAGE_HEIGHT - MARGIN_Y + 4 * mm
            para.drawOn(canvas, MARGIN_X, top)
            canvas.line(MARGIN_X, top - 1.2 * mm, PAGE_WIDTH - MARGIN_X, top - 1.2 * mm)
        canvas.restoreState()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            doc.pages.append(total)
            for state in self._saved:
                self.__dict__.update(state)
                frame(self, self._pageNumber, total)
                super().showPage()
            super().save()

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y,
        title=doc.title,
        author="Regionalverband Ruhr – Delegation Planner",
        lang="en",
        initialFontName=fonts.latin,
    ).build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    """Pages of a PDF that ReportLab wrote (its page tree states /Count)."""
    import re

    counts = [int(n) for n in re.findall(rb"/Count (\d+)", pdf)]
    return max(counts) if counts else 0


__all__ = [
    "FloorDoc",
    "Fonts",
    "build",
    "fonts_of_the_program",
    "page_count",
    "prepare",
    "pdfmetrics",
]
