"""Drawing a round: a shuffle from a stored seed, so the same draw can be shown and audited."""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable
from dataclasses import replace

from promoplanner.core.bracket.model import ContestState, Heat, Round
from promoplanner.core.bracket.plan import advance_count, group_sizes
from promoplanner.core.bracket.standing import Standing, field_of, keep_standings, standing
from promoplanner.core.errors import DomainError


def new_seed() -> int:
    """A fresh seed for a draw (the caller stores it with the round)."""
    return secrets.randbelow(2**31)


def names_params(state: ContestState, entrant_ids: Iterable[int]) -> dict[str, str]:
    """Names for a message: ``names`` joined the English way, ``names_zh`` the Chinese way."""
    names = [state.name(e) for e in entrant_ids]
    return {"names": ", ".join(names), "names_zh": "、".join(names)}


def draw_refusal(state: ContestState, now: Standing | None = None) -> DomainError | None:
    """Why the next round cannot be drawn now, or None when it can (``now``: its standing)."""
    now = now or standing(state)
    last = now.current
    if last is None:
        return None if now.next_field else DomainError("contest.no_entrants")
    number = last.round.number
    if now.ties:
        tied = [e for tie in now.ties for e in tie.entrant_ids]
        return DomainError(
            "contest.tie_pending", round=now.ties[0].round, **names_params(state, tied)
        )
    if last.needs_redraw:
        return DomainError(
            "contest.redraw_needed",
            round=number,
            **names_params(state, _withdrawn_in(state, number)),
        )
    if last.round.is_final:
        return DomainError("contest.final_drawn")
    if not last.complete:
        if not last.has_results:
            return DomainError("contest.already_drawn", round=number)
        return DomainError("contest.results_missing", round=number, missing=last.missing)
    if not last.advancing:
        return DomainError("contest.nobody_through", round=number)
    return None


def can_draw(state: ContestState) -> bool:
    """Whether the next round can be drawn now."""
    return draw_refusal(state) is None


def draw_round(state: ContestState, seed: int) -> Round:
    """The next round, drawn with this seed from who goes on; refused with a reason key."""
    now = standing(state)
    refusal = draw_refusal(state, now)
    if refusal is not None:
        raise refusal
    return make_round(state, len(state.rounds) + 1, now.next_field, seed)


def redraw_refusal(state: ContestState) -> DomainError | None:
    """Why the drawn round cannot be drawn again, or None when it can."""
    last = state.last_round
    if last is None:
        return DomainError("contest.redraw_nothing")
    number = last.number
    if any(r == number for r, _ in state.results) or any(
        d.round == number for d in state.decisions
    ):
        return DomainError("contest.redraw_after_result", round=number)
    now = standing(state)
    if now.ties:
        tied = [e for tie in now.ties for e in tie.entrant_ids]
        return DomainError(
            "contest.tie_pending", round=now.ties[0].round, **names_params(state, tied)
        )
    if not field_of(state, number):
        return DomainError("contest.no_entrants")
    return None


def redraw_round(state: ContestState, seed: int) -> Round:
    """The drawn round drawn again with a new seed (only before any of its results)."""
    refusal = redraw_refusal(state)
    if refusal is not None:
        raise refusal
    number = len(state.rounds)
    return make_round(state, number, field_of(state, number), seed)


def make_round(state: ContestState, number: int, entrant_ids: Iterable[int], seed: int) -> Round:
    """Shuffle the field with ``random.Random(seed)`` and cut it into balanced heats.

    The field is put in registration order first, so the same entrants and the same seed
    always give the same heats, whatever order the caller listed them in.
    """
    order = {e.id: (e.order, e.id) for e in state.entrants}
    field = sorted(set(entrant_ids), key=lambda e: order[e])
    if len(field) == 1:
        return Round(number, seed, (), 0, walkover=field[0])
    random.Random(seed).shuffle(field)
    heats: list[Heat] = []
    start = 0
    for n, size in enumerate(group_sizes(len(field), state.group_size), 1):
        heats.append(Heat(number, n, tuple(field[start : start + size])))
        start += size
    return Round(number, seed, tuple(heats), advance_count(len(field), state.group_size))


def with_round(state: ContestState, rnd: Round) -> ContestState:
    """The state with a newly drawn round, or with the drawn round replaced by its redraw."""
    if state.rounds and state.rounds[-1].number == rnd.number:
        new = replace(state, rounds=(*state.rounds[:-1], rnd))
    elif rnd.number == len(state.rounds) + 1:
        new = replace(state, rounds=(*state.rounds, rnd))
    else:
        raise ValueError(f"round {rnd.number} does not follow round {len(state.rounds)}")
    return keep_standings(state, new, rnd.number)


def _withdrawn_in(state: ContestState, number: int) -> list[int]:
    drawn = set(state.rounds[number - 1].entrant_ids)
    return [
        w.entrant_id
        for w in state.withdrawals
        if w.before_round == number and w.entrant_id in drawn
    ]
