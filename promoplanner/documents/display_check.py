"""The daily display check: one sheet per day and floor, in the floor manager's walking order.

Each sheet names the round, the checker and the person walking along; the tasks left open
from earlier checks come first (the re-check is the walk's first job); then every item of
the day by department in walking order, with boxes for placed, price tag, POP and stock and
room for the problem, who fixes it and by when; the pass rate is at the foot.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from promoplanner.core.display_check import progress_text
from promoplanner.core.display_sheet import DisplayDay, DisplayFloor, DisplayLine, OpenFix
from promoplanner.core.enums import DisplayForm
from promoplanner.core.i18n import text
from promoplanner.documents.barcodes import barcode_flowable, prints_digits
from promoplanner.documents.data import DisplayCheckData
from promoplanner.documents.fonts import FONT
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

PAGE = landscape(A4)  # a clipboard sheet for the floor walk, wide enough to write on
# mm; sums to the landscape A4 frame width (273 mm). The barcode column holds a 38 mm code.
COLUMNS = [7, 46, 50, 30, 12, 12, 12, 24, 38, 20, 22]
BARCODE_ROOM = 38 * mm
OPEN_ROW = "#FDECEC"  # the row of an item that still has a fix task open


class TickBox(Flowable):
    """An empty square to tick by hand."""

    size = 4.5 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(DARK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _form(line: DisplayLine) -> DisplayForm | None:
    """The display the item needs: its own, else that of the zone it stands in."""
    if line.item.display_form is not None:
        return line.item.display_form
    return next((z.display_form for z in line.zones), None)


def _position(line: DisplayLine) -> str:
    form = _form(line)
    parts = [text(f"form.{form.value}") if form else text("form.none")]
    parts += [f"{z.name} {z.location}".strip() for z in line.zones]
    return " · ".join(parts)


def _item_cell(line: DisplayLine, fix: OpenFix | None) -> list:
    s = styles()
    item = line.item
    cell = [para(item.name, s.cell, limit=80)]
    price = money(item.promo_price) + (f" /{item.unit}" if item.unit.strip() else "")
    detail = " · ".join(v for v in (item.spec.strip(), price) if v)
    cell.append(para(detail, s.cell_small, limit=80))
    if line.plu:
        cell.append(para(text("display.sheet_plu", plu=line.plu), s.cell, limit=40))
    if fix is not None:
        cell.append(para(text("display.sheet_open", problem=_problem(fix)), s.cell_alert,
                         limit=160))  # fmt: skip
    return cell


def _barcode_cell(code: str) -> list:
    s = styles()
    drawing = barcode_flowable(code, BARCODE_ROOM)
    if drawing is None:
        return [para(code or "—", s.cell_small, limit=32)]
    if prints_digits(code):
        return [drawing]  # EAN and UPC drawings carry their digits under the bars
    return [drawing, para(code, s.cell_small)]


def _problem(fix: OpenFix) -> str:
    said = fix.state.task.problem.strip()
    found = text("display.sheet_sep").join(
        text(f"display.problem.{p.value}") for p in fix.state.check.to_fix
    )
    return (
        text("display.sheet_problem", said=said, found=found) if said and found else said or found
    )


def _head_fields(width: float) -> Table:
    """Round, checker, accompanying person and time, to fill in at the start of the walk."""
    s = styles()
    label = text("doc.blank", label=text("display.sheet_round"))
    names = [text(f"display.round.{r}") for r in ("morning", "midday", "evening")]
    rounds: list = [para(label, s.body)]
    for name in names:
        rounds += [SmallBox(), para(name, s.body)]

    def fits(words: str) -> float:
        """A cell as wide as its words in the sheet's font, so none wraps (1 pt pads)."""
        return stringWidth(words, FONT, s.body.fontSize) + 2 + 1

    widest = max(fits(n) for n in names) + 3 * mm  # room before the next box
    choice = Table([rounds], colWidths=[fits(label) + 1 * mm] + [4.5 * mm, widest] * 3)
    choice.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), FONT, 8),
                     ("LEFTPADDING", (0, 0), (-1, -1), 1),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 1)])  # fmt: skip
    cells = [
        [
            choice,
            para(text("doc.blank", label=text("check.checker")), s.body),
            para(text("doc.blank", label=text("display.sheet_with")), s.body),
            para(text("doc.blank", label=text("check.time")), s.body),
        ]
    ]
    table = Table(cells, colWidths=[width * w for w in (0.34, 0.24, 0.24, 0.18)],
                  rowHeights=[8 * mm])  # fmt: skip
    table.setStyle(table_style(("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                               ("TEXTCOLOR", (0, 0), (-1, 0), DARK)))  # fmt: skip
    return table


def _fixes_table(floor: DisplayFloor, width: float) -> list:
    s = styles()
    if not floor.open_fixes:
        return [para(text("display.sheet_no_fixes"), s.small)]
    header = [
        para(text(k), s.head)
        for k in ("check.col_item", "check.col_barcode", "display.col_problem",
                  "display.col_fixer", "display.col_due", "display.col_recheck")
    ]  # fmt: skip
    rows: list[list] = [header]
    extra: list[tuple] = []
    for fix in floor.open_fixes:
        task = fix.state.task
        due = moment(task.due) + ("  " + text("display.overdue") if fix.overdue else "")
        code = fix.item.barcode or (f"PLU {_plu(floor, fix)}" if _plu(floor, fix) else "—")
        rows.append([
            para(fix.item.name, s.cell, limit=80),
            para(code, s.cell_small, limit=40),
            para(_problem(fix), s.cell, limit=200),
            para(task.fixer, s.cell, limit=60),
            para(due, s.cell_alert if fix.overdue else s.cell, limit=60),
            TickBox(),
        ])  # fmt: skip
        if fix.overdue:
            extra.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), OPEN_ROW))
    widths = [0.24, 0.14, 0.3, 0.12, 0.14, 0.06]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(table_style(("ALIGN", (5, 1), (5, -1), "CENTER"), *extra))
    return [para(text("display.sheet_fixes", count=len(floor.open_fixes)), s.h3), table]


