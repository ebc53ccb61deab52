"""Ties that decide who goes through or who gets a medal: reported, never guessed, then decided."""

from __future__ import annotations

import pytest
from bracket_runs import race, registered, seconds

from promoplanner.core.bracket import (
    DNF,
    Awaiting,
    ContestPhase,
    Heat,
    Result,
    Round,
    TieBreak,
    TieStake,
    decide_tie,
    describe_tie,
    draw_refusal,
    draw_round,
    record_rerun_result,
    record_result,
    standing,
    with_round,
)
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language


def raced(n: int, heats: list[tuple[int, ...]], advance: int, times: dict[int, object]):
    """n entrants (E1..En, registered in that order) raced in the given first round."""
    rnd = Round(1, 0, tuple(Heat(1, i, ids) for i, ids in enumerate(heats, 1)), advance)
    state = with_round(registered(n), rnd)
    results = {e: t if isinstance(t, Result) else seconds(t) for e, t in times.items()}
    return race(state, rnd, results)


def refused(key, call, *args):
    with pytest.raises(DomainError) as caught:
        call(*args)
    assert caught.value.key == key
    return caught.value


# Ties for a heat win ------------------------------------------------------------------


def test_a_shared_heat_win_sends_both_by_place_when_the_final_has_room():
    # 9 entrants, heats of three, four to the final: E1 and E2 tie for heat 1
    times = {1: 10, 2: 10, 3: 12, 4: 11, 5: 13, 6: 14, 7: 11.5, 8: 15, 9: 16}
    first = standing(raced(9, [(1, 2, 3), (4, 5, 6), (7, 8, 9)], 4, times)).rounds[0]
    assert first.ties == ()
    assert first.heats[0].places == {1: 1, 2: 1, 3: 3}
    assert first.heats[0].by_place == (1, 2)
    assert first.advancing == (1, 2, 4, 7)
    assert all(h.by_time == () for h in first.heats)


def test_a_shared_heat_win_without_room_waits_for_the_organiser():
    heats = [(1, 2, 3, 4), (5, 6, 7, 8), (9, 10, 11, 12), (13, 14, 15, 16)]
    times = {e: 20 + e for e in range(1, 17)} | {3: 10, 4: 10}  # E3 and E4 win heat 1 together
    state = raced(16, heats, 4, times)
    now = standing(state)
    (tie,) = now.ties
    assert (tie.stake, tie.heat, tie.entrant_ids) == (TieStake.HEAT_WIN, 1, (3, 4))
    assert now.awaiting is Awaiting.DECISION
    assert now.rounds[0].advancing == ()  # nobody is guessed through
    assert [h.by_place for h in now.rounds[0].heats] == [(), (5,), (9,), (13,)]
    assert draw_refusal(state).key == "contest.tie_pending"
    assert describe_tie(state, tie, Language.EN) == (
        "E3, E4 share the best time of heat 1 in round 1 (10.00 s), and not all of them "
        "can go through by place. Choose a re-run between them, or the earlier registration."
    )
    assert describe_tie(state, tie, Language.ZH) == (
        "E3、E4在第 1 轮第 1 组并列最快（10.00 秒），不能都按名次晋级。"
        "请选择让他们加赛，或按报名先后决定。"
    )
    state = decide_tie(state, (4, 3), TieBreak.EARLIER_REGISTRATION)
    now = standing(state)
    assert now.ties == () and now.rounds[0].advancing == (3, 5, 9, 13)
    assert now.rounds[0].heats[0].places == {3: 1, 4: 2, 1: 3, 2: 4}
    assert sorted(draw_round(state, 1).entrant_ids) == [3, 5, 9, 13]


# Ties for the last places by time -----------------------------------------------------


def _tie_for_the_last_q():
    """Eight in 4+4, two by time: E3 (heat 1) and E7 (heat 2) share 12.00 for the last."""
    times = {1: 10, 2: 11.5, 3: 12, 4: 15, 5: 10.5, 6: 13, 7: 12, 8: 14}
    return raced(8, [(1, 2, 3, 4), (5, 6, 7, 8)], 4, times)


