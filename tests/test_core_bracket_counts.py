"""Every count of entrants from 1 to 500 runs to a podium: heats, best losers, a final of 3–4."""

from __future__ import annotations

import random
from itertools import pairwise
from math import ceil

import pytest
from bracket_runs import distinct_times, drawn, race, registered

from promoplanner.core.bracket import (
    Awaiting,
    ContestPhase,
    advance_count,
    contest_json,
    final_size,
    group_sizes,
    round_plan,
    rounds_needed,
    standing,
)
from promoplanner.core.contest import group_sizes as sheet_group_sizes
from promoplanner.core.contest import rounds_needed as screen_rounds_needed

COUNTS = range(1, 501)


def fewest_rounds(n: int, group_size: int) -> int:
    """The lower bound, worked out apart from the engine.

    Every heat winner goes through, so round r keeps at least ceil(n / g**(r-1)) entrants
    (each round needs ceil(m / g) heats); the final holds at most F. So R rounds can take
    at most F * g**(R-1) entrants, and R is the least number for which n fits.
    """
    if n == 1:
        return 1  # the walkover: one round, no race
    rounds = 1
    while n > final_size(group_size) * group_size ** (rounds - 1):
        rounds += 1
    return rounds


def run(n: int, seed: int, group_size: int = 4):
    """A whole contest with distinct times; the state, its standing and each round's field."""
    rng = random.Random(seed)
    state = registered(n, group_size)
    fields = []
    now = standing(state)
    while now.awaiting is Awaiting.DRAW:
        fields.append(now.next_field)
        state, rnd = drawn(state, rng.randrange(2**31))
        if rnd.walkover is None:
            state = race(state, rnd, distinct_times(rng, rnd.entrant_ids))
        now = standing(state)
    return state, now, fields


@pytest.mark.parametrize("group_size", [3, 4, 5, 6, 8])
def test_every_plan_from_1_to_500_has_the_fewest_rounds_and_a_final_of_three_or_four(group_size):
    for n in COUNTS:
        plan = round_plan(n, group_size)
        assert len(plan) == fewest_rounds(n, group_size), n
        assert plan[0].entrants == n
        for before, after in pairwise(plan):
            assert after.entrants == before.by_place + before.by_time
            assert before.by_place == len(before.heat_sizes)  # every heat's winner goes on
            assert 0 <= before.by_time < group_size
            # the next round is full: every one of its heats holds a whole group
            assert after.is_final or set(after.heat_sizes) == {group_size}
        final = plan[-1]
        assert final.is_final
        if n >= 3:
            assert 3 <= final.entrants <= 4
        else:
            assert final.entrants == n
        for step in plan:
            if not step.is_walkover:
                assert min(step.heat_sizes) >= 2
                assert max(step.heat_sizes) - min(step.heat_sizes) <= 1
                assert max(step.heat_sizes) <= group_size
                assert sum(step.heat_sizes) == step.entrants


def test_every_count_from_1_to_500_runs_to_three_distinct_places():
    for n in COUNTS:
        state, now, fields = run(n, seed=n)
        assert now.phase is ContestPhase.FINISHED, n
        assert len(state.rounds) == fewest_rounds(n, 4) == len(round_plan(n)), n
        for rnd, field in zip(state.rounds, fields, strict=True):
            everyone = [e for heat in rnd.heats for e in heat.entrant_ids]
            if rnd.walkover is not None:
                everyone = [rnd.walkover]
            # every entrant of the round in exactly one heat, nobody else
            assert sorted(everyone) == sorted(field), (n, rnd.number)
            sizes = [len(h.entrant_ids) for h in rnd.heats]
            assert sorted(sizes, reverse=True) == group_sizes(len(field), 4) or rnd.walkover
            assert all(s >= 2 for s in sizes), (n, rnd.number)
        final = state.rounds[-1]
        podium = now.podium
        if n == 1:
            assert final.walkover == 1 and podium == (1, None, None)
            continue
        assert len(final.heats) == 1
        assert len(final.heats[0].entrant_ids) == (min(n, 4) if n >= 3 else 2)
        placed = [e for e in podium if e is not None]
        assert len(placed) == min(n, 3) and len(set(placed)) == len(placed), n
        # the podium is the final's three fastest, in order
        final_times = sorted(
            final.heats[0].entrant_ids, key=lambda e: state.result(final.number, e).seconds
        )
        assert placed == final_times[: len(placed)]


def test_who_goes_through_is_each_heats_winner_then_the_fastest_of_the_rest():
    for n in (5, 7, 9, 17, 23, 65, 100, 333, 500):
        state, now, _ = run(n, seed=1000 + n)
        for rs in now.rounds[:-1]:
            rnd = rs.round
            time = {e: state.result(rnd.number, e).seconds for e in rnd.entrant_ids}
            winners = {min(h.entrant_ids, key=time.__getitem__) for h in rnd.heats}
            rest = sorted(set(rnd.entrant_ids) - winners, key=time.__getitem__)
            by_time = rest[: rnd.advance - len(winners)]
            assert {e for h in rs.heats for e in h.by_place} == winners
            assert [e for e in rs.advancing if e not in winners] == by_time
            assert len(rs.advancing) == rnd.advance == advance_count(len(rnd.entrant_ids))
            # marks per heat: Q for the winner, q for the heat's fastest losers
            for h in rs.heats:
                assert len(h.by_place) == 1
                assert set(h.by_time) <= set(by_time)


def test_seven_entrants_no_longer_send_two_to_the_final():
    _, now, _ = run(7, seed=3)
    first, final = now.rounds
    assert [len(h.heat.entrant_ids) for h in first.heats] == [4, 3]
    assert sum(len(h.by_place) for h in first.heats) == 2
    assert sum(len(h.by_time) for h in first.heats) == 2
    assert len(final.heats[0].heat.entrant_ids) == 4


def test_the_json_of_a_finished_contest_of_23():
    state, _, _ = run(23, seed=23)
    data = contest_json(state, "Beer contest")
    assert data["state"] == "finished"
    assert data["round"] == 3
    assert len(data["entrants"]) == 23
    assert [g["id"] for g in data["groups"]][:2] == ["1-1", "1-2"]
    assert len(data["groups"]) == 6 + 2 + 1
    assert data["gift_cans"] == 115
    final = data["groups"][-1]
    assert data["podium"] == sorted(final["results"], key=final["results"].get)[:3]
    first_round = [g for g in data["groups"] if g["round"] == 1]
    assert sum(len(g["advancing"]) for g in first_round) == 8
    assert sum(len(g["by_time"]) for g in first_round) == 2


def test_the_old_helpers_still_answer_the_screen_and_the_sheet():
    assert sheet_group_sizes(10) == [4, 3, 3]
    assert sheet_group_sizes(0) == []
    assert screen_rounds_needed(0) == 0
    assert [screen_rounds_needed(n) for n in (1, 2, 4, 5, 16, 17, 64, 65)] == [
        1,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    assert rounds_needed(500) == 5
    assert ceil(500 / 4**4) <= 4  # five rounds is the least: 500 > 4 * 4**3
