"""Person names as a reader of German, English or Japanese expects them.

German and English texts write a Japanese name family name first, the family name
in capitals ("KITAGAWA Masaki"), as the Japanese government asks since 2020; the
native name follows in parentheses so the name can be matched to name cards and
the partner's own papers. Other names are in Western order ("Dr. Anna Schmidt").

Japanese texts use the native script for Japanese persons, with a full-width space
between family and given name as official lists write it (北川　正樹), and the
katakana rendering (``name_ja``) for German or British persons
(レナーテ・ケスターブリンク), optionally with the Latin name in brackets
(``latin=True``, for member lists). The suffix 様 is added only by the program
(``honorific=True``: partner-facing lists and personal titles), never typed.

Titles ("Dr.", "Prof. Dr.") are Latin-script and stay in front of a Latin-script
name; in Japanese texts they are left off a native-script or katakana name, where
"Dr. 鈴木 直道" would read as a stray foreign label. Salutations (Frau/Herr, Ms/Mr)
belong to letters and are not part of a listed name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from app.locale.i18n import check_language

__all__ = [
    "JA_HONORIFIC",
    "PersonName",
    "format_name",
    "format_name_native",
    "format_name_romanised",
    "initials",
    "sort_key",
]

#: Formal address suffix in Japanese (様, "Mr./Ms."), separated by a space.
JA_HONORIFIC = "様"

# Only ASCII whitespace is collapsed: an ideographic space (U+3000) inside a
# native name is how the person's name is written and stays as it is.
_ASCII_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


class PersonName(Protocol):
    """The name attributes of ``models.Person`` (and of any test stand-in)."""

    family_name: str
    given_name: str
    native_name: str | None
    name_ja: str
    family_name_first: bool
    academic_title: str | None


def format_name(
    person: PersonName,
    lang: str,
    *,
    with_title: bool = True,
    honorific: bool = False,
    latin: bool = False,
) -> str:
    """The name as shown in ``lang``.

    de/en: "Dr. Anna Schmidt", "SUZUKI Naomichi (鈴木 直道)"; ``honorific`` and
    ``latin`` have no effect there. ja: "鈴木　直道", "SUZUKI Naomichi",
    "Dr. Anna Schmidt", "アンナ・シュミット" (with ``latin``:
    "アンナ・シュミット（Dr. Anna Schmidt）"); with ``honorific`` followed by " 様".
    """
    code = check_language(lang)
    if code != "ja":
        native = _clean(person.native_name)
        if person.family_name_first:
            romanised = _romanised_in_own_order(person)
            if with_title and romanised:
                romanised = _join(person.academic_title, romanised)
            return _join(romanised, f"({native})") if native else romanised
        return format_name_romanised(person, with_title=with_title)
    native = _clean(person.native_name)
    katakana = _clean(person.name_ja)
    if native:
        name = _ja_spacing(native)
    elif katakana:
        name = katakana
        if latin and (roman := format_name_romanised(person, with_title=with_title)):
            name = f"{name}（{roman}）"
    else:
        title = _clean(person.academic_title) if with_title else ""
        name = _join(title, _romanised_in_own_order(person))
    return _join(name, JA_HONORIFIC) if honorific and name else name


def format_name_romanised(person: PersonName, *, with_title: bool = True) -> str:
    """Latin script in Western order: "Naomichi Suzuki", "Dr. Anna Schmidt"."""
    name = _join(person.given_name, person.family_name)
    if not name:
        # A title alone is not a name.
        return ""
    return _join(person.academic_title, name) if with_title else name


def format_name_native(person: PersonName) -> str:
    """The name as the person writes it: "鈴木 直道", else "SUZUKI Naomichi" / "Anna Schmidt"."""
    return _clean(person.native_name) or _romanised_in_own_order(person)


def sort_key(person: PersonName) -> tuple[str, str, str, str]:
    """Alphabetical order by family name, then given name.

    Accents are folded first so "Özdemir" sorts among the O names, as German
    lists (DIN 5007) do; the unfolded names then break ties deterministically.
    """
    family = _clean(person.family_name).casefold()
    given = _clean(person.given_name).casefold()
    return (_fold_accents(family), _fold_accents(given), family, given)


def initials(person: PersonName) -> str:
    """Given-name and family-name initials, "AS" or "NS"; the native name's first
    character when no romanised name is entered."""
    letters = [_first_letter(person.given_name), _first_letter(person.family_name)]
    result = "".join(letter for letter in letters if letter).upper()
    if result:
        return result
    native = _clean(person.native_name)
    return native[:1]


def _romanised_in_own_order(person: PersonName) -> str:
    # Japanese usage writes romanised Japanese names family first, the family
    # name in capitals so that the order cannot be misread.
    if person.family_name_first:
        return _join(_clean(person.family_name).upper(), person.given_name)
    return _join(person.given_name, person.family_name)


def _ja_spacing(native: str) -> str:
    """A Japanese-script name with the full-width space of official lists between
    family and given name ("北川 正樹" → "北川　正樹"); other scripts as they are."""
    if _JAPANESE_SCRIPT.search(native):
        return native.replace(" ", "\u3000")
    return native


def _first_letter(text: str | None) -> str:
    return next((char for char in _clean(text) if char.isalpha()), "")


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _clean(text: str | None) -> str:
    return _ASCII_SPACES.sub(" ", text or "").strip()


def _join(*parts: str | None) -> str:
    """Joins the non-empty parts with single spaces."""
    return " ".join(cleaned for part in parts if (cleaned := _clean(part)))
