"""Helpers for the bracket tests: contests registered, drawn and raced as an organiser does."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from promoplanner.core.bracket import (
    ContestState,
    Entrant,
    Result,
    ResultKind,
    Round,
    draw_round,
    record_results,
    register,
    with_round,
)


def registered(n: int, group_size: int = 4, cans: int = 5) -> ContestState:
    """A contest with n entrants named E1..En (id i), registered in that order."""
    state = ContestState(group_size=group_size, cans_per_entrant=cans)
    for i in range(1, min(n, 30) + 1):  # as the organiser types them in
        state = register(state, f"E{i}")
    # the rest built at once: registering one by one checks each name against all others
    more = tuple(Entrant(i, f"E{i}", i) for i in range(31, n + 1))
    return replace(state, entrants=state.entrants + more)


def seconds(value: str | int | float) -> Result:
    """A finishing time."""
    return Result.time(Decimal(str(value)))


def drawn(state: ContestState, seed: int = 7) -> tuple[ContestState, Round]:
    """The state with the next round drawn, and that round."""
    rnd = draw_round(state, seed)
    return with_round(state, rnd), rnd


def race(
    state: ContestState, rnd: Round, times: Callable[[int], Result] | dict[int, Result]
) -> ContestState:
    """Every entrant of the round gets a result (from a dict or a function of the id)."""
    pick = times.get if isinstance(times, dict) else times
    return record_results(state, rnd.number, {e: pick(e) for e in rnd.entrant_ids})


def distinct_times(rng: random.Random, ids: tuple[int, ...]) -> dict[int, Result]:
    """Different times for everybody (hundredths between 5.00 and 99.99 s)."""
    hundredths = rng.sample(range(500, 10_000), len(ids))
    # built directly: typing each of 100,000 times through parse_result only slows the runs
    return {
        e: Result(ResultKind.TIME, Decimal(h) / 100) for e, h in zip(ids, hundredths, strict=True)
    }


def by_name(state: ContestState, *names: str) -> tuple[int, ...]:
    """Entrant ids for names."""
    ids = {e.name: e.id for e in state.entrants}
    return tuple(ids[n] for n in names)
