"""Property tests of PDF text escaping: any text a user types prints literally or is
refused with a message at entry — the export never crashes on it."""

from __future__ import annotations

import subprocess
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.opening import open_database
from app.errors import ValidationError
from app.pdf.fonts import covers, load_fonts
from app.pdf.itinerary import build_itinerary_pdf
from tests.support import factories as f

MARKUP = st.sampled_from(
    [
        '<font name="x">',
        "</para>",
        "<para>",
        "&amp;",
        "&",
        "<b>",
        "</b>",
        "<br/>",
        "<",
        ">",
        '"',
        "'",
        "<img src='x'/>",
        "&#x41;",
        "]]>",
    ]
)
_FONTS = load_fonts(require_japanese=True)
_COVERED = set(covers(_FONTS.latin)) | set(covers(_FONTS.japanese or _FONTS.latin))
# Characters the embedded fonts have (a rare kanji outside IPAexGothic prints as the
# font's missing-glyph box, which pdftotext cannot read back).
COVERED = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Nd", "Lo", "Po", "Sm", "Ps", "Pe", "Pd"),
    max_codepoint=0x9FFF,
).filter(lambda c: ord(c) in _COVERED)
LITERAL = (
    st.lists(st.one_of(MARKUP, COVERED), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda s: s.strip())
)
ANY = st.text(min_size=1, max_size=60)

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _pdf_with_title(title: str) -> bytes | None:
    db = open_database(":memory:")
    try:
        trip = f.trip(db, f.region(db).id)
        try:
            f.item(db, trip.id, date(2026, 4, 14), "10:00", "11:00", title=title, venue_name=title)
        except ValidationError as exc:
            assert exc.message  # refused with a message, at entry
            return None
        return build_itinerary_pdf(db, trip.id, langs=("en",), home_tz=None)
    finally:
        db.close()


def _text(pdf: bytes) -> str:
    result = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return "".join(result.stdout.decode("utf-8").split())


@SETTINGS
@given(title=LITERAL)
def test_markup_and_covered_text_prints_literally(title: str) -> None:
    pdf = _pdf_with_title(title)
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert "".join(title.split()) in _text(pdf)


@SETTINGS
@given(title=ANY)
def test_any_unicode_never_crashes_the_export(title: str) -> None:
    pdf = _pdf_with_title(title)
    assert pdf is None or pdf.startswith(b"%PDF")
