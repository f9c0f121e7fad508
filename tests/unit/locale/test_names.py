"""Person names in de, en and ja: order, script, titles and the 様 honorific."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.locale import names


@dataclass
class Person:
    """Stand-in with exactly the name attributes of ``models.Person``."""

    family_name: str
    given_name: str
    native_name: str | None = None
    family_name_first: bool = False
    academic_title: str | None = None
    name_ja: str = ""
    salutation: str = ""
    precedence: int = 100


SUZUKI = Person("Suzuki", "Naomichi", "鈴木 直道", family_name_first=True)
SUZUKI_ROMAN_ONLY = Person("Suzuki", "Naomichi", None, family_name_first=True)
SCHMIDT = Person("Schmidt", "Anna", None, academic_title="Dr.")
SCHMIDT_KATAKANA = Person(
    "Schmidt", "Anna", None, academic_title="Dr.", name_ja="アンナ・シュミット"
)
MUELLER = Person("Müller", "Jörg", None, academic_title="Prof. Dr.")
BURNHAM = Person("Burnham", "Andy")
KITAGAWA = Person("Kitagawa", "Masaki", "北川 正樹", family_name_first=True, precedence=1)
KOESTERBRINK = Person(
    "Kösterbrink", "Renate", None, academic_title="Dr.", name_ja="レナーテ・ケスターブリンク"
)
YAMADA_PROF = Person("Yamada", "Taro", "山田 太郎", family_name_first=True, academic_title="Prof.")


@pytest.mark.parametrize(
    ("person", "lang", "expected"),
    [
        (SCHMIDT, "de", "Dr. Anna Schmidt"),
        (SCHMIDT, "en", "Dr. Anna Schmidt"),
        (SCHMIDT, "ja", "Dr. Anna Schmidt"),
        (MUELLER, "de", "Prof. Dr. Jörg Müller"),
        (BURNHAM, "en", "Andy Burnham"),
        (BURNHAM, "ja", "Andy Burnham"),
        (SCHMIDT_KATAKANA, "de", "Dr. Anna Schmidt"),
        (SCHMIDT_KATAKANA, "en", "Dr. Anna Schmidt"),
        (SCHMIDT_KATAKANA, "ja", "アンナ・シュミット"),
        # Japanese names in de/en: family name first, in capitals (government usage)
        (SUZUKI, "de", "SUZUKI Naomichi (鈴木 直道)"),
        (SUZUKI, "en", "SUZUKI Naomichi (鈴木 直道)"),
        # a full-width space between family and given name in Japanese
        (SUZUKI, "ja", "鈴木\u3000直道"),
        (SUZUKI_ROMAN_ONLY, "de", "SUZUKI Naomichi"),
        (SUZUKI_ROMAN_ONLY, "en", "SUZUKI Naomichi"),
        (SUZUKI_ROMAN_ONLY, "ja", "SUZUKI Naomichi"),
        (YAMADA_PROF, "en", "Prof. YAMADA Taro (山田 太郎)"),
        # a Latin title is not put in front of a native-script name
        (YAMADA_PROF, "ja", "山田\u3000太郎"),
        (KITAGAWA, "de", "KITAGAWA Masaki (北川 正樹)"),
        (KITAGAWA, "ja", "北川\u3000正樹"),
        (KOESTERBRINK, "ja", "レナーテ・ケスターブリンク"),
        (KOESTERBRINK, "de", "Dr. Renate Kösterbrink"),
    ],
)
def test_format_name(person: Person, lang: str, expected: str) -> None:
    assert names.format_name(person, lang) == expected


@pytest.mark.parametrize(
    ("person", "lang", "expected"),
    [
        (SCHMIDT, "de", "Anna Schmidt"),
        (SCHMIDT, "en", "Anna Schmidt"),
        (SCHMIDT, "ja", "Anna Schmidt"),
        (SUZUKI, "en", "SUZUKI Naomichi (鈴木 直道)"),
        (SUZUKI, "ja", "鈴木\u3000直道"),
    ],
)
def test_format_name_without_title(person: Person, lang: str, expected: str) -> None:
    assert names.format_name(person, lang, with_title=False) == expected


@pytest.mark.parametrize(
    ("person", "lang", "expected"),
    [
        (SUZUKI, "ja", "鈴木\u3000直道 様"),
        (SUZUKI_ROMAN_ONLY, "ja", "SUZUKI Naomichi 様"),
        (SCHMIDT, "ja", "Dr. Anna Schmidt 様"),
        (SCHMIDT_KATAKANA, "ja", "アンナ・シュミット 様"),
        # German and English have no suffix; the title is kept
        (SCHMIDT, "de", "Dr. Anna Schmidt"),
        (SCHMIDT, "en", "Dr. Anna Schmidt"),
        (SUZUKI, "en", "SUZUKI Naomichi (鈴木 直道)"),
    ],
)
def test_format_name_honorific(person: Person, lang: str, expected: str) -> None:
    assert names.format_name(person, lang, honorific=True) == expected


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
@pytest.mark.parametrize(
    "person",
    [
        Person("  Schmidt ", " Anna", "", academic_title=" "),
        Person("Schmidt", "", None, academic_title="Dr."),
        Person("", "Anna", None, academic_title=None),
        Person("Schmidt", "Anna  Lena", "  ", academic_title="  Dr.  "),
        Person("", "", None, academic_title="Dr."),
        Person("Suzuki", "", " 鈴木 ", family_name_first=True),
    ],
)
@pytest.mark.parametrize("honorific", [False, True])
def test_format_name_never_has_stray_spaces(person: Person, lang: str, honorific: bool) -> None:
    result = names.format_name(person, lang, honorific=honorific)
    assert result == result.strip()
    assert "  " not in result
    assert "( " not in result and " )" not in result


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (Person("  Schmidt ", " Anna", "", academic_title=" "), "Anna Schmidt"),
        (Person("Schmidt", "", None, academic_title="Dr."), "Dr. Schmidt"),
        (Person("Schmidt", "Anna  Lena", None, academic_title="  Dr.  "), "Dr. Anna Lena Schmidt"),
        # a title with no name is not a name
        (Person("", "", None, academic_title="Dr."), ""),
    ],
)
def test_format_name_romanised_normalises_blanks(person: Person, expected: str) -> None:
    assert names.format_name_romanised(person) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        # German persons in katakana, the Latin name in brackets where asked for
        (KOESTERBRINK, "レナーテ・ケスターブリンク（Dr. Renate Kösterbrink）"),
        # a Japanese person needs no Latin name in a Japanese list
        (KITAGAWA, "北川\u3000正樹"),
        # no katakana entered: the Latin name alone, not twice
        (SCHMIDT, "Dr. Anna Schmidt"),
    ],
)
def test_format_name_ja_with_latin(person: Person, expected: str) -> None:
    assert names.format_name(person, "ja", latin=True) == expected


def test_empty_name_has_no_lonely_honorific() -> None:
    assert names.format_name(Person("", "", None), "ja", honorific=True) == ""


@pytest.mark.parametrize(
    ("person", "with_title", "expected"),
    [
        (SUZUKI, True, "Naomichi Suzuki"),
        (SCHMIDT, True, "Dr. Anna Schmidt"),
        (SCHMIDT, False, "Anna Schmidt"),
        (SCHMIDT_KATAKANA, True, "Dr. Anna Schmidt"),
    ],
)
def test_format_name_romanised(person: Person, with_title: bool, expected: str) -> None:
    assert names.format_name_romanised(person, with_title=with_title) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (SUZUKI, "鈴木 直道"),
        (SUZUKI_ROMAN_ONLY, "SUZUKI Naomichi"),
        # a katakana rendering is not how the person writes their name
        (SCHMIDT_KATAKANA, "Anna Schmidt"),
        (SCHMIDT, "Anna Schmidt"),
        # an ideographic space is part of the name as written
        (Person("Suzuki", "Naomichi", "鈴木\u3000直道", family_name_first=True), "鈴木\u3000直道"),
    ],
)
def test_format_name_native(person: Person, expected: str) -> None:
    assert names.format_name_native(person) == expected


def test_sort_key_orders_by_family_then_given_name_ignoring_case_and_accents() -> None:
    people = [
        Person("suzuki", "Naomichi"),
        Person("Schmidt", "Anna"),
        Person("Özdemir", "Cem"),
        Person("Schmidt", "andreas"),
        Person("Ozawa", "Ichiro"),
        Person("Burnham", "Andy"),
    ]
    ordered = [(p.family_name, p.given_name) for p in sorted(people, key=names.sort_key)]
    assert ordered == [
        ("Burnham", "Andy"),
        ("Ozawa", "Ichiro"),
        ("Özdemir", "Cem"),
        ("Schmidt", "andreas"),
        ("Schmidt", "Anna"),
        ("suzuki", "Naomichi"),
    ]


def test_sort_key_ignores_title_and_stray_spaces() -> None:
    assert names.sort_key(SCHMIDT) == names.sort_key(
        Person(" Schmidt", "Anna ", academic_title=None)
    )


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (SCHMIDT, "AS"),
        (SUZUKI, "NS"),
        (MUELLER, "JM"),
        (Person("van der Berg", "anna-lena"), "AV"),
        (Person("Schmidt", ""), "S"),
        (Person("", "", "鈴木 直道", family_name_first=True), "鈴"),
        (Person("", "", None), ""),
    ],
)
def test_initials(person: Person, expected: str) -> None:
    assert names.initials(person) == expected


@pytest.mark.parametrize("lang", ["fr", "", "jp"])
def test_unknown_language_names_supported_ones(lang: str) -> None:
    with pytest.raises(ValueError, match="de, en, ja"):
        names.format_name(SCHMIDT, lang)
