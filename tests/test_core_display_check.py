"""The display check that closes the loop: per-item results, fix tasks, history, pass rates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from promoplanner.core.display_check import (
    CheckRound,
    FixTask,
    ItemCheck,
    PassRate,
    Problem,
    Stock,
    check_progress,
    fix_history,
    latest,
    latest_per_item,
    open_fixes,
    parse_round,
    parse_stock,
    parse_tag,
    parse_yes_no,
    pass_rate,
    pass_rates,
    progress_text,
    round_at,
    validate_check,
)
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language

DAY = date(2027, 6, 18)
NEXT = date(2027, 6, 19)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def check(item: int = 1, day: date = DAY, hour: int = 8, **found) -> ItemCheck:
    """A morning check by Zhao that found everything right, unless told otherwise."""
    values = {"placed": True, "tag_ok": True, "pop": True, "stock": Stock.FULL}
    values |= found
    rnd = values.pop("round", CheckRound.MORNING)
    return ItemCheck(item, day, rnd, at(day, hour), values.pop("checker", "Zhao"), **values)


TEN = datetime(2027, 6, 18, 10, 0)


def fix(fixer: str = "Li", due: datetime = TEN, problem: str = "") -> FixTask:
    return FixTask(fixer, due, problem)


def refused(key: str, value: ItemCheck) -> DomainError:
    with pytest.raises(DomainError) as caught:
        validate_check(value)
    assert caught.value.key == key
    assert caught.value.message(Language.EN) and caught.value.message(Language.ZH)
    return caught.value


# What is right -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "problems"),
    [
        ({}, ()),
        ({"stock": Stock.LOW}, ()),
        ({"stock": Stock.OUT}, ()),  # out with its card up: shown as the store should
        ({"stock": Stock.OUT_NO_CARD}, (Problem.OUT_NO_CARD,)),
        ({"placed": False}, (Problem.NOT_PLACED,)),
        ({"tag_ok": False}, (Problem.TAG_WRONG,)),
        ({"pop": False}, (Problem.NO_POP,)),
        (
            {"placed": False, "tag_ok": False, "pop": False, "stock": Stock.OUT_NO_CARD},
            (Problem.NOT_PLACED, Problem.TAG_WRONG, Problem.NO_POP, Problem.OUT_NO_CARD),
        ),
    ],
)
def test_an_item_is_right_when_placed_tagged_carded_and_not_out_without_its_card(found, problems):
    result = check(**found)
    assert result.problems == problems
    assert result.ok is (problems == ())


# Validation ------------------------------------------------------------------------------


def test_a_good_check_is_accepted_with_names_trimmed():
    good = validate_check(check(checker="  Zhao Min "))
    assert good.checker == "Zhao Min"
    fixed = validate_check(check(tag_ok=False, fix=fix(" Li Na ", problem=" tag shows 12.80 ")))
    assert fixed.fix == FixTask("Li Na", at(DAY, 10), "tag shows 12.80")


def test_a_check_says_who_checked():
    refused("display.no_checker", check(checker="  "))


def test_a_check_is_not_recorded_for_a_day_still_to_come():
    early = replace(check(day=NEXT), at=at(DAY, 20))
    assert refused("checks.future_day", early).field == "day"


def test_every_failure_needs_a_fix_task_naming_what_failed():
    error = refused("fix.required", check(tag_ok=False, pop=False))
    assert error.message(Language.EN) == (
        "The check found a problem (price tag differs from the flyer, POP card missing): "
        "say who fixes it and by when."
    )
    assert error.message(Language.ZH) == (
        "检查发现问题（价签与海报价不符、缺少 POP 牌），请指定整改人和整改期限。"
    )


def test_a_fix_task_without_a_person_is_refused():
    assert refused("fix.no_fixer", check(pop=False, fix=fix(fixer=" "))).field == "fixer"


@pytest.mark.parametrize("due", [at(DAY, 7, 59), at(DAY, 8)])
def test_a_fix_task_due_before_the_check_is_refused(due):
    error = refused("fix.due_before_check", check(pop=False, fix=fix(due=due)))
    assert error.field == "due"
    assert "2027-06-18 08:00" in error.message(Language.ZH)


def test_a_fix_task_for_nothing_wrong_is_refused():
    refused("fix.nothing_wrong", check(fix=fix()))


def test_low_stock_is_no_fault_but_needs_a_restock_task():
    low = check(stock=Stock.LOW)
    assert low.ok and low.problems == () and low.to_fix == (Problem.LOW_STOCK,)
    error = refused("fix.restock_required", low)
    assert error.message(Language.ZH) == "库存偏少，请指定补货人和补货期限。"
    logged = validate_check(check(stock=Stock.LOW, fix=fix("王芳", problem=" 补货 ")))
    assert logged.fix == FixTask("王芳", TEN, "补货") and logged.ok


def test_low_stock_and_a_fault_name_both_in_the_refusal():
    error = refused("fix.required", check(pop=False, stock=Stock.LOW))
    assert "POP card missing, stock low, to restock" in error.message(Language.EN)
    assert "缺少 POP 牌、库存偏少，需补货" in error.message(Language.ZH)


def test_out_with_its_card_up_needs_no_task():
    refused("fix.nothing_wrong", check(stock=Stock.OUT, fix=fix()))


def test_a_restock_task_is_done_when_a_later_check_finds_stock_full_not_still_low():
    low = check(stock=Stock.LOW, fix=fix(due=at(DAY, 12)))
    again = check(hour=11, stock=Stock.LOW, fix=fix(due=at(DAY, 14)))
    full = check(hour=15, round=CheckRound.MIDDAY)
    first, second = fix_history([low, again, full])
    assert first.replaced and not first.open
    assert second.done_at == at(DAY, 15) and not second.open
    (still,) = fix_history([low])
    assert still.open


@pytest.mark.parametrize(
    ("hour", "minute", "walked"),
    [
        (6, 0, CheckRound.MORNING),
        (10, 59, CheckRound.MORNING),
        (11, 0, CheckRound.MIDDAY),
        (15, 59, CheckRound.MIDDAY),
        (16, 0, CheckRound.EVENING),
        (19, 45, CheckRound.EVENING),
        (23, 59, CheckRound.EVENING),
    ],
)
def test_the_round_fits_the_time_of_day(hour, minute, walked):
    assert round_at(at(DAY, hour, minute)) is walked


def test_progress_says_how_many_of_the_list_were_checked():
    one = check_progress([check()], 51)
    assert progress_text(one, "1F", Language.EN) == "1F: 1 of 51 checked, 1 passed (100.0%)"
    assert progress_text(one, "1F", Language.ZH) == "1F：已查 1/51，合格 1（100.0%）"
    none = check_progress([], 51)
    assert progress_text(none, "1F", Language.EN) == "1F: 0 of 51 checked"
    assert progress_text(none, language=Language.ZH) == "已查 0/51"
    both = one + check_progress([check(2, tag_ok=False, fix=fix())], 20)
    assert (both.listed, both.checked, both.right) == (71, 2, 1)


def test_a_problem_text_has_a_limit():
    with pytest.raises(DomainError) as caught:
        validate_check(check(pop=False, fix=fix(problem="x" * 201)))
    assert caught.value.key == "input.too_long"


# Nothing overwritten: history, latest, fix tasks ------------------------------------


def test_a_morning_failure_and_an_evening_ok_are_both_on_record():
    morning = check(tag_ok=False, fix=fix(due=at(DAY, 12)))
    evening = check(hour=19, round=CheckRound.EVENING, checker="Qian")
    history = [evening, morning]  # in whatever order storage hands them over
    assert latest(history) is evening
    (task,) = fix_history(history)
    assert task.check is morning and not task.open
    assert (task.done_at, task.done_by) == (at(DAY, 19), "Qian")
    assert open_fixes(history) == ()
    assert pass_rate(history) == PassRate(1, 1)  # the day counts its latest check
    assert pass_rate(history, CheckRound.MORNING) == PassRate(0, 1)


def test_two_failures_carry_over_to_the_next_day_until_a_recheck_finds_them_right():
    day1 = [
        check(1, placed=False, fix=fix("Li", at(DAY, 18))),
        check(2, stock=Stock.OUT_NO_CARD, fix=fix("Sun", at(NEXT, 9))),
        check(3),
    ]
    tasks = open_fixes(day1)
    assert [t.check.item_id for t in tasks] == [1, 2]  # oldest due first
    assert [t.overdue(at(NEXT, 8)) for t in tasks] == [True, False]
    assert tasks[1].overdue(at(NEXT, 9))  # due 09:00 is late at 09:00
    day2 = [
        check(1, NEXT, 8, checker="Zhou"),
        check(2, NEXT, 8, stock=Stock.OUT_NO_CARD, fix=fix("Sun", at(NEXT, 11))),
    ]
    history = day1 + day2
    (still,) = open_fixes(history)
    assert still.check.item_id == 2 and still.task.due == at(NEXT, 11)
    old, new = fix_history([c for c in history if c.item_id == 2])
    assert old.replaced and not old.open and new.open
    first = fix_history([c for c in history if c.item_id == 1])[0]
    assert first.done_by == "Zhou"
    assert latest_per_item(history)[1].day == NEXT


def test_checks_of_the_same_moment_keep_the_order_they_were_made_in():
    wrong = check(pop=False, fix=fix())
    right = check()
    assert latest([wrong, right]) is right and latest([right, wrong]) is wrong
    assert latest([]) is None


# Pass rates --------------------------------------------------------------------------------


def test_pass_rate_per_floor_department_and_day_and_over_the_phase():
    floor = {1: "1F", 2: "1F", 3: "2F", 4: "2F"}
    department = {1: "food", 2: "drinks", 3: "home", 4: "home"}
    checks = [
        check(1),
        check(2, tag_ok=False, fix=fix()),
        check(3),
        check(4),
        check(2, hour=11, round=CheckRound.MIDDAY),  # fixed by midday
        check(1, NEXT),
        check(3, NEXT, pop=False, fix=fix(due=at(NEXT, 10))),
    ]
    by_floor = pass_rates(checks, lambda c: floor[c.item_id])
    assert by_floor == {"1F": PassRate(3, 3), "2F": PassRate(2, 3)}
    by_day = pass_rates(checks, lambda c: c.day)
    assert by_day == {DAY: PassRate(4, 4), NEXT: PassRate(1, 2)}
    mornings = pass_rates(checks, lambda c: c.day, CheckRound.MORNING)
    assert mornings[DAY] == PassRate(3, 4)
    assert pass_rates(checks, lambda c: (c.day, department[c.item_id]))[(DAY, "home")] == (
        PassRate(2, 2)
    )
    phase = pass_rate(checks)
    assert phase == PassRate(5, 6) == by_day[DAY] + by_day[NEXT]  # item-days
    assert phase.display == "83.3%"


def test_pass_rate_values():
    assert PassRate(2, 3).ratio == Fraction(2, 3) and PassRate(2, 3).percent == Decimal("66.7")
    assert PassRate(1, 8).display == "12.5%"
    assert PassRate(1, 16).percent == Decimal("6.3")  # 6.25 rounds half up
    assert PassRate(7, 7).display == "100.0%"
    assert PassRate(0, 0).display == "—" and PassRate(0, 0).ratio is None
    assert pass_rate([]) == PassRate(0, 0)


# Typed input ----------------------------------------------------------------------------


def test_values_as_the_command_line_types_them():
    assert parse_yes_no("yes", "placed") is True and parse_yes_no("否", "pop") is False
    assert parse_tag("ok") is True and parse_tag("WRONG") is False
    assert parse_round(" Evening") is CheckRound.EVENING
    assert parse_stock("out") is Stock.OUT and parse_stock("out-no-card") is Stock.OUT_NO_CARD
    for call, value, key in [
        (lambda v: parse_yes_no(v, "placed"), "maybe", "display.not_yes_no"),
        (parse_tag, "fine", "display.not_tag"),
        (parse_round, "night", "display.not_round"),
        (parse_stock, "empty", "display.not_stock"),
    ]:
        with pytest.raises(DomainError) as caught:
            call(value)
        assert caught.value.key == key
        assert f"“{value}”" in caught.value.message(Language.ZH)
