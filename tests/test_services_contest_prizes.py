"""A prize handed out belongs to its winner: the final is locked until the tick is taken back."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import text
from promoplanner.services.contest import register_entrant
from promoplanner.services.contest_run import (
    clear_result,
    contest_run,
    decide_tie,
    draw_round,
    find_contest,
    hand_out_prize,
    record_rerun_result,
    record_result,
)
from promoplanner.storage import tables as t

EVENING = datetime(2027, 6, 27, 19, 0)  # contest day of the 2027 demo


@pytest.fixture
def floor(demo_ctx, clock):
    clock.at = EVENING
    return as_user(demo_ctx, "floor")


@pytest.fixture
def contest(floor):
    return find_contest(floor)


def final_of_four(ctx, contest_id: int, times: dict[str, str]):
    """Four entrants: round 1 is the final; each gets the time given."""
    for name in times:
        register_entrant(ctx, contest_id, name)
    run = draw_round(ctx, contest_id, seed=1)
    for name, typed in times.items():
        run = record_result(ctx, contest_id, "1", name, typed)
    return run


def history_count(ctx) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(t.HistoryRow)) or 0


def test_a_handed_out_prize_locks_the_final_until_it_is_unticked(floor, contest):
    final_of_four(floor, contest, {"周九": "11.00", "李四": "12.00", "孙八": "10.50",
                                   "赵六": "11.50"})  # fmt: skip
    for place in (1, 2, 3):
        hand_out_prize(floor, contest, place)
    before, count = contest_run(floor, contest), history_count(floor)
    assert before.json()["podium"] == ["孙八", "周九", "赵六"]
    for change in (
        lambda: record_result(floor, contest, "1", "李四", "9.00"),
        lambda: record_result(floor, contest, "1", "孙八", "10.40"),  # not even the winner's
        lambda: clear_result(floor, contest, "1", "周九"),
    ):
        with pytest.raises(DomainError) as refused:
            change()
        assert refused.value.key == "contest.prizes_handed_out"
        assert "untick" in text(refused.value.key, "en", **refused.value.params)
        assert contest_run(floor, contest) == before and history_count(floor) == count
    said = text(refused.value.key, "zh", **refused.value.params)
    assert "第 1、2、3 名" in said and "取消" in said
    hand_out_prize(floor, contest, 1, given=False)
    hand_out_prize(floor, contest, 2, given=False)
    hand_out_prize(floor, contest, 3, given=False)
    run = record_result(floor, contest, "1", "李四", "9.00")  # unticked: the time is corrected
    assert run.json()["podium"] == ["李四", "孙八", "周九"]
    assert run.prizes_given == (False, False, False)


def test_the_tick_names_who_got_the_prize(floor, contest):
    final_of_four(floor, contest, {"A": "10.00", "B": "11.00", "C": "12.00", "D": "13.00"})
    hand_out_prize(floor, contest, 2)
    with floor.uow.reading() as session:
        row = session.scalars(select(t.HistoryRow).order_by(t.HistoryRow.id.desc())).first()
        assert row is not None and json.loads(row.after) == {"prize_2_given": True, "entrant": "B"}


def test_a_re_run_for_a_later_place_goes_on_but_never_moves_a_given_prize(floor, contest):
    run = final_of_four(floor, contest, {"A": "10.00", "B": "11.00", "C": "11.00", "D": "12.00"})
    assert run.json()["podium"] == ["A", None, None]
    hand_out_prize(floor, contest, 1)  # the winner is clear: the prize goes out at once
    decide_tie(floor, contest, ["B", "C"], "rerun")
    record_rerun_result(floor, contest, "B", "8.00")
    run = record_rerun_result(floor, contest, "C", "8.50")
    assert run.json()["podium"] == ["A", "B", "C"] and run.prizes_given == (True, False, False)
