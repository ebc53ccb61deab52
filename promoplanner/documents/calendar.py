"""The campaign calendar: the month as a grid with holidays, phases, deadlines and events."""

from __future__ import annotations

import calendar as cal
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from promoplanner.core.i18n import text
from promoplanner.core.model import CampaignSnapshot
from promoplanner.documents.data import CalendarData
from promoplanner.documents.fonts import FONT
from promoplanner.documents.page import PageDecor, frame_size, render
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
    money,
    para,
    styles,
    table_style,
    with_ellipsis,
    wrap,
)

PAGE = landscape(A4)  # a month grid wants width; it hangs on the planning office wall
PHASE_COLOURS = [colors.HexColor("#C8102E"), colors.HexColor("#1565C0"), colors.HexColor("#2E7D32")]
BLUE = colors.HexColor("#1565C0")
MAX_WEEKS = 8  # beyond this the grid keeps only the weeks holding a campaign date
MARK_SIZE = 7.5  # points: what happens on a day
LINE = 3.3 * mm


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


def _holiday_name(h) -> str:
    return h.name or text(f"holiday.{h.kind.value}")


def _campaign_days(snap: CampaignSnapshot, marks: dict[date, list[Mark]]) -> set[date]:
    """Every day something of the campaign happens: phases, deadlines, holidays, events."""
    days = set(marks) | {h.day for h in snap.holidays}
    for phase in snap.phases:
        days.update(phase.start + timedelta(days=n) for n in range(phase.days))
    return days


def calendar_weeks(snap: CampaignSnapshot) -> list[list[date]]:
    """The weeks (Monday first) the grid shows: the month and every campaign date.

    In a year like 2025 Dragon Boat falls on 31 May, so Phase 1 and its deadline lie
    before the campaign's month; the grid reaches back (or on) to show them. A date far
    away (a typing slip) must not shrink the month to slivers: then only the weeks that
    hold something are added.
    """
    year, month = snap.campaign.year, snap.campaign.month
    first, last = date(year, month, 1), date(year, month, cal.monthrange(year, month)[1])
    days = _campaign_days(snap, _marks(snap))
    start, end = min(days | {first}), max(days | {last})
    monday = start - timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append([monday + timedelta(days=n) for n in range(7)])
        monday += timedelta(days=7)
    if len(weeks) > MAX_WEEKS:
        weeks = [
            w
            for w in weeks
            if any(first <= d <= last for d in (w[0], w[-1])) or days.intersection(w)
        ]
    return weeks


