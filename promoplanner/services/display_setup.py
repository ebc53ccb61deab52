"""Setting up the display check: the floor's walking order, scale labels and items' PLUs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.people import Right
from promoplanner.core.scale_label import ScalePattern, clean_plu, parse_scale_pattern, plu_key
from promoplanner.services.context import Context
from promoplanner.services.display import scale_pattern_of, walk_positions
from promoplanner.services.write import writing
from promoplanner.storage import tables as t


def set_walk_order(ctx: Context, floor_id: int, department_ids: Sequence[int]) -> None:
    """The order the floor manager walks the floor's departments in (first to last)."""
    with writing(ctx) as work:
        work.require(Right.RECORD_CHECKS)
        session = work.session
        floor = session.get(t.FloorRow, floor_id)
        if floor is None:
            raise NotFound("not_found.floor", value=floor_id)
        own = {d.id: d for d in session.scalars(
            select(t.DepartmentRow).where(t.DepartmentRow.floor_id == floor_id))}  # fmt: skip
        ids = list(department_ids)
        if len(set(ids)) != len(ids) or not set(ids) <= set(own):
            raise DomainError("walk.not_this_floor", field="departments", floor=floor.code)
        before = {str(d): p for d, p in walk_positions(session).items() if d in own}
        for row in session.scalars(
            select(t.WalkOrderRow).where(t.WalkOrderRow.department_id.in_(list(own)))
        ):
            session.delete(row)
        session.flush()
        for position, department_id in enumerate(ids, 1):
            session.add(t.WalkOrderRow(department_id=department_id, position=position))
        after = {str(d): p for p, d in enumerate(ids, 1)}
        ref = ObjectRef(ObjectKind.FLOOR, floor_id, f"{floor.code} walk")
        work.record(Action.UPDATE, ref, before=before, after=after)
        work.changed(ChangeKind.CHECKS, [floor_id])


def set_scale_pattern(ctx: Context, pattern: str) -> ScalePattern:
    """Which digits of the store's scale labels hold the PLU (e.g. 2 PPPPP VVVVV C)."""
    parsed = parse_scale_pattern(pattern)
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = work.session.get(t.ScaleSettingRow, 1)
        before = {"pattern": row.pattern} if row is not None else None
        if row is None:
            row = t.ScaleSettingRow(id=1, pattern=parsed.text)
            work.session.add(row)
        row.pattern = parsed.text
        work.record(Action.UPDATE, ObjectRef(ObjectKind.STORE, 1, "scale labels"),
                    before=before, after={"pattern": parsed.text})  # fmt: skip
        work.changed(ChangeKind.CHECKS)
        return parsed


def set_item_plu(ctx: Context, item_id: int, plu: str) -> str:
    """An item's PLU on the store's scales ('' takes it away); one item per PLU in a phase."""
    with writing(ctx) as work:
        work.require(Right.EDIT_ALL_ITEMS)
        session = work.session
        item = session.get(t.FlyerItemRow, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFound("not_found.item", value=item_id)
        cleaned = clean_plu(plu, scale_pattern_of(session))
        row = session.get(t.ItemPluRow, item_id)
        if cleaned:
            same_phase = session.scalars(
                select(t.ItemPluRow)
                .join(t.FlyerItemRow, t.FlyerItemRow.id == t.ItemPluRow.item_id)
                .where(t.FlyerItemRow.phase_id == item.phase_id, t.ItemPluRow.item_id != item_id)
            )
            if any(plu_key(r.plu) == plu_key(cleaned) for r in same_phase):
                raise DomainError("plu.taken", field="plu", value=cleaned)
        before = {"plu": row.plu if row else ""}
        if row is not None and not cleaned:
            session.delete(row)
        elif row is None and cleaned:
            session.add(t.ItemPluRow(item_id=item_id, plu=cleaned))
        elif row is not None:
            row.plu = cleaned
        ref = ObjectRef(ObjectKind.ITEM, item_id, item.name)
        work.record(Action.UPDATE, ref, before=before, after={"plu": cleaned},
                    phase_id=item.phase_id)  # fmt: skip
        work.changed(ChangeKind.ITEMS, [item_id], item.phase_id)
        return cleaned
