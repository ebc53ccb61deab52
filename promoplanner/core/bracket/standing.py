"""Where a contest stands: who went through (Q by place, q by time), open ties, the podium."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from promoplanner.core.bracket.model import ContestState, Heat, Result, Round, TieDecision
from promoplanner.core.bracket.ranking import (
    Group,
    heat_places,
    iter_ranked,
    places,
    ranked,
    top_group,
)

PODIUM = 3  # the final decides places 1, 2 and 3


class ContestPhase(StrEnum):
    """The contest's state as the CLI's JSON names it."""

    REGISTRATION = "registration"
    RUNNING = "running"
    FINISHED = "finished"


class Awaiting(StrEnum):
    """What the organiser does next."""

    DRAW = "draw"  # draw the first or the next round
    REDRAW = "redraw"  # somebody withdrew from the drawn round: draw it again
    RESULTS = "results"  # enter the times of the current round
    DECISION = "decision"  # a tie waits for the organiser's choice
    RERUN = "rerun"  # a re-run between the tied was chosen: enter its times
    NOTHING = "nothing"  # the contest is over (or nobody can go on)


class TieStake(StrEnum):
    """What a tie decides."""

    HEAT_WIN = "heat_win"  # first place in a heat, i.e. going through by place (Q)
    BY_TIME = "by_time"  # the last places going through by time (q)
    MEDAL = "medal"  # a place on the podium


@dataclass(frozen=True)
class Tie:
    """Entrants with the same time where it decides who goes through or who gets a medal.

    ``heat`` names the heat of a HEAT_WIN tie; ``slots`` how many of a BY_TIME tie go
    through; ``places`` the podium places a MEDAL tie shares. ``rerun_missing`` lists whose
    re-run time is still missing once the organiser chose a re-run.
    """

    round: int
    entrant_ids: tuple[int, ...]  # in registration order
    stake: TieStake
    seconds: Decimal
    heat: int | None = None
    slots: int = 0
    places: tuple[int, ...] = ()
    rerun_missing: tuple[int, ...] = ()


@dataclass(frozen=True)
class HeatStanding:
    """One heat: results in draw order, places, who went through by place and by time."""

    heat: Heat
    results: tuple[tuple[int, Result | None], ...]
    places: dict[int, int]  # finishers only; entrants still tied share a place
    by_place: tuple[int, ...] = ()  # Q
    by_time: tuple[int, ...] = ()  # q (during the round: those already sure of it)

    @property
    def complete(self) -> bool:
        """Whether every entrant of the heat has a result."""
        return all(r is not None for _, r in self.results)

    @property
    def advancing(self) -> tuple[int, ...]:
        """Everybody going through from this heat, by place first, then by time."""
        return self.by_place + self.by_time


@dataclass(frozen=True)
class RoundStanding:
    """One round: its heats, how many results are missing, ties, who goes through."""

    round: Round
    heats: tuple[HeatStanding, ...]
    missing: int
    ties: tuple[Tie, ...] = ()
    advancing: tuple[int, ...] = ()  # by place (heat by heat), then by time, fastest first
    withdrawn: tuple[int, ...] = ()  # raced here, withdrew before the next round
    needs_redraw: bool = False
    places: dict[int, int] = field(default_factory=dict)  # the final: overall places
    podium: tuple[int | None, ...] = (None, None, None)

    @property
    def complete(self) -> bool:
        """Whether every result of the round is in."""
        return self.missing == 0

    @property
    def decided(self) -> bool:
        """Whether every result is in and no tie waits for a decision."""
        return self.complete and not self.ties and not self.needs_redraw

    @property
    def has_results(self) -> bool:
        """Whether any result of the round is in."""
        return any(r is not None for h in self.heats for _, r in h.results)


@dataclass(frozen=True)
class Standing:
    """The whole contest now: phase, current round, every round's standing, the podium."""

    phase: ContestPhase
    round: int  # the round drawn last; 0 before the first draw
    rounds: tuple[RoundStanding, ...]
    podium: tuple[int | None, ...]  # places 1, 2, 3 (None while not decided)
    ties: tuple[Tie, ...]  # open ties of the current round
    awaiting: Awaiting
    next_field: tuple[int, ...] = ()  # who the next draw would take, when one is due

    @property
    def current(self) -> RoundStanding | None:
        """The standing of the round drawn last."""
        return self.rounds[-1] if self.rounds else None


