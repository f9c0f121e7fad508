"""The dossier's two small charts, drawn with ReportLab graphics (vector, no images).

Every string in a drawing names its font explicitly: chart components default to
Helvetica, which would put a non-embedded font into the PDF. Drawing strings cannot
switch fonts within a label, so each label gets the first font of the language's
chain that has all of its characters (:func:`font_covering`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.locale.formatting import format_number
from app.locale.i18n import N_, translate_in
from app.locale.labels import label
from app.pdf.fonts import FontSet, covers
from app.pdf.text import clean
from models.enums import Direction, FollowUpStatus

__all__ = [
    "CHART_HEIGHT",
    "CHART_WIDTH",
    "follow_ups_by_status",
    "font_covering",
    "visits_per_year",
]

CHART_WIDTH = 84 * mm
CHART_HEIGHT = 62 * mm

VISITS_PER_YEAR = N_("Visits per year")
FOLLOW_UPS_BY_STATUS = N_("Follow-up actions by status")
NO_DATA = N_("No data yet")

DIRECTION_COLOURS = {
    Direction.OUTBOUND.value: colors.HexColor("#00557f"),
    Direction.INBOUND.value: colors.HexColor("#e3a21a"),
}
STATUS_COLOURS = {
    FollowUpStatus.OPEN.value: colors.HexColor("#b00020"),
    FollowUpStatus.IN_PROGRESS.value: colors.HexColor("#e3a21a"),
    FollowUpStatus.DONE.value: colors.HexColor("#2e7d32"),
    FollowUpStatus.DROPPED.value: colors.HexColor("#9e9e9e"),
}
_INK = colors.HexColor("#1a1a1a")


def font_covering(text: str, fonts: FontSet, lang: str, *, bold: bool = False) -> str:
    """The first font of the chain for ``lang`` that has every character of ``text``."""
    chain = fonts.chain(lang, bold=bold)
    for name in chain:
        cmap = covers(name)
        if all(ord(char) in cmap for char in text if not char.isspace()):
            return name
    return chain[0]


def _string(
    x: float,
    y: float,
    text: str,
    fonts: FontSet,
    lang: str,
    *,
    size: float = 8,
    bold: bool = False,
    anchor: str = "start",
) -> String:
    text = clean(text).replace("\n", " ")
    return String(
        x,
        y,
        text,
        fontName=font_covering(text, fonts, lang, bold=bold),
        fontSize=size,
        fillColor=_INK,
        textAnchor=anchor,
    )


def _legend(
    drawing: Drawing,
    x: float,
    y: float,
    entries: Sequence[tuple[colors.Color, str]],
    fonts: FontSet,
    lang: str,
    *,
    across: bool = False,
) -> None:
    """Colour swatches with their labels, one below the other, or side by side
    (``across``) when they fit in the drawing's width."""
    items = [(colour, _string(0, 0, text, fonts, lang, size=7.5)) for colour, text in entries]
    widths = [stringWidth(s.text, s.fontName, s.fontSize) + 22 for _, s in items]
    across = across and x + sum(widths) <= drawing.width
    left, bottom = x, y
    for (colour, label_string), width in zip(items, widths, strict=True):
        drawing.add(Rect(left, bottom, 7, 7, fillColor=colour, strokeColor=None))
        label_string.x, label_string.y = left + 10, bottom
        drawing.add(label_string)
        if across:
            left += width
        else:
            bottom -= 11


def _drawing(fonts: FontSet, lang: str) -> Drawing:
    drawing = Drawing(CHART_WIDTH, CHART_HEIGHT)
    # The renderer starts each drawing with this font (default: Helvetica).
    drawing.initialFontName = fonts.font_for(lang)
    drawing.initialFontSize = 8
    return drawing


def visits_per_year(
    trips: Sequence[tuple[int, str]], fonts: FontSet, lang: str, *, until: int | None = None
) -> Drawing:
    """Grouped bars: visits per year and direction. ``trips``: (year, direction); the
    years run from the first visit to the last one or ``until``, whichever is later."""
    drawing = _drawing(fonts, lang)
    drawing.add(
        _string(
            0,
            CHART_HEIGHT - 10,
            translate_in(lang, VISITS_PER_YEAR),
            fonts,
            lang,
            size=9,
            bold=True,
        )
    )
    if not trips:
        drawing.add(_string(0, CHART_HEIGHT / 2, translate_in(lang, NO_DATA), fonts, lang))
        return drawing
    last = max(max(y for y, _ in trips), until or 0)
    years = list(range(min(y for y, _ in trips), last + 1))
    counts = Counter(trips)
    directions = [Direction.OUTBOUND.value, Direction.INBOUND.value]
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 40
    chart.width, chart.height = CHART_WIDTH - 30, CHART_HEIGHT - 62
    chart.data = [[counts[(year, d)] for year in years] for d in directions]
    chart.categoryAxis.categoryNames = [str(year) for year in years]
    top = max(max(series) for series in chart.data)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) + 1
    chart.valueAxis.valueStep = 1
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.font_for(lang)
        axis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for n, d in enumerate(directions):
        chart.bars[n].fillColor = DIRECTION_COLOURS[d]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    _legend(
        drawing, 0, 13, [(DIRECTION_COLOURS[d], label(d, lang)) for d in directions], fonts, lang
    )
    return drawing


def follow_ups_by_status(statuses: Sequence[str], fonts: FontSet, lang: str) -> Drawing:
    """A pie of follow-up actions per status, legend with counts."""
    drawing = _drawing(fonts, lang)
    drawing.add(
        _string(
            0,
            CHART_HEIGHT - 10,
            translate_in(lang, FOLLOW_UPS_BY_STATUS),
            fonts,
            lang,
            size=9,
            bold=True,
        )
    )
    counts = Counter(statuses)
    order = [s.value for s in FollowUpStatus if counts[s.value]]
    if not order:
        drawing.add(_string(0, CHART_HEIGHT / 2, translate_in(lang, NO_DATA), fonts, lang))
        return drawing
    pie = Pie()
    size = CHART_HEIGHT - 44
    pie.x, pie.y, pie.width, pie.height = 6, 10, size, size
    pie.data = [counts[s] for s in order]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.slices.fontName = fonts.font_for(lang)
    for n, status in enumerate(order):
        pie.slices[n].fillColor = STATUS_COLOURS.get(status, colors.grey)
    drawing.add(pie)
    entries = [
        (STATUS_COLOURS.get(s, colors.grey), f"{label(s, lang)} ({format_number(counts[s], lang)})")
        for s in order
    ]
    _legend(drawing, size + 18, 10 + size - 10, entries, fonts, lang)
    return drawing
