"""PDF text plumbing: escaping, font runs by glyph coverage, fonts, Japanese line breaks.

Checked with the real poppler tools (pdffonts, pdftotext), not with ReportLab itself.
The helpers at the top are shared with test_pdf_itinerary.py and test_pdf_dossier.py.
"""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from app import fonts as font_lookup
from app.errors import ExportError
from app.pdf import fonts as pdf_font_setup
from app.pdf.fonts import load_fonts
from app.pdf.styles import PageInfo, Typesetter, render
from app.pdf.text import clean, escape, markup, split_runs
from app.pdf.wrap import CANNOT_END, CANNOT_START, break_positions
from tests.support.poppler import assert_all_fonts_embedded, flat, pdf_text


def small_pdf(texts: list[tuple[str, str]], langs: tuple[str, ...] = ("de",)) -> bytes:
    """A PDF with one paragraph per (text, lang), through the real Typesetter."""
    ts = Typesetter(load_fonts(require_japanese=True), langs)
    story = [ts.p(text, "body", lang) for text, lang in texts]
    return render(story, ts, PageInfo(title="t", subject="s", export_date=date(2026, 4, 13)))


# --- escaping ------------------------------------------------------------------

NASTY = [
    'R&D <Kooperation> </para> & <font name="x">',
    "<b>not bold</b> <i>not italic</i> <u>x</u>",
    "&amp; stays &amp;, &lt; stays &lt;, &#65; stays &#65;",
    "<br/> is no line break; <para> neither",
    '<img src="/etc/passwd"/> <a href="javascript:alert(1)">link</a>',
    "<onDraw name=\"evil\"/> <seq id='x'/> ]]> <!-- -->",
    "&nbsp; &unknown; & & &&",
    "Zitat: „Glück auf!“ und ‚einfach‘ – Größe ÄÖÜäöüß",
    "Preis < 5 € > 3 €; a<b>c",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_prints_literally(text: str, tmp_path: Path) -> None:
    data = small_pdf([(text, "de"), (text, "ja")])
    out = pdf_text(data, tmp_path)
    assert flat(out).count(flat(text)) == 2, out


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x00b\x07c\x1bd\x7fe\x85f", "abcde\nf"),
        ("one\r\ntwo\rthree\u2028four\u2029five", "one\ntwo\nthree\nfour\nfive"),
        ("tab\there", "tab here"),
        ("\ufffe\uffffok", "ok"),
        (None, ""),
        (42, "42"),
    ],
)
def test_clean_removes_control_characters(raw: object, expected: str) -> None:
    assert clean(raw) == expected


def test_escape_and_markup_never_leave_markup_of_user_text() -> None:
    fonts = load_fonts(require_japanese=True)
    assert escape("<a & b>") == "&lt;a &amp; b&gt;"
    result = markup('x </para><font name="evil">y\nz', fonts, "de")
    # Only our own tags remain: <font name="DP…">, </font>, <br/>.
    tags = re.findall(r"<[^>]*>", result)
    assert all(re.fullmatch(r'<font name="DP\w+">|</font>|<br/>', tag) for tag in tags), tags
    assert "&lt;/para&gt;" in result and "<br/>" in result


def test_control_characters_do_not_reach_the_pdf(tmp_path: Path) -> None:
    out = pdf_text(small_pdf([("Anfang\x00\x08\x0cEnde\x1b[31m", "de")]), tmp_path)
    assert "AnfangEnde[31m" in flat(out)


# --- font runs -------------------------------------------------------------------


def test_runs_put_each_character_in_a_font_that_has_it() -> None:
    fonts = load_fonts(require_japanese=True)
    text = "„Glück auf“ ‚x‘ 北海道 様 ō 10:00～11:30 13.\u2009April"
    for lang in ("de", "ja"):
        runs = split_runs(text, fonts.chain(lang), fonts)
        assert "".join(run for _, run in runs) == text
        for font, run in runs:
            cmap = pdf_fonts_cmap(font)
            assert all(ord(char) in cmap for char in run), (lang, font, run)


