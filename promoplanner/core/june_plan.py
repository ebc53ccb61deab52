"""The source plan's June campaign dates, moved to any year by their distance to the holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from promoplanner.core.holidays import dragon_boat, fathers_day


def _day(start: date, offset: int) -> date:
    return start + timedelta(days=offset)


@dataclass(frozen=True)
class JunePlan:
    """Every date of the source plan for one year.

    In 2005 (the only year the source's weekdays fit) these are exactly the source's dates:
    Phase 1 6-11..6-12, deadline 6-8 12:00; Phase 2 6-18..6-27, deadline 6-13 08:00;
    Father's Day gift 6-18..6-19; beer festival 6-24..6-26; contest 6-26.
    """

    year: int
    dragon_boat: date
    fathers_day: date

    @property
    def phase1(self) -> tuple[date, date]:
        """Dragon Boat day and the next day."""
        return self.dragon_boat, _day(self.dragon_boat, 1)

    @property
    def phase2(self) -> tuple[date, date]:
        """The day before Father's Day to eight days after it."""
        return _day(self.fathers_day, -1), _day(self.fathers_day, 8)

    @property
    def deadline1(self) -> datetime:
        """Buyers' item lists: three days before Phase 1, at noon."""
        return datetime.combine(_day(self.phase1[0], -3), time(12, 0))

    @property
    def deadline2(self) -> datetime:
        """Goods in place for the photo shoot: five days before Phase 2, at 08:00."""
        return datetime.combine(_day(self.phase2[0], -5), time(8, 0))

    @property
    def zongzi_event(self) -> date:
        """The zongzi-wrapping event: Phase 1's first day."""
        return self.phase1[0]

    @property
    def tie_gift(self) -> tuple[date, date]:
        """The Father's Day tie gift: Phase 2's first two days."""
        start = self.phase2[0]
        return start, _day(start, 1)

    @property
    def beer_festival(self) -> tuple[date, date]:
        """The beer festival: days 7 to 9 of Phase 2."""
        start = self.phase2[0]
        return _day(start, 6), _day(start, 8)

    @property
    def square_tasting(self) -> tuple[date, date]:
        """Free tasting in the square: the festival's last two days."""
        start = self.phase2[0]
        return _day(start, 7), _day(start, 8)

    @property
    def contest_day(self) -> date:
        """The beer-drinking contest: eight days after Phase 2 starts."""
        return _day(self.phase2[0], 8)

    @property
    def registration_opens(self) -> date:
        """Contest registration: from Phase 2's first day."""
        return self.phase2[0]


def june_plan(
    year: int, dragon_boat_day: date | None = None, fathers_day_day: date | None = None
) -> JunePlan:
    """The plan for a year, from computed holidays unless the planner gives other dates."""
    return JunePlan(
        year, dragon_boat_day or dragon_boat(year), fathers_day_day or fathers_day(year)
    )


def coming_june_year(now: datetime) -> int:
    """The year whose June campaign still has its first deadline ahead."""
    return now.year if now < june_plan(now.year).deadline1 else now.year + 1
