"""Cleaning user text for a paragraph: which characters go, which stay."""

from __future__ import annotations

import unicodedata

from app.pdf.text import clean

BREAKS = {
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x85": "\n",
    "\v": "\n",
    "\f": "\n",
    "\t": " ",
}


def _reference(text: str) -> str:
    """Line breaks unified, then every control character, lone surrogate and
    U+FFFE/FFFF removed, one character at a time."""
    text = text.replace("\r\n", "\n")
    text = "".join(BREAKS.get(char, char) for char in text)
    return "".join(
        char
        for char in text
        if char == "\n"
        or not (unicodedata.category(char) in ("Cc", "Cs") or char in ("\ufffe", "\uffff"))
    )


def test_every_code_point_is_kept_or_removed_as_its_category_says() -> None:
    # The whole Basic Multilingual Plane (all controls, surrogates and U+FFFE/FFFF are
    # there), a sample of the planes above.
    for code in [*range(0x10000), *range(0x10000, 0x110000, 251), 0x10FFFF]:
        text = f"a{chr(code)}b c\n"
        assert clean(text) == _reference(text), hex(code)


def test_spaces_that_are_not_printable_stay() -> None:
    text = "24\u2009–\u20092 April · 佐藤\u00a0健一\u3000様"
    assert clean(text) == text
    assert clean("a\r\nb\u2028c\x00d\te") == "a\nb\ncd e"
