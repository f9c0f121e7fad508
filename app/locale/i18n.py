"""Gettext plumbing: ``_``, ``N_``, ``ngettext``, ``pgettext``, ``npgettext`` over
catalogues in translations/.

Strings in code are English msgids. The active language is process-wide; the
desktop window switches it at run time, the CLI sets it once from ``--lang``.
Compiled ``.mo`` files are committed next to their ``.po`` files; a test fails
when they are stale (``make translations`` rebuilds them).
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import cache
from pathlib import Path

from app.errors import PlannerError
from models.enums import LANGUAGES

DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"

#: Locale (Babel and Qt) per program language: German as written in Germany, English
#: as written in Britain, Japanese.
LOCALE_IDS: dict[str, str] = {"de": "de_DE", "en": "en_GB", "ja": "ja_JP"}

_current: gettext.NullTranslations = gettext.NullTranslations()
_current_lang: str = DEFAULT_LANGUAGE


class UnknownLanguageError(PlannerError, ValueError):
    """A language code that the program has no catalogue for."""


def check_language(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        raise UnknownLanguageError(
            _("Unknown language '{lang}'. Choose one of: {choices}.").format(
                lang=lang, choices=", ".join(LANGUAGES)
            )
        )
    return code


def _catalogue_folder() -> Path:
    """The ``translations`` package's folder (found without importing it, and without
    importlib.resources, whose import would add to the time before the first paint)."""
    import importlib.util

    spec = importlib.util.find_spec("translations")
    assert spec is not None and spec.submodule_search_locations, "translations/ is missing"
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def translations_for(lang: str) -> gettext.NullTranslations:
    """The catalogue of ``lang``; English needs none (msgids are English)."""
    mo = _catalogue_folder() / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if lang == DEFAULT_LANGUAGE and not mo.is_file():
        return gettext.NullTranslations()
    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def set_language(lang: str) -> str:
    """Make ``lang`` the language of every message from now on."""
    global _current, _current_lang
    code = check_language(lang)
    _current = translations_for(code)
    _current_lang = code
    return code


def current_language() -> str:
    return _current_lang


def system_language() -> str:
    """The operating system's language if we have it, else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part[:2].lower()
            if code in LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def _(message: str) -> str:
    return _current.gettext(message)


def N_(message: str) -> str:
    """Marks a string for extraction; it is translated where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the sense ``context`` names (msgctxt): a short label such as
    "Status" of a trip and of a programme item may need two translations."""
    return _current.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return _current.npgettext(context, singular, plural, n)


def NP_(context: str, message: str) -> tuple[str, str]:
    """Marks ``message`` with a msgctxt for extraction; translate it with
    :func:`pgettext_in` (or ``pgettext``) where it is shown."""
    return context, message


def translate_in(lang: str, message: str) -> str:
    """``message`` in ``lang`` without changing the active language (for exports)."""
    return translations_for(check_language(lang)).gettext(message)


def ngettext_in(lang: str, singular: str, plural: str, n: int) -> str:
    return translations_for(check_language(lang)).ngettext(singular, plural, n)


def pgettext_in(lang: str, context: str, message: str) -> str:
    """``pgettext`` in ``lang`` without changing the active language."""
    return translations_for(check_language(lang)).pgettext(context, message)
