"""One glossary, enforced: no forbidden term in any catalogue or demo-data text.

The rules are data (translations/glossary_rules.toml, named by translations/GLOSSARY.md):
forbidden pattern → the term to use, per language. They are checked against what the
program shows — every msgstr of the compiled .mo catalogues (the English msgids for
English) — and against every text of the demo data, read from whatever
``app.demo_data`` holds at the time.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from babel.messages.mofile import read_mo

import app.demo_data

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
LANGS = ("de", "en", "ja")


@dataclass(frozen=True)
class Rule:
    lang: str
    pattern: re.Pattern[str]
    use: str

    def applies_to(self, lang: str) -> bool:
        return self.lang == "*" or lang == "*" or self.lang == lang

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.pattern.pattern}"


def load_rules() -> list[Rule]:
    with (TRANSLATIONS / "glossary_rules.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return [
        Rule(r["lang"], re.compile(r["pattern"], re.MULTILINE), r["use"]) for r in data["forbidden"]
    ]


RULES = load_rules()


def catalogue_texts(lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every string the program shows in ``lang``."""
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo").open("rb") as fh:
        catalogue = read_mo(fh)
    for message in catalogue:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        shown = [s for s in strings if s] or list(ids)
        for text in shown:
            yield f"{lang} {ids[0]!r}", text


def english_msgids() -> Iterator[tuple[str, str]]:
    """The msgids are the English source strings, whatever catalogue holds them."""
    with (TRANSLATIONS / "de" / "LC_MESSAGES" / "messages.mo").open("rb") as fh:
        catalogue = read_mo(fh)
    for message in catalogue:
        for text in (message.id,) if isinstance(message.id, str) else message.id:
            if text:
                yield f"msgid {text!r}", text


def _walk(value: Any, where: str, lang: str, seen: set[int]) -> Iterator[tuple[str, str, str]]:
    if isinstance(value, str):
        yield where, lang, value
        return
    if id(value) in seen:  # a record that another module's list re-exports is read once
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, inner in value.items():
            suffix = str(key).rsplit("_", 1)[-1]
            code = suffix if suffix in LANGS else lang
            yield from _walk(inner, f"{where}.{key}", code, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, inner in enumerate(value):
            yield from _walk(inner, f"{where}[{i}]", lang, seen)


def demo_texts() -> Iterator[tuple[str, str, str]]:
    """(where, language, text) of every string in the module-level lists, tuples and
    dicts of every ``app.demo_data`` module; a text's language is its key's suffix
    (``title_ja``), "*" where there is none."""
    seen: set[int] = set()
    modules = sorted(
        pkgutil.iter_modules(app.demo_data.__path__, "app.demo_data."),
        key=lambda info: info.name.endswith(".catalogue"),  # its own modules first
    )
    for info in modules:
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or not isinstance(value, (list, tuple, dict)):
                continue
            yield from _walk(value, f"{info.name.rsplit('.', 1)[-1]}.{name}", "*", seen)


def violations(rule: Rule, texts: Iterator[tuple[str, str, str]]) -> list[str]:
    found = []
    for where, lang, text in texts:
        if rule.applies_to(lang) and (m := rule.pattern.search(text)):
            found.append(f"{where}: {m.group(0)!r} → use {rule.use}")
    return found


def test_rules_file_is_read_and_names_the_issue_terms() -> None:
    patterns = " ".join(r.pattern.pattern for r in RULES)
    for term in ("代表団", "Hokkaidō", "Antrittsbesuch", "元炭鉱マン", "Expert talks"):
        assert term in patterns
    assert "glossary_rules.toml" in (TRANSLATIONS / "GLOSSARY.md").read_text(encoding="utf-8")


def test_rules_find_what_they_forbid() -> None:
    """The rules catch the examples of the glossary and pass its required terms."""
    bad = {
        "ja": ["ルール地域連合代表団", "北海道ならびに札幌", "。あわせて、意見交換を行う。"],
        "de": ["Dolmetscher/in", "Dolmetscher/innen", "Neue/r Person", "Teilnehmer:innen"],
        "en": ["Visit to Hokkaidō", "Expert talks: transport"],
    }
    good = {
        "ja": ["ルール地域連合訪問団", "北海道並びに札幌", "日程に合わせて調整します。"],
        "de": ["Dolmetschende", "Kolleginnen und Kollegen", "und/oder", "sqlite:///…"],
        "en": ["Visit to Hokkaido", "Technical talks"],
    }
    for lang, texts in bad.items():
        for text in texts:
            assert any(r.applies_to(lang) and r.pattern.search(text) for r in RULES), text
    for lang, texts in good.items():
        for text in texts:
            assert not any(r.applies_to(lang) and r.pattern.search(text) for r in RULES), text


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_follows_the_glossary(lang: str) -> None:
    texts = [(where, lang, text) for where, text in catalogue_texts(lang)]
    found = [v for rule in RULES for v in violations(rule, iter(texts))]
    assert not found, "\n".join(found[:40])


def test_english_msgids_follow_the_glossary() -> None:
    texts = [(where, "en", text) for where, text in english_msgids()]
    found = [v for rule in RULES for v in violations(rule, iter(texts))]
    assert not found, "\n".join(found[:40])


def test_demo_data_texts_are_found() -> None:
    texts = list(demo_texts())
    assert len(texts) > 100
    assert {lang for _, lang, _ in texts} >= {"de", "en", "ja"}


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.id) for r in RULES])
def test_demo_data_follows_the_glossary(rule: Rule) -> None:
    found = violations(rule, demo_texts())
    assert not found, "\n".join(found[:40])
