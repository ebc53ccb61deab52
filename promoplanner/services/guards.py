"""Who may change which flyer items, and until when: the one rule the services and grid ask.

What a role may do is data (table role_right, read by services/write.py); this module
applies the two item rights to one phase: "change any item" (the planning department)
and "change the items of one's own floors until the deadline" (buyers), with the
deadline reopened for a buyer when a planner said so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from promoplanner.core.errors import (
    DeadlinePassed,
    NotAllowed,
    NotFound,
    NotSignedIn,
    PromoError,
)
from promoplanner.core.i18n import WordList, Words
from promoplanner.core.model import FlyerItem
from promoplanner.core.people import Person, Right
from promoplanner.services.context import Context
from promoplanner.services.write import Work, rights_of
from promoplanner.storage import tables as t


def items_lock_at(session: Session, phase_id: int) -> datetime | None:
    """When buyers' items of the phase become read-only: its first deadline."""
    return session.scalar(
        select(func.min(t.DeadlineRow.due)).where(t.DeadlineRow.phase_id == phase_id)
    )


def reopened_until(session: Session, phase_id: int, buyer_id: int | None) -> datetime | None:
    """Until when a planner reopened the phase for this buyer (or for every buyer), if at all."""
    if buyer_id is None:
        return None
    return session.scalar(
        select(func.max(t.DeadlineReopeningRow.until)).where(
            t.DeadlineReopeningRow.phase_id == phase_id,
            or_(
                t.DeadlineReopeningRow.buyer_id.is_(None),
                t.DeadlineReopeningRow.buyer_id == buyer_id,
            ),
        )
    )


@dataclass(frozen=True)
class ItemRights:
    """What the signed-in person may change in one phase, read once for a whole table."""

    signed_in: bool
    edit_all: bool = False  # Right.EDIT_ALL_ITEMS
    edit_own: bool = False  # Right.EDIT_OWN_ITEMS
    buyer_id: int | None = None  # None also when the person has no buyer record
    buyer_floor_ids: frozenset[int] = frozenset()
    lock_at: datetime | None = None
    reopened_until: datetime | None = None
    floor_codes: tuple[tuple[int, str], ...] = ()
    user: str = ""
    roles: WordList = field(default_factory=WordList)

    def refusal_for(
        self, floor_id: int, owner_id: int | None, now: datetime, *, claiming: bool = False
    ) -> PromoError | None:
        """Why an item on that floor, of that buyer, may not be changed now, or None.

        `claiming` is for values being saved as the item's buyer (adding an item, setting
        its buyer): a buyer must then name themselves. A buyer's item stays theirs: handing
        it to nobody would let any buyer of the floor change it, and handing it to a
        colleague is the planning department's call.
        """
        refused = self._person_refusal()
        if refused is not None or self.edit_all:
            return refused
        if floor_id not in self.buyer_floor_ids:
            code = dict(self.floor_codes).get(floor_id, floor_id)
            return NotAllowed("rights.not_your_floor", field="floor_id", floor=code)
        if owner_id not in (None, self.buyer_id):
            return NotAllowed("rights.not_your_item")
        if self.locked(now):
            return self._deadline_error()
        if claiming and owner_id is None:
            return NotAllowed("rights.keep_yourself", field="buyer_id")
        return None

    def refusal(self, item: FlyerItem, now: datetime) -> PromoError | None:
        """The error the services would raise for a change to this item now, or None."""
        return self.refusal_for(item.floor_id, item.buyer_id, now)

    def lock_error(self, now: datetime) -> PromoError | None:
        """Why the person may change no item of the phase at all now (rights, deadline)."""
        refused = self._person_refusal()
        if refused is None and not self.edit_all and self.locked(now):
            return self._deadline_error()
        return refused

    def locked(self, now: datetime) -> bool:
        """Whether the deadline has passed for this person (and no reopening still runs)."""
        if self.lock_at is None or now < self.lock_at:
            return False
        return self.reopened_until is None or now >= self.reopened_until

    def _person_refusal(self) -> PromoError | None:
        if not self.signed_in:
            return NotSignedIn("people.not_signed_in")
        if self.edit_all:
            return None
        if not self.edit_own:
            return NotAllowed(
                "rights.missing", user=self.user, roles=self.roles,
                right=Words(f"right.{Right.EDIT_OWN_ITEMS.value}"),
            )  # fmt: skip
        if self.buyer_id is None:
            return NotFound("not_found.buyer")
        return None

    def _deadline_error(self) -> PromoError:
        assert self.lock_at is not None
        return DeadlinePassed("rights.deadline_passed", due=self.lock_at.strftime("%Y-%m-%d %H:%M"))


def read_rights(
    session: Session,
    person: Person | None,
    phase_id: int,
    *,
    rights: frozenset[Right] | None = None,
    floor_codes: bool = True,
) -> ItemRights:
    """The person's rights over the phase's items as stored now.

    Without floor_codes a refusal names a floor by its id (see guard_item_change).
    """
    if person is None:
        return ItemRights(signed_in=False)
    held = rights_of(session, person) if rights is None else rights
    roles = WordList(*(Words(f"role.{r.value}") for r in sorted(person.roles)))
    if Right.EDIT_ALL_ITEMS in held or Right.EDIT_OWN_ITEMS not in held:
        return ItemRights(
            signed_in=True, edit_all=Right.EDIT_ALL_ITEMS in held, user=person.name, roles=roles
        )
    buyer = session.scalar(select(t.BuyerRow).where(t.BuyerRow.person_id == person.id))
    if buyer is None or not buyer.active:
        return ItemRights(signed_in=True, edit_own=True, user=person.name, roles=roles)
    return ItemRights(
        signed_in=True,
        edit_own=True,
        roles=roles,
        buyer_id=buyer.id,
        buyer_floor_ids=frozenset(f.id for f in buyer.floors),
        lock_at=items_lock_at(session, phase_id),
        reopened_until=reopened_until(session, phase_id, buyer.id),
        floor_codes=_floor_codes(session) if floor_codes else (),
        user=person.name,
    )


def _floor_codes(session: Session, *ids: int) -> tuple[tuple[int, str], ...]:
    what = select(t.FloorRow.id, t.FloorRow.code)
    if ids:
        what = what.where(t.FloorRow.id.in_(ids))
    return tuple((r.id, r.code) for r in session.execute(what))


def item_rights(ctx: Context, phase_id: int) -> ItemRights:
    """The signed-in person's rights over the phase's items, read once for a whole table."""
    with ctx.uow.reading() as session:
        return read_rights(session, ctx.actor, phase_id)


def work_rights(work: Work, phase_id: int) -> ItemRights:
    """The rights of the person making this change over the phase's items."""
    return read_rights(work.session, work.person, phase_id, rights=work.rights, floor_codes=False)


def guard_item_change(
    work: Work,
    rights: ItemRights,
    floor_id: int,
    owner_id: int | None,
    *,
    claiming: bool = False,
) -> None:
    """Planners change any item; buyers only their floors' items before the deadline.

    With claiming, owner_id is the buyer being saved on the item (ItemRights.refusal_for).
    """
    refused = rights.refusal_for(floor_id, owner_id, work.now, claiming=claiming)
    if refused is not None and refused.key == "rights.not_your_floor":
        # Floor codes are read only for the refusal that names one, not on every change.
        named = replace(rights, floor_codes=_floor_codes(work.session, floor_id))
        refused = named.refusal_for(floor_id, owner_id, work.now, claiming=claiming)
    if refused is not None:
        raise refused
