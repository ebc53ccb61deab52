"""What the organiser records: registrations, withdrawals, results and tie decisions.

Each function checks the change against the contest's state and returns the new state,
or refuses with a DomainError whose key is in the catalogue; a refused change leaves the
state as it was (states are frozen values). The caller stores what it passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from promoplanner.core.bracket.draw import names_params
from promoplanner.core.bracket.model import (
    ContestState,
    Entrant,
    Heat,
    Result,
    Round,
    TieBreak,
    TieDecision,
    Withdrawal,
    parse_result,
)
from promoplanner.core.bracket.standing import Tie, keep_standings, round_standing, standing
from promoplanner.core.errors import DomainError
from promoplanner.core.validation import FULL_WIDTH_DIGITS, clean_text

NAME_LIMIT = 100  # the entrant's name column
_HEAT = re.compile(r"(?:(\d+)\s*[-–./]\s*)?(\d+)")


def name_key(name: str) -> str:
    """A name as compared for duplicates: spaces collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def find_entrant(state: ContestState, name: str) -> Entrant:
    """The entrant of that name, as typed (spaces and case do not matter)."""
    key = name_key(name)
    found = [e for e in state.entrants if name_key(e.name) == key]
    # a name withdrawn before the draw may be registered again: the later one is meant
    if not found:
        raise DomainError("contest.unknown_name", field="name", name=name.strip())
    return max(found, key=lambda e: e.order)


def register(state: ContestState, name: str, entrant_id: int | None = None) -> ContestState:
    """Register somebody before the first round is drawn; names are unique in a contest."""
    if state.rounds:
        raise DomainError("contest.registration_over", field="name")
    name = clean_text(name, "name", required=True, limit=NAME_LIMIT)
    twin = next((e for e in state.active_entrants if name_key(e.name) == name_key(name)), None)
    if twin is not None:
        # The results and the JSON go by name: two of the same name cannot be told apart.
        raise DomainError("contest.name_taken", field="name", name=twin.name)
    ids = {e.id for e in state.entrants}
    new_id = entrant_id if entrant_id is not None else max(ids, default=0) + 1
    if new_id in ids:
        raise ValueError(f"entrant id {new_id} is taken")
    order = max((e.order for e in state.entrants), default=0) + 1
    return replace(state, entrants=(*state.entrants, Entrant(new_id, name, order)))


def withdraw(state: ContestState, entrant_id: int) -> ContestState:
    """Take somebody out before a round races: before the draw, or before any result of it.

    Withdrawing from a drawn round means drawing it again (a redraw is due); withdrawing
    between rounds gives the place to the next fastest of the round before.
    """
    name = state.name(entrant_id)
    if state.withdrawal(entrant_id) is not None:
        raise DomainError("contest.already_withdrawn", name=name)
    last = state.last_round
    if last is None:
        return _withdrawn(state, entrant_id, 1)
    now = round_standing(state, last)
    if last.is_final and (now.complete if now.has_results else last.walkover is not None):
        raise DomainError("contest.withdraw_after_final", name=name)
    if not now.has_results and entrant_id in last.entrant_ids:
        return _withdrawn(state, entrant_id, last.number)
    if now.has_results and not now.complete and entrant_id in last.entrant_ids:
        raise DomainError("contest.withdraw_in_progress", name=name, round=last.number)
    still_in = set(now.advancing) | {e for tie in now.ties for e in tie.entrant_ids}
    if now.complete and entrant_id in still_in:
        return _withdrawn(state, entrant_id, last.number + 1)
    raced = [r.number for r in state.rounds if entrant_id in r.entrant_ids]
    raise DomainError("contest.already_out", name=name, round=raced[-1] if raced else 1)


def _withdrawn(state: ContestState, entrant_id: int, before: int) -> ContestState:
    return replace(state, withdrawals=(*state.withdrawals, Withdrawal(entrant_id, before)))


def parse_heat(value: str, state: ContestState) -> tuple[int, int]:
    """A heat as typed: '2-3' (round 2, heat 3) or '3' (heat 3 of the round drawn last)."""
    match = _HEAT.fullmatch(value.strip().translate(FULL_WIDTH_DIGITS))
    if match is None:
        raise DomainError("contest.heat_not_understood", field="heat", value=value)
    last = state.last_round
    round_number = int(match.group(1)) if match.group(1) else (last.number if last else 0)
    return round_number, int(match.group(2))


