"""Which version a change of a running contest checks, and raising the versions it moves.

The grain, chosen for the evening on the floor: a result (or taking one back) checks only
its heat's version, so two floor managers typing times for different heats of the same
round both land, while two typing into the same heat are told. Whatever reshapes the
bracket as a whole — a draw, a redraw, a withdrawal, a tie's decision, a re-run time, a
prize — checks the contest's version: those are rare, and each depends on every heat.

Every change raises the contest's version, a result its heat's too, so a draw or a redraw
made after a colleague's result is refused. A heat's version is the contest's version at
the heat's last change (its draw or its latest result): it never runs ahead of the
contest's, and a redrawn heat never carries a number somebody saw of the heat it replaced.
The contest's row is locked for every change (SQLite: the write lock), so the check and
the raise of two laptops cannot interleave.

Registering somebody and taking them off the list before the draw name no version: two
laptops registering two people both land (a twin is refused under the lock, a name taken
by the engine). They raise the contest's version all the same, so a draw made on a list
shown before them is refused, and one after a draw is refused by the engine: no draw
silently leaves out a person registered meanwhile.

A screen that shows the contest asks ``contest_stamp`` every few seconds (one small
query) and reads the contest again only when the stamp moved: that is how a board
learns of a change made on another PC.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.bracket import heat_id
from promoplanner.core.errors import Conflict
from promoplanner.core.i18n import Words, text
from promoplanner.services.context import Context
from promoplanner.services.write import Work
from promoplanner.storage import tables as t


def check_contest_seen(work: Work, row: t.ContestRow, seen: int | None) -> None:
    """Refuse a bracket change made on a copy of the contest older than the stored one.

    `seen` is the contest's version the person was shown (None: a one-shot command that
    reads and changes at once, which accepts the contest as it is now).
    """
    if seen is None or row.version == seen:
        return
    entrants = select(t.ContestEntrantRow.id).where(t.ContestEntrantRow.contest_id == row.id)
    who, when, what = _last_change(
        work.session,
        or_(
            and_(t.HistoryRow.object_kind == ObjectKind.CONTEST.value,
                 t.HistoryRow.object_id == row.id),
            and_(t.HistoryRow.object_kind == ObjectKind.ENTRANT.value,
                 t.HistoryRow.object_id.in_(entrants)),
            # somebody taken off the list has no row left; their phase names the contest
            and_(t.HistoryRow.object_kind == ObjectKind.ENTRANT.value,
                 t.HistoryRow.action == Action.DELETE.value,
                 t.HistoryRow.phase_id == row.phase_id),
        ),
    )  # fmt: skip
    raise Conflict(
        row.name, seen=seen, current=row.version, who=who, when=when, theirs={}, mine={},
        key="contest.changed_meanwhile", what=what,
    )  # fmt: skip


def check_heat_seen(
    work: Work, heat: t.HeatRow, seen: int | None, label: str, theirs: str, mine: tuple[str, str]
) -> None:
    """Refuse a result typed on a copy of the heat older than the stored one.

    `theirs` is the entrant's result stored now, `mine` (name, typed) what the person typed.
    """
    if seen is None or heat.version == seen:
        return
    in_heat = select(t.HeatEntryRow.entrant_id).where(t.HeatEntryRow.heat_id == heat.id)
    contest = select(t.ContestRoundRow.contest_id).where(t.ContestRoundRow.id == heat.round_id)
    who, when, what = _last_change(
        work.session,
        or_(
            and_(t.HistoryRow.object_kind == ObjectKind.ENTRANT.value,
                 t.HistoryRow.object_id.in_(in_heat), t.HistoryRow.action == Action.RESULT.value),
            # the heat drawn again on another PC: the draw is the contest's history
            and_(t.HistoryRow.object_kind == ObjectKind.CONTEST.value,
                 t.HistoryRow.object_id.in_(contest),
                 t.HistoryRow.action.in_([Action.DRAW.value, Action.REDRAW.value])),
        ),
    )  # fmt: skip
    name, typed = mine
    raise Conflict(
        label, seen=seen, current=heat.version, who=who, when=when,
        theirs={name: theirs}, mine={name: typed}, key="contest.heat_changed_meanwhile",
        what=what,
    )  # fmt: skip


def raise_versions(work: Work, row: t.ContestRow, heats: tuple[t.HeatRow, ...] = ()) -> int:
    """Raise the contest's version (and set the heats' to it); the new version."""
    flag_modified(row, "name")  # the change lives in other rows; the contest's version rises
    work.session.flush()
    for heat in heats:
        heat.version = row.version
    if heats:
        work.session.flush()
    return row.version


def _last_change(session: Session, where) -> tuple[str, str, Words | str]:
    """Who made the latest recorded change matching `where`, when, and what it was."""
    found = session.execute(
        select(t.HistoryRow.user_name, t.PersonRow.display_name, t.HistoryRow.at,
               t.HistoryRow.action, t.HistoryRow.label)
        .outerjoin(t.PersonRow, t.PersonRow.id == t.HistoryRow.person_id)
        .where(where)
        .order_by(t.HistoryRow.id.desc())
        .limit(1)
    ).first()  # fmt: skip
    if found is None:
        return text("conflict.unknown_person"), "—", "—"
    what = Words("contest.last_change", action=Words(f"action.{found.action}"), label=found.label)
    return (found.display_name or found.user_name), found.at.strftime("%Y-%m-%d %H:%M"), what


@dataclass(frozen=True)
class ContestStamp:
    """The contest's version and each drawn heat's: when it differs, something changed."""

    version: int
    heats: tuple[tuple[str, int], ...] = ()  # (label "2-3", version), by label


def contest_stamp(ctx: Context, contest_id: int) -> ContestStamp | None:
    """The contest's stamp as stored now, in one query (None when it is gone)."""
    with ctx.uow.reading() as session:
        rows = session.execute(
            select(t.ContestRow.version, t.ContestRoundRow.number, t.HeatRow.number,
                   t.HeatRow.version)
            .outerjoin(t.ContestRoundRow, t.ContestRoundRow.contest_id == t.ContestRow.id)
            .outerjoin(t.HeatRow, t.HeatRow.round_id == t.ContestRoundRow.id)
            .where(t.ContestRow.id == contest_id)
        ).all()  # fmt: skip
    if not rows:
        return None
    heats = {heat_id(rnd, n): v for _c, rnd, n, v in rows if n is not None}
    return ContestStamp(rows[0][0], tuple(sorted(heats.items())))
