"""The contest as people see it: the CLI's JSON, tie explanations, prizes and gift cans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from promoplanner.core.bracket.draw import names_params
from promoplanner.core.bracket.model import ContestState, Result, TieBreak, TieDecision
from promoplanner.core.bracket.standing import PODIUM, Standing, Tie, TieStake, standing
from promoplanner.core.i18n import Language, current_language, text


def gift_cans(state: ContestState) -> int:
    """Cans of beer to have ready: so many for every entrant (withdrawn at registration not)."""
    return state.cans_per_entrant * len(state.active_entrants)


@dataclass(frozen=True)
class Award:
    """A podium place, who won it (None while undecided) and its prize as text."""

    place: int
    entrant_id: int | None
    prize: str


def awards(state: ContestState, prizes: tuple[str, ...]) -> tuple[Award, ...]:
    """Places 1 to 3 with their winners and prizes."""
    podium = standing(state).podium
    return tuple(
        Award(place, podium[place - 1], prizes[place - 1] if place <= len(prizes) else "")
        for place in range(1, PODIUM + 1)
    )


def json_result(result: Result | None) -> float | str | None:
    """A result in the CLI's JSON: seconds as a number, "DNF", "DQ", or null."""
    if result is None:
        return None
    if result.seconds is None:
        return result.kind.value
    return float(result.seconds)  # two decimals print exactly as typed


def contest_json(state: ContestState, name: str, now: Standing | None = None) -> dict[str, Any]:
    """The stable JSON of ``contest show --json``, with every round's groups so far.

    ``advancing`` lists everybody sure to go through from a group (Q and q), ``by_time``
    those of them going by time (q). A heat's clear winner is listed as soon as the heat is
    complete; a fastest loser as soon as no time still to come can push them out of the
    quota (usually only near the end of the round), the rest once the whole round is in and
    no tie stands before them.
    """
    now = now or standing(state)
    names = {e.id: e.name for e in state.entrants}
    groups = [
        {
            "id": h.heat.id,
            "round": h.heat.round,
            "entrants": [names[e] for e in h.heat.entrant_ids],
            "results": {names[e]: json_result(r) for e, r in h.results},
            "advancing": [names[e] for e in h.advancing],
            "by_time": [names[e] for e in h.by_time],
        }
        for rs in now.rounds
        for h in rs.heats
    ]
    return {
        "name": name,
        "state": now.phase.value,
        "round": now.round,
        "entrants": [e.name for e in state.active_entrants],
        "groups": groups,
        "podium": [None if e is None else names[e] for e in now.podium],
        "gift_cans": gift_cans(state),
    }


_TIE_KEYS = {
    TieStake.HEAT_WIN: "contest.tie.heat_win",
    TieStake.BY_TIME: "contest.tie.by_time",
    TieStake.MEDAL: "contest.tie.medal",
}


def describe_tie(state: ContestState, tie: Tie, language: Language | str | None = None) -> str:
    """What a tie decides and what the organiser may choose, in one or two sentences."""
    places = "–".join(str(p) for p in (tie.places[0], tie.places[-1])) if tie.places else ""
    if len(tie.places) == 1:
        places = str(tie.places[0])
    key = _TIE_KEYS[tie.stake]
    if tie.stake is TieStake.BY_TIME and tie.slots > 1:
        key = "contest.tie.by_time_many"
    what = text(
        key,
        language,
        round=tie.round,
        heat=tie.heat,
        seconds=tie.seconds,
        slots=tie.slots,
        places=places,
        **names_params(state, tie.entrant_ids),
    )
    if tie.rerun_missing:
        then = text("contest.tie.rerun_waiting", language, **names_params(state, tie.rerun_missing))
    else:
        then = text("contest.tie.choose", language)
    lang = Language(language) if language else current_language()
    return f"{what} {then}" if lang is Language.EN else what + then


def describe_decision(
    state: ContestState, decision: TieDecision, language: Language | str | None = None
) -> str:
    """How a tie was decided, in one line: who tied, at what time, and the way chosen."""
    lang = Language(language) if language else current_language()
    order_of = {e.id: (e.order, e.id) for e in state.entrants}
    tied = sorted(decision.entrant_ids, key=order_of.__getitem__)
    result = state.result(decision.round, tied[0])
    last = state.last_round
    final = last is not None and last.is_final and last.number == decision.round
    if decision.way is TieBreak.EARLIER_REGISTRATION:
        ahead = [state.name(e) for e in tied]
        how = text("contest.decided.registration", lang, order=" ahead of ".join(ahead),
                   order_zh="先于".join(ahead))  # fmt: skip
    else:
        rerun = decision.rerun_results
        shown = [f"{state.name(e)} {rerun[e]}" for e in tied if e in rerun]
        how = text("contest.decided.rerun", lang, results=", ".join(shown),
                   results_zh="、".join(shown))  # fmt: skip
    return text(
        "contest.decided.final" if final else "contest.decided.round", lang,
        round=decision.round, seconds="" if result is None else str(result), how=how,
        **names_params(state, tied),
    )  # fmt: skip


def walkover_notice(state: ContestState, language: Language | str | None = None) -> str | None:
    """The sentence a draw shows when the only entrant left is placed first without a race."""
    last = state.last_round
    if last is None or last.walkover is None:
        return None
    return text("contest.walkover", language, name=state.name(last.walkover))
