"""Any results, ties, withdrawals and decisions: the bracket stays sound and always finishes."""

from __future__ import annotations

import random
from contextlib import suppress
from decimal import Decimal

from bracket_runs import registered
from hypothesis import given, settings
from hypothesis import strategies as st

from promoplanner.core.bracket import (
    DNF,
    DQ,
    Awaiting,
    ContestPhase,
    ContestState,
    Result,
    ResultKind,
    Standing,
    TieBreak,
    decide_tie,
    draw_round,
    field_of,
    record_rerun_result,
    record_results,
    redraw_round,
    standing,
    with_round,
    withdraw,
)
from promoplanner.core.errors import DomainError

# Few distinct times, so ties are common; now and then somebody does not finish.
POOL = [Result(ResultKind.TIME, Decimal(h) / 100) for h in range(1000, 1006)]


def a_result(rng: random.Random) -> Result:
    roll = rng.random()
    return DNF if roll < 0.08 else DQ if roll < 0.12 else rng.choice(POOL)


def check(state: ContestState, now: Standing) -> None:
    """What must hold whatever happened."""
    g = state.group_size
    for rs in now.rounds:
        rnd = rs.round
        n = rnd.number
        if rnd.walkover is None:
            sizes = [len(h.entrant_ids) for h in rnd.heats]
            assert min(sizes) >= 2 and max(sizes) - min(sizes) <= 1 and max(sizes) <= g
        everyone = rnd.entrant_ids
        assert len(everyone) == len(set(everyone))  # nobody in two heats of a round
        if not rs.needs_redraw and n < len(state.rounds):
            assert set(everyone) == set(field_of(state, n))
        withdrawn_after = {w.entrant_id for w in state.withdrawals if w.before_round == n + 1}
        timed = {
            e: r.seconds
            for e in everyone
            if (r := state.result(n, e)) is not None and r.seconds is not None
        }
        eligible = {e: t for e, t in timed.items() if e not in withdrawn_after}
        assert len(rs.advancing) <= max(rnd.advance, 0)
        assert set(rs.advancing) <= set(eligible)  # DNF, DQ and the withdrawn never go on
        if rs.decided and not rnd.is_final:
            assert len(rs.advancing) == min(rnd.advance, len(eligible))
        for h in rs.heats:
            heat_times = [eligible[e] for e in h.heat.entrant_ids if e in eligible]
            for e in h.by_place:
                assert eligible[e] == min(heat_times)
        if rs.decided and not rnd.is_final:
            out = [t for e, t in eligible.items() if e not in rs.advancing]
            q = [eligible[e] for h in rs.heats for e in h.by_time]
            assert not q or not out or max(q) <= min(out)  # the fastest of the rest
        if rnd.is_final and rs.decided and rnd.walkover is None:
            placed = [e for e in rs.podium if e is not None]
            assert len(placed) == len(set(placed)) == min(3, len(timed))
            assert [timed[e] for e in placed] == sorted(timed[e] for e in placed)
            assert all(timed[e] <= t for e in placed for x, t in timed.items() if x not in placed)


@settings(max_examples=120, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=40),
    group_size=st.sampled_from([3, 4, 5]),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
)
def test_any_contest_stays_sound_and_finishes(n, group_size, seed):
    rng = random.Random(seed)
    state = registered(n, group_size)
    for _ in range(300):
        now = standing(state)
        check(state, now)
        if now.awaiting is Awaiting.NOTHING:
            break
        if rng.random() < 0.05 and state.entrants:  # somebody tries to withdraw
            with suppress(DomainError):  # a refusal is fine: the state stays as it was
                state = withdraw(state, rng.choice(state.entrants).id)
            continue
        if now.awaiting is Awaiting.DRAW:
            state = with_round(state, draw_round(state, rng.randrange(2**31)))
        elif now.awaiting is Awaiting.REDRAW:
            state = with_round(state, redraw_round(state, rng.randrange(2**31)))
        elif now.awaiting is Awaiting.RESULTS:
            rnd = state.rounds[-1]
            missing = [e for e in rnd.entrant_ids if state.result(rnd.number, e) is None]
            state = record_results(state, rnd.number, {e: a_result(rng) for e in missing})
        elif now.awaiting is Awaiting.DECISION:
            tie = now.ties[0]
            way = rng.choice([TieBreak.RERUN, TieBreak.EARLIER_REGISTRATION])
            state = decide_tie(state, tie.entrant_ids, way)
        else:
            assert now.awaiting is Awaiting.RERUN
            tie = next(t for t in now.ties if t.rerun_missing)
            for e in tie.rerun_missing:
                state = record_rerun_result(state, e, a_result(rng))
    now = standing(state)
    if not state.active_entrants:  # everybody withdrew before the draw
        assert now.phase is ContestPhase.REGISTRATION and now.awaiting is Awaiting.NOTHING
        return
    assert now.phase is ContestPhase.FINISHED
    if n >= 1 and not state.withdrawals and all(r.finished for r in state.results.values()):
        assert now.podium[: min(n, 3)] == tuple(e for e in now.podium if e is not None)