class MonthGrid(Flowable):
    """The month, Monday first, with phase bars across the days they run.

    Days outside the month are shaded but filled in, when a week of the grid holds them.
    """

    def __init__(self, snap: CampaignSnapshot, width: float, height: float) -> None:
        super().__init__()
        self.snap, self.width, self.height = snap, width, height
        self.weeks = calendar_weeks(snap)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        snap = self.snap
        head = 7 * mm
        cw = self.width / 7
        ch = (self.height - head) / len(self.weeks)
        c.setFillColor(RED)
        c.rect(0, self.height - head, self.width, head, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setFont(FONT, 9)
        for n in range(7):
            c.drawCentredString(
                cw * n + cw / 2, self.height - head + 2.2 * mm, text(f"weekday.{n}")
            )
        holidays = {h.day: _holiday_name(h) for h in snap.holidays}
        marks = _marks(snap)
        month = snap.campaign.month
        for row, week in enumerate(self.weeks):
            top = self.height - head - row * ch
            for col, day in enumerate(week):
                x, y = col * cw, top - ch
                inside = day.month == month
                c.setFillColor(WHITE if inside else LIGHT)
                c.setStrokeColor(RULE)
                c.setLineWidth(0.5)
                c.rect(x, y, cw, ch, stroke=1, fill=1)
                c.setFont(FONT, 11)
                red = day in holidays or (col >= 5 and inside)
                c.setFillColor(RED if red else DARK if inside else GREY)
                # Another month's day says its month, so 31 May is not read as 31 June.
                label = str(day.day) if inside else f"{day.month}-{day.day}"
                c.drawString(x + 1.5 * mm, top - 4.5 * mm, label)
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
            if row and week[0] - self.weeks[row - 1][0] > timedelta(days=7):
                c.setStrokeColor(RED)  # weeks left out between these two rows
                c.setLineWidth(2)
                c.line(0, top, self.width, top)
            self._phase_bars(week, top, cw)

    def _phase_bars(self, week: list[date], top: float, cw: float) -> None:
        c = self.canv
        for n, phase in enumerate(self.snap.phases):
            days = [i for i, d in enumerate(week) if phase.covers(d)]
            if not days:
                continue
            colour = PHASE_COLOURS[n % len(PHASE_COLOURS)]
            x0, x1 = days[0] * cw + 0.8 * mm, (days[-1] + 1) * cw - 0.8 * mm
            y = top - 9.5 * mm  # one band; phases of a campaign rarely overlap
            c.setFillColor(colour)
            c.roundRect(x0, y, x1 - x0, 3.8 * mm, 1 * mm, stroke=0, fill=1)
            c.setFillColor(WHITE)
            c.setFont(FONT, 6.8)
            label = f"P{phase.number} {phase.name}"
            c.drawString(x0 + 1.2 * mm, y + 1.1 * mm, clip(label, 6.8, x1 - x0 - 2.4 * mm))


def _events_table(snap: CampaignSnapshot, width: float) -> Table:
    s = styles()
    rows: list[tuple[date, str, str]] = []
    for h in snap.holidays:
        rows.append((h.day, text("calendar.holiday"), _holiday_name(h)))
    for p in snap.phases:
        span = text("doc.days", start=p.start.isoformat(), end=p.end.isoformat())
        rows.append(
            (p.start, text("doc.phase", number=p.number, name=p.name), f"{p.theme} · {span}")
        )
    for d in snap.deadlines:
        rows.append((d.due.date(), text("calendar.deadline", time=moment(d.due)), d.task()))
    for a in snap.activities:
        span = text("doc.days", start=a.start.isoformat(), end=a.end.isoformat())
        rows.append(
            (
                a.start,
                text("calendar.activity"),
                f"{a.name} · {span} · {a.location} · {a.description}",
            )
        )
    for c in snap.contests:
        rows.append((c.registration_opens, text("calendar.registration"), c.name))
        rows.append((c.day, text("calendar.contest", name=c.name), c.location))
    rows.sort(key=lambda r: r[0])
    data: list[list] = [
        [
            para(text("doc.date"), s.head),
            para(text("calendar.what"), s.head),
            para(text("calendar.details"), s.head),
        ]
    ]
    for day, what, detail in rows:
        data.append(
            [
                para(day.isoformat(), s.cell),
                para(what, s.cell, limit=60),
                para(detail, s.cell, limit=240),
            ]
        )
    table = Table(data, colWidths=[width * w for w in (0.12, 0.25, 0.63)], repeatRows=1)
    table.setStyle(
        table_style(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]), ("VALIGN", (0, 0), (-1, -1), "TOP")
        )
    )
    return table


def calendar(data: CalendarData) -> bytes:
    """The calendar as PDF bytes: the month grid, then the dated list."""
    snap = data.snapshot
    campaign = snap.campaign
    width, height = frame_size(PAGE)
    story = [
        MonthGrid(snap, width, height),
        PageBreak(),
        para(text("calendar.events"), styles().h2),
        _events_table(snap, width),
    ]
    targets = ""
    if campaign.sales_target is not None or campaign.stretch_target is not None:
        targets = text(
            "calendar.targets",
            target=money(campaign.sales_target).lstrip("¥"),
            stretch=money(campaign.stretch_target).lstrip("¥"),
        )
    decor = PageDecor(
        title=" · ".join(
            [
                text("calendar.title"),
                text("calendar.month", year=campaign.year, month=campaign.month),
            ]
        ),
        subtitle=" · ".join(v for v in (campaign.name, campaign.theme, targets) if v),
        right=text("doc.printed_at", moment=moment(data.printed_at)),
        footer=campaign.name,
    )
    return render(story, PAGE, decor)
