"""The store's floors and their departments: add, rename, reorder, retire (or delete unused).

A floor or department in use (by quotas, items, zones, checks or buyers) is retired, never
deleted: old campaigns and the history keep naming it, but pickers and new campaigns no
longer offer it. One not used anywhere is deleted; either way the history keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, func, select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Department, Floor
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_count
from promoplanner.services.context import Context
from promoplanner.services.write import Work, check_seen, note_update, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

FLOOR_FIELDS = ("code", "name_en", "name_zh", "sort_order", "end_racks", "pile_spots", "retired_at")
DEPARTMENT_FIELDS = ("floor_id", "code", "name_en", "name_zh", "sort_order", "retired_at")


@dataclass(frozen=True)
class Removal:
    """What removing did: deleted (it was never used) or retired (kept for the history)."""

    label: str
    retired: bool


def floor_ref(row: t.FloorRow) -> ObjectRef:
    """How the history names a floor."""
    return ObjectRef(ObjectKind.FLOOR, row.id, f"{row.code} {row.name_zh or row.name_en}")


def department_ref(row: t.DepartmentRow) -> ObjectRef:
    """How the history names a department."""
    return ObjectRef(ObjectKind.DEPARTMENT, row.id, row.name_zh or row.name_en or row.code)


def floor_code(value: str) -> str:
    """A floor's code as the store writes it: 1F, B1, 2F (ASCII letters upper-cased)."""
    code = clean_text(value, "code", required=True, limit=16)
    if any(ch.isspace() for ch in code):
        raise DomainError("store.floor_code_spaces", field="code", code=code)
    return "".join(ch.upper() if ch.isascii() else ch for ch in code)


def names(name: str, name_en: str = "", field: str = "name") -> tuple[str, str]:
    """(Chinese, English) names: a name typed once serves both languages."""
    shown = clean_text(name, field, required=True)
    english = clean_text(name_en, "name_en") or shown
    return shown, english


# --- floors ------------------------------------------------------------------------------
def add_floor(
    ctx: Context,
    code: str,
    name: str,
    name_en: str = "",
    end_racks: int | str = 0,
    pile_spots: int | str = 0,
) -> Floor:
    """A new floor of the store, after the others."""
    typed = floor_code(code), *names(name, name_en)
    racks = parse_count(end_racks, "end_racks", 0, 10_000)
    piles = parse_count(pile_spots, "pile_spots", 0, 10_000)
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        return convert.floor(new_floor(work, *typed, racks, piles))


def new_floor(
    work: Work, code: str, name_zh: str, name_en: str, end_racks: int = 0, pile_spots: int = 0
) -> t.FloorRow:
    """Add a floor in the change under way (its input already checked)."""
    session = work.session
    _refuse_taken_code(session, code)
    order = session.scalar(select(func.max(t.FloorRow.sort_order))) or 0
    has_floors = session.scalar(select(func.count()).select_from(t.FloorRow))
    row = t.FloorRow(
        code=code,
        name_zh=name_zh,
        name_en=name_en,
        sort_order=order + 1 if has_floors else 0,
        end_racks=end_racks,
        pile_spots=pile_spots,
    )
    session.add(row)
    session.flush()
    work.record(Action.CREATE, floor_ref(row), after=row_values(row, FLOOR_FIELDS))
    work.changed(ChangeKind.STORE, [row.id])
    return row


def _refuse_taken_code(session, code: str, but: int | None = None) -> None:
    other = session.scalar(
        select(t.FloorRow).where(func.lower(t.FloorRow.code) == code.lower(), t.FloorRow.id != but)
    )
    if other is not None:
        key = "store.floor_code_retired" if other.retired_at else "store.floor_code_taken"
        raise DomainError(key, field="code", code=other.code)


def rename_floor(
    ctx: Context,
    floor_id: int,
    *,
    code: str | None = None,
    name: str | None = None,
    name_en: str | None = None,
    seen_version: int | None = None,
) -> Floor:
    """Change a floor's code or names (a name typed once serves both languages)."""
    new_code = floor_code(code) if code is not None else None
    new_names = names(name, name_en or "") if name is not None else None
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _floor(work, floor_id)
        if new_code is not None:
            _refuse_taken_code(work.session, new_code, but=row.id)
        mine = {"code": new_code, "name_zh": new_names[0] if new_names else None}
        check_seen(work, row, seen_version, floor_ref(row), {k: v for k, v in mine.items() if v})
        before = row_values(row, FLOOR_FIELDS)
        if new_code is not None:
            row.code = new_code
        if new_names is not None:
            row.name_zh, row.name_en = new_names
        work.session.flush()
        note_update(work, floor_ref(row), before, row_values(row, FLOOR_FIELDS), ChangeKind.STORE)
        return convert.floor(row)


