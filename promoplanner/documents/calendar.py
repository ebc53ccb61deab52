"""The campaign calendar: a month grid page for each month of the campaign, then the dated list."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from promoplanner.core.holidays import month_bounds
from promoplanner.core.i18n import text
from promoplanner.core.model import CampaignSnapshot
from promoplanner.documents.calendar_months import (
    Entry,
    Month,
    entries,
    far_note,
    grid_months,
    holiday_name,
    is_drawn,
    month_of,
)
from promoplanner.documents.data import CalendarData
from promoplanner.documents.fonts import FONT
from promoplanner.documents.page import PageDecor, PageTitle, frame_size, render
from promoplanner.documents.styles import (
    DARK,
    GOLD,
    GREY,
    LIGHT,
    RED,
    RULE,
    WHITE,
    clip,
    moment,
    para,
    styles,
    table_style,
    width_of,
    with_ellipsis,
    wrap,
)

PAGE = landscape(A4)  # a month grid wants width; it hangs on the planning office wall
PHASE_COLOURS = [colors.HexColor("#C8102E"), colors.HexColor("#1565C0"), colors.HexColor("#2E7D32")]
BLUE = colors.HexColor("#1565C0")
MARK_SIZE = 7.5  # points: what happens on a day
LINE = 3.3 * mm
BAR_SIZE = 6.8
NOTE_SIZE = 8
NOTE_LINE = 3.6 * mm
CONTINUED_FROM, CONTINUES = "←", "→"  # a phase bar cut by the month's edge


@dataclass(frozen=True)
class Mark:
    """One line in a day's cell."""

    label: str
    colour: colors.Color


def _marks(snap: CampaignSnapshot) -> dict[date, list[Mark]]:
    """What happens on each day, in the order it is printed."""
    marks: dict[date, list[Mark]] = defaultdict(list)
    for d in snap.deadlines:
        phase = snap.phase(d.phase_id)
        label = f"{text('calendar.deadline', time=d.due.strftime('%H:%M'))} · P{phase.number}"
        marks[d.due.date()].append(Mark(label, RED))
    for a in snap.activities:
        day = a.start
        while day <= a.end:
            marks[day].append(Mark(a.name, BLUE))
            day += timedelta(days=1)
    for z in snap.zones:
        marks[z.start].append(Mark(z.name, GREY))
    for c in snap.contests:
        marks[c.registration_opens].append(
            Mark(text("calendar.registration_mark", name=c.name), GOLD)
        )
        marks[c.day].append(Mark(text("calendar.contest", name=c.name), GOLD))
    return marks


def cell_lines(marks: list[Mark], width: float, room: int) -> list[tuple[str, colors.Color]]:
    """The lines a day's cell prints: each mark in up to two lines, as many as there is room.

    When the marks need more lines than the cell has, the last line printed ends in an
    ellipsis, so the reader knows something was left out (and looks in the list).
    """
    lines = [(line, m.colour) for m in marks for line in wrap(m.label, MARK_SIZE, width, 2)]
    if len(lines) <= room:
        return lines
    kept = lines[: max(room, 0)]
    if kept:
        last, colour = kept[-1]
        kept[-1] = (with_ellipsis(last, MARK_SIZE, width), colour)
    return kept


def month_title(month: Month) -> str:
    """The month as a page names it: "September 2027", "2027年9月"."""
    year, number = month
    return text("calendar.month", year=year, month=number, name=text(f"month.{number}"))


def month_weeks(month: Month) -> list[list[date]]:
    """The weeks (Monday first) of the month's grid: four to six, whole weeks."""
    first, last = month_bounds(*month)
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append([monday + timedelta(days=n) for n in range(7)])
        monday += timedelta(days=7)
    return weeks


