"""Topic values are shown as words of the reader's language and read back from them."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from app.db.engine import Database
from app.demo_data.catalogue import ITEMS
from app.ics.export import export_ics
from app.locale.labels import TOPICS, topic_label, topic_value
from app.services.base import resolve
from models.enums import LANGUAGES
from models.ids import id_of
from models.tables import Trip


def test_topics_in_three_languages() -> None:
    assert topic_label("protocol", "de") == "Protokoll"
    assert topic_label("site-visit", "ja") == "視察"
    assert topic_label("large-events", "en") == "major events"
    assert topic_label("industrial-heritage", "ja") == "産業遺産"


def test_unknown_free_text_topic_passes_through() -> None:
    for lang in LANGUAGES:
        assert topic_label("Wasserstoff / hydrogen", lang) == "Wasserstoff / hydrogen"
        assert topic_label("", lang) == ""
    assert topic_value("Wasserstoff / hydrogen") == "Wasserstoff / hydrogen"


def test_every_demo_topic_has_a_label() -> None:
    used = {str(item["topic"]) for item in ITEMS if item.get("topic")}
    assert used <= set(TOPICS), sorted(used - set(TOPICS))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_label_maps_back_to_the_value(lang: str) -> None:
    for value in TOPICS:
        assert topic_value(topic_label(value, lang)) == value
    labels = [topic_label(value, lang) for value in TOPICS]
    assert len(set(labels)) == len(labels), "two topics share a word"


def test_japanese_calendar_carries_the_japanese_word(demo_db: Database) -> None:
    with demo_db.session() as session:
        trip_id = id_of(resolve(session, Trip, "hokkaido-2026"))
    cal = Calendar.from_ical(export_ics(demo_db, trip_id, lang="ja"))
    categories = {str(c) for e in cal.walk("VEVENT") if e.get("CATEGORIES") for c in e.categories}
    assert "儀礼" in categories and "移動" in categories
    assert not categories & set(TOPICS), categories
