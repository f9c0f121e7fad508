"""Makes sure Qt can draw Japanese glyphs, also on systems without a CJK font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase


def ensure_japanese_font() -> str | None:
    """Registers a Japanese TrueType font with Qt when the system has none; its family."""
    if any(
        "IPA" in f or "Noto Sans CJK" in f or "Noto Sans JP" in f for f in QFontDatabase.families()
    ):
        return None
    from app.fonts import find_japanese_font  # only for systems without a CJK font

    path = find_japanese_font()
    if path is None:
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None
