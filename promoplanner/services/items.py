"""Buyers' and planners' work on flyer items: add, change, delete and restore, one at a time.

Each change is checked whole before a row is touched: every field typed (all problems of
the row said at once), references looked up, prices and barcode checked, the person's
rights and deadline applied, and the version the person saw compared with the row's.
Only then are rows written, with their history. Deletes are soft: the row stays, marked,
so a restore brings back the very item with its zone links and display checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from promoplanner.core.audit import (
    Action,
    ObjectKind,
    ObjectRef,
    changed_only,
    json_value,
    values_of,
)
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound, PromoError
from promoplanner.core.fields import ITEM_VALUES, REQUIRED_FIELDS, FieldsRefused, parse_item_values
from promoplanner.core.model import FlyerItem
from promoplanner.core.validation import check_prices
from promoplanner.services.context import Context
from promoplanner.services.guards import ItemRights, guard_item_change, work_rights
from promoplanner.services.item_reads import ItemQuery, count_items, get_item, list_items
from promoplanner.services.lookup import StoreLookup
from promoplanner.services.write import Work, check_seen, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

REFERENCES = ("floor_id", "department_id", "buyer_id")
# The reads live in item_reads; screens find them here beside the changes.
__all__ = [
    "ItemQuery", "add_item", "count_items", "delete_item", "get_item", "list_items",
    "restore_item", "update_item",
]  # fmt: skip


@dataclass
class Checking:
    """What checking a block of items reads once: the store, rights, barcodes in the phase."""

    work: Work
    phase: t.PhaseRow
    rights: ItemRights
    lookup: StoreLookup
    # barcode -> (item id, name) of the phase's live items, for the barcodes being checked
    taken: dict[str, tuple[int, str]] = field(default_factory=dict)
    # barcode -> the row of this block that carries it (1-based)
    in_block: dict[str, int] = field(default_factory=dict)


def start_checking(work: Work, phase_id: int, barcodes: Sequence[str] = ()) -> Checking:
    """Read what checking items of the phase needs, once for however many rows."""
    phase = work.session.get(t.PhaseRow, phase_id)
    if phase is None:
        raise NotFound("not_found.phase", value=phase_id, known="")
    checking = Checking(work, phase, work_rights(work, phase_id), StoreLookup(work.session))
    checking.taken = barcode_owners(work.session, phase_id, barcodes)
    return checking


def barcode_owners(
    session: Session, phase_id: int, barcodes: Sequence[str]
) -> dict[str, tuple[int, str]]:
    """Which live item of the phase carries each of the barcodes (read in chunks)."""
    wanted = sorted({b for b in barcodes if b})
    found: dict[str, tuple[int, str]] = {}
    c = t.FlyerItemRow.__table__.c
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(c.barcode, c.id, c.name).where(
                c.phase_id == phase_id, c.deleted_at.is_(None), c.barcode.in_(chunk)
            )
        )
        found.update({r.barcode: (r.id, r.name) for r in rows})
    return found


def checked_new(
    checking: Checking, values: Mapping[str, object], row_number: int = 1
) -> dict[str, object]:
    """The typed values of a new item, or the refusal listing every problem of the row."""
    person = checking.work.person
    fields = dict(values)
    if "buyer_id" not in fields and person is not None and person.buyer_id is not None:
        fields["buyer_id"] = person.buyer_id  # a buyer's new item is theirs
    problems: list[DomainError] = []
    typed = _typed(fields, problems)
    for name in REQUIRED_FIELDS:
        if typed.get(name) in (None, "") and not any(p.field == name for p in problems):
            problems.append(DomainError("input.required", field=name))
    _resolve(checking, typed, problems)
    _check_item(checking, typed, None, problems, row_number)
    _raise(problems)
    full = {name: typed.get(name, _DEFAULTS.get(name)) for name in ITEM_VALUES}
    floor_id, buyer_id = full["floor_id"], full["buyer_id"]
    assert isinstance(floor_id, int) and (buyer_id is None or isinstance(buyer_id, int))
    guard_item_change(checking.work, checking.rights, floor_id, buyer_id, claiming=True)
    return full


def checked_change(
    checking: Checking,
    row: t.FlyerItemRow,
    changes: Mapping[str, object],
    seen: int | None,
    row_number: int = 1,
) -> dict[str, object]:
    """The typed changes of an item (only what differs), or the refusal of them."""
    work = checking.work
    guard_item_change(work, checking.rights, row.floor_id, row.buyer_id)
    problems: list[DomainError] = []
    typed = _typed(dict(changes), problems)
    _resolve(checking, typed, problems, default_floor=row.floor_id)
    merged = {name: getattr(row, name) for name in ITEM_VALUES} | typed
    _check_item(checking, merged, row.id, problems, row_number, changed=set(typed))
    _raise(problems)
    differs = {k: v for k, v in typed.items() if getattr(row, k) != v}
    if "floor_id" in differs or "buyer_id" in differs:
        guard_item_change(
            work, checking.rights, merged["floor_id"], merged["buyer_id"],  # type: ignore[arg-type]
            claiming="buyer_id" in differs,
        )  # fmt: skip
    check_seen(work, row, seen, item_ref(row), differs or typed)
    return differs


_DEFAULTS: dict[str, object] = {
    "barcode": "", "spec": "", "unit": "", "sensitive": False, "photo": "", "notes": "",
}  # fmt: skip


def _typed(values: dict[str, object], problems: list[DomainError]) -> dict[str, object]:
    try:
        return parse_item_values(values)
    except FieldsRefused as refused:
        problems.extend(refused.problems)
    except DomainError as error:
        problems.append(error)
    # Keep what did parse, so the other checks still speak about the good fields.
    good = {}
    for key, value in values.items():
        with suppress(DomainError):
            good.update(parse_item_values({key: value}))
    return good


def _resolve(
    checking: Checking,
    typed: dict[str, object],
    problems: list[DomainError],
    default_floor: int | None = None,
) -> None:
    lookup = checking.lookup
    try:
        if "floor_id" in typed:
            typed["floor_id"] = lookup.floor(typed["floor_id"])
    except DomainError as error:
        problems.append(error)
        typed.pop("floor_id", None)
    floor_id = typed.get("floor_id", default_floor)
    for key, find in (
        ("department_id", lambda v: lookup.department(v, floor_id)),  # type: ignore[arg-type]
        ("buyer_id", lookup.buyer),
    ):
        if key in typed:
            try:
                typed[key] = find(typed[key])
            except DomainError as error:
                problems.append(error)
                typed.pop(key, None)


def _check_item(
    checking: Checking,
    values: Mapping[str, object],
    item_id: int | None,
    problems: list[DomainError],
    row_number: int,
    changed: set[str] | None = None,
) -> None:
    """Prices, department on its floor, barcode once in the phase (and once in the block)."""

    def concerns(*names: str) -> bool:
        return changed is None or any(n in changed for n in names)

    regular, promo = values.get("regular_price"), values.get("promo_price")
    if (
        isinstance(regular, Decimal)
        and isinstance(promo, Decimal)
        and concerns("regular_price", "promo_price")
    ):
        try:
            check_prices(regular, promo)
        except DomainError as error:
            problems.append(error)
    department, floor = values.get("department_id"), values.get("floor_id")
    if (
        isinstance(department, int)
        and floor is not None  # an unknown floor is said once, not again as a mismatch
        and concerns("department_id", "floor_id")
        and checking.lookup.departments[department].floor_id != floor
    ):
        problems.append(DomainError("input.department_not_on_floor", field="department_id"))
    barcode = values.get("barcode")
    if isinstance(barcode, str) and barcode and concerns("barcode"):
        problem = _barcode_problem(checking, barcode, item_id, row_number)
        if problem is not None:
            problems.append(problem)


def _barcode_problem(
    checking: Checking, barcode: str, item_id: int | None, row_number: int
) -> DomainError | None:
    owner = checking.taken.get(barcode)
    if owner is not None and owner[0] != item_id:
        return DomainError("input.barcode_twice", field="barcode", barcode=barcode, other=owner[1])
    other = checking.in_block.setdefault(barcode, row_number)
    if other != row_number:
        return DomainError(
            "items.barcode_twice_in_block", field="barcode", barcode=barcode, other=other
        )
    return None


def _raise(problems: list[DomainError]) -> None:
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise FieldsRefused(problems)


def item_ref(item: FlyerItem | t.FlyerItemRow) -> ObjectRef:
    """How the history names an item: its name and barcode."""
    label = f"{item.name} ({item.barcode})" if item.barcode else item.name
    return ObjectRef(ObjectKind.ITEM, item.id, label)


def item_values(item: FlyerItem | t.FlyerItemRow) -> dict:
    """The item's fields as the history writes them."""
    return values_of(item, ITEM_VALUES)


