"""Texts of the accepted maximum length print in full in every single-language
edition (the bilingual ones are in tests/attacks/test_checks_pdf_errors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.engine import Database
from tests.support.long_text import body_text, check_all_printed, longest_itinerary


@pytest.mark.parametrize("edition", ["trip", "person"])
@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_texts_of_the_maximum_length_print_in_full(
    db: Database, tmp_path: Path, lang: str, edition: str
) -> None:
    pdf = longest_itinerary(db, (lang,), edition)
    check_all_printed(body_text(pdf, tmp_path), (lang,))
