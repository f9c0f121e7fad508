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
* never inside a unit that reads as one (:func:`may_break_at`): a number and its
  counter (2024年 | 7月 | 8日～11日 is one run: 2024年7月8日～11日), a clock time,
  a short kanji word (日本語, 視察, 札幌市: runs of up to :data:`KANJI_WORD` kanji) or
  a katakana word (ケスターブリンク; a long katakana name breaks at its ・);
* only if a line has no legal break at all (a very long Latin word, a long kanji
  compound) is it cut where it is full.

Spaces at a break are dropped; every other character is kept, in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, cast

from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines, imgNormV, imgVRange

from app.pdf.text import is_wide

__all__ = [
    "CANNOT_END",
    "CANNOT_START",
    "COUNTERS",
    "GLUED_WORDS",
    "JapaneseParagraph",
    "break_positions",
    "may_break_at",
]

#: Characters that must not begin a line (JIS X 4051 classes 2–7 and Latin closers).
CANNOT_START = frozenset(
    "、。，．,.:;!?)]}」』）］｝〕〉》】〙〗〟’”»"
    "・：；！？ー‐゠–〜～…‥ゝゞヽヾ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "％℃°′″‰"
)
#: Characters that must not end a line (opening brackets and quotes).
CANNOT_END = frozenset("([{「『（［｛〔〈《【〘〖〝‘“«")

#: Counters and units that stay with the number before them (2026年, 13日, 10時30分, 5名).
COUNTERS = frozenset("年月日時分秒人名回件円階号歳週枚台本冊点割度期泊")
#: Kanji runs up to this length are kept on one line (日本語, 視察, 札幌市, 北海道庁).
KANJI_WORD = 4
#: Katakana runs up to this length are kept on one line (a name part, a loan word).
KATAKANA_WORD = 12
_RANGE_MARKS = frozenset("～〜–-")
#: Words of this product's documents that stay whole inside longer kanji runs, where
#: the run rule alone cannot see the word boundary (日本語|資料, not 日|本語資料).
#: Without a dictionary-based segmenter this short list is the honest middle ground.
GLUED_WORDS: tuple[str, ...] = (
    "日本語", "ドイツ語", "英語", "札幌市", "北海道", "道議会", "道庁", "議会", "議長",
    "副議長", "議員", "事務局", "視察", "訪問団", "訪問", "表敬", "会場", "会議", "交流",
    "協定", "締結", "署名", "大学", "空港", "市長", "知事", "副知事", "連合", "地域",
    "時間", "夏時間", "資料", "意見交換", "懇談", "夕食会", "昼食会", "歓迎", "企業",
    "炭鉱", "遺産", "記念", "東京", "新千歳", "出席者", "行程表", "日程", "通訳",
)  # fmt: skip

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


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char in "々〆〇ヶ"


def _is_katakana(char: str) -> bool:
    # The katakana block without the middle dot ・, where a long name may break.
    return ("\u30a1" <= char <= "\u30ff" and char != "・") or "\uff66" <= char <= "\uff9f"


def _is_digit(char: str) -> bool:
    return char.isdigit()


def _run_length(chars: Sequence[str], pos: int, kind: Any) -> int:
    """Length of the run of ``kind`` characters around the boundary before ``pos``."""
    left = pos
    while left > 0 and kind(chars[left - 1]):
        left -= 1
    right = pos
    while right < len(chars) and kind(chars[right]):
        right += 1
    return right - left


def _inside_glued_word(chars: Sequence[str], pos: int) -> bool:
    for word in GLUED_WORDS:
        for k in range(1, len(word)):
            if pos - k >= 0 and "".join(chars[pos - k : pos - k + len(word)]) == word:
                return True
    return False


def may_break_at(chars: Sequence[str], pos: int) -> bool:
    """Whether a line may break before ``chars[pos]`` (0 < pos < len(chars))."""
    prev, cur = chars[pos - 1], chars[pos]
    if not _may_break_before(prev, cur):
        return False
    if _is_space(prev) or _is_space(cur):
        return True
    if _is_digit(prev) and (cur in COUNTERS or _is_digit(cur)):
        return False  # 2026|年, 13|日
    if _is_digit(cur) and (prev in _RANGE_MARKS or prev in COUNTERS):
        # 年|7, 月|8, 8日～|11, 10時|30: a date or time goes on after a counter or a
        # range mark only when a number stands before it.
        before = chars[pos - 2] if pos >= 2 else ""
        if _is_digit(before) or before in COUNTERS:
            return False
    if _inside_glued_word(chars, pos):
        return False
    if _is_kanji(prev) and _is_kanji(cur):
        return _run_length(chars, pos, _is_kanji) > KANJI_WORD
    if _is_katakana(prev) and _is_katakana(cur):
        return _run_length(chars, pos, _is_katakana) > KATAKANA_WORD
    return True


def break_positions(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    forced: Sequence[bool] = (),
) -> list[tuple[int, int]]:
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
        if may_break_at(chars, pos):
            return pos
    # No legal break on the whole line: cut where it is full, but let a closing
    # mark hang rather than start the next line.
    end = overflow
    while end < len(chars) and chars[end] in CANNOT_START:
        end += 1
    return end