def record_result(
    state: ContestState,
    round_number: int,
    heat_number: int,
    entrant_id: int,
    result: Result | str,
) -> ContestState:
    """Enter or correct a result in the round drawn last (a closed round cannot change)."""
    heat = _open_heat(state, round_number, heat_number)
    if entrant_id not in heat.entrant_ids:
        raise DomainError(
            "contest.not_in_heat",
            field="name",
            name=state.name(entrant_id),
            round=round_number,
            heat=heat_number,
        )
    parsed = parse_result(result)
    new = replace(state, results={**state.results, (round_number, entrant_id): parsed})
    return keep_standings(state, new, round_number)


def record_results(
    state: ContestState, round_number: int, results: Mapping[int, Result | str]
) -> ContestState:
    """Enter several results of the round drawn last at once (a whole heat, or a round)."""
    rnd = _open_round(state, round_number)
    drawn = set(rnd.entrant_ids)
    new = dict(state.results)
    for entrant_id, result in results.items():
        if entrant_id not in drawn:
            raise DomainError(
                "contest.not_in_round", name=state.name(entrant_id), round=round_number
            )
        new[(round_number, entrant_id)] = parse_result(result)
    return keep_standings(state, replace(state, results=new), round_number)


def clear_result(
    state: ContestState, round_number: int, heat_number: int, entrant_id: int
) -> ContestState:
    """Take back a result typed against the wrong name (only in the round drawn last)."""
    heat = _open_heat(state, round_number, heat_number)
    if entrant_id not in heat.entrant_ids:
        raise DomainError(
            "contest.not_in_heat",
            name=state.name(entrant_id),
            round=round_number,
            heat=heat_number,
        )
    results = {k: v for k, v in state.results.items() if k != (round_number, entrant_id)}
    return replace(state, results=results)


def _open_round(state: ContestState, round_number: int) -> Round:
    """The round if its results may still change: it is the one drawn last."""
    last = state.last_round
    if last is None or not 1 <= round_number <= last.number:
        raise DomainError("contest.no_such_round", field="heat", round=round_number)
    if round_number < last.number:
        raise DomainError(
            "contest.round_closed", field="heat", round=round_number, next=round_number + 1
        )
    if any(
        w.before_round == last.number and w.entrant_id in last.entrant_ids
        for w in state.withdrawals
    ):
        raise DomainError("contest.redraw_first", field="heat", round=last.number)
    return last


def _open_heat(state: ContestState, round_number: int, heat_number: int) -> Heat:
    heat = _open_round(state, round_number).heat(heat_number)
    if heat is None:
        raise DomainError(
            "contest.no_such_heat", field="heat", round=round_number, heat=heat_number
        )
    return heat


def open_tie(state: ContestState, entrant_ids: Iterable[int]) -> Tie:
    """The tie waiting for a decision between exactly these entrants."""
    wanted = frozenset(entrant_ids)
    for tie in standing(state).ties:
        if frozenset(tie.entrant_ids) == wanted:
            return tie
    raise DomainError("contest.no_such_tie", **names_params(state, sorted(wanted)))


def decide_tie(state: ContestState, entrant_ids: Iterable[int], way: TieBreak) -> ContestState:
    """Record the organiser's choice for an open tie: a re-run, or the earlier registration."""
    tie = open_tie(state, entrant_ids)
    if tie.rerun_missing:
        raise DomainError("contest.rerun_under_way", **names_params(state, tie.rerun_missing))
    decision = TieDecision(tie.round, frozenset(tie.entrant_ids), TieBreak(way))
    return replace(state, decisions=(*state.decisions, decision))


def record_rerun_result(state: ContestState, entrant_id: int, result: Result | str) -> ContestState:
    """Enter or correct an entrant's time in the re-run the organiser chose for their tie."""
    name = state.name(entrant_id)
    now = standing(state)
    open_rounds = {now.round} | {tie.round for tie in now.ties}
    index = next(
        (
            i
            for i in range(len(state.decisions) - 1, -1, -1)
            if state.decisions[i].way is TieBreak.RERUN
            and entrant_id in state.decisions[i].entrant_ids
            and state.decisions[i].round in open_rounds
        ),
        -1,
    )
    if index < 0:
        raise DomainError("contest.not_in_rerun", name=name)
    parsed = parse_result(result)
    decision = state.decisions[index]
    kept = [(e, r) for e, r in decision.rerun if e != entrant_id]
    rerun = (*kept, (entrant_id, parsed))
    decisions = list(state.decisions)
    decisions[index] = replace(decision, rerun=rerun)
    return replace(state, decisions=tuple(decisions))
