"""The catalogues are complete, current and consistent in de, en and ja."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
TRANSLATED = ("de", "ja")


def catalog(lang: str) -> Catalog:
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def extraction_keywords() -> list[str]:
    """The ``-k`` options of scripts/translations.sh, so that the test extracts what the
    script extracts (pgettext, npgettext, NP_, the ``*_in`` helpers …)."""
    script = (ROOT / "scripts" / "translations.sh").read_text(encoding="utf-8")
    body = script[script.index("KEYWORDS=(") + len("KEYWORDS=(") :]
    return body[: body.index(")")].split()


def msgids_in_code(tmp_path: Path) -> set[str]:
    pot = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [str(pybabel), "-q", "extract", "-F", "babel.cfg", *extraction_keywords()]
        + ["--no-location", "-o", str(pot), "."],
        cwd=ROOT,
        check=True,
    )
    with pot.open("rb") as fh:
        extracted = read_po(fh)
    return {m.id if isinstance(m.id, str) else m.id[0] for m in extracted if m.id}


def ids(cat: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in cat if m.id}


def test_every_msgid_in_the_code_is_in_every_catalogue(tmp_path: Path) -> None:
    in_code = msgids_in_code(tmp_path)
    assert len(in_code) > 50
    for lang in ("de", "en", "ja"):
        missing = sorted(in_code - ids(catalog(lang)))
        assert not missing, f"{lang}: run scripts/translations.sh; missing {missing[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_complete_and_not_fuzzy(lang: str) -> None:
    problems = []
    for message in catalog(lang):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(strings):
            problems.append(f"untranslated: {message.id!r}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("lang", ("de", "en", "ja"))
def test_placeholders_are_the_same_in_every_language(lang: str) -> None:
    wrong = []
    for message in catalog(lang):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[1]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if text and set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                wrong.append(f"{message.id!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def lookups(cat: Catalog, msgids: Catalog) -> dict[object, tuple[str, ...]]:
    """What the program shows for each message of ``msgids`` with ``cat`` loaded:
    the translation, or the English msgid forms where there is none (gettext's rule;
    fuzzy entries count as none)."""
    out: dict[object, tuple[str, ...]] = {}
    for source in msgids:
        if not source.id:
            continue
        forms = (source.id,) if isinstance(source.id, str) else tuple(source.id)
        message = cat.get(source.id, context=source.context)
        found = message.string if message is not None and not message.fuzzy else None
        strings = tuple(found) if isinstance(found, (list, tuple)) else (found,)
        out[(source.context, forms)] = strings if all(strings) else forms
    return out


@pytest.mark.parametrize("lang", ("de", "en", "ja"))
def test_committed_mo_files_are_current(lang: str) -> None:
    """The .mo the program loads holds exactly the .po's messages and plural rule.

    Contents, not bytes: another Babel release writes another Generated-By header."""
    po = catalog(lang)
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo").open("rb") as fh:
        mo = read_mo(fh)
    assert lookups(mo, po) == lookups(po, po), "stale .mo: run scripts/translations.sh"
    assert ids(mo) <= ids(po), "stale .mo: it holds messages the .po no longer has"
    assert mo.plural_forms == po.plural_forms


def test_plural_forms_per_language() -> None:
    from app.locale.i18n import ngettext, set_language

    set_language("de")
    assert ngettext("{n} schedule problem", "{n} schedule problems", 1).format(n=1) != ngettext(
        "{n} schedule problem", "{n} schedule problems", 2
    ).format(n=2)
    set_language("ja")
    one = ngettext("{n} schedule problem", "{n} schedule problems", 1)
    two = ngettext("{n} schedule problem", "{n} schedule problems", 2)
    assert one == two and "{n}" in one


def test_unknown_language_is_refused() -> None:
    from app.locale.i18n import UnknownLanguageError, set_language

    with pytest.raises(UnknownLanguageError, match="de, en, ja"):
        set_language("fr")
