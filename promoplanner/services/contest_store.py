"""The contest's rows as the bracket engine's state, and the engine's changes as rows.

Every change to a running contest loads the whole contest (a few hundred rows at most),
lets ``core.bracket`` check and apply the change, and writes only what differs, so the
contest survives closing the program in the middle of the evening.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from promoplanner.core.bracket import (
    ContestState,
    Entrant,
    Heat,
    Result,
    ResultKind,
    Round,
    TieBreak,
    TieDecision,
    Withdrawal,
    heat_id,
    standing,
)
from promoplanner.core.errors import NotFound
from promoplanner.storage import tables as t


def contest_row(session: Session, contest_id: int, *, lock: bool = False) -> t.ContestRow:
    """The contest's row (locked for the change when asked), refused when there is none."""
    row = session.get(t.ContestRow, contest_id, with_for_update=lock)
    if row is None:
        raise NotFound("not_found.contest", value=contest_id)
    return row


def _result(seconds: Decimal | None, mark: str | None) -> Result | None:
    if mark:
        return Result(ResultKind(mark))
    if seconds is not None:
        return Result(ResultKind.TIME, Decimal(seconds).quantize(Decimal("0.01")))
    return None


def result_columns(result: Result | None) -> tuple[Decimal | None, str | None]:
    """A result as the (seconds, mark) columns store it."""
    if result is None:
        return None, None
    if result.kind is ResultKind.TIME:
        return result.seconds, None
    return None, result.kind.value


def load_state(session: Session, contest: t.ContestRow) -> ContestState:
    """Everything recorded about the contest, as the engine's value."""
    entrant_rows = session.scalars(
        select(t.ContestEntrantRow)
        .where(t.ContestEntrantRow.contest_id == contest.id)
        .order_by(t.ContestEntrantRow.id)
    ).all()
    entrants = tuple(Entrant(e.id, e.name, e.id) for e in entrant_rows)
    withdrawals = tuple(
        Withdrawal(e.id, e.withdrawn_before_round)
        for e in entrant_rows
        if e.withdrawn_before_round is not None
    )
    rounds: list[Round] = []
    results: dict[tuple[int, int], Result] = {}
    round_rows = session.scalars(
        select(t.ContestRoundRow)
        .where(t.ContestRoundRow.contest_id == contest.id)
        .order_by(t.ContestRoundRow.number)
    ).all()
    # every heat entry of the contest at once, in draw order (a contest has a few hundred)
    drawn: dict[int, dict[int, list[t.HeatEntryRow]]] = {r.id: {} for r in round_rows}
    for round_id, heat_number, entry in session.execute(
        select(t.HeatRow.round_id, t.HeatRow.number, t.HeatEntryRow)
        .join(t.HeatRow, t.HeatRow.id == t.HeatEntryRow.heat_id)
        .join(t.ContestRoundRow, t.ContestRoundRow.id == t.HeatRow.round_id)
        .where(t.ContestRoundRow.contest_id == contest.id)
        .order_by(t.HeatRow.round_id, t.HeatRow.number, t.HeatEntryRow.id)
    ):
        drawn[round_id].setdefault(heat_number, []).append(entry)
    for rnd in round_rows:
        heats = []
        for heat_number, entries in sorted(drawn[rnd.id].items()):
            heats.append(Heat(rnd.number, heat_number, tuple(e.entrant_id for e in entries)))
            for e in entries:
                result = _result(e.seconds, e.mark)
                if result is not None:
                    results[(rnd.number, e.entrant_id)] = result
        rounds.append(
            Round(rnd.number, rnd.seed, tuple(heats), rnd.advance, rnd.walkover_entrant_id)
        )
    decisions = []
    for tie in session.scalars(
        select(t.ContestTieRow)
        .where(t.ContestTieRow.contest_id == contest.id)
        .order_by(t.ContestTieRow.position)
    ):
        tied = session.scalars(
            select(t.ContestTieEntryRow)
            .where(t.ContestTieEntryRow.tie_id == tie.id)
            .order_by(t.ContestTieEntryRow.id)
        ).all()
        rerun = tuple(
            (e.entrant_id, r) for e in tied if (r := _result(e.seconds, e.mark)) is not None
        )
        decisions.append(
            TieDecision(tie.round, frozenset(e.entrant_id for e in tied), TieBreak(tie.way), rerun)
        )
    return ContestState(
        group_size=contest.group_size,
        cans_per_entrant=contest.cans_per_entrant,
        entrants=entrants,
        withdrawals=withdrawals,
        rounds=tuple(rounds),
        results=results,
        decisions=tuple(decisions),
    )


