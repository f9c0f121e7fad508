"""The one table of language names."""

from __future__ import annotations

from app.locale.languages import LANGUAGE_NAMES, languages_label
from models.enums import LANGUAGES


def test_every_language_has_its_own_name_in_the_same_order() -> None:
    assert tuple(LANGUAGE_NAMES) == LANGUAGES
    assert LANGUAGE_NAMES == {"de": "Deutsch", "en": "English", "ja": "日本語"}


def test_a_two_language_label_names_both_as_their_speakers_do() -> None:
    assert languages_label(("de", "ja")) == "Deutsch + 日本語"
    assert languages_label(("en",)) == "English"
