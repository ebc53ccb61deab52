"""The model's refused entries and conflicts, kept marked on their cells until fixed or dropped."""

from __future__ import annotations

from promoplanner.core.errors import Conflict
from promoplanner.ui.items import cells
from promoplanner.ui.items.columns import COLUMNS
from promoplanner.ui.items.conflicts import ConflictMark, conflict_mark


class PendingMixin:
    """Part of ItemsTableModel: refused edits and a colleague's conflicting changes.

    Kept apart so the model stays readable; it uses the model's own state and signals.
    """

    def pending(self, row: int, column: int) -> tuple[str, str] | None:
        """(text, message) of a refused edit kept on that cell."""
        key = COLUMNS[column].field
        item = self.item_at(row)
        if item is not None:
            return self._pending.get((item.id, key or ""))
        draft = self.draft_at(row)
        if draft is not None and key in draft.errors:
            return draft.texts.get(key, ""), draft.errors[key]
        if draft is not None and key in draft.together:
            shown = cells.typed_text(self.names, COLUMNS[column], draft.values.get(key))
            return shown, draft.together[key]
        return None

    def pending_key(self, row: int, column: int) -> tuple | None:
        """What names a refused entry while rows move: (item id or draft, field), or None."""
        key = COLUMNS[column].field or ""
        item = self.item_at(row)
        if item is not None:
            return ("item", item.id, key) if (item.id, key) in self._pending else None
        draft = self.draft_at(row)
        return ("draft", draft.number, key) if draft and key in draft.problems() else None

    def is_pending(self, key: tuple) -> bool:
        """Whether the refused entry pending_key named still waits to be fixed."""
        kind, ident, name = key
        if kind == "item":
            return (ident, name) in self._pending
        return any(d.number == ident and name in d.problems() for d in self._drafts)

    def pending_count(self) -> int:
        """How many refused edits wait to be fixed or discarded."""
        return len(self._pending) + sum(len(d.problems()) for d in self._drafts)

    def refused_entries(self) -> list[tuple[int, str, str, str]]:
        """(item id, field, typed text, why) of each refused edit of a stored item."""
        return [(i, key, text, why) for (i, key), (text, why) in self._pending.items()]

    def discard(self, row: int, column: int | None = None) -> None:
        """Forget refused edits of a cell (or a whole row); the stored value shows again."""
        item, draft = self.item_at(row), self.draft_at(row)
        keys = [COLUMNS[column].field] if column is not None else [c.field for c in COLUMNS]
        for key in keys:
            if item is not None:
                self._pending.pop((item.id, key or ""), None)
                self._conflicts.pop((item.id, key or ""), None)
            elif draft is not None:
                self.forget_draft_problem(draft, key or "")
        if draft is not None:
            draft.recheck(self.names.department_floor)
        if self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.pending_changed.emit()

    def discard_all(self) -> None:
        """Forget every refused edit."""
        self._pending.clear()
        self._conflicts.clear()
        for draft in self._drafts:
            for key in list(draft.problems()):
                self.forget_draft_problem(draft, key)
            draft.recheck(self.names.department_floor)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )
        self.pending_changed.emit()

    # -- conflicts: a colleague changed the cell meanwhile ---------------------------------
    def _conflicted(self, index, item_id: int, value: object, error: Conflict) -> None:
        """Keep the typed value on the cell, marked, and show the row's new version."""
        column = COLUMNS[index.column()]
        mark = conflict_mark(self.names, column, value, error, self.session.ctx.clock.now())
        key = (item_id, column.field or "")
        self._pending[key] = (mark.text, mark.message())
        self._conflicts[key] = mark
        for page, rows in list(self._pages.items()):  # the row is read again, as stored now
            if any(i.id == item_id for i in rows):
                del self._pages[page]
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.conflict_found.emit(row, index.column())
        self.pending_changed.emit()

    def conflict(self, row: int, column: int) -> ConflictMark | None:
        """The conflict kept on that cell, if any."""
        item = self.item_at(row)
        if item is None:
            return None
        return self._conflicts.get((item.id, COLUMNS[column].field or ""))

    def conflicts(self) -> list[tuple[int, str]]:
        """(item id, field) of every cell in conflict."""
        return list(self._conflicts)

    def keep_mine(self, row: int, column: int) -> bool:
        """Save the typed value over the colleague's (the new version, in the history)."""
        mark = self.conflict(row, column)
        if mark is None:
            return False
        return self.setData(self.index(row, column), mark.value)

    def take_theirs(self, row: int, column: int) -> bool:
        """Drop the typed value: the colleague's stays."""
        if self.conflict(row, column) is None:
            return False
        self.discard(row, column)
        return True
