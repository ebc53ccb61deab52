"""Propose the June campaign's holidays for any year; the planner may overrule them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import SU, relativedelta
from lunardate import LunarDate

from promoplanner.core.enums import HolidayKind
from promoplanner.core.i18n import text


@dataclass(frozen=True)
class ProposedHoliday:
    """A holiday date the program proposes for a year."""

    kind: HolidayKind
    day: date

    @property
    def name(self) -> str:
        """The holiday's name in the current language."""
        return text(f"holiday.{self.kind.value}")


def childrens_day(year: int) -> date:
    """International Children's Day, 1 June."""
    return date(year, 6, 1)


def fathers_day(year: int) -> date:
    """Father's Day: the third Sunday of June."""
    return date(year, 6, 1) + relativedelta(weekday=SU(+3))


def dragon_boat(year: int) -> date:
    """Dragon Boat Festival: the 5th day of the 5th lunar month."""
    return LunarDate(year, 5, 5).to_solar_date()


def propose_holidays(year: int) -> list[ProposedHoliday]:
    """The three holidays of the source plan, computed for the year, in date order."""
    proposed = [
        ProposedHoliday(HolidayKind.CHILDRENS_DAY, childrens_day(year)),
        ProposedHoliday(HolidayKind.DRAGON_BOAT, dragon_boat(year)),
        ProposedHoliday(HolidayKind.FATHERS_DAY, fathers_day(year)),
    ]
    return sorted(proposed, key=lambda h: h.day)
