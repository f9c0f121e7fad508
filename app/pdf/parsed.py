"""Paragraph markup parsed once per document.

ReportLab parses a paragraph's markup into fragments (runs of text with font, size
and colour) when the paragraph is made, and that parse is a large part of the cost
of a paragraph. A document repeats many paragraphs word for word — an attendee list
that is the same at every item, a standard description, "not yet assigned", the
venue of several visits — so :class:`ParsedMarkup` parses each distinct markup once
per style and gives the next paragraph of the same markup and style the same
fragments. Line breaking, splitting and drawing only read these fragments (they
build their lines from copies), so a shared parse prints exactly as a fresh one.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

__all__ = ["ParsedMarkup"]


class ParsedMarkup:
    """Paragraphs made from markup, parsed once per (class, markup, style)."""

    def __init__(self) -> None:
        # (class, markup, id of the style) -> (the style, then what the parse gave:
        # cleaned text, style, fragments, bullet); holding the style keeps its id
        # from being reused while the entry lives.
        self._parsed: dict[
            tuple[type, str, int], tuple[ParagraphStyle, str, ParagraphStyle, list[Any], object]
        ] = {}

    def paragraph(self, cls: type[Paragraph], markup: str, style: ParagraphStyle) -> Paragraph:
        key = (cls, markup, id(style))
        found = self._parsed.get(key)
        if found is None:
            para = cls(markup, style)
            self._parsed[key] = (style, para.text, para.style, para.frags, para.bulletText)
            return para
        _style, text, parsed_style, frags, bullet = found
        return cls(text, parsed_style, bulletText=bullet, frags=frags)
