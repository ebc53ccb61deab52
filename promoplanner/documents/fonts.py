"""The bundled CJK font: registered once per process and embedded (subset) in every PDF."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from promoplanner.core.printable import SHAPING
from promoplanner.documents.font_cache import cached_font
from promoplanner.paths import assets_dir

FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
# Shown instead of a character the font cannot draw (emoji, rare symbols), so the page
# says honestly that something was there rather than printing an empty gap.
MISSING = "□"


def font_path() -> Path:
    """The shipped TrueType collection (the GUI registers the same file with Qt)."""
    return assets_dir() / "fonts" / FONT_FILE


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the CJK font with ReportLab (once) and return its name."""
    # TrueType outlines only: ReportLab cannot embed CFF (Noto/Source Han) fonts. Its
    # parsed tables come from the user's cache folder once a first run has parsed them.
    font = cached_font(FONT, font_path(), subfont=0)
    pdfmetrics.registerFont(font)
    # The font has no bold or italic face; map them to the regular one so <b> never fails.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def printable(value: object) -> str:
    """Text the font can draw: control characters become spaces, unknown glyphs a box."""
    glyphs = _glyphs()
    out = []
    for ch in str(value):
        code = ord(ch)
        if ch in "\r\n\t" or code < 32 or 0x7F <= code < 0xA0:
            out.append(" ")
        elif code in glyphs or ch == " ":
            out.append(ch)
        elif code in SHAPING:
            continue  # emoji variation selectors and joiners: part of the symbol before
        else:
            out.append(MISSING)
    return "".join(out)
