"""A per-language text for a reader, with a visible mark when it is not in their language.

Every export prints a record's texts in the reader's language. When a text has no
value in that language, the exports print the text of the fallback language
(:func:`models.text.fallback_chain`) followed by a mark that names the language it
is in, so the gap is visible and never silent:

- ja: ``New Chitose Airport〔英語〕``
- de: ``Sapporo Park Hotel [englisch]``
- en: ``Flughafen Düsseldorf [German]``

One format for the PDF and the calendar file, in this one function. The language
names are fixed words (not catalogue entries): they must read the same in every
export, whatever language the program itself runs in.
"""

from __future__ import annotations

from typing import Any, Final

from models.text import localized_with_source

__all__ = ["FALLBACK_LANGUAGE_WORDS", "fallback_mark", "localized_marked", "mark_fallback"]

#: How a reader of the key language names the language of a fallback text.
FALLBACK_LANGUAGE_WORDS: Final[dict[str, dict[str, str]]] = {
    "de": {"de": "deutsch", "en": "englisch", "ja": "japanisch"},
    "en": {"de": "German", "en": "English", "ja": "Japanese"},
    "ja": {"de": "ドイツ語", "en": "英語", "ja": "日本語"},
}


def fallback_mark(source: str, lang: str) -> str:
    """The mark put after a text in ``source`` shown to a reader of ``lang``:
    "〔英語〕" (ja), " [englisch]" (de), " [German]" (en)."""
    word = FALLBACK_LANGUAGE_WORDS.get(lang, FALLBACK_LANGUAGE_WORDS["en"]).get(source, source)
    return f"〔{word}〕" if lang == "ja" else f" [{word}]"


def mark_fallback(text: str, source: str | None, lang: str) -> str:
    """``text`` as is when it is in ``lang`` (or empty), else with its language mark."""
    if not text or source is None or source == lang:
        return text
    return text + fallback_mark(source, lang)


def localized_marked(obj: Any, field: str, lang: str) -> str:
    """``obj.<field>_<lang>``; if empty, the fallback language's text with its mark;
    '' when no language has a text."""
    text, source = localized_with_source(obj, field, lang)
    return mark_fallback(text, source, lang)
