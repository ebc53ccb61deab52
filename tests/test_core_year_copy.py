"""A campaign's dates moved to another year: each phase follows its holiday."""

from __future__ import annotations

from datetime import date

import pytest

from promoplanner.core.enums import HolidayKind
from promoplanner.core.holidays import month_bounds
from promoplanner.core.june_plan import june_plan
from promoplanner.core.year_copy import (
    DatedHoliday,
    DatedPhase,
    anchor_of,
    moved_holiday,
    plan_year_copy,
    same_weekday,
)


def june_2026():
    """The source plan's June campaign as the demo builds it for 2026."""
    plan = june_plan(2026)
    holidays = [
        DatedHoliday(HolidayKind.CHILDRENS_DAY, date(2026, 6, 1)),
        DatedHoliday(HolidayKind.DRAGON_BOAT, plan.dragon_boat),
        DatedHoliday(HolidayKind.FATHERS_DAY, plan.fathers_day),
    ]
    phases = [DatedPhase(1, "端午节促销", *plan.phase1), DatedPhase(2, "父亲节促销", *plan.phase2)]
    return phases, holidays


@pytest.mark.parametrize(
    ("year", "dragon_sale", "fathers_sale", "outside"),
    [
        # Dragon Boat 2026-06-19 → 2027-06-09; Father's Day 06-21 → 06-20
        (2027, (date(2027, 6, 9), date(2027, 6, 10)), (date(2027, 6, 19), date(2027, 6, 28)), []),
        # Dragon Boat falls on 2028-05-28, before June: the planner must move phase 1
        (2028, (date(2028, 5, 28), date(2028, 5, 29)), (date(2028, 6, 17), date(2028, 6, 26)), [1]),
        # Dragon Boat on 2033-06-01, Children's Day itself
        (2033, (date(2033, 6, 1), date(2033, 6, 2)), (date(2033, 6, 18), date(2033, 6, 27)), []),
        (2025, (date(2025, 5, 31), date(2025, 6, 1)), (date(2025, 6, 14), date(2025, 6, 23)), [1]),
        (2030, (date(2030, 6, 5), date(2030, 6, 6)), (date(2030, 6, 15), date(2030, 6, 24)), []),
        (2005, (date(2005, 6, 11), date(2005, 6, 12)), (date(2005, 6, 18), date(2005, 6, 27)), []),
    ],
)
def test_the_dragon_boat_sale_of_2026_follows_dragon_boat(year, dragon_sale, fathers_sale, outside):
    phases, holidays = june_2026()
    copy = plan_year_copy(phases, holidays, year - 2026, *month_bounds(year, 6))
    one, two = copy.phases
    assert (one.start, one.end) == dragon_sale
    assert (two.start, two.end) == fathers_sale
    assert one.anchor.kind is HolidayKind.DRAGON_BOAT
    assert two.anchor.kind is HolidayKind.FATHERS_DAY and two.anchor.new.weekday() == 6
    assert [p.number for p in copy.outside] == outside
    # The same dates the June plan gives that year: the two rules agree.
    assert (one.start, one.end) == june_plan(year).phase1
    assert (two.start, two.end) == june_plan(year).phase2


def test_every_year_to_2099_keeps_each_phase_at_its_holiday():
    phases, holidays = june_2026()
    for year in range(2027, 2100):
        copy = plan_year_copy(phases, holidays, year - 2026, *month_bounds(year, 6))
        moved = {h.kind: h.new for h in copy.holidays}
        one, two = copy.phases
        assert one.start == moved[HolidayKind.DRAGON_BOAT], year
        assert two.start == moved[HolidayKind.FATHERS_DAY] - (date(2026, 6, 21) - phases[1].start)
        assert (one.end - one.start) == (phases[0].end - phases[0].start)


def test_a_phase_the_planner_moved_keeps_the_planners_day():
    phases, holidays = june_2026()
    copy = plan_year_copy(phases, holidays, 2, *month_bounds(2028, 6), {1: date(2028, 6, 1)})
    assert (copy.phases[0].start, copy.phases[0].end) == (date(2028, 6, 1), date(2028, 6, 2))
    assert copy.phases[0].by_planner
    assert copy.outside == ()