def pdf_fonts_cmap(name: str) -> dict[int, int]:
    return pdfmetrics.getFont(name).face.charToGlyph


def test_japanese_text_keeps_german_quotes_and_umlauts_in_biz_ud() -> None:
    fonts = load_fonts(require_japanese=True)
    # BIZ UDGothic has „ ‚ “ – … é ü ß ō: one run, one typeface
    text = "「北海道」„Glück“ ‚ß‘ – … é ō"
    assert split_runs(text, fonts.chain("ja"), fonts) == [(fonts.japanese, text)]


IPAEX = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")


@pytest.mark.skipif(not IPAEX.is_file(), reason="fonts-ipaexfont-gothic not installed")
def test_with_the_ipaex_fallback_german_quotes_come_from_the_latin_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(font_lookup.ENV_VAR, str(IPAEX))
    fonts = load_fonts(require_japanese=True)
    assert fonts.japanese_bold is None  # IPAexGothic has no bold: Japanese stays regular
    assert fonts.chain("ja", bold=True)[0] == fonts.japanese
    runs = dict((run, font) for font, run in split_runs("「北海道」„x“", fonts.chain("ja"), fonts))
    assert runs["「北海道」"] == fonts.japanese
    assert runs["„"] == fonts.latin  # IPAexGothic has no U+201E


def test_biz_ud_brings_a_japanese_bold_face() -> None:
    fonts = load_fonts(require_japanese=True)
    assert fonts.japanese_bold is not None and fonts.japanese_bold != fonts.japanese
    assert fonts.chain("ja", bold=True)[0] == fonts.japanese_bold
    assert fonts.chain("ja")[0] == fonts.japanese
    # a Japanese name inside a bold German heading is bold too
    assert fonts.chain("de", bold=True)[:2] == (fonts.latin_bold, fonts.japanese_bold)
    assert "Bold" in pdfmetrics.getFont(fonts.japanese_bold).face.name.decode()


def test_a_space_no_font_has_becomes_a_plain_space() -> None:
    fonts = load_fonts(require_japanese=True)
    chain = (fonts.japanese,)  # BIZ UDGothic and IPAexGothic lack the thin space
    assert split_runs("a\u2009b", chain, fonts) == [(fonts.japanese, "a b")]
    assert split_runs("a\u200bb", chain, fonts) == [(fonts.japanese, "ab")]


def test_german_quotes_umlauts_and_kana_survive_in_the_pdf(tmp_path: Path) -> None:
    text = "„Glück auf“ – ‚Grüße‘ aus Essen · 北海道・札幌　ようこそ 13.\u2009–\u200921. April"
    data = small_pdf([(text, "de"), (text, "ja")], langs=("de", "ja"))
    out = pdf_text(data, tmp_path)
    assert flat(out).count(flat(text.replace("\u2009", " "))) == 2, out
    assert_all_fonts_embedded(data, tmp_path)


# --- fonts ----------------------------------------------------------------------


def test_fonts_are_registered_once_per_process() -> None:
    first = load_fonts(require_japanese=True)
    started = time.perf_counter()
    for _ in range(20):
        again = load_fonts(require_japanese=True)
    assert again == first
    assert time.perf_counter() - started < 0.5  # no re-parsing of the 4 MB font


def test_every_font_in_a_pdf_is_embedded_truetype(tmp_path: Path) -> None:
    rows = assert_all_fonts_embedded(
        small_pdf([("Hallo „Welt“", "de"), ("北海道", "ja")]), tmp_path
    )
    assert not any("Helvetica" in row["name"] for row in rows)
    assert any("BIZUDGothic" in row["name"] for row in rows)


@pytest.fixture
def no_japanese_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(font_lookup.ENV_VAR, str(tmp_path / "missing" / "ipaexg.ttf"))
    monkeypatch.setattr(font_lookup, "CANDIDATES", ())


def test_missing_japanese_font_names_the_variable_and_the_package(
    no_japanese_font: None, tmp_path: Path
) -> None:
    with pytest.raises(ExportError) as info:
        load_fonts(require_japanese=True)
    assert font_lookup.ENV_VAR in str(info.value) and "ipaexg.ttf" in str(info.value)


