"""The campaign calendar's dates: the dated list's entries and the months that get a grid page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from promoplanner.core.holidays import month_bounds
from promoplanner.core.i18n import text
from promoplanner.core.model import CampaignSnapshot, Holiday
from promoplanner.documents.styles import moment

# A month gets a grid page when it holds a campaign date and lies no further than this
# before the campaign's first month or after its last: buyer deadlines come 2-4 weeks
# ahead and a phase may run on into the next month, but a date years away is a typing
# slip, and one page per month to reach it would bury the campaign in empty grids.
REACH = 2
MAX_MONTHS = 6  # grid pages at most, even for a campaign of its own dates that runs a year
SHOWN_FAR = 3  # far entries the grid page names; the rest it counts

Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class Entry:
    """One line of the dated list: something of the campaign on a day or a run of days."""

    first: date
    last: date
    what: str
    detail: str

    def months(self) -> list[Month]:
        """Every month the entry touches."""
        return months_between(self.first, self.last)


def month_of(day: date) -> Month:
    """The (year, month) of the day."""
    return day.year, day.month


def shift(month: Month, by: int) -> Month:
    """The month `by` months later (earlier when negative)."""
    index = month[0] * 12 + month[1] - 1 + by
    return index // 12, index % 12 + 1


def months_between(first: date, last: date) -> list[Month]:
    """The months from the first day's to the last day's, in order."""
    months, month = [], month_of(first)
    while month <= month_of(last):
        months.append(month)
        month = shift(month, 1)
    return months


def holiday_name(h: Holiday) -> str:
    """The holiday's own name, else the name of its kind."""
    return h.name or text(f"holiday.{h.kind.value}")


def entries(snap: CampaignSnapshot) -> list[Entry]:
    """Everything the campaign has on the calendar, in date order."""
    rows: list[Entry] = []
    for h in snap.holidays:
        rows.append(Entry(h.day, h.day, text("calendar.holiday"), holiday_name(h)))
    for p in snap.phases:
        span = text("doc.days", start=p.start.isoformat(), end=p.end.isoformat())
        what = text("doc.phase", number=p.number, name=p.name)
        rows.append(Entry(p.start, p.end, what, " · ".join(v for v in (p.theme, span) if v)))
    for d in snap.deadlines:
        day = d.due.date()
        rows.append(Entry(day, day, text("calendar.deadline", time=moment(d.due)), d.what))
    for a in snap.activities:
        span = text("doc.days", start=a.start.isoformat(), end=a.end.isoformat())
        detail = " · ".join(v for v in (a.name, span, a.location, a.description) if v)
        rows.append(Entry(a.start, a.end, text("calendar.activity"), detail))
    for z in snap.zones:
        span = text("doc.days", start=z.start.isoformat(), end=z.end.isoformat())
        detail = " · ".join(v for v in (z.name, span, z.location) if v)
        rows.append(Entry(z.start, z.end, text("calendar.zone"), detail))
    for c in snap.contests:
        day = c.registration_opens
        rows.append(Entry(day, day, text("calendar.registration"), c.name))
        rows.append(Entry(c.day, c.day, text("calendar.contest", name=c.name), c.location))
    rows.sort(key=lambda r: (r.first, r.last))
    return rows


def grid_months(snap: CampaignSnapshot, rows: list[Entry]) -> list[Month]:
    """The months that get a grid page, in order: the campaign's own and those near it
    that hold any of its dates, at most MAX_MONTHS."""
    first, last = snap.campaign.period
    low, high = shift(month_of(first), -REACH), shift(month_of(last), REACH)
    held = set(months_between(first, last))
    window_start, window_end = month_bounds(*low)[0], month_bounds(*high)[1]
    for row in rows:
        # Clipped to the window first: a phase ending in 2207 is not walked month by month.
        start, end = max(row.first, window_start), min(row.last, window_end)
        if start <= end:
            held.update(months_between(start, end))
    return sorted(held)[:MAX_MONTHS]


def is_drawn(row: Entry, months: list[Month]) -> bool:
    """Whether every day of the entry is on a grid page."""
    if not months[0] <= month_of(row.first) <= month_of(row.last) <= months[-1]:
        return False
    return set(row.months()) <= set(months)


def far_note(far: list[Entry]) -> str:
    """What the grid page says about the entries it cannot draw."""
    if not far:
        return ""
    shown = [_dated(row) for row in far[:SHOWN_FAR]]
    items = text("calendar.far_sep").join(shown)
    if len(far) > SHOWN_FAR:
        items = text("calendar.far_more", items=items, more=len(far) - SHOWN_FAR)
    return text("calendar.far", items=items)


def _dated(row: Entry) -> str:
    if row.first == row.last:
        return f"{row.first.isoformat()} {row.what}"
    span = text("doc.days", start=row.first.isoformat(), end=row.last.isoformat())
    return f"{span} {row.what}"
