"""Many flyer items at once (a pasted block, an undo of a multi-row delete), in one transaction.

Every row is checked before any is written, so the refusal names all the bad rows at once
and a refused block leaves nothing behind, not even in the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.i18n import Language, text
from promoplanner.core.model import FlyerItem
from promoplanner.services import items as item_service
from promoplanner.services.context import Context
from promoplanner.services.guards import ItemRights, work_rights
from promoplanner.services.item_reads import item_ids
from promoplanner.services.write import writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

# How many refused rows a message lists before it only counts the rest.
REPORTED_ROWS = 20
__all__ = [
    "REPORTED_ROWS", "DeletedItem", "RowRefused", "RowsRefused", "add_items", "delete_items",
    "item_ids", "refused_rows", "restore_items", "update_items",
]  # fmt: skip


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


def add_items(ctx: Context, phase_id: int, rows: Sequence[Mapping[str, object]]) -> list[FlyerItem]:
    """Add every row as a new item, or none of them; floors, departments, buyers by name."""
    with writing(ctx) as work:
        checking = item_service.start_checking(
            work, phase_id, [item_service.barcode_of(r) for r in rows]
        )
        checked: list[dict[str, object]] = []
        refused: list[RowRefused] = []
        for number, values in enumerate(rows, start=1):
            try:
                checked.append(item_service.checked_new(checking, values, number))
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)  # nothing has been written yet
        return [convert.item(r) for r in item_service.insert_items(checking, checked)]


def update_items(
    ctx: Context,
    changes: Sequence[tuple[int, Mapping[str, object]] | tuple[int, Mapping[str, object], int]],
) -> list[FlyerItem]:
    """Apply each (item id, changes[, version seen]) to its item, or none of them."""
    with writing(ctx) as work:
        rows, refused = [], []
        checkings: dict[int, item_service.Checking] = {}
        for number, change in enumerate(changes, start=1):
            item_id, values = change[0], change[1]
            seen = change[2] if len(change) > 2 else None  # type: ignore[misc]
            try:
                row = item_service.live_row(work.session, item_id)
                checking = checkings.get(row.phase_id)
                if checking is None:
                    barcodes = [item_service.barcode_of(c[1]) for c in changes]
                    checking = item_service.start_checking(work, row.phase_id, barcodes)
                    checkings[row.phase_id] = checking
                differs = item_service.checked_change(checking, row, values, seen, number)
                rows.append((row, differs))
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)
        for row, differs in rows:
            item_service.apply_change(work, row, differs)
        work.session.flush()
        return [convert.item(row) for row, _differs in rows]


@dataclass(frozen=True)
class DeletedItem:
    """An item as it was just before its delete (a restore brings back this very row)."""

    item: FlyerItem


def delete_items(
    ctx: Context, item_ids: Sequence[int], seen: Mapping[int, int] | None = None
) -> list[DeletedItem]:
    """Mark all the items deleted, or none; each keeps its zone links and checks for restore.

    `seen` gives the version the person saw of each item: one changed since is refused
    (core.errors.Conflict), so an undo never deletes a colleague's later work unseen.
    """
    with writing(ctx) as work:
        rows, refused = [], []
        rights: dict[int, ItemRights] = {}
        for number, item_id in enumerate(item_ids, start=1):
            try:
                row = item_service.live_row(work.session, item_id)
                phase_rights = rights.get(row.phase_id) or work_rights(work, row.phase_id)
                rights[row.phase_id] = phase_rights
                version = seen.get(item_id) if seen else None
                item_service.check_delete(work, phase_rights, row, version)
                rows.append(row)
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)
        return [DeletedItem(g) for g in item_service.mark_deleted(work, rows)]


def restore_items(ctx: Context, deleted: Sequence[DeletedItem | int]) -> list[FlyerItem]:
    """Bring deleted items back (the very rows, with zone links and checks), or none of them.

    The same rights and deadline as adding apply, and the restore is in the history.
    """
    ids = [d.item.id if isinstance(d, DeletedItem) else d for d in deleted]
    with writing(ctx) as work:
        rows, refused = [], []
        checkings: dict[int, item_service.Checking] = {}
        for number, item_id in enumerate(ids, start=1):
            try:
                row = item_service.deleted_row(work.session, item_id)
                checking = checkings.get(row.phase_id)
                if checking is None:
                    barcodes = _barcodes_of(work.session, ids)
                    checking = item_service.start_checking(work, row.phase_id, barcodes)
                    checkings[row.phase_id] = checking
                item_service.check_restore(checking, row, number)
                rows.append(row)
            except PromoError as error:
                refused.append(RowRefused(number, error))
        _raise_refused(refused)
        return item_service.mark_restored(work, rows)


def _barcodes_of(session: Session, ids: Sequence[int]) -> list[str]:
    c = t.FlyerItemRow.__table__.c
    return list(session.scalars(select(c.barcode).where(c.id.in_(ids))))