def test_no_font_anywhere_suggests_installing_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(font_lookup.ENV_VAR, raising=False)
    monkeypatch.setattr(font_lookup, "CANDIDATES", ())
    empty = tmp_path / "pkg"
    (empty / "fonts").mkdir(parents=True)

    class _Resources:
        @staticmethod
        def files(_package: str) -> Path:
            return empty

    monkeypatch.setattr(font_lookup, "resources", _Resources)
    assert font_lookup.find_japanese_font() is None
    with pytest.raises(ExportError, match="fonts-ipaexfont-gothic"):
        load_fonts(require_japanese=True)


def test_latin_only_text_needs_no_japanese_font_but_kanji_do(no_japanese_font: None) -> None:
    fonts = load_fonts(require_japanese=False)
    assert fonts.japanese is None
    assert "Grüße" in markup("Grüße „x“", fonts, "de")
    with pytest.raises(ExportError, match=font_lookup.ENV_VAR):
        markup("Sapporo 札幌", fonts, "de")


def test_a_file_that_is_no_truetype_font_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "NotoSansCJK.ttf"
    fake.write_bytes(b"OTTO" + b"\0" * 200)  # CFF-flavoured OpenType header, no tables
    monkeypatch.setenv(font_lookup.ENV_VAR, str(fake))
    with pytest.raises(ExportError, match="cannot be embedded"):
        load_fonts(require_japanese=True)


def test_a_font_without_japanese_glyphs_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    latin = pdf_font_setup.LATIN_CANDIDATES[-1][0]  # Vera, shipped with ReportLab
    monkeypatch.setenv(font_lookup.ENV_VAR, latin)
    with pytest.raises(ExportError, match="no Japanese characters"):
        load_fonts(require_japanese=True)


# --- Japanese line breaking -------------------------------------------------------


def _lines(text: str, width: int) -> list[str]:
    spans = break_positions(list(text), [10.0] * len(text), [width * 10.0])
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("width", range(3, 14))
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(width: int) -> None:
    text = "「北海道」と（ルール地域）は、協定に署名した。」また、「次回は」と述べた。ーっ"
    lines = _lines(text, width)
    assert "".join(lines) == text  # nothing lost, nothing added
    for line in lines[1:]:
        assert line[0] not in CANNOT_START, lines
    for line in lines[:-1]:
        assert line[-1] not in CANNOT_END, lines


def test_latin_words_inside_japanese_are_not_cut() -> None:
    text = "代表団長Renate Kösterbrink氏とDr. Matthias Brauckmann氏が出席した。"
    for width in range(11, 20):
        lines = _lines(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for word in ("Renate", "Kösterbrink", "Matthias", "Brauckmann"):
            assert any(word in line for line in lines), (width, lines)


LONG_JA = (
    "北海道とルール地域連合（RVR）は、2026年4月に札幌で友好交流に関するパートナーシップ証書に"
    "署名しました。代表団は北海道議会を訪問し、議長及び知事と意見交換を行いました。「次回は、"
    "IGA 2027（国際庭園博覧会）の際に、北海道の代表団をルール地域へお迎えする予定です。」"
    "また„Zusammenarbeit“について、Dr. Anna Schmidt様と協議しました。ゃゅょっ、ー。"
) * 3


@pytest.mark.parametrize("style", ["body", "small", "cell"])
def test_long_japanese_paragraph_keeps_every_character_and_kinsoku(
    style: str, tmp_path: Path
) -> None:
    ts = Typesetter(load_fonts(require_japanese=True), ("ja",))
    data = render(
        [ts.p(LONG_JA, style, "ja")],
        ts,
        PageInfo(title="t", subject="s", export_date=date(2026, 4, 13)),
    )
    out = pdf_text(data, tmp_path, layout=True)
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert flat(LONG_JA) in flat("".join(lines)), "characters lost at line breaks"
    starts = [line for line in lines if line[0] in CANNOT_START]
    assert not starts, starts
