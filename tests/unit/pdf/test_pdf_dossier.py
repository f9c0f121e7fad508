"""Partnership dossier PDF, checked with pdffonts/pdftotext."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app import fonts as font_lookup
from app.db.engine import Database
from app.errors import ExportError
from app.locale.formatting import format_date_medium, format_date_range
from app.locale.i18n import ngettext_in, translate_in
from app.locale.labels import label
from app.pdf.dossier import build_dossier_pdf
from models.tables import Region
from tests.support import factories as f
from tests.support.poppler import assert_all_fonts_embedded, flat, pdf_text

TODAY = date(2026, 11, 22)  # the demo data's "today"
OVERDUE_ACTION = {
    "de": "Präsentation der japanischen Seite auf der IGA 2027 prüfen",
    "en": "Examine a presentation by the Japanese side at the IGA 2027",
    "ja": "IGA2027における日本側出展の検討",
}
DONE_ACTION = {
    "de": "Dankschreiben an den Parlamentspräsidenten",
    "en": "Letters of thanks to the Speaker",
    "ja": "北海道議会議長及び北海道知事への礼状",
}


def _region(db: Database, slug: str) -> int:
    with db.session() as s:
        return s.scalars(select(Region.id).where(Region.slug == slug)).one()


@pytest.mark.parametrize("lang", ["de", "en", "ja"])
def test_dossier_of_hokkaido(demo_db: Database, lang: str, tmp_path: Path) -> None:
    data = build_dossier_pdf(demo_db, _region(demo_db, "hokkaido"), lang=lang, today=TODAY)
    assert data.startswith(b"%PDF-")
    rows = assert_all_fonts_embedded(data, tmp_path)
    assert any("BIZUDGothic" in row["name"] for row in rows)
    text = flat(pdf_text(data, tmp_path))
    # names in three scripts, status and since when
    for name in ("Hokkaido", "Hokkaido", "北海道"):
        assert name in text
    assert flat(label("partnership", lang)) in text
    assert flat(format_date_range(date(2026, 4, 15), date(2026, 4, 15), lang)) in text
    # agreements, visits in both directions with sizes
    assert flat(label("partnership_certificate", lang)) in text
    for direction in ("outbound", "inbound"):
        assert flat(label(direction, lang)) in text
    assert flat(format_date_range(date(2024, 7, 8), date(2024, 7, 11), lang)) in text
    assert flat(ngettext_in(lang, "{n} member", "{n} members", 6).format(n=6)) in text
    # the most recent programme in brief: the 2026 trip, not the planned 2027 one
    assert (
        flat(
            {
                "de": "Unterzeichnung der Partnerschaftsurkunde",
                "en": "Signing of the partnership certificate",
                "ja": "パートナーシップ証書 調印式",
            }[lang]
        )
        in text
    )
    # open follow-ups with the overdue one marked; done ones are not listed
    assert flat(OVERDUE_ACTION[lang]) in text
    assert flat(translate_in(lang, "overdue").upper()) in text
    assert flat(DONE_ACTION[lang]) not in text
    # chart labels are translated drawing strings
    assert flat(translate_in(lang, "Visits per year")) in text
    assert flat(f"{label('open', lang)} (2)") in text


def test_nothing_is_overdue_before_the_due_date(demo_db: Database, tmp_path: Path) -> None:
    data = build_dossier_pdf(
        demo_db, _region(demo_db, "hokkaido"), lang="en", today=date(2026, 9, 1)
    )
    text = flat(pdf_text(data, tmp_path))
    assert flat(OVERDUE_ACTION["en"]) in text
    assert "OVERDUE" not in text
    assert flat(format_date_medium(date(2026, 10, 30), "en")) in text


def test_dossier_of_greater_manchester(demo_db: Database, tmp_path: Path) -> None:
    data = build_dossier_pdf(
        demo_db, _region(demo_db, "greater-manchester"), lang="de", today=TODAY
    )
    assert_all_fonts_embedded(data, tmp_path)
    text = flat(pdf_text(data, tmp_path))
    assert flat("Arbeitsbesuch des RVR in Greater Manchester") in text
    assert "グレーター・マンチェスター" in text
    assert flat("Fachaustausch Verkehr mit Transport for Greater Manchester") in text


def test_region_without_history(db: Database, tmp_path: Path) -> None:
    region = f.region(
        db, slug="new-region", name_de='R&D <Region> "x"', name_en="", name_ja="", status="contact"
    )
    data = build_dossier_pdf(db, region.id, lang="de", today=TODAY)  # type: ignore[arg-type]
    text = flat(pdf_text(data, tmp_path))
    assert flat('R&D <Region> "x"') in text
    assert flat(translate_in("de", "None recorded.")) in text
    assert flat(translate_in("de", "No data yet")) in text


def test_dossier_needs_a_japanese_font(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(font_lookup.ENV_VAR, str(tmp_path / "gone.ttf"))
    monkeypatch.setattr(font_lookup, "CANDIDATES", ())
    with pytest.raises(ExportError, match="gone.ttf"):
        build_dossier_pdf(demo_db, _region(demo_db, "hokkaido"), lang="ja", today=TODAY)
