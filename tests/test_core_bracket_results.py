"""Results as the referee types them: times to 0.01 s, DNF and DQ, corrections, closed rounds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from bracket_runs import drawn, race, registered, seconds

from promoplanner.core.bracket import (
    DNF,
    DQ,
    Awaiting,
    ContestPhase,
    Heat,
    Result,
    ResultKind,
    Round,
    clear_result,
    contest_json,
    draw_round,
    json_result,
    parse_heat,
    parse_result,
    record_result,
    record_results,
    standing,
    with_round,
)
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language


@pytest.mark.parametrize(
    ("typed", "seconds_"),
    [
        ("12.34", "12.34"),
        (" 12,34 ", "12.34"),
        ("１２．３４", "12.34"),
        ("12", "12.00"),
        ("7.5", "7.50"),
        ("999.99", "999.99"),
    ],
)
def test_times_as_typed(typed, seconds_):
    result = parse_result(typed)
    assert result.kind is ResultKind.TIME and result.seconds == Decimal(seconds_)
    assert str(result) == seconds_


@pytest.mark.parametrize(
    ("typed", "mark"), [("DNF", DNF), ("dnf", DNF), ("未完成", DNF), ("DQ", DQ), (" dq", DQ)]
)
def test_marks_as_typed(typed, mark):
    assert parse_result(typed) == mark
    assert not mark.finished


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("-1", "contest.time_not_positive"),
        ("-12.34", "contest.time_not_positive"),
        ("0", "contest.time_not_positive"),
        ("0.00", "contest.time_not_positive"),
        ("abc", "contest.time_not_number"),
        ("", "contest.time_not_number"),
        ("1e3", "contest.time_not_number"),
        ("12.3.4", "contest.time_not_number"),
        ("NaN", "contest.time_not_number"),
        ("12.345", "contest.time_too_precise"),
        ("1000", "contest.time_too_long"),
    ],
)
def test_bad_times_are_refused_in_both_languages(typed, key):
    with pytest.raises(DomainError) as caught:
        parse_result(typed)
    assert caught.value.key == key
    assert caught.value.field == "seconds"
    assert typed.strip() in caught.value.message(Language.EN)
    assert "。" in caught.value.message(Language.ZH)


def test_a_result_cannot_be_both_a_time_and_a_mark():
    with pytest.raises(ValueError):
        Result(ResultKind.DNF, Decimal("12.00"))
    with pytest.raises(ValueError):
        Result(ResultKind.TIME)


def _round_of_nine():
    """Nine entrants in a fixed first round: heats of three, four go to the final."""
    state = registered(9)
    rnd = Round(1, 0, tuple(Heat(1, h, (3 * h - 2, 3 * h - 1, 3 * h)) for h in (1, 2, 3)), 4)
    return with_round(state, rnd), rnd


def test_results_go_only_to_entrants_of_that_heat_of_the_open_round():
    state, _ = _round_of_nine()
    state = record_result(state, 1, 2, 4, "11.00")
    assert state.result(1, 4) == seconds("11.00")
    for args, key in [
        ((1, 1, 4, "9"), "contest.not_in_heat"),
        ((1, 4, 4, "9"), "contest.no_such_heat"),
        ((2, 1, 4, "9"), "contest.no_such_round"),
        ((1, 2, 4, "-3"), "contest.time_not_positive"),
    ]:
        with pytest.raises(DomainError) as caught:
            record_result(state, *args)
        assert caught.value.key == key
    assert state.result(1, 4) == seconds("11.00")  # refusals change nothing
    with pytest.raises(DomainError) as caught:
        record_result(state, 1, 1, 4, "9")
    assert caught.value.message(Language.ZH) == "E4不在第 1 轮第 1 组。"


def test_a_correction_before_the_next_draw_changes_who_goes_through():
    state, rnd = _round_of_nine()
    times = {1: 10, 2: 11, 3: 12, 4: 13, 5: 14, 6: 15, 7: 16, 8: 17, 9: 18}
    state = race(state, rnd, {e: seconds(t) for e, t in times.items()})
    assert standing(state).rounds[0].advancing == (1, 4, 7, 2)
    state = record_result(state, 1, 3, 8, "10.50")  # 17.00 was 10.50 misread
    first = standing(state).rounds[0]
    assert first.advancing == (1, 4, 8, 2)
    assert first.heats[2].places == {8: 1, 7: 2, 9: 3}
    state, final = drawn(state)
    assert sorted(final.entrant_ids) == [1, 2, 4, 8]
    with pytest.raises(DomainError) as caught:
        record_result(state, 1, 3, 8, "17.00")
    assert caught.value.key == "contest.round_closed"
    assert caught.value.message(Language.EN) == (
        "Round 1 is closed: round 2 is drawn, so its results can no longer change."
    )


def test_a_result_typed_against_the_wrong_name_can_be_taken_back():
    state, _ = _round_of_nine()
    state = record_result(state, 1, 1, 2, "9.99")
    state = clear_result(state, 1, 1, 2)
    assert state.result(1, 2) is None
    assert standing(state).rounds[0].missing == 9


def test_dnf_and_dq_never_go_through_by_time():
    state, rnd = _round_of_nine()
    results = {1: seconds(10), 2: DNF, 3: DQ, 4: seconds(12), 5: DNF, 6: DNF}
    results |= {7: DNF, 8: DQ, 9: DNF}
    state = race(state, rnd, results)
    first = standing(state).rounds[0]
    # heat 3 has no finisher: no winner there, and no time fills the final either
    assert [h.by_place for h in first.heats] == [(1,), (4,), ()]
    assert first.advancing == (1, 4)
    assert first.heats[0].places == {1: 1}
    state, final = drawn(state)
    assert sorted(final.entrant_ids) == [1, 4] and final.is_final


def test_a_heat_without_a_finisher_leaves_its_place_to_the_fastest_of_the_rest():
    state, rnd = _round_of_nine()
    results = {1: seconds(10), 2: seconds(11), 3: seconds(12), 4: seconds(13), 5: seconds(14)}
    results |= {6: seconds(15), 7: DNF, 8: DQ, 9: DNF}
    first = standing(race(state, rnd, results)).rounds[0]
    assert first.advancing == (1, 4, 2, 3)
    assert [h.by_time for h in first.heats] == [(2, 3), (), ()]


def test_json_while_a_round_runs():
    state, _ = _round_of_nine()
    state = record_results(state, 1, {1: seconds("10.50"), 2: DNF, 3: seconds(11)})
    data = contest_json(state, "Beer")
    assert data["state"] == "running" and data["round"] == 1
    heat = data["groups"][0]
    assert heat == {
        "id": "1-1",
        "round": 1,
        "entrants": ["E1", "E2", "E3"],
        "results": {"E1": 10.5, "E2": "DNF", "E3": 11.0},
        "advancing": ["E1"],  # a complete heat's clear winner is through already
        "by_time": [],
    }
    assert data["groups"][1]["results"] == {"E4": None, "E5": None, "E6": None}
    assert data["podium"] == [None, None, None]
    assert json_result(DQ) == "DQ" and json_result(None) is None


def test_json_of_registration():
    data = contest_json(registered(3), "Beer")
    assert data == {
        "name": "Beer",
        "state": "registration",
        "round": 0,
        "entrants": ["E1", "E2", "E3"],
        "groups": [],
        "podium": [None, None, None],
        "gift_cans": 15,
    }


@pytest.mark.parametrize(
    ("typed", "heat"), [("2-3", (2, 3)), ("2 - 3", (2, 3)), ("3", (1, 3)), ("２-３", (2, 3))]
)
def test_heats_as_typed(typed, heat):
    state, _ = drawn(registered(30))
    assert parse_heat(typed, state) == heat


def test_a_heat_typed_wrong_is_refused():
    with pytest.raises(DomainError) as caught:
        parse_heat("group one", registered(3))
    assert caught.value.key == "contest.heat_not_understood"


def test_the_contest_finishes_with_the_last_result_of_the_final():
    state, _ = drawn(registered(3))
    state = record_results(state, 1, {1: seconds(12), 2: seconds(11)})
    assert standing(state).phase is ContestPhase.RUNNING
    assert standing(state).awaiting is Awaiting.RESULTS
    state = record_result(state, 1, 1, 3, "13")
    now = standing(state)
    assert now.phase is ContestPhase.FINISHED and now.podium == (2, 1, 3)
    assert now.awaiting is Awaiting.NOTHING
    with pytest.raises(DomainError) as caught:  # the final is the last round
        draw_round(state, 1)
    assert caught.value.key == "contest.final_drawn"
