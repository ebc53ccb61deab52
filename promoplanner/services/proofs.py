"""Flyer proof versions: each printed proof is numbered so paper can be matched to data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from promoplanner.core.enums import Role
from promoplanner.core.errors import NotFound
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class FlyerProof:
    """One printed proof of a phase's flyer: its version, when, and how many items."""

    id: int
    phase_id: int
    version: int
    made_at: datetime
    item_count: int


def _value(row: t.FlyerProofRow) -> FlyerProof:
    return FlyerProof(row.id, row.phase_id, row.version, row.made_at, row.item_count)


def add_proof(session: Session, phase_id: int, item_count: int, made_at: datetime) -> FlyerProof:
    """Record the next proof version inside the caller's transaction."""
    last = session.scalar(
        select(func.max(t.FlyerProofRow.version)).where(t.FlyerProofRow.phase_id == phase_id)
    )
    row = t.FlyerProofRow(
        phase_id=phase_id, version=(last or 0) + 1, made_at=made_at, item_count=item_count
    )
    session.add(row)
    session.flush()  # the unique (phase, version) constraint refuses a racing duplicate here
    return _value(row)


def record_proof(ctx: Context, phase_id: int) -> FlyerProof:
    """Record a new proof of the phase's flyer with its current item count."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        if session.get(t.PhaseRow, phase_id) is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        count = session.scalar(
            select(func.count(t.FlyerItemRow.id)).where(t.FlyerItemRow.phase_id == phase_id)
        )
        return add_proof(session, phase_id, count or 0, ctx.clock.now())


def list_proofs(ctx: Context, phase_id: int) -> list[FlyerProof]:
    """The proofs printed of a phase's flyer, oldest first."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.FlyerProofRow)
            .where(t.FlyerProofRow.phase_id == phase_id)
            .order_by(t.FlyerProofRow.version)
        )
        return [_value(r) for r in rows]
