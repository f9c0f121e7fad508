"""Where the Japanese TrueType font lives on Linux, Windows and macOS."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

ENV_VAR = "DELEGATION_PLANNER_JA_FONT"

#: TrueType (glyf) fonts with Japanese glyphs; ReportLab embeds only these.
CANDIDATES: tuple[str, ...] = (
    # Debian/Ubuntu: fonts-ipaexfont-gothic
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    # Windows
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/YuGothM.ttc",
    # macOS
    "/Library/Fonts/Arial Unicode.ttf",
)


def find_japanese_font() -> Path | None:
    """$DELEGATION_PLANNER_JA_FONT, a font shipped in resources/fonts, or a system font."""
    override = os.environ.get(ENV_VAR)
    if override:
        path = Path(override)
        return path if path.is_file() else None
    shipped = resources.files("resources").joinpath("fonts")
    if shipped.is_dir():
        for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
            if entry.name.lower().endswith(".ttf"):
                return Path(str(entry))
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None