def test_a_tie_for_the_last_place_by_time_is_reported_with_the_places_left():
    state = _tie_for_the_last_q()
    now = standing(state)
    (tie,) = now.ties
    assert (tie.stake, tie.entrant_ids, tie.slots) == (TieStake.BY_TIME, (3, 7), 1)
    assert now.rounds[0].heats[0].by_time == (2,)  # the sure one is marked already
    assert "争夺最后 1 个按成绩晋级的名额" in describe_tie(state, tie, Language.ZH)


def test_a_rerun_between_the_tied_decides_and_their_times_stay():
    state = _tie_for_the_last_q()
    state = decide_tie(state, (3, 7), TieBreak.RERUN)
    now = standing(state)
    assert now.awaiting is Awaiting.RERUN and now.ties[0].rerun_missing == (3, 7)
    refused("contest.rerun_under_way", decide_tie, state, (3, 7), TieBreak.RERUN)
    assert "已决定加赛" in describe_tie(state, now.ties[0], Language.ZH)
    state = record_rerun_result(state, 7, "9.10")
    assert standing(state).ties[0].rerun_missing == (3,)
    state = record_rerun_result(state, 3, "9.40")
    first = standing(state).rounds[0]
    assert first.ties == () and first.advancing == (1, 5, 2, 7)
    assert state.result(1, 7) == seconds(12)  # the re-run orders them; the time stands
    state = record_rerun_result(state, 3, "9.00")  # a re-run time can be corrected too
    assert standing(state).rounds[0].advancing == (1, 5, 2, 3)


def test_a_rerun_that_ties_again_asks_again():
    state = decide_tie(_tie_for_the_last_q(), (3, 7), TieBreak.RERUN)
    state = record_rerun_result(state, 3, "9.50")
    state = record_rerun_result(state, 7, "9.50")
    (tie,) = standing(state).ties
    assert tie.entrant_ids == (3, 7) and tie.rerun_missing == ()
    state = decide_tie(state, (3, 7), TieBreak.EARLIER_REGISTRATION)
    assert standing(state).rounds[0].advancing == (1, 5, 2, 3)


def test_who_does_not_finish_the_rerun_loses_it():
    state = decide_tie(_tie_for_the_last_q(), (3, 7), TieBreak.RERUN)
    state = record_rerun_result(state, 3, "DNF")
    state = record_rerun_result(state, 7, "20.00")
    assert standing(state).rounds[0].advancing == (1, 5, 2, 7)


def test_a_three_way_tie_for_two_places_by_time():
    times = {1: 10, 2: 12, 3: 15, 4: 16, 5: 10.5, 6: 12, 7: 17, 8: 18, 9: 11, 10: 12, 11: 19}
    # 11 in 4+4+3: three winners, one by time; E2, E6, E10 share 12.00 for it
    state = raced(11, [(1, 2, 3, 4), (5, 6, 7, 8), (9, 10, 11)], 4, times)
    (tie,) = standing(state).ties
    assert tie.entrant_ids == (2, 6, 10) and tie.slots == 1
    state = decide_tie(state, (10, 6, 2), TieBreak.RERUN)
    for e, t in ((2, "8"), (6, "8"), (10, "9")):
        state = record_rerun_result(state, e, t)
    (again,) = standing(state).ties  # E10 is out; E2 and E6 still share the place
    assert again.entrant_ids == (2, 6)
    state = decide_tie(state, (2, 6), TieBreak.RERUN)
    state = record_rerun_result(state, 6, "7.9")
    state = record_rerun_result(state, 2, "8.1")
    assert standing(state).rounds[0].advancing == (1, 5, 9, 6)


def test_a_tie_below_the_cut_decides_nothing():
    times = {1: 10, 2: 11, 3: 16, 4: 16, 5: 10.5, 6: 12, 7: 16, 8: 17}
    state = raced(8, [(1, 2, 3, 4), (5, 6, 7, 8)], 4, times)
    first = standing(state).rounds[0]
    assert first.ties == () and first.advancing == (1, 5, 2, 6)
    assert first.heats[0].places == {1: 1, 2: 2, 3: 3, 4: 3}  # a shared third place
    refused("contest.no_such_tie", decide_tie, state, (3, 4), TieBreak.RERUN)


def test_dnf_never_ties():
    times = {1: 10, 2: DNF, 3: DNF, 4: DNF, 5: 11, 6: DNF, 7: DNF, 8: DNF}
    first = standing(raced(8, [(1, 2, 3, 4), (5, 6, 7, 8)], 4, times)).rounds[0]
    assert first.ties == () and first.advancing == (1, 5)