class JapaneseParagraph(Paragraph):
    """A ``wordWrap='CJK'`` paragraph that breaks lines by the rules above."""

    def breakLinesCJK(  # noqa: N802 (ReportLab's names)
        self,
        maxWidths: float | list[float] | tuple[float, ...],  # noqa: N803
    ) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        style = self.style
        units = self._units()
        if not units.chars:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        chars, widths, forced = units.chars, units.widths, units.forced
        spans = break_positions(chars, widths, maxWidths, forced)
        lines = []
        for number, (start, end) in enumerate(spans):
            max_width = maxWidths[min(number, len(maxWidths) - 1)]
            keep = end
            while keep > start and _is_space(chars[keep - 1]):
                keep -= 1
            stop = end if forced[end - 1] else keep
            used = sum(widths[start:stop])
            lines.append(
                _line(
                    units,
                    start,
                    stop,
                    max_width,
                    used,
                    max_width - used,
                    forced[end - 1],
                    calc_bounds,
                )
            )
        return ParaLines(kind=1, lines=lines)

    def _units(self) -> _Units:
        """The paragraph's characters with their widths and fragments, worked out once
        (a paragraph's lines are broken several times: to measure, split and draw)."""
        units = getattr(self, "_cjk_units", None)
        if units is None or units.frags is not self.frags:
            units = self._cjk_units = _Units(self.frags)
        return units


class _Units:
    """One entry per character (an empty fragment counts as one empty character):
    the character, its width, whether it is a forced line break, and the runs
    ``(start, end, fragment)`` of consecutive characters of one fragment."""

    def __init__(self, frags: Sequence[Any]) -> None:
        self.frags = frags
        self.chars: list[str] = []
        self.widths: list[float] = []
        self.forced: list[bool] = []
        self.runs: list[tuple[int, int, Any]] = []  # ReportLab's fragments are untyped
        self.run_of: list[int] = []  # unit -> index into runs
        for frag in frags:
            text = frag.text
            start = len(self.chars)
            if hasattr(frag, "cbDefn"):
                pieces = list(text) if text else [text]
                self.widths += [getattr(frag.cbDefn, "width", 0)] * len(pieces)
            elif text:
                pieces = list(text)
                known: dict[str, float] = {}
                font, size = frag.fontName, frag.fontSize
                for char in pieces:
                    width = known.get(char)
                    if width is None:
                        width = known[char] = stringWidth(char, font, size)
                    self.widths.append(width)
            else:
                pieces = [text]
                self.widths.append(stringWidth(text, frag.fontName, frag.fontSize))
            self.chars += pieces
            self.forced += [hasattr(frag, "lineBreak")] * len(pieces)
            self.run_of += [len(self.runs)] * len(pieces)
            self.runs.append((start, len(self.chars), frag))


def _line(
    units: _Units,
    start: int,
    stop: int,
    max_width: float,
    used: float,
    extra: float,
    line_break: bool,
    calc_bounds: bool,
) -> FragLine:
    """ReportLab's CJK line of the characters ``start:stop`` (as ``makeCJKParaLine``
    builds it from one unit per character): one word per stretch of characters in
    fragments that look the same, the line's largest size, ascent and descent."""
    chars = units.chars
    words: list[Any] = []
    first = None  # the fragment that opened the current word
    parts: list[str] = []
    # Plain 0 as ReportLab's own line builder starts (an empty line's values stay ints).
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    i = start
    while i < stop:
        _run_start, run_end, frag = units.runs[units.run_of[i]]
        end = min(run_end, stop)
        size = frag.fontSize
        ascent, descent = _bounds(frag, calc_bounds)
        max_size = max(max_size, size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        if not sameFrag(frag, frag):
            # A line break or an inline object: every character is a word of its own.
            for k in range(i, end):
                if first is not None:
                    words.append(_word(first, parts))
                first, parts = frag, [chars[k]]
        elif first is None or not sameFrag(first, frag):
            if first is not None:
                words.append(_word(first, parts))
            first, parts = frag, ["".join(chars[i:end])]
        else:
            parts.append("".join(chars[i:end]))
        i = end
    if first is not None:
        words.append(_word(first, parts))
    return FragLine(
        kind=1,
        extraSpace=extra,
        wordCount=1,
        words=words,
        fontSize=max_size,
        ascent=max_ascent,
        descent=min_descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line_break,
    )


def _word(frag: Any, parts: list[str]) -> Any:
    word = frag.clone()
    word.text = "".join(parts)
    return word


def _bounds(frag: Any, calc_bounds: bool) -> tuple[float, float]:
    size = frag.fontSize
    if calc_bounds:
        cb: Any = getattr(frag, "cbDefn", None)
        if getattr(cb, "width", 0):
            descent, ascent = imgVRange(imgNormV(cb.height, size), cb.valign, size)
            return ascent, descent
    return cast(tuple[float, float], getAscentDescent(frag.fontName, size))