def standing(state: ContestState) -> Standing:
    """Where the contest stands, computed from what was recorded."""
    # A state never changes, so its standing is worked out once and kept with it.
    known = state.__dict__.get("_standing")
    if known is None:
        known = _standing(state)
        object.__setattr__(state, "_standing", known)
    return known


def _standing(state: ContestState) -> Standing:
    rounds = tuple(round_standing(state, rnd) for rnd in state.rounds)
    if not rounds:
        entry = first_field(state)
        return Standing(
            ContestPhase.REGISTRATION,
            0,
            (),
            (None,) * PODIUM,
            (),
            Awaiting.DRAW if entry else Awaiting.NOTHING,
            entry,
        )
    last = rounds[-1]
    podium = last.podium if last.round.is_final else (None,) * PODIUM
    ties = last.ties
    if last.needs_redraw and len(rounds) > 1 and rounds[-2].ties:
        # A withdrawal from the drawn round reopened who goes through from the one
        # before: that tie is settled first, then the round is drawn again.
        ties = rounds[-2].ties
        awaiting = Awaiting.RERUN if any(t.rerun_missing for t in ties) else Awaiting.DECISION
    elif last.needs_redraw:
        # Everybody of the drawn round withdrew: there is nobody left to draw it for.
        awaiting = Awaiting.REDRAW if field_of(state, last.round.number) else Awaiting.NOTHING
    elif not last.complete:
        awaiting = Awaiting.RESULTS
    elif any(t.rerun_missing for t in ties):
        awaiting = Awaiting.RERUN
    elif ties:
        awaiting = Awaiting.DECISION
    elif last.round.is_final or not last.advancing:
        awaiting = Awaiting.NOTHING
    else:
        awaiting = Awaiting.DRAW
    phase = ContestPhase.FINISHED if awaiting is Awaiting.NOTHING else ContestPhase.RUNNING
    following = last.advancing if awaiting is Awaiting.DRAW else ()
    return Standing(phase, last.round.number, rounds, podium, ties, awaiting, following)


def first_field(state: ContestState) -> tuple[int, ...]:
    """Who the first round takes: everybody registered who has not withdrawn."""
    return tuple(e.id for e in state.active_entrants)


def field_of(state: ContestState, number: int) -> tuple[int, ...]:
    """Who round ``number`` takes as things stand (a redraw takes the same)."""
    if number == 1:
        return first_field(state)
    return round_standing(state, state.rounds[number - 2]).advancing


def round_standing(state: ContestState, rnd: Round) -> RoundStanding:
    """The standing of one drawn round."""
    known: dict[int, RoundStanding] = state.__dict__.setdefault("_rounds", {})
    cached = known.get(rnd.number)
    if cached is not None and cached.round is rnd:
        return cached
    known[rnd.number] = found = _round_standing(state, rnd)
    return found


def keep_standings(old: ContestState, new: ContestState, changed: int) -> ContestState:
    """``new`` knowing the standings ``old`` worked out for rounds other than ``changed``.

    For commands that change one round only (its results, or drawing it): every other
    round's standing depends on nothing they touch, so it need not be worked out again.
    """
    known = old.__dict__.get("_rounds", {})
    kept = {n: rs for n, rs in known.items() if n != changed}
    if kept:
        object.__setattr__(new, "_rounds", kept)
    return new


