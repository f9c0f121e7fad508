"""User text → ReportLab paragraph markup: cleaned, escaped, one font run per coverage.

ReportLab paragraphs parse their text as XML-like markup, so every piece of user text
(titles, names, addresses, notes — and translated labels) goes through
:func:`markup`, which

1. removes control characters (a stray form feed or NUL must not reach the PDF) and
   turns every kind of line break into ``<br/>``;
2. splits the text into runs by glyph coverage of the fonts in a chain (IPAexGothic
   has no „ ‚, Vera has no ō or kana): each character goes to the first font that has
   it, so every character prints;
3. escapes ``&``, ``<`` and ``>`` inside each run and wraps the run in
   ``<font name="…">``.

A title such as ``R&D <Kooperation> </para>`` thus prints literally.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from app.pdf.fonts import FontSet, covers, missing_japanese_font_error

__all__ = ["clean", "escape", "is_wide", "markup", "split_runs"]

_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\v": "\n", "\f": "\n", "\t": " "}
)
# Control characters (Unicode category Cc, but not the line feed), lone surrogates
# (Cs, not encodable) and the non-characters U+FFFE/FFFF.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(value: object) -> str:
    """Text with ``\\n`` as the only line break and no control characters."""
    text = "" if value is None else str(value)
    if text.isprintable():  # no line break, tab or control character: nothing to clean
        return text
    # Not printable also means a no-break or thin space, which stay: only line
    # breaks are unified and control characters removed.
    return _CONTROLS.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))


def escape(text: str) -> str:
    """XML-escape text for a ReportLab paragraph."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_wide(char: str) -> bool:
    """An East Asian wide or full-width character (kanji, kana, Japanese punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


#: What a character prints as when no embedded font has it (documented in the README).
NO_GLYPH = "[?]"


def split_runs(text: str, chain: Sequence[str], fonts: FontSet) -> list[tuple[str, str]]:
    """``[(font name, text)]``: each character in the first font of ``chain`` that has it.

    Characters no font has: spaces become an ordinary space, invisible format
    characters (zero-width space, soft hyphen …) are dropped; a wide character
    without a Japanese font raises the missing-font ExportError (no boxes); anything
    else (emoji, rare symbols) prints as :data:`NO_GLYPH`, a visible marker instead of
    an empty box that looks like a printing fault.
    """
    if _charset(chain[0]).issuperset(text):  # the usual case: one run, no per-char lookup
        return [(chain[0], text)] if text else []
    maps = [(name, covers(name)) for name in chain]
    runs: list[tuple[str, str]] = []
    for char in text:
        font = _font_for(char, maps)
        if font is None:
            category = unicodedata.category(char)
            if category == "Zs":
                char = " "
                font = _font_for(char, maps) or chain[0]
            elif category == "Cf":
                continue
            elif fonts.japanese is None and is_wide(char):
                raise missing_japanese_font_error()
            else:
                char, font = NO_GLYPH, chain[0]
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


_CHARSETS: dict[str, frozenset[str]] = {}


def _charset(font_name: str) -> frozenset[str]:
    """The characters a registered font has, as one-character strings (cached)."""
    chars = _CHARSETS.get(font_name)
    if chars is None:
        chars = _CHARSETS[font_name] = frozenset(map(chr, covers(font_name)))
    return chars


def _font_for(char: str, maps: Sequence[tuple[str, Mapping[int, int]]]) -> str | None:
    code = ord(char)
    for name, cmap in maps:
        if code in cmap:
            return name
    return None


def markup(
    value: object, fonts: FontSet, lang: str, *, bold: bool = False, base: str | None = None
) -> str:
    """Paragraph markup for ``value``: cleaned, font runs, escaped, ``<br/>`` for breaks."""
    chain = fonts.chain(lang, bold=bold)
    lines = clean(value).split("\n")
    return "<br/>".join(
        "".join(
            escape(run) if font == base else f'<font name="{font}">{escape(run)}</font>'
            for font, run in split_runs(line, chain, fonts)
        )
        for line in lines
    )
