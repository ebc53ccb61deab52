"""Buyers' and planners' work on flyer items: add, change, remove, list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.fields import parse_item_field
from promoplanner.core.model import FlyerItem
from promoplanner.core.validation import check_prices
from promoplanner.services.context import Context
from promoplanner.services.guards import guard_item_change
from promoplanner.storage import convert
from promoplanner.storage import tables as t

REFERENCES = ("floor_id", "department_id", "buyer_id")


def add_item(ctx: Context, phase_id: int, values: Mapping[str, object]) -> FlyerItem:
    """Put a new special-price item on a phase's flyer."""
    with ctx.uow.transaction() as session:
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id)
        row = t.FlyerItemRow(
            phase_id=phase_id, sensitive=False, spec="", unit="", photo="", notes="", barcode=""
        )
        fields = dict(values)
        if "buyer_id" not in fields and ctx.actor.buyer_id is not None:
            fields["buyer_id"] = ctx.actor.buyer_id
        for key in ("name", "regular_price", "promo_price", "floor_id"):
            if fields.get(key) in (None, ""):
                raise DomainError("input.required", field=key)
        _apply(session, row, fields)
        guard_item_change(ctx, session, phase_id, row.floor_id, row.buyer_id, claiming=True)
        now = ctx.clock.now()
        row.created_at = row.updated_at = now
        session.add(row)
        session.flush()
        return convert.item(row)


def update_item(ctx: Context, item_id: int, changes: Mapping[str, object]) -> FlyerItem:
    """Change some fields of an item; all or none of the changes are kept."""
    with ctx.uow.transaction() as session:
        row = session.get(t.FlyerItemRow, item_id)
        if row is None:
            raise NotFound("not_found.item", value=item_id)
        guard_item_change(ctx, session, row.phase_id, row.floor_id, row.buyer_id)
        _apply(session, row, changes)
        if "floor_id" in changes or "buyer_id" in changes:
            claiming = "buyer_id" in changes  # a buyer may set only themselves as the buyer
            guard_item_change(
                ctx, session, row.phase_id, row.floor_id, row.buyer_id, claiming=claiming
            )
        row.updated_at = ctx.clock.now()
        session.flush()
        return convert.item(row)


def delete_item(ctx: Context, item_id: int) -> FlyerItem:
    """Take an item off the flyer; returns what it was, so it can be put back."""
    with ctx.uow.transaction() as session:
        row = session.get(t.FlyerItemRow, item_id)
        if row is None:
            raise NotFound("not_found.item", value=item_id)
        guard_item_change(ctx, session, row.phase_id, row.floor_id, row.buyer_id)
        gone = convert.item(row)
        session.delete(row)
        return gone


def get_item(ctx: Context, item_id: int) -> FlyerItem:
    """One item as it is now."""
    with ctx.uow.reading() as session:
        row = session.get(t.FlyerItemRow, item_id)
        if row is None:
            raise NotFound("not_found.item", value=item_id)
        return convert.item(row)


def _apply(session: Session, row: t.FlyerItemRow, changes: Mapping[str, object]) -> None:
    for key, value in changes.items():
        if key in REFERENCES:
            setattr(row, key, _reference(session, key, value))
        else:
            setattr(row, key, parse_item_field(key, value))
    check_prices(row.regular_price, row.promo_price)
    if row.department_id is not None:
        dept = session.get(t.DepartmentRow, row.department_id)
        if dept is None or dept.floor_id != row.floor_id:
            raise DomainError("input.department_not_on_floor", field="department_id")
    if row.barcode:
        twin = session.scalar(
            select(t.FlyerItemRow.name).where(
                t.FlyerItemRow.phase_id == row.phase_id,
                t.FlyerItemRow.barcode == row.barcode,
                t.FlyerItemRow.id != (row.id or 0),
            )
        )
        if twin is not None:
            raise DomainError(
                "input.barcode_twice", field="barcode", barcode=row.barcode, other=twin
            )


def _reference(session: Session, key: str, value: object) -> int | None:
    if value in (None, ""):
        if key == "floor_id":
            raise DomainError("input.required", field=key)
        return None
    table = {"floor_id": t.FloorRow, "department_id": t.DepartmentRow, "buyer_id": t.BuyerRow}[key]
    try:
        ident = int(str(value))
    except ValueError:
        raise DomainError("input.unknown_reference", field=key, value=value) from None
    if session.get(table, ident) is None:
        raise DomainError("input.unknown_reference", field=key, value=value)
    return ident


@dataclass(frozen=True)
class ItemQuery:
    """Which items a table shows, and in what order."""

    phase_id: int
    floor_id: int | None = None
    buyer_id: int | None = None
    text: str = ""
    sort: str = "id"
    descending: bool = False


SORTABLE = {
    "id",
    "name",
    "barcode",
    "spec",
    "unit",
    "regular_price",
    "promo_price",
    "tier",
    "sensitive",
    "display_form",
    "floor_id",
    "buyer_id",
    "department_id",
    "updated_at",
}


def filtered(query: ItemQuery, what: Select) -> Select:
    """The query limited to the phase, floor, buyer and text asked for."""
    c = t.FlyerItemRow.__table__.c
    what = what.where(c.phase_id == query.phase_id)
    if query.floor_id is not None:
        what = what.where(c.floor_id == query.floor_id)
    if query.buyer_id is not None:
        what = what.where(c.buyer_id == query.buyer_id)
    if query.text.strip():
        # What is typed is text, not a pattern: % and _ match themselves.
        typed = query.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{typed}%"
        what = what.where(
            or_(
                *(
                    column.ilike(like, escape="\\")
                    for column in (c.name, c.barcode, c.spec, c.notes)
                )
            )
        )
    return what


def order_by(query: ItemQuery) -> tuple:
    """The ORDER BY of the query: its sort column, then id so equal values keep one order."""
    c = t.FlyerItemRow.__table__.c
    column = c[query.sort if query.sort in SORTABLE else "id"]
    return (column.desc() if query.descending else column.asc()), c.id


def count_items(ctx: Context, query: ItemQuery) -> int:
    """How many items the query matches."""
    table = t.FlyerItemRow.__table__
    with ctx.uow.reading() as session:
        return session.scalar(filtered(query, select(func.count()).select_from(table))) or 0


def list_items(
    ctx: Context, query: ItemQuery, offset: int = 0, limit: int | None = None
) -> list[FlyerItem]:
    """A page of matching items, sorted by the database (fast for large phases)."""
    table = t.FlyerItemRow.__table__
    what = filtered(query, select(table)).order_by(*order_by(query)).offset(offset)
    if limit is not None:
        what = what.limit(limit)
    with ctx.uow.reading() as session:
        return [convert.item_from_mapping(r) for r in session.execute(what).mappings()]
