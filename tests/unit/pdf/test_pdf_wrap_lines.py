"""Japanese paragraph lines: the same lines as ReportLab builds from one unit per character."""

from __future__ import annotations

import random

import pytest
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from app.pdf.fonts import load_fonts
from app.pdf.styles import Typesetter
from app.pdf.wrap import JapaneseParagraph, _is_space, break_positions


def _reference(para: JapaneseParagraph, max_widths: list[float]) -> ParaLines:
    """The lines as ReportLab's own CJK code makes them: a unit per character with its
    width, the line breaks of :func:`break_positions`, ``makeCJKParaLine`` per line."""
    units = []
    for frag in para.frags:
        units += (
            [cjkU(c, frag, "utf8") for c in frag.text]
            if frag.text
            else [cjkU(frag.text, frag, "utf8")]
        )
    forced = [hasattr(u.frag, "lineBreak") for u in units]
    spans = break_positions([str(u) for u in units], [u.width for u in units], max_widths, forced)
    lines = []
    for number, (start, end) in enumerate(spans):
        max_width = max_widths[min(number, len(max_widths) - 1)]
        keep = end
        while keep > start and _is_space(str(units[keep - 1])):
            keep -= 1
        line = units[start:end] if forced[end - 1] else units[start:keep]
        used = sum(u.width for u in line)
        lines.append(
            makeCJKParaLine(line, max_width, used, max_width - used, forced[end - 1], False)
        )
    return ParaLines(kind=1, lines=lines)


def _dump(lines: ParaLines) -> list[object]:
    out: list[object] = []
    for line in lines.lines:
        facts = sorted((k, repr(v)) for k, v in vars(line).items() if k != "words")
        out.append((facts, [sorted((k, repr(v)) for k, v in vars(w).items()) for w in line.words]))
    return out


CHARS = (
    list("北海道とルール地域連合（RVR）は、2026年4月に札幌で「次回は」。ゃゅょっー ")
    + list("Anna Schmidt „Zusammenarbeit“ Dr. ")
    + ["\u00a0", "&", "<", "\n", "\u3000"]
)


@pytest.mark.parametrize("seed", range(4))
def test_lines_match_reportlabs_per_character_lines(seed: int) -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("ja",))
    rng = random.Random(seed)
    for _ in range(150):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 90)))
        para = ts.p(
            text,
            rng.choice(["cell", "small", "item", "warn"]),
            "ja",
            bold=rng.choice([None, True]),
            strike=rng.random() < 0.2,
        )
        assert isinstance(para, JapaneseParagraph)
        for width in (rng.uniform(5, 400), 40.0, 120.0):  # broken again: worked out once
            para.wrap(width, 1000)
            assert _dump(para.blPara) == _dump(_reference(para, para._wrapWidths)), text


def test_an_empty_paragraph_has_no_lines() -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("ja",))
    para = ts.p("", "cell", "ja")
    assert para.wrap(100, 100) == (100, 0)
    assert para.blPara.lines == []