def insert_items(checking: Checking, rows: Sequence[dict[str, object]]) -> list[t.FlyerItemRow]:
    """Write new items already checked by checked_new, with their history (one flush)."""
    work = checking.work
    made = [
        t.FlyerItemRow(
            phase_id=checking.phase.id, created_at=work.now, updated_at=work.now, **values
        )
        for values in rows
    ]
    work.session.add_all(made)
    work.session.flush()
    for row in made:
        work.record(Action.CREATE, item_ref(row), after=item_values(row), phase_id=row.phase_id)
    work.changed(ChangeKind.ITEMS, [r.id for r in made], checking.phase.id)
    return made


def insert_item_values(checking: Checking, rows: Sequence[Mapping[str, object]]) -> list[int]:
    """Write many new items checked by checked_new in one statement, with their history.

    The same rows and history as insert_items without an ORM object per item (a head
    office's sheet of 50,000 rows); returns the new ids in the rows' order.
    """
    work = checking.work
    if not rows:
        return []
    stamp = {"phase_id": checking.phase.id, "created_at": work.now, "updated_at": work.now}
    values = [{**row, **stamp, "version": 1} for row in rows]
    item = t.FlyerItemRow
    ids = list(
        work.session.scalars(
            insert(item.__table__).returning(item.id, sort_by_parameter_order=True),  # type: ignore[arg-type]
            values,
        )
    )
    for ident, row in zip(ids, rows, strict=True):
        name, barcode = str(row["name"]), str(row.get("barcode") or "")
        label = f"{name} ({barcode})" if barcode else name
        after = {key: json_value(row.get(key)) for key in ITEM_VALUES}
        work.record(Action.CREATE, ObjectRef(ObjectKind.ITEM, ident, label), after=after,
                    phase_id=checking.phase.id)  # fmt: skip
    work.changed(ChangeKind.ITEMS, ids, checking.phase.id)
    return ids