def test_mid_autumn_moves_with_the_moon_and_national_day_stays_on_10_1():
    holidays = [
        DatedHoliday(HolidayKind.MID_AUTUMN, date(2026, 9, 25)),
        DatedHoliday(HolidayKind.NATIONAL_DAY, date(2026, 10, 1)),
    ]
    phases = [
        DatedPhase(1, "中秋", date(2026, 9, 18), date(2026, 9, 25)),  # the week up to the festival
        DatedPhase(2, "国庆", date(2026, 10, 1), date(2026, 10, 7)),
    ]
    copy = plan_year_copy(phases, holidays, 1, date(2027, 9, 1), date(2027, 10, 31))
    assert (copy.phases[0].start, copy.phases[0].end) == (date(2027, 9, 8), date(2027, 9, 15))
    assert (copy.phases[1].start, copy.phases[1].end) == (date(2027, 10, 1), date(2027, 10, 7))


def test_a_pre_holiday_sale_follows_the_holiday_after_it():
    spring = DatedHoliday(HolidayKind.SPRING_FESTIVAL, date(2026, 2, 17))
    sale = DatedPhase(1, "年货节", date(2026, 1, 26), date(2026, 2, 16))
    assert anchor_of(sale, [spring]) == spring
    copy = plan_year_copy([sale], [spring], 1, date(2027, 1, 1), date(2027, 2, 28))
    assert copy.phases[0].end == date(2027, 2, 5)  # the eve of 2027-02-06


def test_a_phase_without_a_holiday_keeps_its_weekday():
    sale = DatedPhase(1, "周末特卖", date(2026, 7, 10), date(2026, 7, 12))  # Friday to Sunday
    copy = plan_year_copy([sale], [], 1, date(2027, 7, 1), date(2027, 7, 31))
    assert copy.phases[0].start == date(2027, 7, 9) and copy.phases[0].start.weekday() == 4
    assert same_weekday(date(2026, 7, 10), 1).weekday() == 4


def test_laba_and_the_anniversary_move_to_their_new_days():
    laba = moved_holiday(DatedHoliday(HolidayKind.LABA, date(2026, 1, 26)), 1)
    assert laba.new == date(2027, 1, 15)
    own = moved_holiday(DatedHoliday(HolidayKind.ANNIVERSARY, date(2026, 9, 9), "店庆"), 1)
    assert own.new == date(2027, 9, 9) and own.name == "店庆"


def test_phases_apart_in_the_source_stay_apart_when_their_holidays_draw_nearer():
    # 2025: Dragon Boat 05-31, Father's Day 06-15; 2026: 06-19 and 06-21, two days apart.
    holidays = [
        DatedHoliday(HolidayKind.DRAGON_BOAT, date(2025, 5, 31)),
        DatedHoliday(HolidayKind.FATHERS_DAY, date(2025, 6, 15)),
    ]
    phases = [
        DatedPhase(1, "端午节促销", date(2025, 5, 31), date(2025, 6, 1)),
        DatedPhase(2, "父亲节促销", date(2025, 6, 14), date(2025, 6, 23)),
    ]
    copy = plan_year_copy(phases, holidays, 1, *month_bounds(2026, 6))
    one, two = copy.phases
    assert (one.start, one.end) == (date(2026, 6, 19), date(2026, 6, 20))
    assert (two.start, two.end) == (date(2026, 6, 21), date(2026, 6, 30))  # the day after
    assert two.anchor.kind is HolidayKind.FATHERS_DAY and not copy.outside


def test_a_phase_the_planner_placed_is_not_moved_apart():
    holidays = [
        DatedHoliday(HolidayKind.DRAGON_BOAT, date(2025, 5, 31)),
        DatedHoliday(HolidayKind.FATHERS_DAY, date(2025, 6, 15)),
    ]
    phases = [
        DatedPhase(1, "端午节促销", date(2025, 5, 31), date(2025, 6, 1)),
        DatedPhase(2, "父亲节促销", date(2025, 6, 14), date(2025, 6, 23)),
    ]
    copy = plan_year_copy(phases, holidays, 1, *month_bounds(2026, 6), {2: date(2026, 6, 20)})
    assert copy.phases[1].start == date(2026, 6, 20)
