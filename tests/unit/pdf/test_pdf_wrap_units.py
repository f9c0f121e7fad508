"""Japanese break rules beyond kinsoku: numbers with counters, dates, short words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.pdf.fonts import load_fonts
from app.pdf.styles import PageInfo, Typesetter, render
from app.pdf.wrap import break_positions, may_break_at
from tests.support.poppler import pdf_text


def _lines(text: str, width: int) -> list[str]:
    """``text`` broken at ``width`` characters of equal width."""
    spans = break_positions(list(text), [1.0] * len(text), [float(width)])
    return [text[a:b].strip() for a, b in spans]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("2024年7月8日～11日", "2024年7月8日～11日"),
        ("2026年4月13日（月）", "2026年4月13日"),
        ("10時30分", "10時30分"),
        ("日本語", "日本語"),
        ("視察", "視察"),
        ("札幌市", "札幌市"),
        ("ケスターブリンク", "ケスターブリンク"),
        ("5名", "5名"),
    ],
)
def test_no_break_inside_a_unit(text: str, glued: str) -> None:
    start = text.index(glued)
    for pos in range(start + 1, start + len(glued)):
        assert not may_break_at(text, pos), (text, pos)


@pytest.mark.parametrize("width", range(3, 16))
def test_a_date_range_in_a_sentence_is_never_split(width: int) -> None:
    text = "会期は2024年7月8日～11日です。札幌市で視察を行います。"
    lines = _lines(text, max(width, len("2024年7月8日～11日")))
    assert any("2024年7月8日～11日" in line for line in lines), lines
    for word in ("札幌市", "視察"):
        assert any(word in line for line in lines), (word, lines)
    assert "".join(lines) == text


def test_breaks_stay_legal_between_words() -> None:
    text = "日本語の視察"
    assert may_break_at(text, 3)  # 日本語|の
    assert may_break_at(text, 4)  # の|視察
    # a long kanji compound may still break (no line would hold it otherwise)
    assert may_break_at("甲乙丙丁戊己", 3)
    assert not may_break_at("北海道議会", 3)  # 道議会 is one word
    # a long katakana name breaks at its middle dot only
    name = "レナーテ・ケスターブリンク"
    assert may_break_at(name, name.index("・") + 1)
    assert not may_break_at(name, 2)


def test_a_line_without_a_legal_break_is_still_cut() -> None:
    assert _lines("2024年7月8日～11日", 5)[0] == "2024年"[:5]


def test_dates_and_words_survive_a_narrow_pdf_column(tmp_path: Path) -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("ja",))
    text = "訪問団は2024年7月8日～11日にルール地域を訪れ、札幌市の日本語資料で視察しました。"
    story = [ts.p(text, "body", "ja")]
    for width in (42, 55, 70):
        story.append(ts.table([[ts.p(text, "cell", "ja")]], [width * 2.83], header=False))
    data = render(story, ts, PageInfo(title="t", subject="s", export_date=date(2026, 1, 1)))
    lines = [line.strip() for line in pdf_text(data, tmp_path).splitlines() if line.strip()]
    assert any("2024年7月8日～11日" in line for line in lines), lines
    for word in ("札幌市", "日本語", "視察"):
        assert all(not line.endswith(word[:-1]) or word in line for line in lines), (word, lines)
        assert sum(word in line for line in lines) >= 4, (word, lines)
