"""The fonts of the PDF exports: TrueType only, every glyph embedded.

Why TrueType: ReportLab embeds (subsets) TrueType fonts with glyf outlines. The
standard-14 fonts (Helvetica …) and the built-in CID fonts (HeiseiKakuGo-W5) are
*not* embedded, so the printed result would depend on the reader; OpenType/CFF
fonts (Noto Sans CJK, Source Han, Hiragino) fail with "postscript outlines are not
supported". Every text in the documents therefore uses one of two registered TTFs:

* a **Latin** font — DejaVu Sans (Linux: Debian/Ubuntu ``fonts-dejavu-core``, Fedora,
  Arch), Arial (Windows, macOS), else Bitstream Vera, which ReportLab itself ships,
  so a Latin font is always found;
* a **Japanese** font, found by :func:`app.fonts.find_japanese_font`:
  ``$DELEGATION_PLANNER_JA_FONT`` → a ``.ttf`` in ``resources/fonts`` → system fonts.

The route per platform:

* **Linux**: ``apt install fonts-morisawa-bizud-gothic`` (BIZ UDGothic, Morisawa's
  universal-design face used in Japanese public documents, Regular *and* Bold, glyf
  outlines, SIL OFL); ``fonts-ipaexfont-gothic`` (IPAexGothic, regular only) is the
  fallback when BIZ UD is missing — Japanese headings are then printed regular.
* **Windows**: MS Gothic / Yu Gothic ship with every Japanese-capable Windows as
  TrueType Collections (``msgothic.ttc``, ``YuGothM.ttc``); the first font of the
  collection is used (``subfontIndex=0``).
* **macOS**: the Hiragino collections are CFF (PostScript outlines), which ReportLab
  cannot embed. Set ``DELEGATION_PLANNER_JA_FONT`` to a TrueType Japanese font, e.g.
  ipaexg.ttf from https://moji.or.jp/ipafont/ (IPA Font License), or drop it into
  ``resources/fonts/`` of the installation.

The Japanese regular and bold are registered as one family (``registerFontFamily``),
so ``<b>`` in Japanese markup picks the bold face as well.

Neither font covers everything: BIZ UDGothic has „ ‚ “ – … é ü ß ō but no thin space
(U+2009) or narrow no-break space; IPAexGothic also lacks „ ‚; Vera lacks ō and all
kana. :mod:`app.pdf.text` therefore splits text
into runs by glyph coverage (:func:`covers`).

Registration parses the font file, which is slow for a CJK font, so each file is
registered once per process and reused (thread-safe; the window exports in a worker).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app import fonts as font_lookup
from app.errors import ExportError
from app.locale.i18n import _

__all__ = ["FontSet", "covers", "load_fonts", "missing_japanese_font_error"]

_REPORTLAB_FONTS = Path(rl_config.__file__).resolve().parent / "fonts"

#: (regular, bold) TrueType files with full Latin/Greek/Cyrillic coverage, best first.
LATIN_CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    # Shipped with ReportLab itself: always there, Latin-1 and a few more.
    (str(_REPORTLAB_FONTS / "Vera.ttf"), str(_REPORTLAB_FONTS / "VeraBd.ttf")),
)

# Characters a font must have to count as Japanese: hiragana, katakana, kanji.
_JAPANESE_PROBE = "あア日本語様"

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}


@dataclass(frozen=True)
class FontSet:
    """Registered font names for one document."""

    latin: str
    latin_bold: str
    japanese: str | None
    #: The Japanese bold face (BIZ UDGothic Bold); None: Japanese stays regular.
    japanese_bold: str | None = None

    def chain(self, lang: str, *, bold: bool = False) -> tuple[str, ...]:
        """Fonts to try per character, preferred first.

        Japanese text prefers the Japanese font for Latin letters too, so a line of
        Japanese with a name in Latin script keeps one typeface; German and English
        text prefers the Latin font. Bold Japanese uses the Japanese bold face when
        there is one (BIZ UDGothic Bold; IPAexGothic has none and stays regular).
        """
        ja_face = (self.japanese_bold or self.japanese) if bold else self.japanese
        ja = (ja_face,) if ja_face else ()
        if lang == "ja":
            return (*ja, self.latin_bold if bold else self.latin, self.latin)
        if bold:
            return (self.latin_bold, *ja, self.latin)
        return (self.latin, *ja)

    def font_for(self, lang: str, *, bold: bool = False) -> str:
        """The main font of a style (line heights, chart labels)."""
        return self.chain(lang, bold=bold)[0]


def covers(font_name: str) -> Mapping[int, int]:
    """The code point → glyph map of a registered TrueType font."""
    font = pdfmetrics.getFont(font_name)
    return cast(Mapping[int, int], font.face.charToGlyph)  # ReportLab is untyped


def missing_japanese_font_error() -> ExportError:
    """The error of a document that needs Japanese glyphs when no usable font exists."""
    override = os.environ.get(font_lookup.ENV_VAR)
    if override and not Path(override).is_file():
        return ExportError(
            _(
                "The Japanese font '{path}' named by {var} does not exist. Point {var} to a "
                "TrueType font (.ttf) such as ipaexg.ttf, or unset it to use an installed font."
            ).format(path=override, var=font_lookup.ENV_VAR)
        )
    return ExportError(
        _(
            "No Japanese TrueType font found, so Japanese text cannot be printed. Install "
            "the package fonts-ipaexfont-gothic (Debian/Ubuntu), or set {var} to the path of "
            "a .ttf font such as ipaexg.ttf (macOS: the system fonts cannot be embedded)."
        ).format(var=font_lookup.ENV_VAR)
    )


def load_fonts(*, require_japanese: bool) -> FontSet:
    """Register (once per process) and return the Latin and the Japanese font.

    Without a usable Japanese font, ``require_japanese`` raises ExportError; otherwise
    the set has ``japanese=None`` and :mod:`app.pdf.text` raises the same error only
    if a text actually needs Japanese glyphs.
    """
    latin, latin_bold = _latin_fonts()
    japanese, japanese_bold = _japanese_fonts()
    if japanese is None and require_japanese:
        raise missing_japanese_font_error()
    return FontSet(
        latin=latin, latin_bold=latin_bold, japanese=japanese, japanese_bold=japanese_bold
    )


def _latin_fonts() -> tuple[str, str]:
    for regular, bold in LATIN_CANDIDATES:
        if Path(regular).is_file():
            name = _register(Path(regular), "DPLatin")
            bold_name = _register(Path(bold), "DPLatinBold") if Path(bold).is_file() else name
            return name, bold_name
    raise ExportError(_("ReportLab's own fonts are missing; reinstall the program."))


def _japanese_fonts() -> tuple[str | None, str | None]:
    """The registered Japanese regular and bold (None: not found / no bold weight)."""
    path = font_lookup.find_japanese_font()
    if path is None:
        return None, None
    name = _checked_japanese(path, "DPJapanese")
    bold_path = font_lookup.find_japanese_bold_font(path)
    bold = _checked_japanese(bold_path, "DPJapaneseBold") if bold_path else None
    if bold is not None:
        with _lock:
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=bold, italic=name, boldItalic=bold
            )
    return name, bold


def _checked_japanese(path: Path, prefix: str) -> str:
    name = _register(path, prefix)
    cmap = covers(name)
    if not all(ord(char) in cmap for char in _JAPANESE_PROBE):
        raise ExportError(
            _(
                "The font '{path}' has no Japanese characters. Set {var} to a Japanese "
                "TrueType font such as ipaexg.ttf."
            ).format(path=path, var=font_lookup.ENV_VAR)
        )
    return name


def _register(path: Path, prefix: str) -> str:
    """Register ``path`` under a name of its own, once per process."""
    key = (str(path.resolve()), 0)
    with _lock:
        name = _registered.get(key)
        if name is not None:
            return name
        name = f"{prefix}{len(_registered) + 1}"
        try:
            if path.suffix.lower() in (".ttc", ".otc"):
                font = TTFont(name, str(path), subfontIndex=0)
            else:
                font = TTFont(name, str(path))
        except TTFError as exc:
            raise ExportError(
                _(
                    "The font '{path}' cannot be embedded in a PDF ({reason}). Use a TrueType "
                    "font (.ttf with TrueType outlines) such as ipaexg.ttf and set {var} to it."
                ).format(path=path, reason=exc, var=font_lookup.ENV_VAR)
            ) from exc
        except OSError as exc:
            raise ExportError(
                _("Cannot read the font '{path}': {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from exc
        pdfmetrics.registerFont(font)
        _registered[key] = name
        return name
