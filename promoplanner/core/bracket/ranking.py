"""Who is ahead of whom: times first, then the organiser's decisions on ties, never a guess."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from operator import itemgetter

from promoplanner.core.bracket.model import Result, TieBreak, TieDecision


@dataclass(frozen=True)
class Group:
    """Entrants nobody can tell apart yet (one entrant once the order is known).

    ``rerun`` is set when the organiser chose a re-run for exactly this group and some of
    its times are still missing.
    """

    members: frozenset[int]
    seconds: Decimal
    rerun: TieDecision | None = None

    @property
    def single(self) -> int | None:
        """The one entrant of a settled group."""
        return next(iter(self.members)) if len(self.members) == 1 else None


def ranked(
    finishers: Iterable[tuple[int, Decimal]],
    decisions: Sequence[TieDecision],
    order_of: Callable[[int], tuple[int, int]],
) -> list[Group]:
    """Finishers fastest first, split into groups of entrants still tied.

    A group of equal times is split by the first decision (in the order taken) naming
    exactly that group; what a re-run leaves tied waits for a later decision.
    """
    return list(iter_ranked(finishers, decisions, order_of))


def iter_ranked(
    finishers: Iterable[tuple[int, Decimal]],
    decisions: Sequence[TieDecision],
    order_of: Callable[[int], tuple[int, int]],
) -> Iterator[Group]:
    """The groups of ``ranked`` one by one, so a caller who needs the first few stops early."""
    by_time = sorted(finishers, key=itemgetter(1))
    for seconds, pairs in groupby(by_time, key=itemgetter(1)):
        members = frozenset(e for e, _ in pairs)
        yield from _split(members, seconds, decisions, 0, order_of)


def top_group(
    finishers: Sequence[tuple[int, Decimal]],
    decisions: Sequence[TieDecision],
    order_of: Callable[[int], tuple[int, int]],
) -> Group | None:
    """The first group of ``ranked``: the fastest, or those tied for fastest."""
    if not finishers:
        return None
    best = min(s for _, s in finishers)
    members = frozenset(e for e, s in finishers if s == best)
    return _split(members, best, decisions, 0, order_of)[0]


def _split(
    members: frozenset[int],
    seconds: Decimal,
    decisions: Sequence[TieDecision],
    start: int,
    order_of: Callable[[int], tuple[int, int]],
) -> list[Group]:
    if len(members) == 1:
        return [Group(members, seconds)]
    index = next(
        (i for i in range(start, len(decisions)) if decisions[i].entrant_ids == members), -1
    )
    if index < 0:
        return [Group(members, seconds)]
    decision = decisions[index]
    if decision.way is TieBreak.EARLIER_REGISTRATION:
        return [Group(frozenset({e}), seconds) for e in sorted(members, key=order_of)]
    if decision.missing:
        return [Group(members, seconds, rerun=decision)]
    out: list[Group] = []
    for sub in _rerun_order(decision.rerun_results):
        out += _split(sub, seconds, decisions, index + 1, order_of)
    return out


def _rerun_order(results: dict[int, Result]) -> list[frozenset[int]]:
    """Re-run finishers by time, then those who did not finish it, still tied among them."""
    finished = sorted(
        ((e, r.seconds) for e, r in results.items() if r.seconds is not None),
        key=lambda pair: pair[1],
    )
    order = [frozenset(e for e, _ in pairs) for _, pairs in groupby(finished, lambda p: p[1])]
    beaten = frozenset(e for e, r in results.items() if not r.finished)
    return order + ([beaten] if beaten else [])


def places(groups: Iterable[Group]) -> dict[int, int]:
    """Place of every ranked entrant; entrants still tied share the best of their places."""
    placed: dict[int, int] = {}
    place = 1
    for group in groups:
        for e in group.members:
            placed[e] = place
        place += len(group.members)
    return placed


def heat_places(
    finishers: Sequence[tuple[int, Decimal]],
    decisions: Sequence[TieDecision],
    order_of: Callable[[int], tuple[int, int]],
) -> dict[int, int]:
    """Places within a heat (quick when no two times are equal, as nearly always)."""
    if len({s for _, s in finishers}) == len(finishers):
        ordered = sorted(finishers, key=itemgetter(1))
        return {e: place for place, (e, _) in enumerate(ordered, 1)}
    return places(iter_ranked(finishers, decisions, order_of))