def apply_change(work: Work, row: t.FlyerItemRow, differs: Mapping[str, object]) -> None:
    """Write changes already checked by checked_change, with their history."""
    if not differs:
        return
    before = item_values(row)
    for key, value in differs.items():
        setattr(row, key, value)
    row.updated_at = work.now
    old, new = changed_only(before, item_values(row))
    work.record(Action.UPDATE, item_ref(row), old, new, phase_id=row.phase_id)
    work.changed(ChangeKind.ITEMS, [row.id], row.phase_id)


def live_row(session: Session, item_id: int, *, for_update: bool = True) -> t.FlyerItemRow:
    """The item's row, refused when it does not exist or was deleted (locked for the change)."""
    row = session.get(t.FlyerItemRow, item_id, with_for_update=for_update)
    if row is None:
        raise NotFound("not_found.item", value=item_id)
    if row.deleted_at is not None:
        raise DomainError("items.deleted_already", name=row.name)
    return row


def add_item(ctx: Context, phase_id: int, values: Mapping[str, object]) -> FlyerItem:
    """Put a new special-price item on a phase's flyer."""
    with writing(ctx) as work:
        checking = start_checking(work, phase_id, [barcode_of(values)])
        (row,) = insert_items(checking, [checked_new(checking, values)])
        return convert.item(row)


