"""Many flyer items at once (a pasted block, an undo of a multi-row delete), in one transaction."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotAllowed, NotFound, PromoError
from promoplanner.core.i18n import Language, text
from promoplanner.core.model import DisplayCheck, FlyerItem
from promoplanner.services import items as item_service
from promoplanner.services.context import Context
from promoplanner.services.guards import guard_item_change
from promoplanner.storage import convert
from promoplanner.storage import tables as t
from promoplanner.storage.uow import UnitOfWork

# Every field an item carries besides its id and phase, in the order a copy needs them.
ITEM_VALUES = (
    "name",
    "regular_price",
    "promo_price",
    "floor_id",
    "department_id",
    "buyer_id",
    "barcode",
    "spec",
    "unit",
    "tier",
    "sensitive",
    "display_form",
    "photo",
    "notes",
)
# How many refused rows a message lists before it only counts the rest.
REPORTED_ROWS = 20


class RowRefused(DomainError):
    """One row of a block was refused; the whole block was rolled back."""

    def __init__(self, row: int, cause: PromoError) -> None:
        self.row = row  # 1-based, counted in the block as the person gave it
        self.cause = cause
        super().__init__("bulk.row_refused", field=cause.field, row=row)

    def message(self, language: Language | str | None = None) -> str:
        """The row number and the reason, in the given (or current) language."""
        return text("bulk.row_refused", language, row=self.row, reason=self.cause.message(language))


class RowsRefused(RowRefused):
    """Several rows of a block were refused (each one listed); nothing of it was saved."""

    def __init__(self, refused: Sequence[RowRefused]) -> None:
        self.refused = list(refused)  # before the base class renders the message
        super().__init__(refused[0].row, refused[0].cause)

    def message(self, language: Language | str | None = None) -> str:
        """Each refused row with its reason (the first REPORTED_ROWS), then how many more."""
        lines = [
            text("bulk.row_reason", language, row=r.row, reason=r.cause.message(language))
            for r in self.refused[:REPORTED_ROWS]
        ]
        if len(self.refused) > REPORTED_ROWS:
            lines.append(text("bulk.more_rows", language, count=len(self.refused) - REPORTED_ROWS))
        lines.append(text("bulk.nothing_saved", language))
        return "\n".join(lines)


def refused_rows(error: PromoError) -> list[RowRefused]:
    """Every refused row a bulk refusal carries (one for a plain RowRefused)."""
    if isinstance(error, RowsRefused):
        return list(error.refused)
    return [error] if isinstance(error, RowRefused) else []


def _raise_refused(refused: Sequence[RowRefused]) -> None:
    if len(refused) == 1:
        raise refused[0] from refused[0].cause
    if refused:
        raise RowsRefused(refused) from refused[0].cause


def item_values(item: FlyerItem) -> dict[str, object]:
    """The typed values that re-create the item (for undoing a delete)."""
    return {key: getattr(item, key) for key in ITEM_VALUES}


class _OneSession(UnitOfWork):
    """Hands every use case the same open session, so many calls make one transaction."""

    def __init__(self, session: Session) -> None:
        self.engine = session.get_bind()  # type: ignore[assignment]
        self._session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The shared session; the outer transaction commits or rolls back."""
        yield self._session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """The shared session, so reads see the block's own changes."""
        yield self._session


@contextmanager
def _joined(ctx: Context) -> Iterator[tuple[Context, Session]]:
    with ctx.uow.transaction() as session:
        yield replace(ctx, uow=_OneSession(session)), session


def add_items(ctx: Context, phase_id: int, rows: Sequence[Mapping[str, object]]) -> list[FlyerItem]:
    """Add every row as a new item, or none of them; floors, departments, buyers by name.

    Every row is tried, so the refusal names all the bad rows at once, not only the first.
    """
    added: list[FlyerItem] = []
    refused: list[RowRefused] = []
    with _joined(ctx) as (inner, session):
        for number, values in enumerate(rows, start=1):
            try:
                added.append(item_service.add_item(inner, phase_id, resolve(session, values)))
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)  # inside the transaction: the good rows roll back too
    return added


def update_items(
    ctx: Context, changes: Sequence[tuple[int, Mapping[str, object]]]
) -> list[FlyerItem]:
    """Apply each (item id, changes) pair, or none of them."""
    done = []
    refused: list[RowRefused] = []
    with _joined(ctx) as (inner, session):
        for number, (item_id, values) in enumerate(changes, start=1):
            current = session.get(t.FlyerItemRow, item_id)
            try:
                floor_id = current.floor_id if current is not None else None
                fixed = resolve(session, values, floor_id)
                done.append(item_service.update_item(inner, item_id, fixed))
            except PromoError as error:
                refused.append(RowRefused(number, error))
                if current is not None:
                    session.expire(current)  # forget the refused values before the next row
        _raise_refused(refused)
    return done