def move_floor(ctx: Context, floor_id: int, steps: int) -> Floor:
    """Move a floor up (steps < 0) or down the store's order."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _floor(work, floor_id)
        rows = list(
            work.session.scalars(
                select(t.FloorRow).order_by(t.FloorRow.sort_order, t.FloorRow.code)
            )
        )
        reorder(work, rows, row, steps, floor_ref, FLOOR_FIELDS)
        return convert.floor(row)


def remove_floor(ctx: Context, floor_id: int, *, seen_version: int | None = None) -> Removal:
    """Delete a floor nothing uses; retire one in use. The last floor in use stays."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        session = work.session
        row = _floor(work, floor_id)
        if row.retired_at is not None:
            raise DomainError("store.floor_retired_already", code=row.code)
        others = session.scalar(
            select(func.count())
            .select_from(t.FloorRow)
            .where(t.FloorRow.id != row.id, t.FloorRow.retired_at.is_(None))
        )
        if not others:
            raise DomainError("store.last_floor", code=row.code)
        check_seen(work, row, seen_version, floor_ref(row), {"retired_at": work.now})
        label = f"{row.code} {row.name_zh}"
        if floor_in_use(session, row.id):
            before = row_values(row, FLOOR_FIELDS)
            row.retired_at = work.now
            session.flush()
            note_update(
                work, floor_ref(row), before, row_values(row, FLOOR_FIELDS), ChangeKind.STORE
            )
            return Removal(label, retired=True)
        for department in list(row.departments):
            work.record(
                Action.DELETE,
                department_ref(department),
                before=row_values(department, DEPARTMENT_FIELDS),
            )
            session.delete(department)
        work.record(Action.DELETE, floor_ref(row), before=row_values(row, FLOOR_FIELDS))
        work.changed(ChangeKind.STORE, [row.id])
        session.delete(row)
        return Removal(label, retired=False)


def restore_floor(ctx: Context, floor_id: int) -> Floor:
    """Offer a retired floor again."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _floor(work, floor_id)
        before = row_values(row, FLOOR_FIELDS)
        row.retired_at = None
        work.session.flush()
        note_update(work, floor_ref(row), before, row_values(row, FLOOR_FIELDS), ChangeKind.STORE)
        return convert.floor(row)


def floor_in_use(session, floor_id: int) -> bool:
    """Whether a quota, item, zone, display check, buyer or used department names the floor."""
    checks = (
        exists().where(t.FloorQuotaRow.floor_id == floor_id),
        exists().where(t.FlyerItemRow.floor_id == floor_id),
        exists().where(t.DisplayZoneRow.floor_id == floor_id),
        exists().where(t.DisplayCheckRow.floor_id == floor_id),
        exists().where(t.buyer_floor.c.floor_id == floor_id),
    )
    return any(session.scalar(select(check)) for check in checks)


def _floor(work: Work, floor_id: int) -> t.FloorRow:
    row = work.session.get(t.FloorRow, floor_id, with_for_update=True)
    if row is None:
        raise NotFound("not_found.floor", value=floor_id)
    return row


# --- departments -------------------------------------------------------------------------
def add_department(ctx: Context, floor: int | str, name: str, name_en: str = "") -> Department:
    """A new department on a floor (given by id or code), after the floor's others."""
    typed = names(name, name_en)
    code = floor_code(floor) if isinstance(floor, str) else None
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = floor_of_department(work, floor if code is None else code)
        return convert.department(new_department(work, row, *typed))


def floor_of_department(work: Work, floor: int | str) -> t.FloorRow:
    """The floor a department goes on; a department on no (or a retired) floor is refused."""
    session = work.session
    if isinstance(floor, int):
        row = session.get(t.FloorRow, floor)
    else:
        row = session.scalar(select(t.FloorRow).where(func.lower(t.FloorRow.code) == floor.lower()))
    if row is None or row.retired_at is not None:
        known = session.scalars(
            select(t.FloorRow.code)
            .where(t.FloorRow.retired_at.is_(None))
            .order_by(t.FloorRow.sort_order)
        ).all()
        raise DomainError(
            "store.department_no_floor",
            field="floor",
            floor=floor or "—",
            known=", ".join(known) or "—",
        )
    return row


def new_department(work: Work, floor: t.FloorRow, name_zh: str, name_en: str) -> t.DepartmentRow:
    """Add a department in the change under way (its input already checked)."""
    session = work.session
    siblings = list(
        session.scalars(select(t.DepartmentRow).where(t.DepartmentRow.floor_id == floor.id))
    )
    for other in siblings:
        if name_zh.lower() in (other.name_zh.lower(), other.name_en.lower()):
            raise DomainError(
                "store.department_name_taken", field="name", name=name_zh, floor=floor.code
            )
    row = t.DepartmentRow(
        floor_id=floor.id,
        code=_department_code(name_en, {d.code for d in siblings}),
        name_zh=name_zh,
        name_en=name_en,
        sort_order=max((d.sort_order for d in siblings), default=-1) + 1,
    )
    session.add(row)
    session.flush()
    work.record(Action.CREATE, department_ref(row), after=row_values(row, DEPARTMENT_FIELDS))
    work.changed(ChangeKind.STORE, [row.id])
    return row


def _department_code(name_en: str, taken: set[str]) -> str:
    """A code for sheets and imports: the English name as a word, else d1, d2 …"""
    slug = re.sub(r"[^a-z0-9]+", "_", name_en.lower()).strip("_")[:32] if name_en.isascii() else ""
    if slug and slug not in taken:
        return slug
    n = len(taken) + 1
    while f"d{n}" in taken:
        n += 1
    return f"d{n}"


def rename_department(
    ctx: Context,
    department_id: int,
    name: str,
    name_en: str = "",
    *,
    seen_version: int | None = None,
) -> Department:
    """Change a department's names."""
    name_zh, english = names(name, name_en)
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _department(work, department_id)
        for other in row.floor.departments:
            if other.id != row.id and name_zh.lower() in (
                other.name_zh.lower(),
                other.name_en.lower(),
            ):
                raise DomainError(
                    "store.department_name_taken", field="name", name=name_zh, floor=row.floor.code
                )
        check_seen(work, row, seen_version, department_ref(row), {"name_zh": name_zh})
        before = row_values(row, DEPARTMENT_FIELDS)
        row.name_zh, row.name_en = name_zh, english
        work.session.flush()
        note_update(
            work, department_ref(row), before, row_values(row, DEPARTMENT_FIELDS), ChangeKind.STORE
        )
        return convert.department(row)


def move_department(ctx: Context, department_id: int, steps: int) -> Department:
    """Move a department up (steps < 0) or down its floor's order."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _department(work, department_id)
        rows = sorted(row.floor.departments, key=lambda d: (d.sort_order, d.id))
        reorder(work, rows, row, steps, department_ref, DEPARTMENT_FIELDS)
        return convert.department(row)


def remove_department(
    ctx: Context, department_id: int, *, seen_version: int | None = None
) -> Removal:
    """Delete a department nothing uses; retire one that items or buyers name."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        session = work.session
        row = _department(work, department_id)
        if row.retired_at is not None:
            raise DomainError("store.department_retired_already", name=row.name_zh)
        check_seen(work, row, seen_version, department_ref(row), {"retired_at": work.now})
        label = row.name_zh
        used = session.scalar(select(exists().where(t.FlyerItemRow.department_id == row.id)))
        used = used or session.scalar(
            select(exists().where(t.buyer_department.c.department_id == row.id))
        )
        if used:
            before = row_values(row, DEPARTMENT_FIELDS)
            row.retired_at = work.now
            session.flush()
            note_update(
                work,
                department_ref(row),
                before,
                row_values(row, DEPARTMENT_FIELDS),
                ChangeKind.STORE,
            )
            return Removal(label, retired=True)
        work.record(Action.DELETE, department_ref(row), before=row_values(row, DEPARTMENT_FIELDS))
        work.changed(ChangeKind.STORE, [row.id])
        session.delete(row)
        return Removal(label, retired=False)


def restore_department(ctx: Context, department_id: int) -> Department:
    """Offer a retired department again (its floor must be in use)."""
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = _department(work, department_id)
        if row.floor.retired_at is not None:
            raise DomainError("store.floor_retired", code=row.floor.code)
        before = row_values(row, DEPARTMENT_FIELDS)
        row.retired_at = None
        work.session.flush()
        note_update(
            work, department_ref(row), before, row_values(row, DEPARTMENT_FIELDS), ChangeKind.STORE
        )
        return convert.department(row)


def _department(work: Work, department_id: int) -> t.DepartmentRow:
    row = work.session.get(t.DepartmentRow, department_id, with_for_update=True)
    if row is None:
        raise NotFound("store.no_department", value=department_id)
    return row


def reorder(work: Work, rows: Sequence, row, steps: int, ref, fields) -> None:
    """Put `row` `steps` places further in `rows` and number them all 0, 1, 2 …"""
    order = [r for r in rows if r is not row]
    position = max(0, min(len(order), list(rows).index(row) + steps))
    order.insert(position, row)
    for number, each in enumerate(order):
        if each.sort_order != number:
            before = row_values(each, fields)
            each.sort_order = number
            work.session.flush()
            note_update(work, ref(each), before, row_values(each, fields), ChangeKind.STORE)