def write_round(session: Session, contest_id: int, rnd: Round, version: int) -> None:
    """Store a drawn round (replacing its heats when it is a redraw), heats at `version`."""
    row = session.scalar(
        select(t.ContestRoundRow).where(
            t.ContestRoundRow.contest_id == contest_id, t.ContestRoundRow.number == rnd.number
        )
    )
    if row is None:
        row = t.ContestRoundRow(contest_id=contest_id, number=rnd.number)
        session.add(row)
    else:
        session.execute(delete(t.HeatRow).where(t.HeatRow.round_id == row.id))
    row.is_final = rnd.is_final
    row.seed = rnd.seed
    row.advance = rnd.advance
    row.walkover_entrant_id = rnd.walkover
    session.flush()
    for heat in rnd.heats:
        heat_row = t.HeatRow(round_id=row.id, number=heat.number, version=version)
        session.add(heat_row)
        session.flush()
        session.add_all(
            t.HeatEntryRow(heat_id=heat_row.id, entrant_id=e, advanced=False)
            for e in heat.entrant_ids
        )
    session.flush()


def heat_row(session: Session, contest_id: int, rnd: int, number: int) -> t.HeatRow:
    """Heat `number` of round `rnd` (the engine checked that it was drawn)."""
    heat = session.scalar(
        select(t.HeatRow)
        .join(t.ContestRoundRow, t.ContestRoundRow.id == t.HeatRow.round_id)
        .where(
            t.ContestRoundRow.contest_id == contest_id,
            t.ContestRoundRow.number == rnd,
            t.HeatRow.number == number,
        )
    )
    assert heat is not None, (rnd, number)
    return heat


def heat_versions(session: Session, contest_id: int) -> dict[str, int]:
    """Each drawn heat's version, by its label ("2-3")."""
    rows = session.execute(
        select(t.ContestRoundRow.number, t.HeatRow.number, t.HeatRow.version)
        .join(t.ContestRoundRow, t.ContestRoundRow.id == t.HeatRow.round_id)
        .where(t.ContestRoundRow.contest_id == contest_id)
    )
    return {heat_id(rnd, number): version for rnd, number, version in rows}


def heat_entry(session: Session, contest_id: int, rnd: int, entrant_id: int) -> t.HeatEntryRow:
    """The entrant's row in that round."""
    entry = session.scalar(
        select(t.HeatEntryRow)
        .join(t.HeatRow, t.HeatRow.id == t.HeatEntryRow.heat_id)
        .join(t.ContestRoundRow, t.ContestRoundRow.id == t.HeatRow.round_id)
        .where(
            t.ContestRoundRow.contest_id == contest_id,
            t.ContestRoundRow.number == rnd,
            t.HeatEntryRow.entrant_id == entrant_id,
        )
    )
    assert entry is not None, (rnd, entrant_id)  # the engine checked the entrant races there
    return entry


def write_tie(session: Session, contest_id: int, state: ContestState, index: int) -> None:
    """Store the decision ``index`` of the state (new, or with a re-run result added)."""
    decision = state.decisions[index]
    row = session.scalar(
        select(t.ContestTieRow).where(
            t.ContestTieRow.contest_id == contest_id, t.ContestTieRow.position == index + 1
        )
    )
    if row is None:
        row = t.ContestTieRow(
            contest_id=contest_id, position=index + 1, round=decision.round, way=decision.way.value
        )
        session.add(row)
        session.flush()
        session.add_all(
            t.ContestTieEntryRow(tie_id=row.id, entrant_id=e) for e in sorted(decision.entrant_ids)
        )
        session.flush()
    rerun = decision.rerun_results
    for entry in session.scalars(
        select(t.ContestTieEntryRow).where(t.ContestTieEntryRow.tie_id == row.id)
    ):
        entry.seconds, entry.mark = result_columns(rerun.get(entry.entrant_id))
    session.flush()


def write_standing(session: Session, contest_id: int, state: ContestState) -> None:
    """Keep each heat entry's place and whether it went through, as the engine says."""
    rows = session.execute(
        select(t.ContestRoundRow.number, t.HeatEntryRow)
        .join(t.HeatRow, t.HeatRow.id == t.HeatEntryRow.heat_id)
        .join(t.ContestRoundRow, t.ContestRoundRow.id == t.HeatRow.round_id)
        .where(t.ContestRoundRow.contest_id == contest_id)
    ).all()
    entries = {(number, entry.entrant_id): entry for number, entry in rows}
    for rs in standing(state).rounds:
        places = rs.places if rs.round.is_final else {}
        for hs in rs.heats:
            going = set(hs.advancing)
            for entrant_id, _ in hs.results:
                entry = entries[(rs.round.number, entrant_id)]
                place = places.get(entrant_id, hs.places.get(entrant_id))
                if entry.place != place or entry.advanced != (entrant_id in going):
                    entry.place = place
                    entry.advanced = entrant_id in going
    session.flush()
