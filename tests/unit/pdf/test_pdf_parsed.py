"""Paragraph markup parsed once per document prints exactly as a fresh parse."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph
from sqlalchemy import select

from app.db.engine import Database
from app.pdf.fonts import load_fonts
from app.pdf.itinerary import build_itinerary_pdf
from app.pdf.parsed import ParsedMarkup
from app.pdf.styles import Typesetter
from app.pdf.wrap import JapaneseParagraph
from models.tables import Trip


def test_the_same_markup_in_the_same_style_shares_one_parse() -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("en", "ja"))
    first = ts.p("Kenichi Sato (佐藤 健一), Claudia Nowak", "cell")
    again = ts.p("Kenichi Sato (佐藤 健一), Claudia Nowak", "cell")
    assert again is not first and again.frags is first.frags
    assert (again.text, again.style, again.bulletText) == (
        first.text,
        first.style,
        first.bulletText,
    )
    other_style = ts.p("Kenichi Sato (佐藤 健一), Claudia Nowak", "small")
    other_text = ts.p("Claudia Nowak", "cell")
    japanese = ts.p("Kenichi Sato (佐藤 健一), Claudia Nowak", "cell", "ja")
    for para in (other_style, other_text, japanese):
        assert para.frags is not first.frags
    assert type(japanese) is JapaneseParagraph and type(first) is Paragraph


def test_a_shared_parse_breaks_lines_as_a_fresh_one() -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("ja",))
    text = "北海道庁との協議（議長及び知事）。Dr. Anna Schmidt様と„Zusammenarbeit“について。" * 4
    shared = [ts.p(text, "small", bold=b, strike=s) for b in (False, True) for s in (False, True)]
    shared += [ts.p(text, "small", bold=b, strike=s) for b in (False, True) for s in (False, True)]
    cache = ParsedMarkup()
    for para in shared:
        fresh = type(para)(para.text, para.style)
        reused = cache.paragraph(type(para), para.text, para.style)
        for width in (80, 150, 300):
            assert para.wrap(width, 1000) == fresh.wrap(width, 1000) == reused.wrap(width, 1000)
            lines = [[w.text for w in line.words] for line in para.blPara.lines]
            assert lines == [[w.text for w in line.words] for line in fresh.blPara.lines]
            assert lines == [[w.text for w in line.words] for line in reused.blPara.lines]


@pytest.mark.parametrize("langs", [("en",), ("ja",), ("de", "ja")])
def test_the_itinerary_is_the_same_with_a_fresh_parse_per_paragraph(
    demo_db: Database, langs: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids
    with demo_db.session() as s:
        trip_id = s.scalars(select(Trip.id).where(Trip.slug == "hokkaido-2026")).one()
    shared = build_itinerary_pdf(demo_db, trip_id, langs=langs)
    monkeypatch.setattr(
        ParsedMarkup, "paragraph", lambda _self, cls, markup, style: cls(markup, style)
    )
    assert build_itinerary_pdf(demo_db, trip_id, langs=langs) == shared
