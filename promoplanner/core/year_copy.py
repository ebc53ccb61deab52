"""Moving a campaign to another year: each phase follows its holiday to the holiday's new date.

A phase is anchored to the holiday it covers (the one nearest its first day), else to the
nearest holiday within a month of it; the Dragon Boat sale moves as far as Dragon Boat
moves, the Father's Day sale as far as Father's Day moves to its new Sunday. A phase with
no holiday near it keeps its weekday (52 weeks a year). Everything that belongs to a phase
(its deadlines, activities, zones and contest) moves by the phase's distance. The planner
may move any phase elsewhere; a phase left outside the campaign's dates is a problem the
copy refuses until it is moved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from dateutil.relativedelta import relativedelta

from promoplanner.core.enums import HolidayKind
from promoplanner.core.holidays import occurrence_near

ANCHOR_REACH = 31  # days: a pre-holiday sale up to a month before still follows its holiday


@dataclass(frozen=True)
class DatedHoliday:
    """A holiday on the calendar of the campaign being copied."""

    kind: HolidayKind
    day: date
    name: str = ""


@dataclass(frozen=True)
class DatedPhase:
    """A phase of the campaign being copied: its number, name and dates."""

    number: int
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class MovedHoliday:
    """A holiday and its day in the new year."""

    kind: HolidayKind
    name: str
    old: date
    new: date

    @property
    def shift(self) -> int:
        """Days between the old date and the new one."""
        return (self.new - self.old).days


@dataclass(frozen=True)
class PhaseMove:
    """Where a phase goes: by its holiday's move, its weekday, or the planner's choice."""

    number: int
    name: str
    old_start: date
    old_end: date
    shift: int  # days added to every date of the phase
    anchor: MovedHoliday | None = None
    by_planner: bool = False

    @property
    def start(self) -> date:
        """The phase's first day in the new year."""
        return self.old_start + timedelta(days=self.shift)

    @property
    def end(self) -> date:
        """The phase's last day in the new year."""
        return self.old_end + timedelta(days=self.shift)


@dataclass(frozen=True)
class YearCopy:
    """The copy's dates: its period, holidays and phases, and the phases left outside."""

    first: date
    last: date
    holidays: tuple[MovedHoliday, ...]
    phases: tuple[PhaseMove, ...]

    @property
    def outside(self) -> tuple[PhaseMove, ...]:
        """Phases with a day outside the campaign's dates (the planner must move them)."""
        return tuple(p for p in self.phases if p.start < self.first or p.end > self.last)

    def shift_of(self, number: int) -> int:
        """The days a phase (by its number) and its deadlines, activities and zones move."""
        return next(p.shift for p in self.phases if p.number == number)


def same_weekday(day: date, years: int) -> date:
    """The day `years` later (or earlier) on the same weekday, nearest the same date."""
    target = day + relativedelta(years=years)
    offset = (day.weekday() - target.weekday() + 3) % 7 - 3  # -3 … +3 days
    return target + timedelta(days=offset)


def moved_holiday(holiday: DatedHoliday, years: int) -> MovedHoliday:
    """The holiday's day `years` later: by its rule, or the same date for the store's own."""
    approx = holiday.day + relativedelta(years=years)
    new = occurrence_near(holiday.kind, approx) or approx
    return MovedHoliday(holiday.kind, holiday.name, holiday.day, new)


def anchor_of(phase: DatedPhase, holidays: Iterable[DatedHoliday]) -> DatedHoliday | None:
    """The holiday a phase belongs to: one it covers (nearest its first day), else the
    nearest within ANCHOR_REACH days of it, else none."""
    inside = [h for h in holidays if phase.start <= h.day <= phase.end]
    if inside:
        return min(inside, key=lambda h: ((h.day - phase.start).days, h.day))

    def distance(h: DatedHoliday) -> int:
        return min(abs((h.day - phase.start).days), abs((h.day - phase.end).days))

    near = [h for h in holidays if distance(h) <= ANCHOR_REACH]
    return min(near, key=lambda h: (distance(h), h.day)) if near else None


def plan_year_copy(
    phases: Iterable[DatedPhase],
    holidays: Iterable[DatedHoliday],
    years: int,
    first: date,
    last: date,
    moves: Mapping[int, date] | None = None,
) -> YearCopy:
    """The copy `years` later into the period first..last.

    `moves` holds the first days the planner chose for phases (by number); they win over
    the holiday's move.
    """
    calendar = list(holidays)
    moved = {(h.kind, h.name, h.day): moved_holiday(h, years) for h in calendar}
    chosen = dict(moves or {})
    result = []
    for phase in sorted(phases, key=lambda p: p.number):
        anchor = anchor_of(phase, calendar)
        anchor_move = moved[(anchor.kind, anchor.name, anchor.day)] if anchor else None
        if phase.number in chosen:
            shift = (chosen[phase.number] - phase.start).days
            result.append(
                PhaseMove(
                    phase.number,
                    phase.name,
                    phase.start,
                    phase.end,
                    shift,
                    anchor_move,
                    by_planner=True,
                )
            )
            continue
        if anchor_move is not None:
            shift = anchor_move.shift
        else:
            shift = (same_weekday(phase.start, years) - phase.start).days
        result.append(
            PhaseMove(phase.number, phase.name, phase.start, phase.end, shift, anchor_move)
        )
    return YearCopy(first, last, tuple(moved.values()), tuple(apart(result)))


def apart(moves: list[PhaseMove]) -> list[PhaseMove]:
    """The moves with a phase that now overlaps the one before it, when it did not before,
    put on the day after that one (two holidays may draw nearer in the new year: the same
    item in both phases at two prices would then be on sale twice that day).

    A phase the planner placed stays where they put it.
    """
    result = list(moves)
    order = sorted(range(len(result)), key=lambda i: (result[i].old_start, result[i].number))
    for before, now in pairwise(order):
        earlier, later = result[before], result[now]
        was_apart = earlier.old_end < later.old_start
        if not was_apart or later.by_planner or later.start > earlier.end:
            continue
        shift = later.shift + (earlier.end - later.start).days + 1
        result[now] = PhaseMove(
            later.number, later.name, later.old_start, later.old_end, shift, later.anchor
        )
    return result