def _round_standing(state: ContestState, rnd: Round) -> RoundStanding:
    n = rnd.number
    order_of = _order(state)
    # Withdrawn after this round was drawn (it must be redrawn) or after it raced (they
    # keep their times but go no further; the next fastest takes the place).
    out = {w.entrant_id for w in state.withdrawals if w.before_round in (n, n + 1)}
    needs_redraw = any(
        w.before_round == n and w.entrant_id in rnd.entrant_ids for w in state.withdrawals
    )
    decisions = [d for d in state.decisions if d.round == n]
    if rnd.walkover is not None:
        return RoundStanding(
            rnd, (), 0, places={rnd.walkover: 1}, podium=(rnd.walkover, None, None)
        )
    heats = []
    for heat in rnd.heats:
        results = tuple((e, state.result(n, e)) for e in heat.entrant_ids)
        shown = heat_places(_finishers(results), decisions, order_of)
        heats.append(HeatStanding(heat, results, shown))
    missing = sum(1 for h in heats for _, r in h.results if r is None)
    withdrawn = tuple(e for e in rnd.entrant_ids if e in out)
    base = RoundStanding(rnd, tuple(heats), missing, withdrawn=withdrawn, needs_redraw=needs_redraw)
    if needs_redraw:
        return base
    if rnd.is_final:
        return _final(base, decisions, order_of) if missing == 0 else base
    return _qualify(base, out, decisions, order_of)


OrderOf = Callable[[int], tuple[int, int]]


def _order(state: ContestState) -> OrderOf:
    order = {e.id: (e.order, e.id) for e in state.entrants}
    return lambda entrant_id: order[entrant_id]


def _finishers(
    results: Sequence[tuple[int, Result | None]], out: frozenset[int] = frozenset()
) -> list[tuple[int, Decimal]]:
    """Entrants with a time (DNF and DQ are never ranked), leaving out the withdrawn."""
    return [
        (e, r.seconds)
        for e, r in results
        if r is not None and r.seconds is not None and e not in out
    ]


def _qualify(
    base: RoundStanding, out: set[int], decisions: Sequence[TieDecision], order_of: OrderOf
) -> RoundStanding:
    """Q: each heat's fastest; q: the fastest of the rest, up to the round's quota.

    A tie for first in a heat sends all the tied through by place when the quota has
    room for them (fewer then go by time), as athletics does; only when it has not does
    the tie wait for a decision.
    """
    n = base.round.number
    gone = frozenset(out)
    timed = [_finishers(h.results, gone) for h in base.heats]
    tops = [
        (h, top_group(pairs, decisions, order_of))
        for h, pairs in zip(base.heats, timed, strict=True)
    ]
    by_place: dict[int, tuple[int, ...]] = {}
    for h, top in tops:  # a clear winner of a complete heat is through, whatever comes
        if top is not None and top.single is not None and h.complete:
            by_place[h.heat.number] = (top.single,)
    if not base.complete:
        return _with(base, by_place, _sure_by_time(base, timed, tops), (), ())
    ties: list[Tie] = []
    shared = sum(len(top.members) for _, top in tops if top is not None)
    if shared > base.round.advance:
        for h, top in tops:
            if top is not None and len(top.members) > 1:
                ties.append(_tie(n, top, TieStake.HEAT_WIN, order_of, heat=h.heat.number))
        return _with(base, by_place, {}, tuple(ties), ())
    for h, top in tops:
        if top is not None:
            by_place[h.heat.number] = tuple(sorted(top.members, key=order_of))
    taken = {e for members in by_place.values() for e in members}
    rest = [(e, s) for pairs in timed for e, s in pairs if e not in taken]
    slots = base.round.advance - len(taken)
    by_time: list[int] = []
    for group in iter_ranked(rest, decisions, order_of):  # stops once the quota is full
        if slots <= 0:
            break
        if len(group.members) <= slots:
            by_time += sorted(group.members, key=order_of)
            slots -= len(group.members)
        else:
            ties.append(_tie(n, group, TieStake.BY_TIME, order_of, slots=slots))
            break
    heat_of = {e: h.heat.number for h in base.heats for e, _ in h.results}
    q: dict[int, tuple[int, ...]] = {}
    for e in by_time:
        q[heat_of[e]] = (*q.get(heat_of[e], ()), e)
    advancing = tuple(e for h in base.heats for e in by_place.get(h.heat.number, ()))
    return _with(base, by_place, q, tuple(ties), advancing + tuple(by_time) if not ties else ())