def update_item(
    ctx: Context,
    item_id: int,
    changes: Mapping[str, object],
    *,
    seen_version: int | None = None,
) -> FlyerItem:
    """Change some fields of an item; all or none of the changes are kept.

    `seen_version` is the version the person loaded: if somebody changed the item since,
    the change is refused with both values (core.errors.Conflict).
    """
    with writing(ctx) as work:
        row = live_row(work.session, item_id)
        checking = start_checking(work, row.phase_id, [barcode_of(changes)])
        apply_change(work, row, checked_change(checking, row, changes, seen_version))
        work.session.flush()
        return convert.item(row)


def delete_item(ctx: Context, item_id: int, *, seen_version: int | None = None) -> FlyerItem:
    """Take an item off the flyer (the row stays, marked deleted); returns what it was."""
    with writing(ctx) as work:
        row = live_row(work.session, item_id)
        check_delete(work, work_rights(work, row.phase_id), row, seen_version)
        (gone,) = mark_deleted(work, [row])
        return gone


def check_delete(work: Work, rights: ItemRights, row: t.FlyerItemRow, seen: int | None) -> None:
    """Refuse the delete unless the person may change the item and saw its latest version."""
    guard_item_change(work, rights, row.floor_id, row.buyer_id)
    check_seen(work, row, seen, item_ref(row), {"deleted_at": work.now})


def mark_deleted(work: Work, rows: Sequence[t.FlyerItemRow]) -> list[FlyerItem]:
    """Mark checked items deleted, with their history; returns what they were."""
    gone = []
    for row in rows:
        gone.append(convert.item(row))
        row.deleted_at, row.deleted_by = work.now, work.person.id if work.person else None
        work.record(Action.DELETE, item_ref(row), before=item_values(row), phase_id=row.phase_id)
        work.changed(ChangeKind.ITEMS, [row.id], row.phase_id)
    work.session.flush()
    return gone


def restore_item(ctx: Context, item_id: int) -> FlyerItem:
    """Bring a deleted item back: the very row, with its zone links and display checks."""
    with writing(ctx) as work:
        row = deleted_row(work.session, item_id)
        checking = start_checking(work, row.phase_id, [row.barcode])
        check_restore(checking, row)
        (back,) = mark_restored(work, [row])
        return back


def deleted_row(session: Session, item_id: int) -> t.FlyerItemRow:
    """A deleted item's row (locked for its restore), refused when it is not deleted."""
    row = session.get(t.FlyerItemRow, item_id, with_for_update=True)
    if row is None:
        raise NotFound("not_found.item", value=item_id)
    if row.deleted_at is None:
        raise DomainError("items.not_deleted", name=row.name)
    return row


def check_restore(checking: Checking, row: t.FlyerItemRow, row_number: int = 1) -> None:
    """Refuse the restore as an addition would be refused (rights, deadline, barcode taken)."""
    guard_item_change(checking.work, checking.rights, row.floor_id, row.buyer_id)
    problems: list[DomainError] = []
    _check_item(checking, item_values_typed(row), row.id, problems, row_number, {"barcode"})
    _raise(problems)


def mark_restored(work: Work, rows: Sequence[t.FlyerItemRow]) -> list[FlyerItem]:
    """Bring checked items back, with their history."""
    for row in rows:
        row.deleted_at, row.deleted_by = None, None
        row.updated_at = work.now
        work.record(Action.RESTORE, item_ref(row), after=item_values(row), phase_id=row.phase_id)
        work.changed(ChangeKind.ITEMS, [row.id], row.phase_id)
    work.session.flush()
    return [convert.item(r) for r in rows]


def item_values_typed(row: t.FlyerItemRow) -> dict[str, object]:
    """The row's own typed values by field name."""
    return {name: getattr(row, name) for name in ITEM_VALUES}


def barcode_of(values: Mapping[str, object]) -> str:
    try:
        return str(parse_item_values({"barcode": values["barcode"]})["barcode"])
    except (KeyError, PromoError):
        return ""
