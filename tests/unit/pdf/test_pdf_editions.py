"""Partner and internal editions of the itinerary and the calendar file, read back as a
reader would (pdftotext, an iCalendar parser), on the demo Hokkaido trip."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.db.engine import Database
from app.errors import PlannerError
from app.exports.registry import ExportRequest
from app.ics.export import export_ics
from app.locale.fallback import localized_marked, mark_fallback
from app.pdf.itinerary import build_itinerary_pdf
from models.enums import Edition
from models.tables import ProgrammeItem, Trip, Venue
from tests.support.poppler import flat, page_count, pdf_text

ROOT = Path(__file__).resolve().parents[3]
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
INTERNAL_MARK = {"de": "Intern – nicht zur Weitergabe", "ja": "内部資料（部外秘）"}


@pytest.fixture
def trip_id(demo_db: Database) -> int:
    with demo_db.session() as s:
        return s.scalars(select(Trip.id).where(Trip.slug == "hokkaido-2026")).one()


def _items(db: Database, trip_id: int) -> list[ProgrammeItem]:
    with db.session() as s:
        return list(s.scalars(select(ProgrammeItem).where(ProgrammeItem.trip_id == trip_id)))


def _venues(db: Database, trip_id: int) -> list[Venue]:
    ids = {i.venue_id for i in _items(db, trip_id) if i.venue_id is not None}
    with db.session() as s:
        return [v for v in s.scalars(select(Venue)) if v.id in ids]


def _snippet(text: str) -> str:
    """The last words of a text, without whitespace (pdftotext wraps lines)."""
    return flat(text)[-30:]


def test_fallback_mark_names_the_language_in_the_readers_words() -> None:
    assert mark_fallback("New Chitose Airport", "en", "ja") == "New Chitose Airport〔英語〕"
    assert mark_fallback("Sapporo Park Hotel", "en", "de") == "Sapporo Park Hotel [englisch]"
    assert mark_fallback("Flughafen", "de", "en") == "Flughafen [German]"
    # in its own language, or empty: as it is
    assert mark_fallback("新千歳空港", "ja", "ja") == "新千歳空港"
    assert mark_fallback("", None, "ja") == ""


def test_ja_partner_itinerary_is_japanese_and_has_no_internal_note(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    data = build_itinerary_pdf(demo_db, trip_id, langs=("ja",))
    lines = pdf_text(data, tmp_path, layout=True).splitlines()
    text = flat("\n".join(lines))
    venue_lines = [line.split("会場：", 1)[1] for line in lines if "会場：" in line]
    host_lines = [line.split("応対者：", 1)[1] for line in lines if "応対者：" in line]
    assert venue_lines and host_lines
    for value in venue_lines + host_lines:
        assert _JAPANESE.search(value), value
    assert "〔" not in text  # the demo trip has every text in Japanese: no fallback
    for item in _items(demo_db, trip_id):
        for field in ("notes_de", "notes_en", "hosts_de", "hosts_en"):
            value = getattr(item, field)
            if value and value != getattr(item, field[:-3] + "_ja"):
                assert _snippet(value) not in text, (field, value)
        for code in ("de", "en", "ja"):
            if note := getattr(item, f"internal_notes_{code}"):
                assert _snippet(note) not in text, note
    assert "内部資料" not in text
    # neutral headings: no 先方, no 派遣, no internal status words on a partner copy
    for word in ("先方", "派遣", "区分", "完了", "内部メモ"):
        assert word not in text
    assert "RVR側出席者" in text and "北海道側連絡先" in text


def test_internal_edition_has_internal_notes_and_marks_every_page(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    for lang in ("de", "ja"):
        data = build_itinerary_pdf(demo_db, trip_id, langs=(lang,), edition=Edition.INTERNAL)
        text = flat(pdf_text(data, tmp_path))
        notes = [
            getattr(i, f"internal_notes_{lang}")
            for i in _items(demo_db, trip_id)
            if getattr(i, f"internal_notes_{lang}")
        ]
        assert notes
        for note in notes:
            assert _snippet(note) in text, note
        for page in range(1, page_count(data, tmp_path) + 1):
            assert flat(INTERNAL_MARK[lang]) in flat(pdf_text(data, tmp_path, page=page)), page
    assert "Reiserichtung" in flat(
        pdf_text(
            build_itinerary_pdf(demo_db, trip_id, langs=("de",), edition=Edition.INTERNAL),
            tmp_path,
        )
    )


def test_de_partner_itinerary_has_no_english_venue_or_host_text(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("de",)), tmp_path))
    for venue in _venues(demo_db, trip_id):
        if venue.name_en and venue.name_en != venue.name_de:
            assert flat(venue.name_en) not in text, venue.name_en
    for item in _items(demo_db, trip_id):
        if item.hosts_en and item.hosts_en != item.hosts_de:
            assert _snippet(item.hosts_en) not in text, item.hosts_en
    for word in ("Reiserichtung", "Intern–nichtzurWeitergabe", "InterneHinweise", "[englisch]"):
        assert word not in text


def test_missing_japanese_venue_name_is_marked(
    demo_db: Database, trip_id: int, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        venue = s.scalars(select(Venue).where(Venue.slug == "new-chitose-airport")).one()
        venue.name_ja = ""
        english = venue.name_en
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("ja",)), tmp_path))
    assert flat(f"{english}〔英語〕") in text
    ics = export_ics(demo_db, trip_id, lang="ja").replace(b"\r\n ", b"").decode()
    assert f"{english}〔英語〕".replace(",", "\\,") in ics
    with demo_db.session() as s:
        venue = s.scalars(select(Venue).where(Venue.slug == "new-chitose-airport")).one()
        assert localized_marked(venue, "name", "ja") == f"{english}〔英語〕"


def test_contacts_in_protocol_precedence(demo_db: Database, trip_id: int, tmp_path: Path) -> None:
    text = flat(pdf_text(build_itinerary_pdf(demo_db, trip_id, langs=("ja",)), tmp_path))
    contacts = text[text.index("北海道側連絡先") :]
    # 北川 (議長, precedence 1) before 長谷川 (precedence further down), whatever the
    # alphabet says; and 様 added by the program in the partner-facing list
    assert "北川正樹様" in contacts
    if "長谷川" in contacts:
        assert contacts.index("北川") < contacts.index("長谷川")
    assert contacts.index("北川") < contacts.index("佐藤")


def test_sensitive_data_only_in_the_internal_edition(demo_db: Database, trip_id: int) -> None:
    with pytest.raises(PlannerError):
        build_itinerary_pdf(demo_db, trip_id, include_sensitive=True)
    with pytest.raises(PlannerError):
        export_ics(demo_db, trip_id, include_sensitive=True)
    with pytest.raises(PlannerError):
        ExportRequest(trip_id, ("de",), include_sensitive=True)
    assert ExportRequest(trip_id, ("de",)).edition is Edition.PARTNER


def _all_ics_text(data: bytes) -> str:
    """Every property value of every component, parsed (X- properties included)."""
    cal = Calendar.from_ical(data)
    values = []
    for component in cal.walk():
        for value in component.values():
            values.append(str(value))
    return "\n".join(values) + data.replace(b"\r\n ", b"").decode()


def test_partner_calendar_has_no_internal_note_anywhere(demo_db: Database, trip_id: int) -> None:
    notes = [
        getattr(i, f"internal_notes_{c}")
        for i in _items(demo_db, trip_id)
        for c in ("de", "en", "ja")
        if getattr(i, f"internal_notes_{c}")
    ]
    assert notes
    for lang in ("de", "en", "ja"):
        partner = _all_ics_text(export_ics(demo_db, trip_id, lang=lang))
        for note in notes:
            assert note not in partner and note[:20] not in partner, note
    internal = _all_ics_text(export_ics(demo_db, trip_id, lang="ja", edition=Edition.INTERNAL))
    assert any(note[:20] in internal for note in notes)
    assert "内部資料（部外秘）" in internal


def test_cli_exports_take_the_edition(tmp_path: Path) -> None:
    db_file = tmp_path / "cli.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", "--db", str(db_file), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )

    assert run("demo").returncode == 0
    pdf = tmp_path / "internal.pdf"
    done = run(
        "--lang", "de", "export", "itinerary", "hokkaido-2026", "--edition", "internal",
        "-o", str(pdf),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert flat(INTERNAL_MARK["de"]) in flat(pdf_text(pdf.read_bytes(), tmp_path))
    ics = tmp_path / "partner.ics"
    done = run(
        "--lang", "ja", "export", "ics", "hokkaido-2026", "--edition", "partner",
        "-o", str(ics),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "内部資料" not in _all_ics_text(ics.read_bytes())
    refused = run(
        "export", "ics", "hokkaido-2026", "--include-sensitive", "-o", str(tmp_path / "x.ics")
    )
    assert refused.returncode != 0 and not (tmp_path / "x.ics").exists()
    bad = run("export", "ics", "hokkaido-2026", "--edition", "public", "-o", str(ics))
    assert bad.returncode != 0
