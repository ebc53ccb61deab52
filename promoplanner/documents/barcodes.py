"""Scannable barcodes: EAN-13/EAN-8 as the till reads them, Code 128 for store codes."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from promoplanner.core.barcode import ean_is_valid
from promoplanner.documents.fonts import FONT, register_fonts

# 0.33 mm is the EAN module at 100 % magnification: the size hand scanners are built for,
# and the smallest that decodes reliably from a 150 dpi scan of the sheet.
MODULE = 0.33 * mm
BAR_HEIGHT = 9 * mm


@lru_cache(maxsize=4096)
def barcode_drawing(code: str) -> Drawing | None:
    """A drawing of the code (reused for every sheet it is on), or None when unprintable."""
    code = code.strip()
    if not code:
        return None
    register_fonts()
    try:
        if ean_is_valid(code) and len(code) == 13:
            return createBarcodeDrawing(
                "EAN13",
                value=code,
                barWidth=MODULE,
                barHeight=BAR_HEIGHT,
                fontSize=7,
                fontName=FONT,
            )
        if ean_is_valid(code) and len(code) == 8:
            return createBarcodeDrawing(
                "EAN8",
                value=code,
                barWidth=MODULE,
                barHeight=BAR_HEIGHT,
                fontSize=7,
                fontName=FONT,
            )
        if code.isascii() and code.isprintable() and len(code) <= 20:
            # Code 128 for store-internal codes; its digits are printed by the sheet itself,
            # since ReportLab's human-readable line overlaps the bars.
            return createBarcodeDrawing(
                "Code128",
                value=code,
                barWidth=MODULE * 0.9,
                barHeight=BAR_HEIGHT,
                humanReadable=False,
                quiet=True,
            )
    except Exception:  # an odd code prints as text rather than stopping the sheet
        return None
    return None


class Barcode(Flowable):
    """A barcode drawn once per PDF as a reusable form, then placed wherever it is needed."""

    def __init__(self, code: str, drawing: Drawing) -> None:
        super().__init__()
        self.code, self.drawing = code, drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        name = f"barcode-{self.code}"
        made = c.__dict__.setdefault("_promo_forms", set())
        if name not in made:
            # A pack prints the same item on every day's sheet: render its bars only once.
            c.beginForm(name, lowerx=0, lowery=0, upperx=self.width, uppery=self.height)
            renderPDF.draw(self.drawing, c, 0, 0)
            c.endForm()
            made.add(name)
        c.doForm(name)


def barcode_flowable(code: str) -> Barcode | None:
    """A flowable of the code's barcode, or None when it cannot be drawn."""
    drawing = barcode_drawing(code)
    if drawing is None:
        return None
    drawing.initialFontName = FONT  # else the renderer names Helvetica, never embedded
    return Barcode(code.strip(), drawing)
