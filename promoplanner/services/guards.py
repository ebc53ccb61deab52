"""Rights and deadlines: who may change what, and until when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from promoplanner.core.enums import Role
from promoplanner.core.errors import DeadlinePassed, NotAllowed, NotFound
from promoplanner.services.context import Context
from promoplanner.storage import tables as t


def require_role(ctx: Context, *roles: Role) -> None:
    """Refuse unless the actor has one of the roles."""
    if ctx.actor.role not in roles:
        raise NotAllowed(f"rights.role_{ctx.actor.role.value}")


def items_lock_at(session: Session, phase_id: int) -> datetime | None:
    """When buyers' items of the phase become read-only: its first deadline."""
    return session.scalar(
        select(func.min(t.DeadlineRow.due)).where(t.DeadlineRow.phase_id == phase_id)
    )


def guard_item_change(
    ctx: Context, session: Session, phase_id: int, floor_id: int, owner_id: int | None
) -> None:
    """Planners change any item; buyers only their floors' items before the deadline."""
    role = ctx.actor.role
    if role is Role.PLANNER:
        return
    if role is not Role.BUYER:
        raise NotAllowed("rights.items_buyers_only")
    buyer = session.get(t.BuyerRow, ctx.actor.buyer_id) if ctx.actor.buyer_id else None
    if buyer is None:
        raise NotFound("not_found.buyer")
    if floor_id not in {f.id for f in buyer.floors}:
        floor = session.get(t.FloorRow, floor_id)
        raise NotAllowed(
            "rights.not_your_floor", field="floor_id", floor=floor.code if floor else floor_id
        )
    if owner_id not in (None, buyer.id):
        raise NotAllowed("rights.not_your_item")
    lock = items_lock_at(session, phase_id)
    if lock is not None and ctx.clock.now() >= lock:
        raise DeadlinePassed("rights.deadline_passed", due=lock.strftime("%Y-%m-%d %H:%M"))