def _sure_by_time(
    base: RoundStanding,
    timed: Sequence[list[tuple[int, Decimal]]],
    tops: Sequence[tuple[HeatStanding, Group | None]],
) -> dict[int, tuple[int, ...]]:
    """q for those of complete heats whom no time still to come can push out of the quota.

    The worst case for a loser with time t: every missing time is faster than t. Then each
    heat sends through by place its winner (or those tied for first), and the losers
    faster than t (a time equal to t counted as faster, so no tie can go against them)
    stand before them by time. A heat still racing puts at most its missing entrants plus
    its known times up to t ahead (its winner is one of them whenever any is faster than
    t, or one alone when they all fail to finish). Whoever has fewer than the quota ahead
    in that worst case goes through whatever comes, as a clear winner of a complete heat
    does, so the board can say so during the round. Only results typed so far count: a
    corrected time is a new standing, as for Q.
    """
    ahead_by_place = 0
    missing = 0
    losers: list[tuple[Decimal, int, int]] = []  # (time, entrant, heat) of the beatable
    for (h, top), pairs in zip(tops, timed, strict=True):
        if h.complete:
            members = top.members if top is not None else frozenset()
            ahead_by_place += len(members)
            losers += [(sec, e, h.heat.number) for e, sec in pairs if e not in members]
        else:
            missing += sum(1 for _, r in h.results if r is None)
            losers += [(sec, e, 0) for e, sec in pairs]  # heat 0: may still win its heat
    losers.sort()
    times = [sec for sec, _, _ in losers]
    sure: dict[int, tuple[int, ...]] = {}
    for sec, e, heat in losers:
        ahead = ahead_by_place + missing + bisect_right(times, sec) - 1  # not oneself
        if ahead >= base.round.advance:
            break  # slower losers have at least as many ahead
        if heat:
            sure[heat] = (*sure.get(heat, ()), e)
    return sure


def _with(
    base: RoundStanding,
    by_place: dict[int, tuple[int, ...]],
    by_time: dict[int, tuple[int, ...]],
    ties: tuple[Tie, ...],
    advancing: tuple[int, ...],
) -> RoundStanding:
    heats = tuple(
        HeatStanding(
            h.heat,
            h.results,
            h.places,
            by_place.get(h.heat.number, ()),
            by_time.get(h.heat.number, ()),
        )
        for h in base.heats
    )
    return RoundStanding(
        base.round,
        heats,
        base.missing,
        ties,
        advancing,
        base.withdrawn,
        base.needs_redraw,
    )


def _final(
    base: RoundStanding, decisions: Sequence[TieDecision], order_of: OrderOf
) -> RoundStanding:
    """Places in the final; a tie that touches places 1 to 3 waits for a decision."""
    n = base.round.number
    finishers = [pair for h in base.heats for pair in _finishers(h.results)]
    groups = ranked(finishers, decisions, order_of)
    podium: list[int | None] = [None] * PODIUM
    ties: list[Tie] = []
    place = 1
    for group in groups:
        if place > PODIUM:
            break
        if group.single is not None:
            podium[place - 1] = group.single
        else:
            shared = tuple(range(place, min(place + len(group.members), PODIUM + 1)))
            ties.append(_tie(n, group, TieStake.MEDAL, order_of, places=shared))
        place += len(group.members)
    return RoundStanding(
        base.round,
        base.heats,
        base.missing,
        tuple(ties),
        (),
        base.withdrawn,
        base.needs_redraw,
        places(groups),
        tuple(podium),
    )


def _tie(n: int, group: Group, stake: TieStake, order_of: OrderOf, **more: Any) -> Tie:
    missing = tuple(sorted(group.rerun.missing, key=order_of)) if group.rerun else ()
    return Tie(
        n,
        tuple(sorted(group.members, key=order_of)),
        stake,
        group.seconds,
        rerun_missing=missing,
        **more,
    )
