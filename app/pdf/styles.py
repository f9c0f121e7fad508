"""Paragraph styles, the paragraph factory and the A4 page frame shared by both PDFs.

:class:`Typesetter` is the one way text becomes a flowable: user text and labels go
through :func:`app.pdf.text.markup` (escaped, font runs), Japanese paragraphs use
:class:`app.pdf.wrap.JapaneseParagraph`. :func:`render` builds the story into bytes
with the running header, the footer (export date) and "Page n of N", the PDF outline
(:class:`Bookmark`) and the document information plus an XMP metadata stream.

Languages in the PDF: the catalogue's ``/Lang`` holds exactly one BCP 47 tag (PDF
32000-1 §14.9.2), so a de+ja document declares its first language ("de"). Marking the
Japanese spans as ``ja`` needs tagged PDF (marked content with ``/Lang``), which
ReportLab does not write; the XMP ``dc:language`` bag lists both languages and
``dc:title`` carries the title per language, so a catalogue or screen reader that
reads XMP sees both.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.locale.formatting import format_date_long
from app.locale.i18n import N_, translate_in
from app.pdf.fonts import FontSet
from app.pdf.parsed import ParsedMarkup
from app.pdf.text import markup
from app.pdf.wrap import JapaneseParagraph

__all__ = [
    "ACCENT",
    "AUTHOR",
    "BODY_WIDTH",
    "Bookmark",
    "CANCELLED_SHADE",
    "PAGE_OF",
    "RULE",
    "WARN_SHADE",
    "PageInfo",
    "Typesetter",
    "render",
]

AUTHOR = "Regionalverband Ruhr – Delegation Planner"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#00557f")  # RVR blue
SHADE = colors.HexColor("#eef2f5")
WARN = colors.HexColor("#b00020")
WARN_SHADE = colors.HexColor("#fde8ea")
CANCELLED_SHADE = colors.HexColor("#f1f1f1")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 23 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


class TextIn(Protocol):
    """Gives a text in the language asked for.

    Positional-only, so that callers in loops may bind their loop variables as
    defaults (``lambda lang, p=p: …``): a ``Callable[[str], str]`` would not take those.
    """

    def __call__(self, lang: str, /) -> str: ...


# name: (size, leading, colour, space before, space after)
_STYLES: dict[str, tuple[float, float, colors.Color, float, float]] = {
    "title": (20, 26, ACCENT, 0, 6),
    "subtitle": (13, 18, INK, 0, 4),
    "h1": (13.5, 18, ACCENT, 10, 4),
    "h2": (11, 15, INK, 6, 3),
    "body": (9.5, 13.5, INK, 0, 3),
    "cell": (9, 12.5, INK, 0, 0),
    "item": (9.5, 13, ACCENT, 0, 1),
    "small": (8, 11, MUTED, 0, 0),
    "footer": (7.5, 10, MUTED, 0, 0),
    "warn": (9, 12.5, WARN, 0, 0),
}
_BOLD = frozenset({"title", "subtitle", "h1", "h2", "item"})


@dataclass
class Typesetter:
    """Builds paragraphs in the document's languages with its fonts."""

    fonts: FontSet
    langs: tuple[str, ...]
    _cache: dict[tuple[str, str, bool, int], ParagraphStyle] = field(default_factory=dict)
    _parsed: ParsedMarkup = field(default_factory=ParsedMarkup)
    # Markup of each distinct text once per document: names, labels and standard
    # texts recur in every item.
    _markup: dict[tuple[str, str, bool, str | None], str] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.langs[0]

    def style(
        self, name: str, lang: str, *, bold: bool | None = None, align: int = TA_LEFT
    ) -> ParagraphStyle:
        bold = name in _BOLD if bold is None else bold
        key = (name, lang, bold, align)
        if key not in self._cache:
            size, leading, colour, before, after = _STYLES[name]
            self._cache[key] = ParagraphStyle(
                f"{name}-{lang}-{int(bold)}-{align}",
                fontName=self.fonts.font_for(lang, bold=bold),
                fontSize=size,
                leading=leading,
                textColor=colour,
                spaceBefore=before,
                spaceAfter=after,
                alignment=align,
                wordWrap="CJK" if lang == "ja" else None,
                splitLongWords=1,
                allowWidows=0,
                allowOrphans=0,
            )
        return self._cache[key]

    def m(self, text: object, lang: str | None = None, *, bold: bool = False) -> str:
        """Safe markup of user text or a label."""
        return self._marked(text, lang or self.lang, bold, None)

    def _marked(self, text: object, lang: str, bold: bool, base: str | None) -> str:
        """:func:`markup` of ``text``, worked out once per distinct text."""
        if not isinstance(text, str):
            return markup(text, self.fonts, lang, bold=bold, base=base)
        key = (text, lang, bold, base)
        found = self._markup.get(key)
        if found is None:
            found = self._markup[key] = markup(text, self.fonts, lang, bold=bold, base=base)
        return found

    def p(
        self,
        text: object,
        style: str = "body",
        lang: str | None = None,
        *,
        bold: bool | None = None,
        strike: bool = False,
        align: int = TA_LEFT,
    ) -> Paragraph:
        """A paragraph of plain (user or label) text."""
        lang = lang or self.lang
        is_bold = style in _BOLD if bold is None else bold
        # Runs in the style's own font need no <font> tag: fewer fragments to parse.
        body = self._marked(text, lang, is_bold, self.fonts.font_for(lang, bold=is_bold))
        return self.raw(
            f"<strike>{body}</strike>" if strike else body, style, lang, bold=is_bold, align=align
        )

    def raw(
        self,
        safe_markup: str,
        style: str = "body",
        lang: str | None = None,
        *,
        bold: bool | None = None,
        align: int = TA_LEFT,
    ) -> Paragraph:
        """A paragraph of markup composed from :meth:`m` pieces (never raw user text)."""
        lang = lang or self.lang
        st = self.style(style, lang, bold=bold, align=align)
        cls = JapaneseParagraph if lang == "ja" else Paragraph
        return self._parsed.paragraph(cls, safe_markup, st)

    def multi(self, produce: TextIn, *, sep: str = " / ", bold: bool = False) -> str:
        """Markup of ``produce(lang)`` for every document language (duplicates once),
        each part set with the fonts of its own language."""
        parts: dict[str, str] = {}
        for lang in self.langs:
            parts.setdefault(produce(lang), lang)
        return self.m(sep, bold=bold).join(
            self.m(text, lang, bold=bold) for text, lang in parts.items() if text
        )

    def each(self, produce: TextIn) -> list[str]:
        """Plain ``produce(lang)`` for every document language, duplicates removed."""
        return [t for t in dict.fromkeys(produce(lang) for lang in self.langs) if t]

    def label(
        self,
        msgid: str,
        style: str = "cell",
        *,
        bold: bool | None = None,
        align: int = TA_LEFT,
        **values: object,
    ) -> Paragraph:
        """A translated label in every document language: "Programm / 日程"."""
        is_bold = style in _BOLD if bold is None else bold
        text = self.multi(lambda lang: translate_in(lang, msgid).format(**values), bold=is_bold)
        return self.raw(text, style, bold=is_bold, align=align)

    def labelled(self, msgid: str, value: str, lang: str | None = None) -> str:
        """Markup "Label: value", the label bold; ``lang`` None: the label in every
        document language."""
        # For paragraphs in a regular style (all callers): the value's runs in that
        # style's font need no <font> tag.
        code = lang or self.lang
        value_markup = self._marked(value, code, False, self.fonts.font_for(code))
        if lang is None:
            head = self.multi(lambda code: translate_in(code, msgid), bold=True)
            colon = "：" if self.langs[-1] == "ja" else ": "
            return head + self.m(colon, self.langs[-1], bold=True) + value_markup
        colon = "：" if lang == "ja" else ": "
        return self.m(translate_in(lang, msgid) + colon, lang, bold=True) + value_markup

    def stacked(
        self, produce: TextIn, style: str = "cell", *, bold: bool | None = None
    ) -> list[Flowable]:
        """One paragraph per language (only where the text differs)."""
        out: list[Flowable] = []
        seen: set[str] = set()
        for lang in self.langs:
            text = produce(lang)
            if text and text not in seen:
                seen.add(text)
                out.append(self.p(text, style, lang, bold=bold))
        return out

    def table(
        self,
        data: list[list[object]],
        widths: Sequence[float],
        *,
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
        unruled: Collection[int] = (),
        **kwargs: object,
    ) -> Table:
        """A ruled table; a header row is shaded and repeated on every page. Rows in
        ``unruled`` have no rule below (a record that takes two rows)."""
        table = Table(
            data, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", **kwargs
        )
        ruled = [r for r in range(len(data)) if r not in unruled]
        commands: list[tuple[Any, ...]] = [
            # Tables set a font for every cell, Helvetica unless told otherwise; that
            # would put a non-embedded font into the PDF.
            ("FONT", (0, 0), (-1, -1), self.fonts.latin, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *(
                [("LINEBELOW", (0, r), (-1, r), 0.4, RULE) for r in ruled]
                if unruled
                else [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
            ),
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
        table.setStyle(TableStyle([*commands, *extra]))
        return table


PAGE_OF = N_("Page {page} of {pages}")
EXPORTED_ON = N_("Exported on {date}")


@dataclass(frozen=True)
class PageInfo:
    """What the page frame shows and the PDF metadata."""

    title: str
    subject: str
    export_date: date
    confidential: str = ""  # msgid of a footer warning when personal data is shown
    #: (language, title) per document language; empty: ``title`` in the first language.
    titles: tuple[tuple[str, str], ...] = ()

    def title_parts(self, lang: str) -> list[tuple[str, str]]:
        """The distinct titles with their languages, first language first."""
        parts = dict((text, code) for code, text in reversed(self.titles or ((lang, self.title),)))
        return [(code, text) for text, code in reversed(parts.items())]

    def full_title(self, lang: str) -> str:
        """The PDF title: "Reiseprogramm – … / 行程表 – …" in a two-language document."""
        return " / ".join(text for _code, text in self.title_parts(lang))


class Bookmark(Flowable):
    """An outline entry (PDF bookmark) for the page where it is drawn; takes no space.

    Put it inside the first (repeated) row of a table: it then lands on the page
    where the table really starts; a repeat on the next page adds nothing.
    """

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        marks: list[tuple[int, str, str, int, float]] | None = getattr(
            self.canv, "outline_marks", None
        )
        if marks is None or any(mark[1] == self.key for mark in marks):
            return
        _x, y = self.canv.absolutePosition(0, 0)
        marks.append((self.canv.getPageNumber(), self.key, self.title, self.level, y))


def render(story: list[Flowable], ts: Typesetter, info: PageInfo) -> bytes:
    """The story as an A4 PDF with header, footer and page numbers."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.full_title(ts.lang),
        author=AUTHOR,
        subject=info.subject,
        creator=AUTHOR,
        # One primary tag only (see the module docstring); XMP lists every language.
        lang=ts.lang,
        keywords=", ".join(ts.langs),
        # The canvas starts every page with a font; the default Helvetica would be
        # listed as a non-embedded font even though no text uses it.
        initialFontName=ts.fonts.latin,
    )
    xmp = xmp_packet(info, ts.langs)
    doc.build(story, canvasmaker=_numbered_canvas(_PageFrame(ts, info).draw, xmp))
    return buffer.getvalue()


def xmp_packet(info: PageInfo, langs: Sequence[str]) -> bytes:
    """XMP metadata: dc:title per language, dc:language of every document language."""
    first = langs[0]
    parts = info.title_parts(first)
    titles = [f'<rdf:li xml:lang="x-default">{xml_escape(info.full_title(first))}</rdf:li>']
    titles += [f'<rdf:li xml:lang="{code}">{xml_escape(text)}</rdf:li>' for code, text in parts]
    languages = "".join(f"<rdf:li>{code}</rdf:li>" for code in langs)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title><rdf:Alt>{''.join(titles)}</rdf:Alt></dc:title>"
        f"<dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>"
        f"<dc:creator><rdf:Seq><rdf:li>{xml_escape(AUTHOR)}</rdf:li></rdf:Seq></dc:creator>"
        "<dc:description><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{xml_escape(info.subject)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<xmp:CreatorTool>{xml_escape(AUTHOR)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{info.export_date.isoformat()}</xmp:CreateDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def _numbered_canvas(draw: Callable[[Canvas, int, int], None], xmp: bytes) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Defers the page frame until the page count is known ("Page 2 of 7").

        Outline entries wait too: the pages are written only in :meth:`save`, so a
        bookmark can point at its page only then.
        """

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.outline_marks: list[tuple[int, str, str, int, float]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            marks = self.outline_marks
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                for page, key, title, level, top in marks:
                    if page == self._pageNumber:
                        self.bookmarkPage(key, fit="XYZ", left=0, top=top + 6 * mm, zoom=0)
                        self.addOutlineEntry(title, key, level=level)
                super().showPage()
            if marks:
                self.showOutline()
            stream = PDFStream(
                PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                xmp,
                filters=[],  # XMP stays readable to tools that do not inflate streams
            )
            self._doc.Catalog.Metadata = stream
            super().save()

    return NumberedCanvas


class _PageFrame:
    """Footer (publisher, export date, page n of N) and, after the cover, a running head.

    Only the page number changes from page to page: the footer's left part and the
    running head are set (and their lines broken) once per document.
    """

    def __init__(self, ts: Typesetter, info: PageInfo) -> None:
        self.ts = ts
        exported = ts.multi(
            lambda lang: translate_in(lang, EXPORTED_ON).format(
                date=format_date_long(info.export_date, lang)
            )
        )
        left = ts.m(AUTHOR) + "<br/>" + exported
        if info.confidential:
            left += "<br/>" + ts.multi(
                lambda lang: translate_in(lang, info.confidential), bold=True
            )
        self.left = ts.raw(left, "footer", ts.lang)
        self.head = ts.raw(
            ts.m(" / ").join(ts.m(text, code) for code, text in info.title_parts(ts.lang)),
            "footer",
            ts.lang,
        )
        self.left_height: float | None = None
        self.head_wrapped = False

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        ts = self.ts
        canvas.saveState()
        y_rule = MARGIN_BOTTOM - 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_rule, PAGE_WIDTH - MARGIN_X, y_rule)
        if self.left_height is None:
            self.left_height = self.left.wrapOn(canvas, BODY_WIDTH * 0.7, 40 * mm)[1]
        self.left.drawOn(canvas, MARGIN_X, y_rule - 1.5 * mm - self.left_height)
        number = ts.multi(lambda lang: translate_in(lang, PAGE_OF).format(page=page, pages=pages))
        _draw_para(
            canvas,
            ts.raw(number, "footer", ts.lang, align=TA_RIGHT),
            MARGIN_X + BODY_WIDTH * 0.7,
            y_rule - 1.5 * mm,
            BODY_WIDTH * 0.3,
        )
        if page > 1:
            if not self.head_wrapped:
                self.head.wrapOn(canvas, BODY_WIDTH, MARGIN_TOP)
                self.head_wrapped = True
            top = PAGE_HEIGHT - MARGIN_TOP + 4 * mm
            self.head.drawOn(canvas, MARGIN_X, top)
            canvas.line(MARGIN_X, top - 1.2 * mm, PAGE_WIDTH - MARGIN_X, top - 1.2 * mm)
        canvas.restoreState()


def _draw_para(canvas: Canvas, para: Paragraph, x: float, top: float, width: float) -> None:
    _, height = para.wrapOn(canvas, width, 40 * mm)
    para.drawOn(canvas, x, top - height)
