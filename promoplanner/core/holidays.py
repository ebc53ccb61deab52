"""The holidays of a store's year, proposed for any dates; the planner may overrule them.

China's public holidays come from the maintained calendar of the ``holidays`` package
(the State Council's dates, Qingming included); the traditional festivals from the lunar
calendar (``lunardate``); the days retail sells on by their rule. Both libraries are pure
Python; ``holidays`` is read only when a proposal is asked for (it takes a while to load).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import SU, relativedelta
from lunardate import LunarDate

from promoplanner.core.enums import HolidayGroup, HolidayKind
from promoplanner.core.i18n import text

FIRST_YEAR, LAST_YEAR = 1901, 2099  # where the lunar calendar's tables reach


@dataclass(frozen=True)
class ProposedHoliday:
    """A holiday date the program proposes."""

    kind: HolidayKind
    day: date
    group: HolidayGroup = HolidayGroup.RETAIL

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


def mothers_day(year: int) -> date:
    """Mother's Day: the second Sunday of May."""
    return date(year, 5, 1) + relativedelta(weekday=SU(+2))


def dragon_boat(year: int) -> date:
    """Dragon Boat Festival: the 5th day of the 5th lunar month."""
    return LunarDate(year, 5, 5).to_solar_date()


def qingming(year: int) -> date:
    """Qingming, the solar term near 4-5: the public calendar's date, else the rule."""
    public = _public_days(year).get(HolidayKind.QINGMING)
    return public if public is not None else qingming_by_rule(year)


def qingming_by_rule(year: int) -> date:
    """Qingming by the solar-term formula ([Y×0.2422+C]−[Y/4]; C 5.59 in the 1900s, 4.81 after)."""
    y = year % 100
    c = 5.59 if year < 2000 else 4.81
    return date(year, 4, int(y * 0.2422 + c) - y // 4)


def _lunar(month: int, day: int) -> Callable[[int], date]:
    return lambda year: LunarDate(year, month, day).to_solar_date()


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


# The day of each kind in a year. Laba (lunar 12-8) of lunar year Y falls early in Y+1:
# its rule gives the Laba that falls in the solar year asked for.
RULES: dict[HolidayKind, Callable[[int], date]] = {
    HolidayKind.NEW_YEAR: _fixed(1, 1),
    HolidayKind.SPRING_FESTIVAL: _lunar(1, 1),
    HolidayKind.LANTERN: _lunar(1, 15),
    HolidayKind.WOMENS_DAY: _fixed(3, 8),
    HolidayKind.QINGMING: qingming,
    HolidayKind.MAY_DAY: _fixed(5, 1),
    HolidayKind.DAY_520: _fixed(5, 20),
    HolidayKind.MOTHERS_DAY: mothers_day,
    HolidayKind.CHILDRENS_DAY: childrens_day,
    HolidayKind.DRAGON_BOAT: dragon_boat,
    HolidayKind.DAY_618: _fixed(6, 18),
    HolidayKind.FATHERS_DAY: fathers_day,
    HolidayKind.QIXI: _lunar(7, 7),
    HolidayKind.MID_AUTUMN: _lunar(8, 15),
    HolidayKind.NATIONAL_DAY: _fixed(10, 1),
    HolidayKind.DOUBLE_NINTH: _lunar(9, 9),
    HolidayKind.DOUBLE_11: _fixed(11, 11),
    HolidayKind.DOUBLE_12: _fixed(12, 12),
    HolidayKind.CHRISTMAS: _fixed(12, 25),
    HolidayKind.LABA: lambda year: LunarDate(year - 1, 12, 8).to_solar_date(),
}
TRADITIONAL = frozenset(
    {
        HolidayKind.SPRING_FESTIVAL,
        HolidayKind.LANTERN,
        HolidayKind.QINGMING,
        HolidayKind.DRAGON_BOAT,
        HolidayKind.QIXI,
        HolidayKind.MID_AUTUMN,
        HolidayKind.DOUBLE_NINTH,
        HolidayKind.LABA,
    }
)
# The public holidays' names in the holidays package's China calendar (its English).
PUBLIC_NAMES = {
    "New Year's Day": HolidayKind.NEW_YEAR,
    "Chinese New Year (Spring Festival)": HolidayKind.SPRING_FESTIVAL,
    "Tomb-Sweeping Day": HolidayKind.QINGMING,
    "Labor Day": HolidayKind.MAY_DAY,
    "Dragon Boat Festival": HolidayKind.DRAGON_BOAT,
    "Mid-Autumn Festival": HolidayKind.MID_AUTUMN,
    "National Day": HolidayKind.NATIONAL_DAY,
}


@lru_cache(maxsize=64)
def _public_days(year: int) -> dict[HolidayKind, date]:
    """The first day of each public holiday of China in the year, from the holidays package.

    Empty when the package is missing or does not know the year: the rules stand in.
    """
    try:
        import holidays as calendars
    except ImportError:
        return {}
    try:
        china = calendars.country_holidays("CN", years=year, language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        return {}
    found: dict[HolidayKind, date] = {}
    for day in sorted(china):
        for name in china.get_list(day):
            kind = PUBLIC_NAMES.get(name)
            if kind is not None and day.year == year:
                found.setdefault(kind, day)
    return found


def holiday_day(kind: HolidayKind, year: int) -> date | None:
    """The day of that holiday in the solar year, or None for one the planner names."""
    rule = RULES.get(kind)
    return rule(year) if rule is not None else None


def holiday_group(kind: HolidayKind, year: int) -> HolidayGroup:
    """Public holiday that year, traditional festival, retail day, or the store's own."""
    if kind in _public_days(year):
        return HolidayGroup.PUBLIC
    if kind in TRADITIONAL:
        return HolidayGroup.TRADITIONAL
    if kind.needs_name:
        return HolidayGroup.STORE
    return HolidayGroup.RETAIL


def holidays_between(first: date, last: date) -> list[ProposedHoliday]:
    """Every holiday the program knows from first to last (both included), in date order."""
    found = []
    for year in range(max(first.year, FIRST_YEAR), min(last.year, LAST_YEAR) + 1):
        public = _public_days(year)
        for kind, rule in RULES.items():
            day = public.get(kind) or rule(year)
            if first <= day <= last:
                found.append(ProposedHoliday(kind, day, holiday_group(kind, year)))
    return sorted(found, key=lambda h: (h.day, list(HolidayKind).index(h.kind)))


def occurrence_near(kind: HolidayKind, day: date) -> date | None:
    """The day of that holiday nearest to `day` (the one of the year before, that or next)."""
    if kind not in RULES:
        return None
    years = [y for y in (day.year - 1, day.year, day.year + 1) if FIRST_YEAR <= y <= LAST_YEAR]
    days = [holiday_day(kind, y) for y in years]
    return min((d for d in days if d is not None), key=lambda d: abs((d - day).days))


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of the month."""
    first = date(year, month, 1)
    return first, first + relativedelta(months=1) - timedelta(days=1)


def propose_holidays(year: int) -> list[ProposedHoliday]:
    """The three holidays of the source plan's June, computed for the year, in date order."""
    proposed = [
        ProposedHoliday(HolidayKind.CHILDRENS_DAY, childrens_day(year)),
        ProposedHoliday(HolidayKind.DRAGON_BOAT, dragon_boat(year), HolidayGroup.TRADITIONAL),
        ProposedHoliday(HolidayKind.FATHERS_DAY, fathers_day(year)),
    ]
    return sorted(proposed, key=lambda h: h.day)
