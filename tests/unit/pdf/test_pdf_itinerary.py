"""Itinerary PDF of the demo Hokkaido trip, checked with pdffonts/pdftotext/pdfinfo."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import fonts as font_lookup
from app.db.engine import Database
from app.errors import ExportError, PlannerError
from app.locale.formatting import format_date_long, format_date_range
from app.locale.i18n import translate_in
from app.locale.labels import label
from app.pdf.itinerary import build_itinerary_pdf
from app.pdf.styles import PAGE_OF
from app.services import delegation
from models.enums import Edition
from models.tables import Person, Trip
from tests.support import factories as f
from tests.support.poppler import assert_all_fonts_embedded, flat, page_count, pdf_text

ROOT = Path(__file__).resolve().parents[3]
SIGNING = {
    "de": "Unterzeichnung der Partnerschaftsurkunde",
    "en": "Signing of the partnership certificate",
    "ja": "パートナーシップ証書 調印式",
}
BRIEFING = "Programme briefing with the Hokkaido Government"  # not attended by Aylin Kruse
GENDER = "Gender equality: visit to the Hokkaido Women's Plaza"  # attended by her


def _id(db: Database, model: type, slug: str) -> int:
    with db.session() as s:
        return s.scalars(select(model.id).where(model.slug == slug)).one()


@pytest.fixture
def trip_id(demo_db: Database) -> int:
    return _id(demo_db, Trip, "hokkaido-2026")


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_itinerary_in_each_language(
    demo_db: Database, trip_id: int, lang: str, tmp_path: Path
) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=(lang,))
    assert data.startswith(b"%PDF-")
    rows = assert_all_fonts_embedded(data, tmp_path)
    assert any("BIZUDGothic" in row["name"] for row in rows)
    text = flat(pdf_text(data, tmp_path))
    assert flat(SIGNING[lang]) in text
    assert flat(format_date_range(date(2026, 4, 13), date(2026, 4, 21), lang)) in text
    assert flat(format_date_long(date(2026, 4, 15), lang)) in text
    for msgid in ("Venue", "Hosts", "Attending", "Interpreter", "Programme", "Delegation"):
        assert flat(translate_in(lang, msgid)) in text, msgid
    pages = page_count(data, tmp_path)
    assert pages >= 3
    for page in (1, pages):
        expected = translate_in(lang, PAGE_OF).format(page=page, pages=pages)
        assert flat(expected) in flat(pdf_text(data, tmp_path, page=page))
    # the cancelled item is there, marked in the language
    assert flat(label("cancelled", lang).upper()) in text
    exported = translate_in(lang, "Exported on {date}").format(
        date=format_date_long(date.today(), lang)
    )
    assert flat(exported) in text


def test_pdf_metadata(demo_db: Database, trip_id: int, tmp_path: Path) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=("de", "ja"))
    (tmp_path / "m.pdf").write_bytes(data)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "m.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Besuch der RVR-Delegation in Hokkaido" in info
    assert "Author:          Regionalverband Ruhr – Delegation Planner" in info
    assert b"/Lang (de)" in data


def test_times_in_venue_zone_with_home_zone_beside(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    text = pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("en",)), tmp_path)
    assert "10:00–10:45 JST" in text and "(03:00–03:45 CEST)" in text
    text = pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("en",), home_tz=None), tmp_path)
    assert "10:00–10:45 JST" in text and "CEST" not in text


def test_bilingual_itinerary_has_both_languages(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=("de", "ja"))
    assert_all_fonts_embedded(data, tmp_path)
    text = flat(pdf_text(data, tmp_path))
    assert flat(SIGNING["de"]) in text and flat(SIGNING["ja"]) in text
    assert flat(format_date_long(date(2026, 4, 14), "de")) in text
    assert flat(format_date_long(date(2026, 4, 14), "ja")) in text
    for lang in ("de", "ja"):
        assert flat(translate_in(lang, "Attending")) in text
        assert flat(translate_in(lang, "Programme")) in text
    assert "鈴木" not in text  # (sanity: no invented names)
    assert "ヨナス・ミュラー" in text  # Jonas Müller's name as written in Japanese


def test_per_person_itinerary_has_only_their_items(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    aylin = _id(demo_db, Person, "aylin-kruse")
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, person_id=aylin), tmp_path))
    assert flat(translate_in("en", "Itinerary for {name}").format(name="Aylin Kruse")) in text
    assert flat(GENDER) in text
    assert flat(BRIEFING) not in text
    everyone = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id), tmp_path))
    assert flat(BRIEFING) in everyone


def test_sensitive_notes_only_on_request(demo_db: Database, trip_id: int, tmp_path: Path) -> None:
    secrets = ("Nussallergie", "+49 171 5550102", "Adrenalin-Notfallset")
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("de",)), tmp_path))
    assert not any(flat(s) in text for s in secrets)
    text = flat(
        pdf_text(
            build_itinerary_pdf(
                demo_db, trip_id, langs=("de",), include_sensitive=True, edition=Edition.INTERNAL
            ),
            tmp_path,
        )
    )
    assert all(flat(s) in text for s in secrets)
    # a personal itinerary shows only that person's own notes
    renate = _id(demo_db, Person, "renate-koesterbrink")
    text = flat(
        pdf_text(
            build_itinerary_pdf(
                demo_db, trip_id, person_id=renate, include_sensitive=True, edition=Edition.INTERNAL
            ),
            tmp_path,
        )
    )
    assert "vegetarisch" in text and "Nussallergie" not in text


def test_partner_contacts_with_honorific_in_japanese(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("ja",)), tmp_path))
    assert flat("北川 正樹 様") in text
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("en",)), tmp_path))
    assert flat("KITAGAWA Masaki (北川 正樹)") in text and "様" not in text


# --- hostile and long content ----------------------------------------------------

EVIL = 'R&D <Kooperation> </para> & <font name="x">'


@pytest.fixture
def hostile_trip(db: Database) -> int:
    region = f.region(db)
    trip = f.trip(db, region.id, title_de=EVIL, title_en=EVIL)
    anna = f.person(db, "Schmidt", "Anna", title="Dr.")
    delegation.add_member(db, trip.id, anna.id, role="head")
    day = date(2026, 4, 14)
    f.item(
        db,
        trip.id,
        day,
        "09:00",
        "10:00",
        title=EVIL,
        title_de="Empfang „Glück auf“ – Übergabe",
        venue_name="<Rathaus> & Co",
        venue_address="Kita 1 Nishi 2, Chūō-ku\n札幌市中央区北1条西2丁目",
        hosts_en="</para><para>",
        notes_en="Dress code: <b>dark suit</b> &amp; tie",
    )
    long_address = (
        "Hokkaido Prefectural Government, Kita 6 Nishi 6, Chuo-ku, Sapporo, Hokkaido "
        "060-8588, Japan / 〒060-8588 北海道札幌市中央区北6条西6丁目 北海道庁本庁舎 "
    ) * 3
    long_ja = (
        "北海道議会議長表敬訪問・パートナーシップ証書署名式及び記念撮影並びに知事主催歓迎昼食会" * 4
    )
    for hour in range(10, 22):
        f.item(
            db,
            trip.id,
            day,
            f"{hour}:00",
            f"{hour}:45",
            title=f"Termin {hour}",
            title_ja=f"{long_ja}{hour}",
            venue_name="Venue",
            venue_address=long_address,
            description_en="A long description. " * 30,
        )
    return trip.id  # type: ignore[return-value]


@pytest.mark.parametrize("langs", [("en",), ("de",), ("ja",), ("de", "ja")])
def test_markup_in_user_text_prints_literally(
    db: Database, hostile_trip: int, langs: tuple[str, ...], tmp_path: Path
) -> None:
    data = build_itinerary_pdf(db, hostile_trip, langs=langs)
    assert_all_fonts_embedded(data, tmp_path)
    text = flat(pdf_text(data, tmp_path))
    assert flat(EVIL) in text
    for literal in ("<Rathaus> & Co", "</para><para>", "<b>dark suit</b> &amp; tie"):
        assert flat(literal) in text
    if "de" in langs:
        assert flat("Empfang „Glück auf“ – Übergabe") in text


def test_a_long_day_breaks_cleanly_and_repeats_its_heading(
    db: Database, hostile_trip: int, tmp_path: Path
) -> None:
    data = build_itinerary_pdf(db, hostile_trip, langs=("ja",))
    heading = flat(format_date_long(date(2026, 4, 14), "ja"))
    pages = page_count(data, tmp_path)
    programme_pages = [
        p
        for p in range(1, pages + 1)
        if "Termin" in pdf_text(data, tmp_path, page=p)
        or "北海道議会議長表敬訪問" in pdf_text(data, tmp_path, page=p)
    ]
    assert len(programme_pages) >= 3
    for page in programme_pages:
        assert heading in flat(pdf_text(data, tmp_path, page=page)), page
    # every long Japanese title is complete (wrapped inside its cell, nothing clipped)
    text = flat(pdf_text(data, tmp_path))
    for hour in range(10, 22):
        assert flat("知事主催歓迎昼食会" * 1 + str(hour)) in text


def test_an_item_longer_than_a_page_still_prints(db: Database, tmp_path: Path) -> None:
    region = f.region(db)
    trip = f.trip(db, region.id)
    words = "Sehr lange Beschreibung mit Umlauten äöü. "
    f.item(
        db,
        trip.id,
        date(2026, 4, 14),
        "09:00",
        "10:00",
        title="Marathon",
        description_en=(words * 240)[:9_900],
    )
    data = build_itinerary_pdf(db, trip.id, langs=("en",))  # type: ignore[arg-type]
    assert flat(words * 3) in flat(pdf_text(data, tmp_path))


def test_trip_without_items(db: Database, tmp_path: Path) -> None:
    region = f.region(db)
    trip = f.trip(db, region.id, end_date=date(2026, 4, 13) + timedelta(days=1))
    text = pdf_text(build_itinerary_pdf(db, trip.id, langs=("de",)), tmp_path)  # type: ignore[arg-type]
    assert flat(translate_in("de", "No programme items.")) in flat(text)


def test_three_languages_are_refused(demo_db: Database, trip_id: int) -> None:
    with pytest.raises(ExportError):
        build_itinerary_pdf(demo_db, trip_id, langs=("de", "en", "ja"))


def test_unknown_home_zone_is_refused(demo_db: Database, trip_id: int) -> None:
    with pytest.raises(PlannerError, match="Mars/Olympus"):
        build_itinerary_pdf(demo_db, trip_id, home_tz="Mars/Olympus")


# --- missing Japanese font ------------------------------------------------------------


@pytest.fixture
def no_japanese_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(font_lookup.ENV_VAR, str(tmp_path / "nowhere.ttf"))
    monkeypatch.setattr(font_lookup, "CANDIDATES", ())


@pytest.mark.parametrize("langs", [("ja",), ("de", "ja"), ("en",)])
def test_missing_japanese_font_is_a_clear_error(
    demo_db: Database, trip_id: int, no_japanese_font: None, langs: tuple[str, ...]
) -> None:
    # English too: the demo trip's addresses and names contain Japanese.
    with pytest.raises(ExportError, match=font_lookup.ENV_VAR):
        build_itinerary_pdf(demo_db, trip_id, langs=langs)


def test_latin_only_trip_needs_no_japanese_font(
    db: Database, no_japanese_font: None, tmp_path: Path
) -> None:
    region = f.region(
        db, slug="greater-manchester", name_ja="", country="GB", timezone="Europe/London"
    )
    trip = f.trip(db, region.id, title_ja="")
    f.item(db, trip.id, date(2026, 4, 14), "10:00", "11:00", tz="Europe/London", title="Visit")
    data = build_itinerary_pdf(db, trip.id, langs=("en",))  # type: ignore[arg-type]
    assert "10:00–11:00 BST" in pdf_text(data, tmp_path)


# --- command line --------------------------------------------------------------------


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ},
    )


@pytest.fixture
def cli_db(tmp_path: Path) -> str:
    db = str(tmp_path / "cli.db")
    assert _cli("--db", db, "demo").returncode == 0
    return db


@pytest.mark.parametrize(
    "args",
    [
        ("export", "itinerary", "hokkaido-2026", "--lang", "de+ja"),
        (
            "export",
            "itinerary",
            "hokkaido-2026",
            "--lang",
            "en",
            "--person",
            "aylin-kruse",
            "--home-zone",
            "none",
        ),
        ("export", "dossier", "hokkaido", "--lang", "ja"),
    ],
    ids=["itinerary-de+ja", "itinerary-person", "dossier-ja"],
)
def test_cli_exports_pdfs(cli_db: str, args: tuple[str, ...], tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = _cli("--db", cli_db, *args, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert_all_fonts_embedded(out.read_bytes(), tmp_path)


def test_cli_unwritable_output_is_one_line_and_exit_2(cli_db: str, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.pdf"
    result = _cli("--db", cli_db, "export", "itinerary", "hokkaido-2026", "-o", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not target.parent.exists()


# --- typography: zones in words, dates, bold Japanese, outline, XMP --------------------


def test_zones_in_words_on_german_and_japanese_pages(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    de = pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("de",)), tmp_path)
    assert "10:00–10:45" in de and "(03:00–03:45 MESZ)" in de and "japanische Zeit" in de
    assert "daneben steht die Uhrzeit in Deutschland" in " ".join(de.split())
    ja = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("ja",)), tmp_path))
    assert "10:00～10:45日本時間" in ja and "03:00～03:45ドイツ時間（夏時間）" in ja
    assert "ドイツの時刻を併記しています" in ja
    for text in (flat(de), ja):
        assert "Europe/" not in text and "Asia/" not in text
        assert "CEST" not in text and "JST" not in text
    # Japanese dates: full-width brackets, one format (no 2026/04/15)
    assert "2026年4月14日（火）" in ja and "2026/0" not in ja


def test_no_promise_of_a_second_time_when_none_is_printed(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    text = flat(
        pdf_text(
            build_itinerary_pdf(demo_db, trip_id, langs=("en",), home_tz="Asia/Tokyo"), tmp_path
        )
    )
    assert flat("Times are local at the venue.") in text
    assert "shownbesidethem" not in text


def test_inbound_japanese_delegation_sees_japan_time_beside(
    demo_db: Database, tmp_path: Path
) -> None:
    inbound = _id(demo_db, Trip, "hokkaido-assembly-2024")
    ja = flat(pdf_text(build_itinerary_pdf(demo_db, inbound, langs=("ja",)), tmp_path))
    assert "日本の時刻を併記しています" in ja and "日本時間" in ja and "ドイツ時間（夏時間）" in ja
    de = pdf_text(build_itinerary_pdf(demo_db, inbound, langs=("de",)), tmp_path)
    assert "MESZ" in de and "japanische Zeit" in de


def test_japanese_bold_face_is_embedded_as_a_subset(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    rows = assert_all_fonts_embedded(build_itinerary_pdf(demo_db, trip_id, langs=("ja",)), tmp_path)
    bold = [row for row in rows if "BIZUDGothic-Bold" in row["name"]]
    assert bold and all(row["sub"] == "yes" and "+" in row["name"] for row in bold)


@pytest.mark.parametrize("langs", [("de",), ("ja",), ("de", "ja")])
def test_bookmarks_per_day_and_xmp_metadata(
    demo_db: Database, trip_id: int, langs: tuple[str, ...], tmp_path: Path
) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=langs)
    assert b"/Outlines" in data and b"/PageMode /UseOutlines" in data
    assert data.count(b"/Dest [") == 9  # 13–21 April: one entry per programme day
    (tmp_path / "x.pdf").write_bytes(data)
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True
    ).stdout
    for lang in langs:
        assert f"<rdf:li>{lang}</rdf:li>" in meta and f'xml:lang="{lang}"' in meta
    assert f"/Lang ({langs[0]})".encode() in data  # one primary tag; XMP lists all


def test_bilingual_title_and_running_head(demo_db: Database, trip_id: int, tmp_path: Path) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=("de", "ja"))
    (tmp_path / "t.pdf").write_bytes(data)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "t.pdf")], capture_output=True, text=True, check=True
    ).stdout
    title = next(line for line in info.splitlines() if line.startswith("Title:"))
    assert "Reiseplan" in title and "行程表" in title
    head = flat(pdf_text(data, tmp_path, page=2).splitlines()[0])
    assert "Reiseplan" in head and "行程表" in head
