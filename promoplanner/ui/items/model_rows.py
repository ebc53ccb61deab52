"""The model's rows that are being typed: new rows (drafts) and items held in place."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer

from promoplanner.core.errors import PromoError
from promoplanner.core.fields import parse_item_field
from promoplanner.services.item_bulk import item_ids
from promoplanner.ui.items import cells
from promoplanner.ui.items.columns import COLUMN_INDEX, COLUMNS, REQUIRED
from promoplanner.ui.items.drafts import Draft


class RowsMixin:
    """Part of ItemsTableModel: drafts of new rows, and rows held where they were typed.

    Kept apart so the model stays readable; it uses the model's own state and signals.
    """

    def hold(self, row: int) -> None:
        """Keep the item on that row where it is, whatever its new values sort like."""
        item = self.item_at(row)
        if item is not None and self.order.held.get(item.id) != row:
            # Where it is in the database's order now; after the edit the refresh looks again.
            self.order.hold(item.id, row, self.order.to_database(row))
            self._held_as[item.id] = self.placement(item)

    def is_held(self, row: int) -> bool:
        """Whether the row is held where it was typed."""
        return self.order.is_held_row(row)

    def release(self) -> None:
        """Let held rows go to their sorted places; the cursor and selection follow their rows."""
        if not self.order.held or self._query is None:
            return
        if self._held_unmoved():
            # Nothing that sorts or filters the rows changed (a price typed in a table sorted
            # by name): every row is where it belongs already, no need to ask the database.
            self.order.release()
            self._held_as.clear()
            return
        self._held_as.clear()
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        who = [self._identity(index.row()) for index in old]
        self.order.release()
        self._pages.clear()
        at = {item_id: row for row, item_id in enumerate(item_ids(self.session.ctx, self._query))}
        numbers = {d.number: self._count + n for n, d in enumerate(self._drafts)}
        new = []
        for ident, index in zip(who, old, strict=True):
            rows = at if ident and ident[0] == "item" else numbers
            row = rows.get(ident[1]) if ident else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def placement(self, item) -> tuple:
        """The values that decide where an item sorts and whether the filters show it."""
        query = self._query
        key = getattr(item, query.sort, None) if query is not None else None
        return (key, item.floor_id, item.buyer_id, item.name, item.barcode, item.spec,
                item.notes)  # fmt: skip

    def _held_unmoved(self) -> bool:
        if not self.order.in_place():
            return False
        for item_id, row in self.order.held.items():
            item = self.item_at(row)
            if item is None or item.id != item_id:
                return False
            if self._held_as.get(item_id) != self.placement(item):
                return False
        return True

    def _identity(self, row: int) -> tuple[str, int] | None:
        item = self.item_at(row)
        if item is not None:
            return ("item", item.id)
        draft = self.draft_at(row)
        return ("draft", draft.number) if draft is not None else None

    # -- new rows ----------------------------------------------------------------------------
    def add_draft(self, defaults: dict[str, object]) -> int:
        """Append an empty row to type a new item into; returns its row."""
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._drafts.append(Draft(values=dict(defaults), defaults=tuple(defaults)))
        self.endInsertRows()
        return row

    def drop_draft(self, row: int) -> bool:
        """Remove a draft row (nothing of it was saved)."""
        draft = self.draft_at(row)
        if draft is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._drafts.remove(draft)
        self.endRemoveRows()
        if draft.problems():
            self.pending_changed.emit()
        return True

    def set_draft(self, index, key: str, value: object) -> bool:
        """Take a typed cell of a new row; the row is saved once nothing is missing or wrong."""
        draft = self.draft_at(index.row())
        if draft is None or self._query is None:
            return False
        text = cells.typed_text(self.names, COLUMNS[index.column()], value)
        had = bool(draft.problems())
        try:
            parsed = value if key in cells.REFERENCES else parse_item_field(key, value)
            if key in REQUIRED and parsed in (None, ""):
                parse_item_field("name", "")  # raises "required"
        except PromoError as error:
            draft.values.pop(key, None)
            draft.texts[key], draft.errors[key] = text, error.message()
        else:
            draft.values[key] = parsed
            draft.texts.pop(key, None)
            draft.errors.pop(key, None)
        self._draft_edited(index.row(), index.column(), had)
        return True

    def draft_rows_changed(self, row: int) -> None:
        """Cells of a new row were emptied: check it again, and save it if it is complete."""
        draft = self.draft_at(row)
        if draft is not None:
            self._draft_edited(row, 1, True)

    def _draft_edited(self, row: int, column: int, had_problems: bool) -> None:
        draft = self.draft_at(row)
        assert draft is not None
        draft.recheck(self.names.department_floor)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if had_problems and not draft.problems():
            self.pending_changed.emit()
        self.draft_changed.emit(row, column)
        if draft.ready():
            # Saved a moment later, once the editor has closed and the next one opened.
            QTimer.singleShot(0, partial(self.save_draft, draft, column))

    def save_draft(self, draft: Draft, column: int = 1) -> str:
        """Send a complete new row to the services; why it was refused ("" when saved).

        The saved item stays on the row it was typed in (held) until the person leaves it.
        """
        if draft not in self._drafts or self._query is None or not draft.ready():
            return ""
        position = self._drafts.index(draft)
        row = self._count + position
        self._adding, self._refresh_wanted = True, False
        try:
            added = self.editor.add(self._query.phase_id, draft.values)
        except PromoError as error:
            self._adding = False
            bad = error.field if error.field in draft.values else "name"
            draft.texts[bad] = cells.typed_text(
                self.names, cells.column_of(bad), draft.values.pop(bad, "")
            )
            draft.errors[bad] = error.message()
            draft.recheck(self.names.department_floor)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            self.pending_changed.emit()
            self.draft_changed.emit(row, COLUMN_INDEX.get(bad, column))
            if self._refresh_wanted:
                self.refresh()
            return error.message()
        self._adding = False
        # The draft becomes the item on the same row: the table keeps its shape (no reset),
        # so the editor open in the row and the cursor stay where they are.
        self._drafts.remove(draft)
        self._count += 1
        self.order.hold(added.id, row)
        self.names = cells.Names(self.session)
        self._refresh_in_place()
        # Its row header turns from the new row's "*" into its number (and those below).
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, self.rowCount() - 1)
        self.draft_saved.emit(added.id)
        return ""

    @staticmethod
    def forget_draft_problem(draft: Draft, key: str) -> None:
        """Drop what made a new row's cell refused: the refused text, or the value itself."""
        draft.errors.pop(key, None)
        draft.texts.pop(key, None)
        if key in draft.together:
            draft.values.pop(key, None)  # the cell goes back to empty, to be typed again