@dataclass(frozen=True)
class DeletedItem:
    """An item as it was before a delete, with what the database removed along with it."""

    item: FlyerItem
    zone_ids: tuple[int, ...] = ()  # display zones that showed it
    checks: tuple[DisplayCheck, ...] = ()  # its recorded display checks
    seal: str = ""  # delete_items' proof that the zones and checks are what it removed


# Who may put zone links and display checks back. The DeletedItem comes back from the
# caller, so its zone ids and checks could be made up: a buyer could put their item in the
# golden end cap or record a check the floor manager never made. The planning department
# may write both anyway (zones, checks), so a planner's restore is taken as given (checks
# must still be the item's own, on its floor). Anyone else gets them back only with the
# seal delete_items put on them: a keyed hash (key made fresh by each run of the program)
# over the database, the item's id, phase, floor, zones and checks; a restore spends it, so
# an old record cannot undo later changes. Anything changed leaves it unsealed: refused.
_SEAL_KEY = secrets.token_bytes(32)
_unspent_seals: set[str] = set()


def _seal(ctx: Context, gone: DeletedItem) -> str:
    item = gone.item
    what = repr(
        (str(ctx.uow.engine.url), item.id, item.phase_id, item.floor_id, gone.zone_ids, gone.checks)
    )
    return hmac.new(_SEAL_KEY, what.encode(), hashlib.sha256).hexdigest()


def _sealed(ctx: Context, gone: DeletedItem) -> bool:
    return gone.seal in _unspent_seals and hmac.compare_digest(gone.seal, _seal(ctx, gone))


def delete_items(ctx: Context, item_ids: Sequence[int]) -> list[DeletedItem]:
    """Take all the items off the flyer, or none; returns what restore_items needs."""
    gone = []
    with _joined(ctx) as (inner, session):
        for number, item_id in enumerate(item_ids, start=1):
            # Read before deleting: the database drops zone links and checks with the item.
            zones = session.scalars(
                select(t.zone_item.c.zone_id)
                .where(t.zone_item.c.item_id == item_id)
                .order_by(t.zone_item.c.zone_id)
            )
            checks = session.scalars(
                select(t.DisplayCheckRow)
                .where(t.DisplayCheckRow.item_id == item_id)
                .order_by(t.DisplayCheckRow.day)
            )
            kept = (tuple(zones), tuple(convert.display_check(c) for c in checks))
            try:
                item = item_service.delete_item(inner, item_id)
            except PromoError as error:
                raise RowRefused(number, error) from error
            unsealed = DeletedItem(item, *kept)
            gone.append(replace(unsealed, seal=_seal(ctx, unsealed)))
    _unspent_seals.update(g.seal for g in gone)  # only once the delete is committed
    return gone


def restore_items(ctx: Context, deleted: Sequence[DeletedItem]) -> list[FlyerItem]:
    """Put deleted items back with their ids, zone links and display checks, or none of them.

    The same rights and deadline as adding apply; a zone removed since is left out.
    """
    back = []
    refused: list[RowRefused] = []
    with ctx.uow.transaction() as session:
        for number, gone in enumerate(deleted, start=1):
            try:
                back.append(_restore(ctx, session, gone))
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)
    _unspent_seals.difference_update(g.seal for g in deleted)  # the restore is committed
    return back


def _restore(ctx: Context, session: Session, gone: DeletedItem) -> FlyerItem:
    item = gone.item
    if session.get(t.PhaseRow, item.phase_id) is None:
        raise NotFound("not_found.phase", value=item.phase_id)
    holder = session.get(t.FlyerItemRow, item.id)
    if holder is not None:  # SQLite may hand a freed id to the next new item
        raise DomainError("bulk.number_taken", name=item.name, other=holder.name)
    guard_item_change(ctx, session, item.phase_id, item.floor_id, item.buyer_id)
    _guard_links(ctx, gone)
    if session.get(t.FloorRow, item.floor_id) is None:
        raise DomainError("input.unknown_reference", field="floor_id", value=item.floor_id)
    values = item_values(item)
    # A department or buyer removed meanwhile would have been unset on the kept item too.
    department = session.get(t.DepartmentRow, item.department_id) if item.department_id else None
    if department is None or department.floor_id != item.floor_id:
        values["department_id"] = None
    if item.buyer_id is not None and session.get(t.BuyerRow, item.buyer_id) is None:
        values["buyer_id"] = None
    if item.barcode:
        twin = session.scalar(
            select(t.FlyerItemRow.name).where(
                t.FlyerItemRow.phase_id == item.phase_id, t.FlyerItemRow.barcode == item.barcode
            )
        )
        if twin is not None:
            raise DomainError(
                "input.barcode_twice", field="barcode", barcode=item.barcode, other=twin
            )
    row = t.FlyerItemRow(
        id=item.id,
        phase_id=item.phase_id,
        created_at=item.created_at or ctx.clock.now(),
        updated_at=ctx.clock.now(),
        **values,
    )
    session.add(row)
    session.flush()
    zones = session.scalars(
        select(t.DisplayZoneRow.id).where(
            t.DisplayZoneRow.id.in_(gone.zone_ids), t.DisplayZoneRow.phase_id == item.phase_id
        )
    ).all()
    if zones:
        session.execute(insert(t.zone_item), [{"zone_id": z, "item_id": item.id} for z in zones])
    for check in gone.checks:
        session.add(_check_row(session, check, item))
    session.flush()
    return convert.item(row)


def _guard_links(ctx: Context, gone: DeletedItem) -> None:
    """Refuse zone links and checks the actor could not have written (see _SEAL_KEY)."""
    if not gone.zone_ids and not gone.checks:
        return
    if ctx.actor.role is not Role.PLANNER and not _sealed(ctx, gone):
        raise NotAllowed("bulk.restore_unsealed", name=gone.item.name)
    item = gone.item
    if any(c.item_id != item.id or c.floor_id != item.floor_id for c in gone.checks):
        raise DomainError("bulk.restore_check_elsewhere", name=item.name)


def _check_row(session: Session, check: DisplayCheck, item: FlyerItem) -> t.DisplayCheckRow:
    taken = session.get(t.DisplayCheckRow, check.id) is not None
    return t.DisplayCheckRow(
        id=None if taken else check.id,  # nothing refers to a check's id; keep it when free
        day=check.day,
        floor_id=check.floor_id,
        item_id=item.id,
        checker=check.checker,
        arrived=check.arrived,
        golden_position=check.golden_position,
        price_tag_ok=check.price_tag_ok,
        note=check.note,
        recorded_at=check.recorded_at or item.updated_at,
    )


def item_ids(ctx: Context, query: item_service.ItemQuery) -> list[int]:
    """The ids the query matches, in its order (to find an item's row in a long table)."""
    table = t.FlyerItemRow.__table__
    what = item_service.filtered(query, select(table.c.id)).order_by(*item_service.order_by(query))
    with ctx.uow.reading() as session:
        return list(session.scalars(what))


def resolve(
    session: Session, values: Mapping[str, object], floor_id: int | None = None
) -> dict[str, object]:
    """Floor, department and buyer given by code or name (1F, 食品, 王建国) turned into ids."""
    fixed = dict(values)
    floor = fixed.get("floor_id")
    if isinstance(floor, str) and floor.strip() and not floor.strip().isdigit():
        fixed["floor_id"] = _lookup(
            session, t.FloorRow, floor, "bulk.unknown_floor", "floor_id", t.FloorRow.code
        )
    if isinstance(fixed.get("floor_id"), int):
        floor_id = fixed["floor_id"]  # type: ignore[assignment]
    dept = fixed.get("department_id")
    if isinstance(dept, str) and dept.strip() and not dept.strip().isdigit():
        where = t.DepartmentRow.floor_id == floor_id
        fixed["department_id"] = _lookup(
            session, t.DepartmentRow, dept, "bulk.unknown_department", "department_id",
            t.DepartmentRow.code, where,
        )  # fmt: skip
    buyer = fixed.get("buyer_id")
    if isinstance(buyer, str) and buyer.strip() and not buyer.strip().isdigit():
        found = session.scalar(select(t.BuyerRow.id).where(t.BuyerRow.name == buyer.strip()))
        if found is None:
            raise DomainError("bulk.unknown_buyer", field="buyer_id", value=buyer.strip())
        fixed["buyer_id"] = found
    return fixed


def _lookup(session, table, word: str, key: str, field: str, code_column, where=None) -> int:
    word = word.strip()
    lowered = word.lower()
    what = select(table.id).where(
        or_(
            func.lower(code_column) == lowered,
            func.lower(table.name_en) == lowered,
            table.name_zh == word,
        )
    )
    if where is not None:
        what = what.where(where)
    found = session.scalars(what).first()
    if found is None:
        raise DomainError(key, field=field, value=word)
    return found
