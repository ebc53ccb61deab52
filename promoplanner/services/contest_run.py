"""Running the beer contest on the evening: draws, results, withdrawals, ties, prizes.

Each use case loads the contest, lets ``core.bracket`` check the change against what was
recorded (a refusal is a DomainError and nothing is written), then stores the change and
its history in one transaction. Reads give a ``ContestRun``: the contest and the engine's
state, from which screens, the CLI and the sheet take the standing, with the versions a
change names as seen (which one each change checks: services/contest_versions.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core import bracket as b
from promoplanner.core.audit import Action, JsonValue, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Contest
from promoplanner.core.people import Right
from promoplanner.services.campaigns import find_campaign
from promoplanner.services.contest_store import (
    contest_row,
    heat_entry,
    heat_row,
    heat_versions,
    load_state,
    result_columns,
    write_round,
    write_standing,
    write_tie,
)
from promoplanner.services.contest_versions import (
    ContestStamp,
    check_contest_seen,
    check_heat_seen,
    raise_versions,
)
from promoplanner.services.context import Context
from promoplanner.services.write import Work, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class ContestRun:
    """A contest as recorded: its settings, the bracket's state, which prizes were given."""

    contest: Contest
    state: b.ContestState
    prizes_given: tuple[bool, bool, bool] = (False, False, False)
    heat_versions: Mapping[str, int] = field(default_factory=dict)  # by label, "2-3"

    @property
    def version(self) -> int:
        """The contest's version: what a draw, tie, withdrawal or prize names as seen."""
        return self.contest.version

    def heat_version(self, heat: str) -> int:
        """The version of heat "2-3": what a result of that heat names as seen."""
        return self.heat_versions[heat]

    @property
    def stamp(self) -> ContestStamp:
        """The versions this copy was read at, to compare with ``contest_stamp``."""
        return ContestStamp(self.version, tuple(sorted(self.heat_versions.items())))

    @property
    def standing(self) -> b.Standing:
        """Where the contest stands now."""
        return b.standing(self.state)

    def json(self) -> dict[str, Any]:
        """The stable JSON of ``contest show --json``, with the versions a change names."""
        data = b.contest_json(self.state, self.contest.name)
        data["version"] = self.version
        for group in data["groups"]:
            group["version"] = self.heat_versions.get(group["id"])
        return data

    def name(self, entrant_id: int) -> str:
        """An entrant's name."""
        return self.state.name(entrant_id)


def _run(session: Session, row: t.ContestRow, state: b.ContestState) -> ContestRun:
    given = (row.prize_1_given, row.prize_2_given, row.prize_3_given)
    return ContestRun(convert.contest(row), state, given, heat_versions(session, row.id))


def find_contest(ctx: Context, name: str | None = None, campaign: str | None = None) -> int:
    """The contest of that name, or the only contest of the campaign (default: the latest)."""
    campaign_id = find_campaign(ctx, campaign).id
    with ctx.uow.reading() as session:
        contests = list(
            session.scalars(
                select(t.ContestRow)
                .join(t.PhaseRow, t.PhaseRow.id == t.ContestRow.phase_id)
                .where(t.PhaseRow.campaign_id == campaign_id)
                .order_by(t.ContestRow.id)
            )
        )
        if name is not None:
            named = [c for c in contests if b.name_key(c.name) == b.name_key(name)]
            if not named:
                raise NotFound("not_found.contest", value=name.strip())
            return named[0].id
        if not contests:
            raise NotFound("bracket.no_contest")
        if len(contests) > 1:
            raise DomainError("contest.which_one", names=", ".join(c.name for c in contests))
        return contests[0].id


def contest_run(ctx: Context, contest_id: int) -> ContestRun:
    """The contest as recorded."""
    with ctx.uow.reading() as session:
        row = contest_row(session, contest_id)
        return _run(session, row, load_state(session, row))


def _ref(row: t.ContestRow) -> ObjectRef:
    return ObjectRef(ObjectKind.CONTEST, row.id, row.name)


def _heats(state: b.ContestState, rnd: b.Round) -> JsonValue:
    if rnd.walkover is not None:
        return state.name(rnd.walkover)
    return [[state.name(e) for e in heat.entrant_ids] for heat in rnd.heats]


def _changing(
    work: Work, contest_id: int, seen: int | None = None
) -> tuple[t.ContestRow, b.ContestState]:
    """The locked contest and its state; refused when `seen` (the contest's) is old."""
    work.require(Right.RUN_CONTEST)
    row = contest_row(work.session, contest_id, lock=True)
    check_contest_seen(work, row, seen)
    return row, load_state(work.session, row)


