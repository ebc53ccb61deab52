"""Items carried over from an earlier campaign: a draft list each buyer confirms.

A carried item is an ordinary item of the new phase (it counts against the quotas and is
checked like any other) with a mark, shown by the rule check, until its buyer (or the
planning department) confirms it; confirming is allowed as changing the item is.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import NotFound
from promoplanner.services.context import Context
from promoplanner.services.guards import guard_item_change, work_rights
from promoplanner.services.write import writing
from promoplanner.storage import tables as t


def carried_items(ctx: Context, phase_id: int) -> frozenset[int]:
    """Ids of the phase's items still to be confirmed."""
    with ctx.uow.reading() as session:
        return frozenset(
            session.scalars(
                select(t.CarriedItemRow.item_id)
                .join(t.FlyerItemRow, t.FlyerItemRow.id == t.CarriedItemRow.item_id)
                .where(t.FlyerItemRow.phase_id == phase_id)
            )
        )


def confirm_items(
    ctx: Context, phase_id: int, item_ids: Iterable[int] | None = None, floor_id: int | None = None
) -> int:
    """Confirm carried-over items of a phase (all, those of a floor, or those named).

    A buyer confirms the items they may change (their own floors', before the deadline):
    without ids, those among all; with ids, a refusal of any one confirms none.
    """
    wanted = set(item_ids) if item_ids is not None else None
    with writing(ctx) as work:
        session = work.session
        if session.get(t.PhaseRow, phase_id) is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        rows = session.execute(
            select(t.FlyerItemRow)
            .join(t.CarriedItemRow, t.CarriedItemRow.item_id == t.FlyerItemRow.id)
            .where(t.FlyerItemRow.phase_id == phase_id, t.FlyerItemRow.deleted_at.is_(None))
            .order_by(t.FlyerItemRow.id)
        ).scalars()
        items = [
            i
            for i in rows
            if (wanted is None or i.id in wanted) and (floor_id is None or i.floor_id == floor_id)
        ]
        rights = work_rights(work, phase_id)
        if wanted is None:  # "all": those the person may change (none after the deadline)
            locked = rights.lock_error(work.now)
            if locked is not None:
                raise locked
            items = [
                i for i in items if rights.refusal_for(i.floor_id, i.buyer_id, work.now) is None
            ]
        for item in items:
            guard_item_change(work, rights, item.floor_id, item.buyer_id)
        ids = [i.id for i in items]
        if not ids:
            return 0
        session.execute(delete(t.CarriedItemRow).where(t.CarriedItemRow.item_id.in_(ids)))
        for item in items:
            work.record(
                Action.UPDATE,
                ObjectRef(ObjectKind.ITEM, item.id, item.name),
                {"to_confirm": True},
                {"to_confirm": False},
                phase_id=phase_id,
            )
        work.changed(ChangeKind.ITEMS, ids, phase_id)
        return len(ids)
