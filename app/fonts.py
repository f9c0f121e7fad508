"""Where the Japanese TrueType fonts (regular and bold) live on Linux, Windows and macOS."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

ENV_VAR = "DELEGATION_PLANNER_JA_FONT"
#: Optional bold weight beside $DELEGATION_PLANNER_JA_FONT (else "…-Regular" → "…-Bold").
BOLD_ENV_VAR = "DELEGATION_PLANNER_JA_BOLD_FONT"

_BIZUD = "/usr/share/fonts/truetype/bizud-gothic/"

#: TrueType (glyf) fonts with Japanese glyphs; ReportLab embeds only these.
CANDIDATES: tuple[str, ...] = (
    # Debian/Ubuntu: fonts-morisawa-bizud-gothic (BIZ UDGothic, regular and bold; the
    # universal-design face of Japanese public documents)
    _BIZUD + "BIZUDGothic-Regular.ttf",
    # Debian/Ubuntu: fonts-ipaexfont-gothic (regular only), the fallback
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    # Windows
    "C:/Windows/Fonts/BIZ-UDGothicR.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/YuGothM.ttc",
    # macOS
    "/Library/Fonts/Arial Unicode.ttf",
)

#: The bold weight that belongs to a regular candidate.
BOLD_OF: dict[str, str] = {
    _BIZUD + "BIZUDGothic-Regular.ttf": _BIZUD + "BIZUDGothic-Bold.ttf",
    "C:/Windows/Fonts/BIZ-UDGothicR.ttc": "C:/Windows/Fonts/BIZ-UDGothicB.ttc",
    "C:/Windows/Fonts/YuGothM.ttc": "C:/Windows/Fonts/YuGothB.ttc",
}


def find_japanese_font() -> Path | None:
    """$DELEGATION_PLANNER_JA_FONT, a font shipped in resources/fonts, or a system font."""
    override = os.environ.get(ENV_VAR)
    if override:
        path = Path(override)
        return path if path.is_file() else None
    shipped = resources.files("resources").joinpath("fonts")
    if shipped.is_dir():
        for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
            name = entry.name.lower()
            if name.endswith(".ttf") and "bold" not in name:
                return Path(str(entry))
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def find_japanese_bold_font(regular: Path) -> Path | None:
    """The bold weight of the Japanese font ``regular``, or None (print it regular).

    $DELEGATION_PLANNER_JA_BOLD_FONT, else the known bold of a candidate, else a file
    beside it named with "Bold" for "Regular" (BIZUDGothic-Regular.ttf → …-Bold.ttf).
    """
    override = os.environ.get(BOLD_ENV_VAR)
    if override:
        path = Path(override)
        return path if path.is_file() else None
    known = BOLD_OF.get(str(regular))
    candidates = [Path(known)] if known else []
    if "Regular" in regular.name:
        candidates.append(regular.with_name(regular.name.replace("Regular", "Bold")))
    return next((path for path in candidates if path.is_file()), None)
