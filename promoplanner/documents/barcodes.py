"""Scannable barcodes: EAN-13, EAN-8, UPC-A, ITF-14 (GTIN-14) as the till reads them,
Code 128 for other store codes; each no wider than the column it prints in."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from promoplanner.core.barcode import gtin_is_valid
from promoplanner.documents.fonts import FONT, register_fonts

# 0.33 mm is the EAN module at 100 % magnification: the size hand scanners are built for,
# and the smallest that decodes reliably from a 150 dpi scan of the sheet.
MODULE = 0.33 * mm
BAR_HEIGHT = 9 * mm


# The narrowest Code 128 module still read from a 150 dpi scan: a store's own long code is
# drawn down to it to fit its column, and printed as text only when even that is too wide.
MIN_MODULE = 0.25 * mm
COLUMN = 38 * mm  # the width a barcode may take on the sheets (EAN-13 at 100 % is 37.3 mm)


def barcode_kind(code: str) -> str | None:
    """The symbol a code prints as: EAN13, EAN8, UPCA, ITF14 (GTIN-14), Code128 or None."""
    code = code.strip()
    if not code:
        return None
    if gtin_is_valid(code):
        return {13: "EAN13", 8: "EAN8", 12: "UPCA", 14: "ITF14"}[len(code)]
    if code.isascii() and code.isprintable() and len(code) <= 20:
        return "Code128"
    return None


@lru_cache(maxsize=4096)
def barcode_drawing(code: str, max_width: float = COLUMN) -> Drawing | None:
    """A drawing of the code no wider than ``max_width`` (reused), or None when unprintable."""
    code = code.strip()
    kind = barcode_kind(code)
    if kind is None:
        return None
    register_fonts()
    try:
        if kind in ("EAN13", "EAN8", "UPCA"):
            drawing = createBarcodeDrawing(
                kind, value=code, barWidth=MODULE, barHeight=BAR_HEIGHT, fontSize=7,
                fontName=FONT,
            )  # fmt: skip
        elif kind == "ITF14":
            # GS1's symbol for a GTIN-14 (case codes): Interleaved 2 of 5, check digit given.
            drawing = createBarcodeDrawing(
                "I2of5", value=code, barWidth=MODULE * 0.8, ratio=2.5, barHeight=BAR_HEIGHT,
                checksum=0, bearers=0, quiet=True, humanReadable=False,
            )  # fmt: skip
        else:
            # Code 128 for store-internal codes; its digits are printed by the sheet itself,
            # since ReportLab's human-readable line overlaps the bars.
            drawing = None
            module = MODULE * 0.9
            while module >= MIN_MODULE:
                drawing = createBarcodeDrawing(
                    "Code128", value=code, barWidth=module, barHeight=BAR_HEIGHT,
                    humanReadable=False, quiet=True,
                )  # fmt: skip
                if drawing.width <= max_width:
                    break
                module -= 0.01 * mm
            else:
                return None
    except Exception:  # an odd code prints as text rather than stopping the sheet
        return None
    if drawing is None or drawing.width > max_width:
        return None
    return drawing


def prints_digits(code: str) -> bool:
    """Whether the symbol carries its digits under the bars (EAN and UPC do)."""
    return barcode_kind(code) in ("EAN13", "EAN8", "UPCA")


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


def barcode_flowable(code: str, max_width: float = COLUMN) -> Barcode | None:
    """A flowable of the code's barcode, or None when it cannot be drawn that narrow."""
    drawing = barcode_drawing(code.strip(), max_width)
    if drawing is None:
        return None
    drawing.initialFontName = FONT  # else the renderer names Helvetica, never embedded
    return Barcode(code.strip(), drawing)
