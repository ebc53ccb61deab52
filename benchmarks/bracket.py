"""How long the bracket engine takes for what a person does, against the time they wait.

A service loads a contest from storage into a fresh ContestState for every action, so each
figure starts from a state that knows nothing yet (no standing worked out before).
Run by hand: python benchmarks/bracket.py   (median of several runs; the machine is noisy)
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from promoplanner.core.bracket import (
    Awaiting,
    ContestState,
    Entrant,
    Result,
    ResultKind,
    contest_json,
    draw_round,
    record_result,
    record_results,
    standing,
    with_round,
)

RUNS = 7
BUDGET = 0.1  # seconds between Enter on a time and the screen showing Q/q: feels instant


def median_seconds(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def contest(n: int, finished: bool) -> ContestState:
    """n entrants raced to the podium (or up to the last round still open)."""
    rng = random.Random(n)
    state = ContestState(entrants=tuple(Entrant(i, f"选手{i}", i) for i in range(1, n + 1)))
    while standing(state).awaiting is Awaiting.DRAW:
        rnd = draw_round(state, rng.randrange(2**31))
        state = with_round(state, rnd)
        if not finished and rnd.number == 1:
            break
        times = rng.sample(range(500, 10_000), len(rnd.entrant_ids))
        results = {
            e: Result(ResultKind.TIME, Decimal(t) / 100)
            for e, t in zip(rnd.entrant_ids, times, strict=True)
        }
        state = record_results(state, rnd.number, results)
    return state


def fresh(state: ContestState) -> ContestState:
    """The same contest as a service would load it."""
    return replace(state)  # as loaded from storage: nothing worked out yet


def main() -> None:
    """Print each figure beside the budget."""
    print(f"budget per action: {BUDGET:.3f} s")
    for n in (17, 100, 500):
        done = contest(n, finished=True)
        show = median_seconds(lambda done=done: contest_json(fresh(done), "啤酒大赛"))
        running = contest(n, finished=False)
        heat = running.rounds[-1].heats[0]

        def one_time(state=running, heat=heat) -> None:
            new = record_result(fresh(state), heat.round, heat.number, heat.entrant_ids[0], "12.34")
            standing(new)

        enter = median_seconds(one_time)
        print(f"{n:4d} entrants: contest show --json {show:.4f} s, one time entered {enter:.4f} s")


if __name__ == "__main__":
    main()
