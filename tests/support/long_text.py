"""An itinerary whose texts are all of the accepted maximum length (TEXT_MAX), made of
numbered words, and a way to read back which numbers the PDF holds: a piece of text
lost at a page or cell break is a missing number."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from app.db.engine import Database
from app.pdf.itinerary import build_itinerary_pdf
from models.tables import TEXT_MAX
from tests.support import factories as f


def numbered_text(mark: str, japanese: bool) -> str:
    """Exactly TEXT_MAX characters of numbered words (``D0001 D0002 …``, or Japanese
    sentences with the number inside), so that a lost piece is a missing number."""
    if japanese:
        text = "".join(f"会談{mark}{n:04d}です。" for n in range(1, 1001))
    else:
        text = " ".join(f"{mark}{n:04d}" for n in range(1, 1667))
        text += " " + "x" * (TEXT_MAX - len(text) - 1)
    assert len(text) == TEXT_MAX
    return text


def numbers(mark: str, text: str) -> list[int]:
    return sorted(int(n) for n in re.findall(rf"{mark}(\d{{4}})", text))


def body_text(pdf: bytes, tmp: Path) -> str:
    """The text inside the page margins (the running head and foot left out) without
    the day's heading, which repeats on every page a day's table runs onto, with all
    whitespace removed: a word split across lines or pages is whole again."""
    path = tmp / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "57", "-W", "595", "-H", "720"]
        + [str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    # The item is on 14 April 2026; no numbered word holds "2026".
    kept = [line for line in out.splitlines() if "2026" not in line]
    return re.sub(r"\s+", "", "".join(kept))


DESCRIPTIONS = {"de": ("D", False), "en": ("E", False), "ja": ("J", True)}


def longest_itinerary(db: Database, langs: tuple[str, ...], edition: str) -> bytes:
    """The itinerary (``edition`` "trip" or "person") of one item whose descriptions in
    all three languages, hosts and notes are TEXT_MAX characters long."""
    trip = f.trip(db, f.region(db).id)
    guest = f.person(db, "Kruse", "Aylin")
    f.item(
        db,
        trip.id,
        date(2026, 4, 14),
        "10:00",
        "11:00",
        title_de="Gespräch",
        title_ja="会談",
        attendees=[guest.id],
        **{f"description_{lang}": numbered_text(*DESCRIPTIONS[lang]) for lang in DESCRIPTIONS},
        **{f"hosts_{code}": numbered_text("H", True) for code in ("de", "en", "ja")},
        **{f"notes_{code}": numbered_text("N", False) for code in ("de", "en", "ja")},
    )
    person = guest.id if edition == "person" else None
    return build_itinerary_pdf(db, trip.id, langs=langs, person_id=person)


def check_all_printed(text: str, langs: tuple[str, ...]) -> None:
    for lang in langs:
        mark, japanese = DESCRIPTIONS[lang]
        assert numbers(mark, text) == list(range(1, 1001 if japanese else 1667)), lang
    # hosts and notes are per language: each language's column prints them in full
    assert sorted(set(numbers("H", text))) == list(range(1, 1001))
    assert sorted(set(numbers("N", text))) == list(range(1, 1667))
