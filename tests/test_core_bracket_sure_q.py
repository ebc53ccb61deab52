"""q during the round: a fastest loser is marked only when no time still to come can beat it."""

from __future__ import annotations

import random
from decimal import Decimal

from bracket_runs import distinct_times, drawn, registered, seconds

from promoplanner.core.bracket import DNF, Result, ResultKind, record_results, standing


def early_q(state) -> set[int]:
    return {e for h in standing(state).current.heats for e in h.by_time}


def test_the_last_heat_of_a_round_of_17_shows_the_q_already_sure():
    state, rnd = drawn(registered(17))  # 5 heats: 5 Q + 3 q
    heats = rnd.heats
    times = {e: seconds(10 + i) for i, e in enumerate(e for h in heats[:4] for e in h.entrant_ids)}
    state = record_results(state, 1, times)  # heats 1 to 4 in, heat 5 not
    losers = sorted(
        (times[e].seconds, e)
        for h in standing(state).current.heats[:4]
        for e, r in h.results
        if e not in h.by_place
    )
    # heat 5 (3 entrants) may put 3 ahead: 4 winners + 3 + oneself must fit in 8
    assert early_q(state) == {losers[0][1]}
    assert standing(state).current.advancing == ()  # the round itself is not decided yet


def test_nothing_sure_while_the_missing_could_take_every_place():
    state, rnd = drawn(registered(100))  # 25 heats: 25 Q + 3 q
    first = rnd.heats[0].entrant_ids
    state = record_results(state, 1, {e: seconds(10 + i) for i, e in enumerate(first)})
    assert early_q(state) == set()


def test_an_early_q_is_still_q_however_the_round_ends():
    rng = random.Random(5)
    checked = 0
    for n in (9, 17, 23, 40, 100):
        base, rnd = drawn(registered(n), seed=n)
        for _ in range(30):
            times = distinct_times(rng, rnd.entrant_ids)
            done = rng.randrange(len(rnd.heats) // 2, len(rnd.heats))
            known = {e for h in rnd.heats[:done] for e in h.entrant_ids}
            for e in rng.sample(sorted(known), len(known) // 10):
                times[e] = DNF if rng.random() < 0.5 else Result(ResultKind.TIME, Decimal(50))
            state = record_results(base, rnd.number, {e: times[e] for e in known})
            sure = early_q(state)
            rest = [e for e in rnd.entrant_ids if e not in known]
            fast = {e: Result(ResultKind.TIME, Decimal(1) + Decimal(i) / 100) for i, e in
                    enumerate(rest)}  # fmt: skip
            for ending in (fast, {e: times[e] for e in rest}):
                end = record_results(state, rnd.number, ending)
                assert sure <= early_q(end), (n, sure - early_q(end))
            checked += len(sure)
    assert checked > 0  # the rule did mark some q before the round was in
