"""Shared look of every document: colours, paragraph styles and text helpers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, TableStyle

from promoplanner.core.i18n import Language, current_language, text
from promoplanner.core.model import Department, Floor
from promoplanner.documents import messages as _messages  # noqa: F401  (adds the texts)
from promoplanner.documents.fonts import FONT, printable, register_fonts

RED = colors.HexColor("#C8102E")  # the store's promotion red
DARK = colors.HexColor("#222222")
GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#F3F1EE")
RULE = colors.HexColor("#BBBBBB")
GOLD = colors.HexColor("#B8860B")
GREEN = colors.HexColor("#2E7D32")
WHITE = colors.white
ELLIPSIS = "…"


def style(name: str, size: float, *, leading: float | None = None, **kw: object) -> ParagraphStyle:
    """A paragraph style in the bundled font."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=FONT,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=kw.pop("textColor", DARK),
        wordWrap="CJK",  # break anywhere in Chinese; long Latin words break too
        **kw,
    )


class Styles:
    """The paragraph styles the documents share (built after the font is registered)."""

    def __init__(self) -> None:
        self.title = style("title", 18, leading=22)
        self.h2 = style("h2", 13, leading=17, spaceBefore=6, spaceAfter=4)
        self.h3 = style("h3", 11, leading=14, spaceBefore=4, spaceAfter=2, textColor=RED)
        self.body = style("body", 9.5, leading=13)
        self.small = style("small", 8, leading=10, textColor=GREY)
        self.cell = style("cell", 8.5, leading=10.5)
        self.cell_small = style("cell_small", 7, leading=8.5, textColor=GREY)
        self.cell_small_right = style(
            "cell_small_right", 7, leading=8.5, textColor=GREY, alignment=TA_RIGHT
        )
        self.cell_alert = style("cell_alert", 7.5, leading=9, textColor=RED)
        self.cell_ok = style("cell_ok", 8.5, leading=10.5, textColor=GREEN, alignment=TA_CENTER)
        self.cell_alert_center = style(
            "cell_alert_center", 8.5, leading=10.5, textColor=RED, alignment=TA_CENTER
        )
        self.cell_right = style("cell_right", 8.5, leading=10.5, alignment=TA_RIGHT)
        self.cell_center = style("cell_center", 8.5, leading=10.5, alignment=TA_CENTER)
        self.head = style("head", 8.5, leading=10.5, textColor=WHITE)
        self.head_center = style("head_center", 8.5, leading=10.5, textColor=WHITE, alignment=1)
        self.alert = style("alert", 10, leading=13, textColor=RED)


_STYLES: Styles | None = None


def styles() -> Styles:
    """The shared styles, made once."""
    global _STYLES
    if _STYLES is None:
        _STYLES = Styles()
    return _STYLES


def esc(value: object) -> str:
    """User text made safe for a Paragraph: drawable characters, markup escaped."""
    return escape(printable(value), {'"': "&quot;", "'": "&#39;"})


def para(value: object, st: ParagraphStyle, limit: int = 300) -> Paragraph:
    """A paragraph of user text, shortened with an ellipsis past limit characters."""
    raw = printable(value)
    if len(raw) > limit:
        raw = raw[: limit - 1] + ELLIPSIS
    return Paragraph(escape(raw), st)


def width_of(value: str, size: float) -> float:
    """Printed width of text in the bundled font."""
    return stringWidth(value, FONT, size)


def clip(value: object, size: float, width: float) -> str:
    """One line of text that fits the width, cut with an ellipsis when too long."""
    raw = printable(value).strip()
    if width_of(raw, size) <= width:
        return raw
    budget = width - width_of(ELLIPSIS, size)
    cut = _fit(raw, size, budget)
    return raw[:cut].rstrip() + ELLIPSIS


def with_ellipsis(line: str, size: float, width: float) -> str:
    """The line ending in an ellipsis (cut to fit): it says that more was left out."""
    line = line.rstrip(ELLIPSIS).rstrip()
    cut = _fit(line, size, width - width_of(ELLIPSIS, size))
    return line[:cut].rstrip() + ELLIPSIS


def wrap(value: object, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of text that fit the width; the last one ends in an ellipsis if text is left."""
    raw = " ".join(printable(value).split())
    lines: list[str] = []
    while raw and len(lines) < max_lines:
        if width_of(raw, size) <= width:
            lines.append(raw)
            raw = ""
            break
        cut = _fit(raw, size, width)
        # Prefer a break at a space for Latin text; Chinese breaks between any characters.
        space = raw.rfind(" ", 0, cut + 1)
        if space > cut // 2:
            cut = space
        lines.append(raw[: max(cut, 1)].rstrip())
        raw = raw[max(cut, 1) :].lstrip()
    if raw and lines:
        lines[-1] = with_ellipsis(lines[-1], size, width)
    return lines


def _fit(raw: str, size: float, width: float) -> int:
    """How many leading characters of raw fit in the width (binary search)."""
    low, high = 0, len(raw)
    while low < high:
        mid = (low + high + 1) // 2
        if width_of(raw[:mid], size) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def draw_bold(c: Canvas, x: float, y: float, value: str, size: float, **kw: object) -> None:
    """Text drawn with a thin outline: the font has no bold face, headlines need weight."""
    register_fonts()
    c.saveState()  # the render mode and line width must not leak into later text
    t = c.beginText()
    t.setTextRenderMode(2)  # fill and stroke
    c.setLineWidth(size / 40)
    t.setFont(FONT, size)
    anchor = kw.get("anchor", "start")
    w = width_of(value, size)
    if anchor == "end":
        x -= w
    elif anchor == "middle":
        x -= w / 2
    t.setTextOrigin(x, y)
    t.textOut(value)
    c.drawText(t)
    c.restoreState()


def money(amount: Decimal | None) -> str:
    """An amount in yuan as printed: ¥12.80."""
    if amount is None:
        return "—"
    return f"¥{amount:,.2f}"


def moment(value: datetime) -> str:
    """A local time as printed: 2027-06-20 09:00."""
    return value.strftime("%Y-%m-%d %H:%M")


def day_text(value: date) -> str:
    """A day with its weekday."""
    return f"{value.isoformat()} {text(f'weekday.{value.weekday()}')}"


def is_zh() -> bool:
    """Whether documents print in Chinese now."""
    return current_language() is Language.ZH


def floor_name(floor: Floor) -> str:
    """1F Food / 1F 食品, in the current language."""
    return f"{floor.code} {floor.name_zh if is_zh() else floor.name_en}"


def department_name(department: Department | None) -> str:
    """A department's name in the current language."""
    if department is None:
        return text("check.no_department")
    return department.name_zh if is_zh() else department.name_en


def table_style(*extra: tuple) -> TableStyle:
    """The house table style: red header row, light zebra rows, thin rules."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), RED),
            ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, GREY),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )
