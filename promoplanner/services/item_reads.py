"""Reading flyer items for tables: which items a query matches, in the database's order.

Only live items are read; a deleted item stays in its table for its history and restore.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from promoplanner.core.errors import NotFound
from promoplanner.core.model import FlyerItem
from promoplanner.services.context import Context
from promoplanner.storage import convert
from promoplanner.storage import tables as t


def get_item(ctx: Context, item_id: int) -> FlyerItem:
    """One item as it is now (also a deleted one: its deleted_at says so)."""
    with ctx.uow.reading() as session:
        row = session.get(t.FlyerItemRow, item_id)
        if row is None:
            raise NotFound("not_found.item", value=item_id)
        return convert.item(row)


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
    what = what.where(c.phase_id == query.phase_id, c.deleted_at.is_(None))
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
    if column is c.name:  # by pinyin, as people look a name up (李 before 王, 3M before 安)
        column = c.name_order
    return (column.desc() if query.descending else column.asc()), c.id


def items_by_id(ctx: Context, ids: Iterable[int]) -> dict[int, FlyerItem]:
    """The items with those ids as they are now (deleted ones too), in one query."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    table = t.FlyerItemRow.__table__
    with ctx.uow.reading() as session:
        rows = session.execute(select(table).where(table.c.id.in_(wanted))).mappings()
        return {r["id"]: convert.item_from_mapping(r) for r in rows}


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


def item_ids(ctx: Context, query: ItemQuery) -> list[int]:
    """The ids the query matches, in its order (to find an item's row in a long table)."""
    table = t.FlyerItemRow.__table__
    what = filtered(query, select(table.c.id)).order_by(*order_by(query))
    with ctx.uow.reading() as session:
        return list(session.scalars(what))
