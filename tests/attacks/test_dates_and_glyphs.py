"""Attacks with far-off dates and characters no font has: a date in year 9999 is a
translated field error (it used to be saved and then broke exports with "unexpected
failure: year 10001 is out of range"), and an emoji prints as a visible marker in the
PDF instead of an empty box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.errors import ValidationError
from app.locale.i18n import set_language
from app.pdf.itinerary import build_itinerary_pdf
from app.services.followups import create_follow_up
from app.services.regions import add_agreement
from tests.support import factories as f
from tests.support.db_dump import table_rows
from tests.support.poppler import flat, pdf_text

FAR = date(9999, 12, 30)
MARKER = "[?]"  # what the README promises for a character no font has


def far_trip(db: Database, region_id: int) -> Any:
    return f.trip(db, region_id, slug="far", start_date=FAR, end_date=date(9999, 12, 31))


def far_follow_up(db: Database, region_id: int) -> Any:
    return create_follow_up(db, region_id=region_id, title_en="Send photos", due=FAR)


def far_agreement(db: Database, region_id: int) -> Any:
    return add_agreement(db, region_id, kind="partnership", title_en="Charter", signed_on=FAR)


@pytest.mark.parametrize(
    ("save", "field", "lang", "expected"),
    [
        (
            far_trip,
            "start_date",
            "en",
            "First day: 9999-12-30 lies outside the years 1900 to 2999.",
        ),
        (far_trip, "start_date", "de", "1900 bis 2999"),
        (far_follow_up, "due", "ja", "1900"),
        (far_agreement, "signed_on", "en", "Signed on: 9999-12-30 lies outside"),
    ],
)
def test_a_date_in_year_9999_is_a_field_error_and_nothing_is_saved(
    db: Database,
    save: Callable[[Database, int], Any],
    field: str,
    lang: str,
    expected: str,
) -> None:
    region_id = f.region(db).id
    before = table_rows(db)
    set_language(lang)
    try:
        with pytest.raises(ValidationError) as caught:
            save(db, region_id)
    finally:
        set_language("en")
    assert expected in caught.value.fields[field]
    assert table_rows(db) == before


@pytest.mark.parametrize("langs", [("de",), ("ja",), ("de", "ja")])
def test_an_emoji_prints_as_a_visible_marker_not_a_box(
    db: Database, tmp_path: Path, langs: tuple[str, ...]
) -> None:
    trip = f.trip(db, f.region(db).id, title_ja="北海道訪問")
    title = "Empfang 🎌 mit Sake 🍶"
    f.item(
        db, trip.id, trip.start_date, "18:00", "20:00", title=title, title_de=title, title_ja=title
    )
    text = flat(pdf_text(build_itinerary_pdf(db, trip.id, langs=langs), tmp_path))
    assert "🎌" not in text and "🍶" not in text
    assert flat(f"Empfang {MARKER} mit Sake {MARKER}") in text