# Medal ties in the final --------------------------------------------------------------


def _final(times: dict[int, object]):
    return standing(raced(4, [(1, 2, 3, 4)], 0, times)), raced(4, [(1, 2, 3, 4)], 0, times)


def test_a_tie_for_second_and_third_waits_and_then_the_podium_is_complete():
    now, state = _final({1: 9, 2: 10, 3: 10, 4: 12})
    (tie,) = now.ties
    assert (tie.stake, tie.places, tie.entrant_ids) == (TieStake.MEDAL, (2, 3), (2, 3))
    assert now.podium == (1, None, None)
    assert now.phase is ContestPhase.RUNNING and now.awaiting is Awaiting.DECISION
    assert describe_tie(state, tie, Language.EN).startswith(
        "E2, E3 share 10.00 s in the final, for place 2–3."
    )
    state = decide_tie(state, (2, 3), TieBreak.RERUN)
    state = record_rerun_result(state, 3, "8.88")
    state = record_rerun_result(state, 2, "9.99")
    now = standing(state)
    assert now.podium == (1, 3, 2) and now.phase is ContestPhase.FINISHED


def test_a_tie_for_gold_leaves_bronze_known():
    now, _ = _final({1: 9, 2: 9, 3: 10, 4: 12})
    assert now.ties[0].places == (1, 2)
    assert now.podium == (None, None, 3)


def test_a_tie_for_third_and_fourth_decides_the_bronze():
    now, state = _final({1: 9, 2: 10, 3: 11, 4: 11})
    assert now.ties[0].places == (3,)
    assert "并列第 3 名" in describe_tie(state, now.ties[0], Language.ZH)
    state = decide_tie(state, (3, 4), TieBreak.EARLIER_REGISTRATION)
    assert standing(state).podium == (1, 2, 3)


def test_a_tie_for_fourth_needs_no_decision():
    now, _ = _final({1: 9, 2: 10, 3: 11, 4: DNF})
    assert now.ties == () and now.podium == (1, 2, 3)
    now, _ = _final({1: 9, 2: 10, 3: 11, 4: 13})
    assert now.phase is ContestPhase.FINISHED


# Decisions and corrections ------------------------------------------------------------


def test_a_decision_follows_its_tie_through_corrections():
    state = decide_tie(_tie_for_the_last_q(), (3, 7), TieBreak.EARLIER_REGISTRATION)
    assert standing(state).rounds[0].advancing == (1, 5, 2, 3)
    state = record_result(state, 1, 2, 7, "11.90")  # misread: no tie any more
    assert standing(state).rounds[0].advancing == (1, 5, 2, 7)
    state = record_result(state, 1, 2, 7, "12.00")  # back: the recorded choice applies
    assert standing(state).rounds[0].advancing == (1, 5, 2, 3)


def test_only_a_rerun_takes_rerun_times():
    state = _tie_for_the_last_q()
    refused("contest.not_in_rerun", record_rerun_result, state, 3, "9.00")
    state = decide_tie(state, (3, 7), TieBreak.RERUN)
    refused("contest.not_in_rerun", record_rerun_result, state, 1, "9.00")
    refused("contest.time_not_number", record_rerun_result, state, 3, "fast")


def test_a_tie_of_three_for_the_last_two_places_says_so():
    times = {1: 10, 2: 12, 3: 12, 4: 15, 5: 10.5, 6: 12, 7: 14, 8: 16}
    state = raced(8, [(1, 2, 3, 4), (5, 6, 7, 8)], 4, times)
    (tie,) = standing(state).ties
    assert (tie.entrant_ids, tie.slots) == ((2, 3, 6), 2)
    assert describe_tie(state, tie, Language.EN).startswith(
        "E2, E3, E6 share 12.00 s in round 1, for the last 2 places through by time."
    )
    assert describe_tie(state, tie, Language.ZH).startswith(
        "E2、E3、E6在第 1 轮同为 12.00 秒\uff0c争夺最后 2 个按成绩晋级的名额。"
    )
    state = decide_tie(state, (2, 3, 6), TieBreak.EARLIER_REGISTRATION)
    assert standing(state).rounds[0].advancing == (1, 5, 2, 3)
