"""Small reads for what the screens show after every change: a phase's floor counters and the
next deadline, each a few queries however many items the phase holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select

from promoplanner.core.model import BuyerDeadline, Phase
from promoplanner.core.progress import FloorProgress
from promoplanner.services.context import Context
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class PhaseCounters:
    """A phase's floors against their quotas, and its deadlines soonest first."""

    phase: Phase
    floors: tuple[FloorProgress, ...]
    deadlines: tuple[BuyerDeadline, ...]


def phase_counters(ctx: Context, phase_id: int) -> PhaseCounters:
    """Items and price-sensitive items per floor (counted by the database), quotas, deadlines.

    The same floors, in the same order, as core.progress.floor_progress on a snapshot:
    those with a quota or live items in the phase.
    """
    item = t.FlyerItemRow.__table__.c
    with ctx.uow.reading() as session:
        row = session.get(t.PhaseRow, phase_id)
        if row is None:
            raise LookupError(phase_id)
        phase = convert.phase(row)
        counts = {
            floor_id: (items, sensitive or 0)
            for floor_id, items, sensitive in session.execute(
                select(
                    item.floor_id,
                    func.count(),
                    func.sum(case((item.sensitive.is_(True), 1), else_=0)),
                )
                .where(item.phase_id == phase_id, item.deleted_at.is_(None))
                .group_by(item.floor_id)
            )
        }
        quota_rows = session.scalars(
            select(t.FloorQuotaRow).where(t.FloorQuotaRow.phase_id == phase_id)
        )
        quotas = {q.floor_id: convert.quota(q) for q in quota_rows}
        deadlines = tuple(
            convert.deadline(d)
            for d in session.scalars(
                select(t.DeadlineRow)
                .where(t.DeadlineRow.phase_id == phase_id)
                .order_by(t.DeadlineRow.due)
            )
        )
        floors = queries.floors(session)
    rows = []
    for floor in floors:
        quota = quotas.get(floor.id)
        items, sensitive = counts.get(floor.id, (0, 0))
        if quota is None and not items:
            continue
        rows.append(FloorProgress(phase, floor, quota, items, int(sensitive)))
    return PhaseCounters(phase, tuple(rows), deadlines)


def next_deadline(ctx: Context, campaign_id: int, now: datetime) -> BuyerDeadline | None:
    """The campaign's first deadline still ahead of now (one query)."""
    d = t.DeadlineRow
    with ctx.uow.reading() as session:
        row = session.scalars(
            select(d)
            .join(t.PhaseRow, t.PhaseRow.id == d.phase_id)
            .where(t.PhaseRow.campaign_id == campaign_id, d.due > now)
            .order_by(d.due, d.id)
            .limit(1)
        ).first()
        return convert.deadline(row) if row is not None else None
