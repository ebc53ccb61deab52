"""Registering, drawing from a stored seed, redrawing and withdrawing, as the organiser does."""

from __future__ import annotations

import pytest
from bracket_runs import by_name, drawn, race, registered, seconds

from promoplanner.core.bracket import (
    DNF,
    Awaiting,
    ContestPhase,
    ContestState,
    can_draw,
    contest_json,
    draw_refusal,
    draw_round,
    find_entrant,
    gift_cans,
    record_result,
    redraw_round,
    register,
    standing,
    walkover_notice,
    with_round,
    withdraw,
)
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language


def refused(key: str, call, *args):
    """The call is refused with this catalogue key, in words both languages can show."""
    with pytest.raises(DomainError) as caught:
        call(*args)
    assert caught.value.key == key
    assert caught.value.message(Language.EN) and caught.value.message(Language.ZH)
    return caught.value


# Registration ------------------------------------------------------------------------


def test_registration_trims_names_and_refuses_empty_long_and_twice_the_same():
    state = register(ContestState(), "  Wang Wei ")
    assert [e.name for e in state.entrants] == ["Wang Wei"]
    refused("input.required", register, state, "   ")
    refused("input.too_long", register, state, "x" * 200)
    error = refused("contest.name_taken", register, state, "wang  wei")
    assert "“Wang Wei”" in error.message(Language.EN)
    assert error.message(Language.ZH) == "“Wang Wei”已经报名，请加以区分，例如“Wang Wei2”。"
    assert [e.name for e in state.entrants] == ["Wang Wei"]  # refused: nothing added


def test_registration_closes_with_the_first_draw():
    state, _ = drawn(registered(5))
    refused("contest.registration_over", register, state, "Late Comer")


def test_registration_order_is_kept():
    state = registered(3)
    assert [(e.name, e.order) for e in state.entrants] == [("E1", 1), ("E2", 2), ("E3", 3)]


# Drawing -----------------------------------------------------------------------------


def test_nobody_registered_nothing_to_draw():
    refused("contest.no_entrants", draw_round, ContestState(), 1)
    assert standing(ContestState()).phase is ContestPhase.REGISTRATION


def test_the_same_seed_gives_the_same_heats_whatever_order_the_field_comes_in():
    state = registered(23)
    first = draw_round(state, 20270626)
    again = draw_round(state, 20270626)
    assert first == again
    shuffled = ContestState(entrants=tuple(reversed(state.entrants)))
    assert draw_round(shuffled, 20270626).heats == first.heats
    others = {draw_round(state, seed).heats for seed in range(5)}
    assert len(others) > 1  # the seed really decides the draw
    assert first.seed == 20270626


def test_heats_are_balanced_and_the_plan_is_on_the_round():
    rnd = draw_round(registered(23), 5)
    assert [len(h.entrant_ids) for h in rnd.heats] == [4, 4, 4, 4, 4, 3]
    assert rnd.advance == 8 and not rnd.is_final
    assert [h.id for h in rnd.heats][:2] == ["1-1", "1-2"]


def test_one_entrant_is_placed_first_without_a_race():
    state, rnd = drawn(registered(1))
    assert rnd.walkover == 1 and rnd.heats == () and rnd.is_final
    now = standing(state)
    assert now.phase is ContestPhase.FINISHED and now.podium == (1, None, None)
    assert walkover_notice(state, Language.EN) == (
        "E1 is the only entrant: no race is needed, E1 is placed first."
    )
    assert walkover_notice(state, Language.ZH) == "只有E1一人参赛，无需比赛，E1获得第一名。"
    assert contest_json(state, "C")["podium"] == ["E1", None, None]
    refused("contest.final_drawn", draw_round, state, 2)


