"""Rights and deadlines: who may change what, and until when."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from promoplanner.core.enums import Role
from promoplanner.core.errors import DeadlinePassed, NotAllowed, NotFound, PromoError
from promoplanner.core.model import FlyerItem
from promoplanner.services.context import Actor, Context
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


@dataclass(frozen=True)
class ItemRights:
    """What the acting person may change in one phase: the one rule the services and grid ask."""

    role: Role
    buyer_id: int | None  # None also when the actor's buyer is no longer in the store
    buyer_floor_ids: frozenset[int] = frozenset()
    lock_at: datetime | None = None
    floor_codes: tuple[tuple[int, str], ...] = ()

    def refusal_for(
        self, floor_id: int, owner_id: int | None, now: datetime, *, claiming: bool = False
    ) -> PromoError | None:
        """Why an item on that floor, of that buyer, may not be changed now, or None.

        `claiming` is for values being saved as the item's buyer (adding an item, setting
        its buyer): a buyer must then name themselves. A buyer's item stays theirs: handing
        it to nobody would let any buyer of the floor change it, and handing it to a
        colleague is the planning department's call.
        """
        refused = self._actor_refusal()
        if refused is not None or self.role is Role.PLANNER:
            return refused
        if floor_id not in self.buyer_floor_ids:
            code = dict(self.floor_codes).get(floor_id, floor_id)
            return NotAllowed("rights.not_your_floor", field="floor_id", floor=code)
        if owner_id not in (None, self.buyer_id):
            return NotAllowed("rights.not_your_item")
        if self._locked(now):
            return self._deadline_error()
        if claiming and owner_id != self.buyer_id:
            return NotAllowed("rights.not_your_item", field="buyer_id")
        return None

    def refusal(self, item: FlyerItem, now: datetime) -> PromoError | None:
        """The error the services would raise for a change to this item now, or None."""
        return self.refusal_for(item.floor_id, item.buyer_id, now)

    def lock_error(self, now: datetime) -> PromoError | None:
        """Why the actor may change no item of the phase at all now (role or deadline), or None."""
        refused = self._actor_refusal()
        if refused is None and self.role is not Role.PLANNER and self._locked(now):
            return self._deadline_error()
        return refused

    def _actor_refusal(self) -> PromoError | None:
        if self.role is Role.PLANNER:
            return None
        if self.role is not Role.BUYER:
            return NotAllowed("rights.items_buyers_only")
        if self.buyer_id is None:
            return NotFound("not_found.buyer")
        return None

    def _locked(self, now: datetime) -> bool:
        return self.lock_at is not None and now >= self.lock_at

    def _deadline_error(self) -> PromoError:
        assert self.lock_at is not None
        return DeadlinePassed("rights.deadline_passed", due=self.lock_at.strftime("%Y-%m-%d %H:%M"))


def read_rights(
    session: Session, actor: Actor, phase_id: int, *, floor_codes: bool = True
) -> ItemRights:
    """The actor's rights over the phase's items as stored now (no query for non-buyers).

    Without floor_codes a refusal names a floor by its id (see guard_item_change).
    """
    if actor.role is not Role.BUYER:
        return ItemRights(role=actor.role, buyer_id=actor.buyer_id)
    buyer = session.get(t.BuyerRow, actor.buyer_id) if actor.buyer_id else None
    if buyer is None:
        return ItemRights(role=actor.role, buyer_id=None)
    return ItemRights(
        role=actor.role,
        buyer_id=buyer.id,
        buyer_floor_ids=frozenset(f.id for f in buyer.floors),
        lock_at=items_lock_at(session, phase_id),
        floor_codes=_floor_codes(session) if floor_codes else (),
    )


def _floor_codes(session: Session, *ids: int) -> tuple[tuple[int, str], ...]:
    what = select(t.FloorRow.id, t.FloorRow.code)
    if ids:
        what = what.where(t.FloorRow.id.in_(ids))
    return tuple((r.id, r.code) for r in session.execute(what))


def item_rights(ctx: Context, phase_id: int) -> ItemRights:
    """The acting person's rights over the phase's items, read once for a whole table."""
    with ctx.uow.reading() as session:
        return read_rights(session, ctx.actor, phase_id)


def guard_item_change(
    ctx: Context,
    session: Session,
    phase_id: int,
    floor_id: int,
    owner_id: int | None,
    *,
    claiming: bool = False,
) -> None:
    """Planners change any item; buyers only their floors' items before the deadline.

    With claiming, owner_id is the buyer being saved on the item (ItemRights.refusal_for).
    """
    now = ctx.clock.now()
    rights = read_rights(session, ctx.actor, phase_id, floor_codes=False)
    refused = rights.refusal_for(floor_id, owner_id, now, claiming=claiming)
    if refused is not None and refused.key == "rights.not_your_floor":
        # Floor codes are read only for the refusal that names one, not on every change.
        named = replace(rights, floor_codes=_floor_codes(session, floor_id))
        refused = named.refusal_for(floor_id, owner_id, now, claiming=claiming)
    if refused is not None:
        raise refused
