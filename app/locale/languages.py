"""How the program names its three languages and marks a text still to be translated.

Plain constants without Babel, so the window's menus can use them before its first
paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

#: Each language as its speakers write it, never translated: a reader looking for
#: their own language finds it whatever language the program is in.
LANGUAGE_NAMES: Final[dict[str, str]] = {"de": "Deutsch", "en": "English", "ja": "日本語"}

#: Put beside a text (a language tab, a programme title) that exists in some
#: languages but not yet in this one.
MISSING_TRANSLATION_MARK: Final = "⚠"


def languages_label(langs: Sequence[str]) -> str:
    """ "Deutsch + 日本語": the languages of a two-language export, as their speakers
    write them."""
    return " + ".join(LANGUAGE_NAMES[c] for c in langs)