def _given(row: t.ContestRow) -> tuple[int, ...]:
    """The places whose prize is ticked as handed out."""
    ticks = (row.prize_1_given, row.prize_2_given, row.prize_3_given)
    return tuple(place for place, given in enumerate(ticks, 1) if given)


def _check_final_open(row: t.ContestRow, state: b.ContestState, round_number: int) -> None:
    """Refuse a result of the final once a prize is handed out: the podium is given away."""
    places = _given(row)
    last = state.last_round
    if places and last is not None and last.is_final and round_number == last.number:
        raise DomainError(
            "contest.prizes_handed_out", field="seconds", count=len(places),
            places=", ".join(map(str, places)),
            places_zh="、".join(map(str, places)),
        )  # fmt: skip


def _check_ticks_stay(row: t.ContestRow, old: b.ContestState, new: b.ContestState) -> None:
    """A handed-out prize belongs to the person it was handed to: no change may move it."""
    before, after = b.standing(old).podium, b.standing(new).podium
    for place in _given(row):
        holder = before[place - 1]
        if holder is not None and after[place - 1] != holder:
            raise DomainError("contest.prize_would_move", place=place, name=old.name(holder))


def _done(work: Work, row: t.ContestRow, state: b.ContestState) -> ContestRun:
    write_standing(work.session, row.id, state)
    work.changed(ChangeKind.CONTEST, [row.id], row.phase_id)
    return _run(work.session, row, state)