def test_two_entrants_race_a_final_of_two():
    state, rnd = drawn(registered(2))
    assert rnd.is_final and [len(h.entrant_ids) for h in rnd.heats] == [2]
    state = race(state, rnd, {1: seconds("9.80"), 2: seconds("9.79")})
    assert standing(state).podium == (2, 1, None)
    assert standing(state).phase is ContestPhase.FINISHED


def test_drawing_twice_is_refused_until_every_result_is_in():
    state, rnd = drawn(registered(7))
    refused("contest.already_drawn", draw_round, state, 2)
    state = record_result(state, 1, 1, rnd.heats[0].entrant_ids[0], "12.34")
    error = refused("contest.results_missing", draw_round, state, 2)
    assert error.params["missing"] == 6
    assert "6 个成绩未录入" in error.message(Language.ZH)
    assert not can_draw(state)


def test_a_redraw_before_any_result_gives_new_heats_from_a_new_seed():
    state, first = drawn(registered(12), seed=1)
    again = redraw_round(state, 2)
    assert again.number == 1 and again.seed == 2 and again.heats != first.heats
    assert sorted(again.entrant_ids) == sorted(first.entrant_ids)
    state = with_round(state, again)
    assert len(state.rounds) == 1 and state.rounds[0] is again
    state = record_result(state, 1, 1, again.heats[0].entrant_ids[0], "DNF")
    refused("contest.redraw_after_result", redraw_round, state, 3)
    refused("contest.redraw_nothing", redraw_round, registered(3), 1)


def test_a_finished_contest_cannot_be_drawn_further():
    state, rnd = drawn(registered(4))
    state = race(state, rnd, {1: seconds(10), 2: seconds(11), 3: seconds(12), 4: seconds(13)})
    assert standing(state).phase is ContestPhase.FINISHED
    refused("contest.final_drawn", draw_round, state, 9)


# Withdrawals -------------------------------------------------------------------------


def test_withdrawn_before_the_draw_are_not_drawn_and_get_no_cans():
    state = registered(5)
    assert gift_cans(state) == 25
    state = withdraw(state, 3)
    assert gift_cans(state) == 20
    rnd = draw_round(state, 1)
    assert 3 not in rnd.entrant_ids and len(rnd.entrant_ids) == 4
    assert rnd.is_final  # four left: straight to the final
    assert contest_json(state, "C")["entrants"] == ["E1", "E2", "E4", "E5"]
    refused("contest.already_withdrawn", withdraw, state, 3)


def test_a_no_show_in_a_drawn_round_means_drawing_it_again():
    state, rnd = drawn(registered(9))
    state = withdraw(state, 4)
    now = standing(state)
    assert now.awaiting is Awaiting.REDRAW
    refused("contest.redraw_first", record_result, state, 1, 1, rnd.heats[0].entrant_ids[0], "9")
    error = refused("contest.redraw_needed", draw_round, state, 2)
    assert error.params["names"] == "E4"
    state = with_round(state, redraw_round(state, 99))
    again = state.rounds[0]
    assert 4 not in again.entrant_ids and len(again.entrant_ids) == 8
    assert [len(h.entrant_ids) for h in again.heats] == [4, 4]
    assert standing(state).awaiting is Awaiting.RESULTS


def _first_round_of_eight():
    """Eight entrants, heats 1: E1-E4 and 2: E5-E8 (a fixed draw), all raced."""
    state = registered(8)
    from promoplanner.core.bracket import Heat, Round

    rnd = Round(1, 0, (Heat(1, 1, (1, 2, 3, 4)), Heat(1, 2, (5, 6, 7, 8))), advance=4)
    state = with_round(state, rnd)
    times = {1: 10, 2: 11, 3: 15, 4: 16, 5: 12, 6: 13, 7: 14, 8: 17}
    return race(state, rnd, {e: seconds(t) for e, t in times.items()}), rnd


def test_two_through_by_place_and_two_by_time():
    state, _ = _first_round_of_eight()
    first = standing(state).rounds[0]
    assert [h.by_place for h in first.heats] == [(1,), (5,)]
    assert [h.by_time for h in first.heats] == [(2,), (6,)]
    assert first.advancing == (1, 5, 2, 6)