class MonthGrid(Flowable):
    """One month, Monday first, with phase bars across the days they run.

    The days of the weeks' other months are shaded and left empty: what happens on them is
    on their own month's page (or, when too far away, in the list the note names).
    """

    def __init__(
        self, snap: CampaignSnapshot, month: Month, width: float, height: float, note: str = ""
    ) -> None:
        super().__init__()
        self.snap, self.month, self.width, self.height = snap, month, width, height
        self.note = note
        self.weeks = month_weeks(month)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        snap = self.snap
        head = 7 * mm
        bottom = self._note() if self.note else 0
        cw = self.width / 7
        ch = (self.height - head - bottom) / len(self.weeks)
        c.setFillColor(RED)
        c.rect(0, self.height - head, self.width, head, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setFont(FONT, 9)
        for n in range(7):
            c.drawCentredString(
                cw * n + cw / 2, self.height - head + 2.2 * mm, text(f"weekday.{n}")
            )
        holidays = {h.day: holiday_name(h) for h in snap.holidays}
        marks = _marks(snap)
        for row, week in enumerate(self.weeks):
            top = self.height - head - row * ch
            for col, day in enumerate(week):
                x, y = col * cw, top - ch
                inside = month_of(day) == self.month
                c.setFillColor(WHITE if inside else LIGHT)
                c.setStrokeColor(RULE)
                c.setLineWidth(0.5)
                c.rect(x, y, cw, ch, stroke=1, fill=1)
                c.setFont(FONT, 11)
                if not inside:
                    # Another month's day says its month, so 31 August is not read as
                    # 31 September; its events are on its own page.
                    c.setFillColor(GREY)
                    c.drawString(x + 1.5 * mm, top - 4.5 * mm, f"{day.month}-{day.day}")
                    continue
                red = day in holidays or col >= 5
                c.setFillColor(RED if red else DARK)
                c.drawString(x + 1.5 * mm, top - 4.5 * mm, str(day.day))
                if day in holidays:
                    c.setFont(FONT, 7.5)
                    c.setFillColor(RED)
                    c.drawRightString(
                        x + cw - 1.5 * mm, top - 4.3 * mm, clip(holidays[day], 7.5, cw - 11 * mm)
                    )
                ly = top - 14 * mm
                room = int((ly - (y + 1.5 * mm)) // LINE) + 1
                for line, colour in cell_lines(marks.get(day, []), cw - 3 * mm, room):
                    c.setFillColor(colour)
                    c.setFont(FONT, MARK_SIZE)
                    c.drawString(x + 1.5 * mm, ly, line)
                    ly -= LINE
            self._phase_bars(week, top, cw)

    def _note(self) -> float:
        """The note under the grid on the dates it cannot draw; returns the room it takes."""
        c = self.canv
        lines = wrap(self.note, NOTE_SIZE, self.width - 3 * mm, 2)
        room = len(lines) * NOTE_LINE + 2 * mm
        c.setFillColor(RED)
        c.setFont(FONT, NOTE_SIZE)
        y = room - NOTE_LINE
        for line in lines:
            c.drawString(1.5 * mm, y, line)
            y -= NOTE_LINE
        return room

    def _phase_bars(self, week: list[date], top: float, cw: float) -> None:
        c = self.canv
        first, last = month_bounds(*self.month)
        for n, phase in enumerate(self.snap.phases):
            days = [i for i, d in enumerate(week) if first <= d <= last and phase.covers(d)]
            if not days:
                continue
            # A bar cut by the month's edge says it goes on, on the page before or after.
            before = week[days[0]] == first and phase.start < first
            after = week[days[-1]] == last and phase.end > last
            colour = PHASE_COLOURS[n % len(PHASE_COLOURS)]
            x0, x1 = days[0] * cw + 0.8 * mm, (days[-1] + 1) * cw - 0.8 * mm
            y = top - 9.5 * mm  # one band; phases of a campaign rarely overlap
            c.setFillColor(colour)
            c.roundRect(x0, y, x1 - x0, 3.8 * mm, 1 * mm, stroke=0, fill=1)
            c.setFillColor(WHITE)
            c.setFont(FONT, BAR_SIZE)
            label = f"P{phase.number} {phase.name}"
            if before:
                label = f"{CONTINUED_FROM} {text('calendar.continued', label=label)}"
            room = x1 - x0 - 2.4 * mm
            if after:
                room -= width_of(CONTINUES, BAR_SIZE) + 1 * mm
            c.drawString(x0 + 1.2 * mm, y + 1.1 * mm, clip(label, BAR_SIZE, room))
            if after:
                c.drawRightString(x1 - 1.2 * mm, y + 1.1 * mm, CONTINUES)


def _events_table(rows: list[Entry], months: list[Month], width: float) -> Table:
    s = styles()
    data: list[list] = [
        [
            para(text("doc.date"), s.head),
            para(text("calendar.what"), s.head),
            para(text("calendar.details"), s.head),
        ]
    ]
    for row in rows:
        what = row.what
        if not is_drawn(row, months):
            what = f"{what} · {text('calendar.list_only')}"
        data.append(
            [
                para(row.first.isoformat(), s.cell),
                para(what, s.cell, limit=80),
                para(row.detail, s.cell, limit=240),
            ]
        )
    table = Table(data, colWidths=[width * w for w in (0.12, 0.25, 0.63)], repeatRows=1)
    table.setStyle(
        table_style(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]), ("VALIGN", (0, 0), (-1, -1), "TOP")
        )
    )
    return table


def _wan(yuan: Decimal | None) -> str:
    """An amount kept in yuan, written in 万元 as the targets are set (1200000 -> 120)."""
    return "—" if yuan is None else format((yuan / 10_000).normalize(), "f")


def calendar(data: CalendarData) -> bytes:
    """The calendar as PDF bytes: a grid page for each month of the campaign, then the list."""
    snap = data.snapshot
    campaign = snap.campaign
    width, height = frame_size(PAGE)
    rows = entries(snap)
    months = grid_months(snap, rows)
    note = far_note([r for r in rows if not is_drawn(r, months)])
    title = text("calendar.title")
    story: list[Flowable] = []
    for month in months:
        story += [
            PageTitle(f"{title} · {month_title(month)}"),
            MonthGrid(snap, month, width, height, note),
            PageBreak(),
        ]
    span = month_title(months[0])
    if len(months) > 1:
        span = text("calendar.months", first=span, last=month_title(months[-1]))
    story += [
        PageTitle(f"{title} · {span}"),
        para(text("calendar.events"), styles().h2),
        _events_table(rows, months, width),
    ]
    targets = ""
    if campaign.sales_target is not None or campaign.stretch_target is not None:
        targets = text(
            "calendar.targets",
            target=_wan(campaign.sales_target),
            stretch=_wan(campaign.stretch_target),
        )
    decor = PageDecor(
        title=f"{title} · {span}",
        subtitle=" · ".join(v for v in (campaign.name, campaign.theme, targets) if v),
        right=text("doc.printed_at", moment=moment(data.printed_at)),
        footer=campaign.name,
    )
    return render(story, PAGE, decor)
