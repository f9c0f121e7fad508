"""The office's home zone is one setting: the places that show the time at home
beside a venue's time follow it, and no other module spells out a home zone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import timeutil
from app.cli.commands import build_parser

ROOT = Path(__file__).resolve().parents[2]

#: Mentions of Europe/Berlin that are not the home zone: venues of the demo data, the
#: Windows zone names of imported calendar files, and the German zone's printed words
#: (MEZ/MESZ, ドイツ時間) in app/locale/zones.py.
NOT_THE_HOME_ZONE = (
    "app/demo_data/",
    "app/ics/vtimezone.py",
    "app/timeutil.py",
    "app/locale/zones.py",
)


def test_no_other_module_names_a_home_zone() -> None:
    spelled_out = [
        path.relative_to(ROOT).as_posix()
        for folder in ("app", "ui", "models")
        for path in (ROOT / folder).rglob("*.py")
        if "Europe/Berlin" in path.read_text(encoding="utf-8")
    ]
    assert [p for p in spelled_out if not p.startswith(NOT_THE_HOME_ZONE)] == []


def test_the_cli_itinerary_shows_the_home_zone_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = ["export", "itinerary", "visit-2026", "-o", "out.pdf"]
    assert build_parser().parse_args(argv).home_zone == "Europe/Berlin"
    monkeypatch.setattr(timeutil, "HOME_TIMEZONE", "Europe/London")
    assert build_parser().parse_args(argv).home_zone == "Europe/London"