def _plu(floor: DisplayFloor, fix: OpenFix) -> str:
    return next((ln.plu for ln in floor.lines if ln.item.id == fix.item.id), "")


class SmallBox(TickBox):
    """A smaller square, one of a few choices in a cell."""

    size = 3.2 * mm


def _stock_boxes() -> Table:
    """Full, low, out (card up): one to tick."""
    s = styles()
    rows = [[SmallBox(), para(text(f"display.sheet_stock_{k}"), s.cell_small)]
            for k in ("full", "low", "out")]  # fmt: skip
    table = Table(rows, colWidths=[4 * mm, (COLUMNS[7] - 6) * mm])
    pads = ("TOPPADDING", "BOTTOMPADDING", "LEFTPADDING", "RIGHTPADDING")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), FONT, 7),  # else Helvetica, which is never embedded
            *[(p, (0, 0), (-1, -1), 0.6) for p in pads],
        ]
    )
    return table


def _items_table(floor: DisplayFloor) -> Table:
    s = styles()
    header = [
        para("#", s.head),
        para(text("check.col_barcode"), s.head),
        para(text("check.col_item"), s.head),
        para(text("check.col_position"), s.head),
        para(text("display.col_placed"), s.head_center),
        para(text("check.col_tag"), s.head_center),
        para(text("display.col_pop"), s.head_center),
        para(text("display.col_stock"), s.head),
        para(text("display.col_problem"), s.head),
        para(text("display.col_fixer"), s.head),
        para(text("display.col_due"), s.head),
    ]
    rows: list[list] = [header]
    extra: list[tuple] = []
    open_of = {f.item.id: f for f in floor.open_fixes}
    number = 0
    key = lambda ln: ln.department.id if ln.department else -1  # noqa: E731
    for _, group in groupby(floor.lines, key=key):
        group = list(group)
        r = len(rows)
        rows.append([para(department_name(group[0].department), s.h3)] + [""] * 10)
        extra += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), LIGHT),
            ("NOSPLIT", (0, r), (-1, r + 1)),  # a department heading never ends a page
        ]
        for line in group:
            number += 1
            fix = open_of.get(line.item.id)
            rows.append([
                para(str(number), s.cell_small),
                _barcode_cell(line.item.barcode),
                _item_cell(line, fix),
                para(_position(line), s.cell_small, limit=120),
                TickBox(),
                TickBox(),
                TickBox(),
                _stock_boxes(),
                "",
                "",
                "",
            ])  # fmt: skip
            if fix is not None:
                extra.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), OPEN_ROW))
    table = Table(rows, colWidths=[w * mm for w in COLUMNS], repeatRows=1)
    table.setStyle(table_style(("ALIGN", (4, 1), (6, -1), "CENTER"),
                               ("INNERGRID", (8, 1), (-1, -1), 0.3, LIGHT), *extra))  # fmt: skip
    return table


def _foot(floor: DisplayFloor, day: DisplayDay) -> list:
    s = styles()
    said = [progress_text(floor.progress, day.day.isoformat())]
    said.append(progress_text(floor.previous, text("display.sheet_pass_before")))
    departments = [progress_text(p, department_name(d)) for d, p in floor.departments if p.checked]
    story = [Spacer(1, 3 * mm), para(" · ".join(said), s.body)]
    if departments:
        story.append(para(" · ".join(departments), s.small, limit=600))
    return [KeepTogether(story)]


def _sheet(day: DisplayDay, floor: DisplayFloor, phases: str) -> list:
    s = styles()
    width, _ = frame_size(PAGE)
    title = text(
        "check.sheet",
        day=day.day.isoformat(),
        weekday=text(f"weekday.{day.day.weekday()}"),
        floor=floor_name(floor.floor),
    )
    story: list = [
        SheetLabel(f"{day_text(day.day)} · {floor_name(floor.floor)} · {phases}"),
        SheetTitle(title, text("check.count", count=len(floor.lines)), width),
        _head_fields(width),
        Spacer(1, 1.5 * mm),
        para(text("display.sheet_instructions"), s.small),
        Spacer(1, 1.5 * mm),
        *_fixes_table(floor, width),
        Spacer(1, 2 * mm),
    ]
    if not floor.lines:
        story.append(para(text("check.empty"), s.body))
    else:
        story.append(_items_table(floor))
    return story + _foot(floor, day)


def display_check(data: DisplayCheckData) -> bytes:
    """The sheets as PDF bytes: every day, every floor with items (or the floor asked for)."""
    phases = " / ".join(text("doc.phase", number=p.number, name=p.name) for p in data.phases)
    story: list = []
    for day in data.days:
        floors = [f for f in day.floors if f.lines] or list(day.floors)
        for floor in floors:
            if story:
                story.append(PageBreak())
            story += _sheet(day, floor, phases)
    decor = PageDecor(
        title=text("check.title"),
        subtitle=phases,
        right=text("doc.printed_at", moment=moment(data.printed_at)),
        footer=f"{data.campaign.name} · {phases}",
        signatures=tuple(
            text("doc.blank", label=text(k))
            for k in ("check.checker", "display.sheet_with", "doc.signature", "check.floor_manager")
        ),
    )
    return render(story, PAGE, decor)