def draw_round(
    ctx: Context, contest_id: int, seed: int | None = None, *, seen_version: int | None = None
) -> ContestRun:
    """Draw the first or the next round (the final when it is due) with a stored seed."""
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        rnd = b.draw_round(state, b.new_seed() if seed is None else seed)
        new = b.with_round(state, rnd)
        write_round(work.session, row.id, rnd, raise_versions(work, row))
        work.record(
            Action.DRAW, _ref(row),
            after={"round": rnd.number, "seed": rnd.seed, "final": rnd.is_final,
                   "heats": _heats(new, rnd)},
            phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def redraw_round(
    ctx: Context, contest_id: int, seed: int | None = None, *, seen_version: int | None = None
) -> ContestRun:
    """Draw the round drawn last again (only before any of its results), recorded."""
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        old = state.rounds[-1] if state.rounds else None
        rnd = b.redraw_round(state, b.new_seed() if seed is None else seed)
        new = b.with_round(state, rnd)
        write_round(work.session, row.id, rnd, raise_versions(work, row))
        before: dict[str, JsonValue] = (
            {"round": old.number, "seed": old.seed, "heats": _heats(state, old)} if old else {}
        )
        work.record(
            Action.REDRAW, _ref(row), before=before,
            after={"round": rnd.number, "seed": rnd.seed, "heats": _heats(new, rnd)},
            phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def record_result(
    ctx: Context,
    contest_id: int,
    heat: str,
    name: str,
    result: str | b.Result,
    *,
    seen_version: int | None = None,
) -> ContestRun:
    """Enter or correct a time (to 0.01 s), DNF or DQ, until the next round is drawn.

    `seen_version` is the heat's version the person was shown (``ContestRun.heat_version``).
    """
    with writing(ctx) as work:
        row, state = _changing(work, contest_id)
        round_number, heat_number = b.parse_heat(heat, state)
        entrant = b.find_entrant(state, name)
        new = b.record_result(state, round_number, heat_number, entrant.id, result)
        _check_final_open(row, state, round_number)
        label = b.heat_id(round_number, heat_number)
        heat_stored = heat_row(work.session, row.id, round_number, heat_number)
        old = state.result(round_number, entrant.id)
        now = new.result(round_number, entrant.id)
        check_heat_seen(
            work, heat_stored, seen_version, label,
            "—" if old is None else str(old), (entrant.name, str(now)),
        )  # fmt: skip
        raise_versions(work, row, (heat_stored,))
        entry = heat_entry(work.session, row.id, round_number, entrant.id)
        entry.seconds, entry.mark = result_columns(now)
        work.record(
            Action.RESULT, ObjectRef(ObjectKind.ENTRANT, entrant.id, entrant.name),
            before={"heat": label, "result": str(old)} if old is not None else None,
            after={"heat": label, "result": str(now)}, phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def clear_result(
    ctx: Context, contest_id: int, heat: str, name: str, *, seen_version: int | None = None
) -> ContestRun:
    """Take back a result typed against the wrong name (in the round drawn last).

    `seen_version` is the heat's version the person was shown.
    """
    with writing(ctx) as work:
        row, state = _changing(work, contest_id)
        round_number, heat_number = b.parse_heat(heat, state)
        entrant = b.find_entrant(state, name)
        old = state.result(round_number, entrant.id)
        new = b.clear_result(state, round_number, heat_number, entrant.id)
        if old is None:
            return _run(work.session, row, state)
        _check_final_open(row, state, round_number)
        heat_stored = heat_row(work.session, row.id, round_number, heat_number)
        check_heat_seen(
            work, heat_stored, seen_version, b.heat_id(round_number, heat_number),
            str(old), (entrant.name, "—"),
        )  # fmt: skip
        raise_versions(work, row, (heat_stored,))
        entry = heat_entry(work.session, row.id, round_number, entrant.id)
        entry.seconds, entry.mark = None, None
        work.record(
            Action.RESULT, ObjectRef(ObjectKind.ENTRANT, entrant.id, entrant.name),
            before={"heat": b.heat_id(round_number, heat_number), "result": str(old)},
            phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def withdraw_entrant(
    ctx: Context, contest_id: int, name: str, *, seen_version: int | None = None
) -> ContestRun:
    """Take somebody out (withdrawn, or did not show up) before their round is raced."""
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        entrant = b.find_entrant(state, name)
        new = b.withdraw(state, entrant.id)
        withdrawal = new.withdrawal(entrant.id)
        assert withdrawal is not None
        raise_versions(work, row)  # its heats take no result until the round is drawn again
        entrant_row = work.session.get(t.ContestEntrantRow, entrant.id)
        assert entrant_row is not None
        entrant_row.withdrawn_before_round = withdrawal.before_round
        work.record(
            Action.WITHDRAW, ObjectRef(ObjectKind.ENTRANT, entrant.id, entrant.name),
            after={"before_round": withdrawal.before_round}, phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def decide_tie(
    ctx: Context,
    contest_id: int,
    names: Iterable[str],
    way: b.TieBreak | str,
    *,
    seen_version: int | None = None,
) -> ContestRun:
    """Record the organiser's choice for an open tie: a re-run, or earlier registration."""
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        ids = [b.find_entrant(state, n).id for n in names]
        new = b.decide_tie(state, ids, b.TieBreak(way))
        _check_ticks_stay(row, state, new)
        raise_versions(work, row)
        write_tie(work.session, row.id, new, len(new.decisions) - 1)
        decision = new.decisions[-1]
        work.record(
            Action.TIE, _ref(row),
            after={"round": decision.round, "way": decision.way.value,
                   "entrants": [new.name(e) for e in sorted(decision.entrant_ids)]},
            phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def record_rerun_result(
    ctx: Context,
    contest_id: int,
    name: str,
    result: str | b.Result,
    *,
    seen_version: int | None = None,
) -> ContestRun:
    """Enter or correct a time of the re-run the organiser chose for a tie."""
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        entrant = b.find_entrant(state, name)
        new = b.record_rerun_result(state, entrant.id, result)
        _check_ticks_stay(row, state, new)  # a re-run for place 3 may go on beside prize 1
        raise_versions(work, row)
        index = next(i for i, (o, n) in enumerate(zip(state.decisions, new.decisions, strict=True))
                     if o != n)  # fmt: skip
        write_tie(work.session, row.id, new, index)
        now = new.decisions[index].rerun_results[entrant.id]
        work.record(
            Action.RESULT, ObjectRef(ObjectKind.ENTRANT, entrant.id, entrant.name),
            after={"rerun": str(now)}, phase_id=row.phase_id,
        )  # fmt: skip
        return _done(work, row, new)


def hand_out_prize(
    ctx: Context,
    contest_id: int,
    place: int,
    given: bool = True,
    *,
    seen_version: int | None = None,
) -> ContestRun:
    """Tick (or untick) that the prize of place 1, 2 or 3 was handed out."""
    if place not in (1, 2, 3):
        raise DomainError("contest.no_such_place", field="place", value=place)
    with writing(ctx) as work:
        row, state = _changing(work, contest_id, seen_version)
        winner = b.standing(state).podium[place - 1]
        if winner is None:
            raise DomainError("contest.place_not_decided", field="place", place=place)
        column = f"prize_{place}_given"
        before = getattr(row, column)
        if before == given:
            return _run(work.session, row, state)
        setattr(row, column, given)
        # the person it went to, so the history says who got it (a tick never moves)
        work.record(
            Action.UPDATE, _ref(row), before={column: before},
            after={column: given, "entrant": state.name(winner)}, phase_id=row.phase_id,
        )  # fmt: skip
        raise_versions(work, row)
        return _done(work, row, state)
