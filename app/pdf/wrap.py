"""Japanese line breaking (kinsoku shori) for ReportLab paragraphs.

ReportLab's ``wordWrap='CJK'`` breaks between any two characters and hangs at most
one closing mark into the margin: "。」" at a break still starts the next line with
"」", an opening bracket can end a line, and a Latin name inside Japanese text is cut
in the middle of a word. :class:`JapaneseParagraph` keeps ReportLab's line objects
(so drawing and splitting across pages work as before) but chooses the breaks itself:

* a break may fall between two wide (CJK) characters, at a space, or between a wide
  and a narrow character — not inside a Latin word or number;
* never before a character of :data:`CANNOT_START` (。、」）ー small kana …) and never
  after one of :data:`CANNOT_END` (「（ …): the break moves back (oidashi), which
  carries the preceding character to the next line with the mark;
* only if a line has no legal break at all (a very long Latin word) is it cut where
  it is full.

Spaces at a break are dropped; every other character is kept, in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from app.pdf.text import is_wide

__all__ = ["CANNOT_END", "CANNOT_START", "JapaneseParagraph", "break_positions"]

#: Characters that must not begin a line (JIS X 4051 classes 2–7 and Latin closers).
CANNOT_START = frozenset(
    "、。，．,.:;!?)]}」』）］｝〕〉》】〙〗〟’”»"
    "・：；！？ー‐゠–〜～…‥ゝゞヽヾ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "％℃°′″‰"
)
#: Characters that must not end a line (opening brackets and quotes).
CANNOT_END = frozenset("([{「『（［｛〔〈《【〘〖〝‘“«")

_FUZZ = 1e-6


_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


def _is_space(char: str) -> bool:
    """A space a line may break at (no-break spaces are not)."""
    return bool(char) and unicodedata.category(char) == "Zs" and char not in _NO_BREAK_SPACES


def _may_break_before(prev: str, cur: str) -> bool:
    if not prev or not cur:
        return False
    if _is_space(prev) or _is_space(cur):
        return cur not in CANNOT_START
    if cur in CANNOT_START or prev in CANNOT_END:
        return False
    # Two narrow characters belong to one Latin word or number.
    return is_wide(prev) or is_wide(cur)


def break_positions(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
                    forced: Sequence[bool] = ()) -> list[tuple[int, int]]:
    """Line spans ``[(start, end)]`` over ``chars`` (one string per character).

    ``forced[i]`` marks a hard line break at element ``i`` (it ends its line).
    Leading spaces of a line after an automatic break are skipped.
    """
    n = len(chars)
    forced = list(forced) or [False] * n
    spans: list[tuple[int, int]] = []
    start = 0
    while start < n:
        max_width = max_widths[min(len(spans), len(max_widths) - 1)]
        used = 0.0
        i = start
        end = None
        while i < n:
            if forced[i]:
                end = i + 1
                break
            used += widths[i]
            if used > max_width + _FUZZ and not _is_space(chars[i]) and i > start:
                end = _backtrack(chars, start, i)
                break
            i += 1
        if end is None:
            end = n
        spans.append((start, end))
        start = end
        if not forced[end - 1]:
            while start < n and _is_space(chars[start]) and not forced[start]:
                start += 1
    return spans


def _backtrack(chars: Sequence[str], start: int, overflow: int) -> int:
    """End of the line that overflows at ``overflow``: the last legal break."""
    for pos in range(overflow, start, -1):
        if _may_break_before(chars[pos - 1], chars[pos]):
            return pos
    # No legal break on the whole line: cut where it is full, but let a closing
    # mark hang rather than start the next line.
    end = overflow
    while end < len(chars) and chars[end] in CANNOT_START:
        end += 1
    return end


class JapaneseParagraph(Paragraph):
    """A ``wordWrap='CJK'`` paragraph that breaks lines by the rules above."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802,N803 (ReportLab's names)
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        style = self.style
        units = []
        for frag in self.frags:
            text = frag.text
            if text:
                units.extend(cjkU(char, frag, "utf8") for char in text)
            else:
                units.append(cjkU(text, frag, "utf8"))
        if not units:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        forced = [hasattr(u.frag, "lineBreak") for u in units]
        spans = break_positions([str(u) for u in units], [u.width for u in units],
                                maxWidths, forced)
        lines = []
        for number, (start, end) in enumerate(spans):
            max_width = maxWidths[min(number, len(maxWidths) - 1)]
            keep = end
            while keep > start and _is_space(str(units[keep - 1])):
                keep -= 1
            line_units = units[start:end] if forced[end - 1] else units[start:keep]
            used = sum(u.width for u in line_units)
            lines.append(makeCJKParaLine(line_units, max_width, used, max_width - used,
                                         forced[end - 1], calc_bounds))
        return ParaLines(kind=1, lines=lines)