def test_a_qualifier_who_withdraws_between_rounds_gives_the_place_to_the_next_fastest():
    state, _ = _first_round_of_eight()
    state = withdraw(state, 1)  # the winner of heat 1 goes home
    first = standing(state).rounds[0]
    assert first.withdrawn == (1,)
    # heat 1's next (E2, 11 s) goes through by place; the time places go to E6 and E7
    assert [h.by_place for h in first.heats] == [(2,), (5,)]
    assert first.advancing == (2, 5, 6, 7)
    final = draw_round(state, 3)
    assert sorted(final.entrant_ids) == [2, 5, 6, 7]
    assert contest_json(state, "C")["gift_cans"] == 40  # E1 raced: the cans are his


def test_an_eliminated_entrant_cannot_withdraw_and_a_running_round_takes_dnf_instead():
    state, _ = _first_round_of_eight()
    error = refused("contest.already_out", withdraw, state, 8)
    assert error.params == {"name": "E8", "round": 1}
    state, final = drawn(state)
    state = record_result(state, 2, 1, final.entrant_ids[0], "10.00")
    refused("contest.withdraw_in_progress", withdraw, state, final.entrant_ids[1])


def test_a_finalist_who_withdraws_before_the_final_is_replaced_at_the_redraw():
    state, _ = _first_round_of_eight()
    state, _ = drawn(state)
    state = withdraw(state, 6)
    assert standing(state).awaiting is Awaiting.REDRAW
    state = with_round(state, redraw_round(state, 4))
    assert sorted(state.rounds[1].entrant_ids) == [1, 2, 5, 7]


def test_nobody_can_withdraw_once_the_final_has_been_raced():
    state, rnd = drawn(registered(3))
    state = record_result(state, 1, 1, 1, "10")
    refused("contest.withdraw_in_progress", withdraw, state, 2)  # racing now: DNF it
    state = race(state, rnd, {1: seconds(10), 2: seconds(11), 3: seconds(12)})
    refused("contest.withdraw_after_final", withdraw, state, 2)


def test_when_nobody_finishes_nobody_goes_through_and_the_contest_ends_without_a_podium():
    state, rnd = drawn(registered(6))
    state = race(state, rnd, lambda e: DNF)
    now = standing(state)
    assert now.phase is ContestPhase.FINISHED and now.podium == (None, None, None)
    assert draw_refusal(state).key == "contest.nobody_through"


def test_names_are_given_in_both_languages_when_a_draw_is_refused():
    state, _ = drawn(registered(9))
    state = withdraw(state, 4)
    state = withdraw(state, 5)
    error = draw_refusal(state)
    assert error.message(Language.EN).startswith("E4, E5 withdrew after round 1")
    assert error.message(Language.ZH) == "第 1 轮抽签后E4、E5退赛，请先重新抽签。"


def test_entrants_are_found_by_the_name_as_typed():
    state = register(registered(3), "Wang Wei")
    assert find_entrant(state, " wang wei ").id == 4 == by_name(state, "Wang Wei")[0]
    error = refused("contest.unknown_name", find_entrant, state, "Li Lei ")
    assert error.message(Language.ZH) == "本次比赛没有名为“Li Lei”的选手。"
    again = register(withdraw(state, 4), "Wang Wei")  # withdrew, then came back
    assert find_entrant(again, "Wang Wei").id == 5


def test_when_everybody_withdraws_from_the_drawn_round_the_contest_is_over():
    state, _ = drawn(registered(2))
    state = withdraw(withdraw(state, 1), 2)
    now = standing(state)
    assert now.awaiting is Awaiting.NOTHING and now.phase is ContestPhase.FINISHED
    assert now.podium == (None, None, None)
    refused("contest.no_entrants", redraw_round, state, 1)
