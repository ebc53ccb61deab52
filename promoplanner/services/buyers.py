"""The store's buyers: add, rename, reorder, retire; the floors and departments they buy for.

A buyer here is a record the items and checklists name; a planner gives a buyer an account
later (``people add NAME --role buyer`` links the record of the same name). A buyer's
floors include the floors of their departments, so the right to edit one's own floors'
items follows what the store says a buyer buys.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from promoplanner.core.audit import Action, JsonValue, ObjectKind, ObjectRef, json_value
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Buyer
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text
from promoplanner.services.context import Context
from promoplanner.services.floors import reorder
from promoplanner.services.write import Work, check_seen, note_update, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

BUYER_FIELDS = ("name", "active", "sort_order")


def buyer_ref(row: t.BuyerRow) -> ObjectRef:
    """How the history names a buyer."""
    return ObjectRef(ObjectKind.BUYER, row.id, row.name)


def _values(row: t.BuyerRow) -> dict[str, JsonValue]:
    values = row_values(row, BUYER_FIELDS)
    values["floors"] = json_value(sorted(f.code for f in row.floors))
    values["departments"] = json_value(sorted(d.name_zh for d in row.departments))
    return values


def buyer_name(value: str) -> str:
    """A buyer's name, as checked before anything is read."""
    return clean_text(value, "name", required=True, limit=100)


def add_buyer(
    ctx: Context,
    name: str,
    floors: Iterable[int | str] = (),
    departments: Iterable[int] = (),
) -> Buyer:
    """A new buyer, buying for the floors (ids or codes) and departments given."""
    shown = buyer_name(name)
    floor_refs, department_ids = list(floors), list(departments)
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        return convert.buyer(new_buyer(work, shown, floor_refs, department_ids))


def new_buyer(
    work: Work, name: str, floors: Iterable[int | str], departments: Iterable[int] = ()
) -> t.BuyerRow:
    """Add a buyer in the change under way."""
    session = work.session
    if session.scalar(select(t.BuyerRow.id).where(func.lower(t.BuyerRow.name) == name.lower())):
        raise DomainError("store.buyer_name_taken", field="name", name=name)
    floor_rows, department_rows = _buying(work, floors, departments)
    order = session.scalar(select(func.max(t.BuyerRow.sort_order))) or 0
    row = t.BuyerRow(name=name, active=True, sort_order=order + 1)
    row.floors, row.departments = floor_rows, department_rows
    session.add(row)
    session.flush()
    work.record(Action.CREATE, buyer_ref(row), after=_values(row))
    work.changed(ChangeKind.STORE, [row.id])
    return row


def _buying(
    work: Work, floors: Iterable[int | str], departments: Iterable[int]
) -> tuple[list[t.FloorRow], list[t.DepartmentRow]]:
    """The floors and departments a buyer buys for: floors in use, at least one."""
    session = work.session
    chosen: dict[int, t.FloorRow] = {}
    for ref in floors:
        if isinstance(ref, int):
            row = session.get(t.FloorRow, ref)
        else:
            row = session.scalar(
                select(t.FloorRow).where(func.lower(t.FloorRow.code) == str(ref).strip().lower())
            )
        if row is None:
            raise NotFound("not_found.floor", value=ref)
        if row.retired_at is not None:
            raise DomainError("store.floor_retired", field="floors", code=row.code)
        chosen[row.id] = row
    picked = []
    for department_id in departments:
        department = session.get(t.DepartmentRow, department_id)
        if department is None:
            raise NotFound("store.no_department", value=department_id)
        picked.append(department)
        chosen.setdefault(department.floor_id, department.floor)
    if not chosen:
        raise DomainError("store.buyer_needs_floor", field="floors")
    return sorted(chosen.values(), key=lambda f: f.sort_order), picked


def update_buyer(
    ctx: Context,
    buyer_id: int,
    *,
    name: str | None = None,
    floors: Iterable[int | str] | None = None,
    departments: Iterable[int] | None = None,
    seen_version: int | None = None,
) -> Buyer:
    """Rename a buyer, or change the floors and departments they buy for."""
    shown = buyer_name(name) if name is not None else None
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        session = work.session
        row = _buyer(work, buyer_id)
        if shown is not None and session.scalar(
            select(t.BuyerRow.id).where(
                func.lower(t.BuyerRow.name) == shown.lower(), t.BuyerRow.id != row.id
            )
        ):
            raise DomainError("store.buyer_name_taken", field="name", name=shown)
        check_seen(work, row, seen_version, buyer_ref(row), {"name": shown})
        before = _values(row)
        if floors is not None or departments is not None:
            row.floors, row.departments = _buying(
                work,
                floors if floors is not None else [f.id for f in row.floors],
                departments if departments is not None else [d.id for d in row.departments],
            )
        if shown is not None:
            row.name = shown
        flag_modified(row, "name")  # the links live in other tables; the version still rises
        session.flush()
        note_update(work, buyer_ref(row), before, _values(row), ChangeKind.STORE)
        return convert.buyer(row)


def move_buyer(ctx: Context, buyer_id: int, steps: int) -> Buyer:
    """Move a buyer up (steps < 0) or down the list."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _buyer(work, buyer_id)
        rows = list(
            work.session.scalars(
                select(t.BuyerRow).order_by(t.BuyerRow.sort_order, t.BuyerRow.name)
            )
        )
        reorder(work, rows, row, steps, buyer_ref, BUYER_FIELDS)
        return convert.buyer(row)


def set_buyer_active(ctx: Context, buyer_id: int, active: bool) -> Buyer:
    """Retire a buyer (their items keep naming them) or bring them back."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _buyer(work, buyer_id)
        before = _values(row)
        row.active = active
        work.session.flush()
        note_update(work, buyer_ref(row), before, _values(row), ChangeKind.STORE)
        return convert.buyer(row)


def _buyer(work: Work, buyer_id: int) -> t.BuyerRow:
    row = work.session.get(t.BuyerRow, buyer_id, with_for_update=True)
    if row is None:
        raise NotFound("store.no_buyer", value=buyer_id)
    return row
