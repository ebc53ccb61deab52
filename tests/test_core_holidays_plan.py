"""Holidays for any year, and the source plan's dates moved to that year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from promoplanner.core.holidays import dragon_boat, fathers_day, propose_holidays
from promoplanner.core.june_plan import coming_june_year, june_plan


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2005, date(2005, 6, 11)),
        (2020, date(2020, 6, 25)),
        (2023, date(2023, 6, 22)),
        (2024, date(2024, 6, 10)),
        (2025, date(2025, 5, 31)),
        (2026, date(2026, 6, 19)),
        (2027, date(2027, 6, 9)),
        (2030, date(2030, 6, 5)),
    ],
)
def test_dragon_boat_from_the_lunar_calendar(year, expected):
    assert dragon_boat(year) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2005, date(2005, 6, 19)),
        (2024, date(2024, 6, 16)),
        (2025, date(2025, 6, 15)),
        (2026, date(2026, 6, 21)),
        (2027, date(2027, 6, 20)),
        (2028, date(2028, 6, 18)),
    ],
)
def test_fathers_day_is_the_third_sunday_of_june(year, expected):
    assert fathers_day(year) == expected
    assert expected.weekday() == 6 and 15 <= expected.day <= 21


def test_proposed_holidays_are_in_date_order():
    days = [h.day for h in propose_holidays(2025)]
    assert days == [date(2025, 5, 31), date(2025, 6, 1), date(2025, 6, 15)]


def test_2005_reproduces_the_source_plan_exactly():
    plan = june_plan(2005)
    assert plan.phase1 == (date(2005, 6, 11), date(2005, 6, 12))
    assert plan.phase2 == (date(2005, 6, 18), date(2005, 6, 27))
    assert plan.deadline1 == datetime(2005, 6, 8, 12, 0)
    assert plan.deadline1.weekday() == 2  # "6月8日(星期三)"
    assert plan.deadline2 == datetime(2005, 6, 13, 8, 0)
    assert plan.tie_gift == (date(2005, 6, 18), date(2005, 6, 19))
    assert plan.beer_festival == (date(2005, 6, 24), date(2005, 6, 26))
    assert plan.square_tasting == (date(2005, 6, 25), date(2005, 6, 26))
    assert plan.contest_day == date(2005, 6, 26)
    assert plan.registration_opens == date(2005, 6, 18)


def test_other_years_keep_the_distances_to_the_holidays():
    plan = june_plan(2027)
    assert plan.phase1 == (date(2027, 6, 9), date(2027, 6, 10))
    assert plan.phase2 == (date(2027, 6, 19), date(2027, 6, 28))
    assert plan.deadline1 == datetime(2027, 6, 6, 12, 0)
    assert plan.deadline2 == datetime(2027, 6, 14, 8, 0)
    assert plan.contest_day == date(2027, 6, 27)


def test_planner_can_overrule_holiday_dates():
    plan = june_plan(2027, dragon_boat_day=date(2027, 6, 12))
    assert plan.phase1 == (date(2027, 6, 12), date(2027, 6, 13))


@pytest.mark.parametrize(
    ("now", "year"),
    [
        (datetime(2026, 11, 28, 10, 0), 2027),
        (datetime(2027, 1, 5, 10, 0), 2027),
        (datetime(2027, 6, 6, 11, 59), 2027),
        (datetime(2027, 6, 6, 12, 0), 2028),
    ],
)
def test_coming_june_has_its_first_deadline_ahead(now, year):
    assert coming_june_year(now) == year


@pytest.mark.parametrize(
    ("kind", "year", "expected"),
    [
        ("spring_festival", 2026, date(2026, 2, 17)),
        ("spring_festival", 2027, date(2027, 2, 6)),
        ("lantern", 2027, date(2027, 2, 20)),
        ("qingming", 2026, date(2026, 4, 5)),
        ("qingming", 2028, date(2028, 4, 4)),
        ("mothers_day", 2027, date(2027, 5, 9)),
        ("qixi", 2026, date(2026, 8, 19)),
        ("mid_autumn", 2026, date(2026, 9, 25)),
        ("mid_autumn", 2028, date(2028, 10, 3)),
        ("double_ninth", 2026, date(2026, 10, 18)),
        ("laba", 2027, date(2027, 1, 15)),
        ("national_day", 2027, date(2027, 10, 1)),
        ("double_11", 2027, date(2027, 11, 11)),
    ],
)
def test_each_holiday_of_the_year_by_its_rule(kind, year, expected):
    from promoplanner.core.enums import HolidayKind
    from promoplanner.core.holidays import holiday_day

    assert holiday_day(HolidayKind(kind), year) == expected


def test_the_maintained_calendar_and_the_lunar_rules_agree_for_a_century():
    from promoplanner.core.enums import HolidayKind
    from promoplanner.core.holidays import _public_days, qingming_by_rule

    for year in range(2008, 2100):  # Qingming, Dragon Boat, Mid-Autumn public since 2008
        public = _public_days(year)
        assert public[HolidayKind.QINGMING] == qingming_by_rule(year), year
        assert public[HolidayKind.DRAGON_BOAT] == dragon_boat(year), year


def test_a_campaigns_dates_get_every_holiday_in_them():
    from promoplanner.core.enums import HolidayGroup, HolidayKind
    from promoplanner.core.holidays import holidays_between

    found = holidays_between(date(2026, 9, 1), date(2026, 10, 31))
    assert [(h.kind, h.day) for h in found] == [
        (HolidayKind.MID_AUTUMN, date(2026, 9, 25)),
        (HolidayKind.NATIONAL_DAY, date(2026, 10, 1)),
        (HolidayKind.DOUBLE_NINTH, date(2026, 10, 18)),
    ]
    assert [h.group for h in found] == [
        HolidayGroup.PUBLIC,
        HolidayGroup.PUBLIC,
        HolidayGroup.TRADITIONAL,
    ]
    june = [h.kind for h in holidays_between(date(2027, 6, 1), date(2027, 6, 30))]
    assert june == [
        HolidayKind.CHILDRENS_DAY,
        HolidayKind.DRAGON_BOAT,
        HolidayKind.DAY_618,
        HolidayKind.FATHERS_DAY,
    ]
