"""Per-language text with the one fallback rule: requested → English → German → any."""

from __future__ import annotations

from typing import Any

from models.enums import LANGUAGES

FALLBACK_ORDER: tuple[str, ...] = ("en", "de")


def fallback_chain(lang: str) -> tuple[str, ...]:
    """The languages to try for ``lang``, most wanted first, each once."""
    chain = [lang, *FALLBACK_ORDER, *LANGUAGES]
    return tuple(dict.fromkeys(chain))


def localized(obj: Any, field: str, lang: str) -> str:
    """The text of ``obj.<field>_<lang>`` following the fallback rule ('' if none)."""
    for code in fallback_chain(lang):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return str(value)
    return ""


def localized_with_source(obj: Any, field: str, lang: str) -> tuple[str, str | None]:
    """Like :func:`localized`, plus the language the text came from (None if empty)."""
    for code in fallback_chain(lang):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return str(value), code
    return "", None


def missing_languages(obj: Any, field: str) -> list[str]:
    """Languages in which ``field`` has no text of its own (a translation to do)."""
    return [code for code in LANGUAGES if not getattr(obj, f"{field}_{code}", None)]
