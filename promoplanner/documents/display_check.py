"""The daily display check: one sheet per day and floor, items by department, tick boxes."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from promoplanner.core.barcode import ean_is_valid
from promoplanner.core.enums import DisplayForm
from promoplanner.core.i18n import text
from promoplanner.core.model import DisplayCheck, Floor
from promoplanner.documents.barcodes import barcode_flowable
from promoplanner.documents.data import DaySheet, DisplayCheckData, SheetLine
from promoplanner.documents.page import PageDecor, SheetLabel, SheetTitle, frame_size, render
from promoplanner.documents.styles import (
    DARK,
    LIGHT,
    day_text,
    department_name,
    floor_name,
    moment,
    money,
    para,
    styles,
    table_style,
)

PAGE = A4  # a clipboard sheet for the floor walk
COLUMNS = [7, 40, 48, 17, 35, 13, 13, 13]  # mm; sums to the A4 frame width (186 mm)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    size = 4.5 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(DARK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _form(line: SheetLine) -> DisplayForm | None:
    """The display the item needs: its own, else that of the zone it stands in."""
    if line.item.display_form is not None:
        return line.item.display_form
    return next((z.display_form for z in line.zones), None)


def _position(line: SheetLine) -> str:
    form = _form(line)
    parts = [text(f"form.{form.value}") if form else text("form.none")]
    parts += [f"{z.name} {z.location}".strip() for z in line.zones]
    return " · ".join(parts)


def _yesterday(check: DisplayCheck | None) -> str:
    if check is None or not check.failed:
        return ""
    what = []
    if check.arrived is False:
        what.append(text("check.missing"))
    if check.golden_position is False:
        what.append(text("check.not_golden"))
    if check.price_tag_ok is False:
        what.append(text("check.tag_wrong"))
    message = text("check.yesterday", what=", ".join(what))
    return f"{message} — {check.note}" if check.note.strip() else message


def _item_cell(line: SheetLine) -> list:
    s = styles()
    item = line.item
    cell = [para(item.name, s.cell, limit=80)]
    if item.spec.strip():
        cell.append(para(item.spec, s.cell_small, limit=60))
    alert = _yesterday(line.yesterday)
    if alert:
        cell.append(para(alert, s.cell_alert, limit=120))
    return cell


def _price_cell(line: SheetLine) -> list:
    s = styles()
    price = money(line.item.promo_price)
    cell = [para(price, s.cell_right if len(price) <= 9 else s.cell_small_right)]
    if line.item.unit.strip():
        cell.append(para("/" + line.item.unit, s.cell_small_right, limit=12))
    return cell


def _barcode_cell(code: str) -> list:
    s = styles()
    drawing = barcode_flowable(code)
    if drawing is None:
        return [para(code or "—", s.cell_small, limit=32)]
    if ean_is_valid(code):
        return [drawing]  # EAN drawings carry their digits under the bars
    return [drawing, para(code, s.cell_small)]


def _sheet(day_sheet: DaySheet, floor: Floor, lines: list[SheetLine], phases: str) -> list:
    s = styles()
    width, _ = frame_size(PAGE)
    title = text(
        "check.sheet",
        day=day_sheet.day.isoformat(),
        weekday=text(f"weekday.{day_sheet.day.weekday()}"),
        floor=floor_name(floor),
    )
    story: list = [
        SheetLabel(f"{day_text(day_sheet.day)} · {floor_name(floor)} · {phases}"),
        SheetTitle(title, text("check.count", count=len(lines)), width),
        para(text("check.instructions"), s.small),
        Spacer(1, 2 * mm),
    ]
    if not lines:
        story.append(para(text("check.empty"), s.body))
    else:
        header = [
            para("#", s.head),
            para(text("check.col_barcode"), s.head),
            para(text("check.col_item"), s.head),
            para(text("check.col_price"), s.head),
            para(text("check.col_position"), s.head),
            para(text("check.col_arrived"), s.head_center),
            para(text("check.col_golden"), s.head_center),
            para(text("check.col_tag"), s.head_center),
        ]
        rows: list[list] = [header]
        extra: list[tuple] = []
        number = 0
        key = lambda ln: ln.department.id if ln.department else -1  # noqa: E731
        for _, group in groupby(lines, key=key):
            group = list(group)
            r = len(rows)
            rows.append([para(department_name(group[0].department), s.h3)] + [""] * 7)
            extra += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), LIGHT),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a department heading never ends a page
            ]
            for line in group:
                number += 1
                form = _form(line)
                golden = form is not None and form.is_golden
                rows.append(
                    [
                        para(str(number), s.cell_small),
                        _barcode_cell(line.item.barcode),
                        _item_cell(line),
                        _price_cell(line),
                        para(_position(line), s.cell_small if not golden else s.cell, limit=120),
                        TickBox(),
                        TickBox() if golden else para("—", s.cell_center),
                        TickBox(),
                    ]
                )
                if line.failed_yesterday:
                    extra.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), "#FDECEC"))
        table = Table(rows, colWidths=[w * mm for w in COLUMNS], repeatRows=1)
        table.setStyle(table_style(("ALIGN", (5, 1), (-1, -1), "CENTER"), *extra))
        story.append(table)
    return story


def display_check(data: DisplayCheckData) -> bytes:
    """The sheets as PDF bytes: every day, every floor with items (or the floor asked for)."""
    phases = " / ".join(text("doc.phase", number=p.number, name=p.name) for p in data.phases)
    story: list = []
    for sheet in data.sheets:
        by_floor = {f.id: [ln for ln in sheet.lines if ln.floor.id == f.id] for f in sheet.floors}
        floors = [f for f in sheet.floors if by_floor[f.id]] or list(sheet.floors)
        for floor in floors:
            if story:
                story.append(PageBreak())
            story += _sheet(sheet, floor, by_floor[floor.id], phases)
    decor = PageDecor(
        title=text("check.title"),
        subtitle=phases,
        right=text("doc.printed_at", moment=moment(data.printed_at)),
        footer=f"{data.campaign.name} · {phases}",
        signatures=tuple(
            text(k) + ":"
            for k in ("check.checker", "check.time", "doc.signature", "check.floor_manager")
        ),
    )
    return render(story, PAGE, decor)
