"""Typing in the item table as in a spreadsheet: rows stay put, Enter goes down, Delete clears.

The screen's helper for what a person does with the keyboard in the grid, and for the work
typed but not yet saved (new rows, refused entries) that the main window asks about.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView

from promoplanner.core.errors import PromoError
from promoplanner.services.item_bulk import refused_rows
from promoplanner.ui.items.clipboard import block_message
from promoplanner.ui.items.columns import COLUMN_INDEX, COLUMNS, REQUIRED, Editor, column_title
from promoplanner.ui.items.delegates import finish_editing
from promoplanner.ui.items.drafts import Draft
from promoplanner.ui.labels import after_label, in_a_row, joined, listing

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# What an emptied cell holds: no tick, the regular shelf, no tier, no department or buyer.
CLEARED = {Editor.CHECK: False, Editor.FORM: None, Editor.TIER: None}
CLEARED_REFERENCES = {"department_id": None, "buyer_id": None}


def new_row_name(draft: Draft) -> str:
    """What a new row is called when the program speaks of it."""
    name = str(draft.values.get("name") or draft.texts.get("name") or "").strip()
    return (
        translate("ItemsScreen", "New row “%1”").replace("%1", name)
        if name
        else translate("ItemsScreen", "New row")
    )


def draft_problems(draft: Draft) -> list[tuple[str, str]]:
    """(column title, why) for every refusal of a new row, in the table's order."""
    problems = sorted(draft.problems().items(), key=lambda kv: COLUMN_INDEX.get(kv[0], 99))
    return [(column_title(key), why) for key, why in problems]


def draft_lines(draft: Draft) -> tuple[list[str], str]:
    """Every refusal of a new row (“New row, Price: why”), and what it still lacks."""
    lines = [
        after_label(translate("ItemsScreen", "New row, %2:").replace("%2", title), why)
        for title, why in draft_problems(draft)
    ]
    missing = draft.missing()
    lacking = (
        translate("ItemColumns", "New row: fill in %1 to save it.").replace(
            "%1", listing(column_title(k) for k in missing)
        )
        if missing
        else ""
    )
    return lines, lacking


def draft_summary(draft: Draft) -> str:
    """“New row “name”: Price: why; to fill in: Floor” (the row alone when nothing is wrong)."""
    parts = [joined(title, why) for title, why in draft_problems(draft)]
    missing = draft.missing()
    if missing:
        parts.append(
            translate("ItemsScreen", "to fill in: %1").replace(
                "%1", listing(column_title(k) for k in missing)
            )
        )
    return joined(new_row_name(draft), in_a_row(parts)) if parts else new_row_name(draft)


class RowTyping:
    """The grid's spreadsheet keys and the screen's unsaved work."""

    def __init__(self, screen) -> None:
        self.screen = screen
        self.model = screen.model
        self.table = screen.table
        self.strip_draft: int | None = None  # number of the new row the strip speaks of

    def connect(self) -> None:
        """Listen to the table's cursor and the delegate's Enter."""
        self.table.selectionModel().currentChanged.connect(self._current_moved)
        self.screen.delegate.entered_down.connect(self.move_down)

    # -- rows stay put until left ----------------------------------------------------------
    def _current_moved(self, current: QModelIndex, previous: QModelIndex) -> None:
        left = previous.isValid() and current.row() != previous.row()
        if left and self.model.is_held(previous.row()):
            # Left: the row takes its sorted place; the cursor stays on where it went.
            QTimer.singleShot(0, self.model.release)

    def move_down(self, row: int, column: int) -> None:
        """Enter: the cell below (in the column the row was begun in, after Tabs).

        On a new row with a refused cell, Enter goes to that cell instead, ready for F2.
        """
        draft = self.model.draft_at(row)
        if draft is not None and draft.problems():
            first = min(draft.problems(), key=lambda k: COLUMN_INDEX.get(k, 99))
            self.table.setCurrentIndex(self.model.index(row, COLUMN_INDEX.get(first, column)))
            return
        below = row + 1
        if below < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(below, column))
        else:
            self.table.setCurrentIndex(self.model.index(row, column))

    def draft_saved(self, item_id: int) -> None:
        """A new row became an item where it was typed; say so, and keep the cursor."""
        if self.strip_draft is not None:
            self.strip_draft = None
            self.screen.strip.hide()
        current = self.table.currentIndex()
        row = self.model.row_of(item_id)
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if row is not None and current.isValid() and current.row() != row and not editing:
            QTimer.singleShot(0, self.model.release)  # the person had already gone on
        if not editing:
            self.table.setFocus()
        self.screen._update_buttons()

    # -- a new row says what it lacks --------------------------------------------------------
    def draft_changed(self, row: int, column: int) -> None:
        """Show every reason the new row is not saved yet (nothing when it is about to be)."""
        draft = self.model.draft_at(row)
        if draft is None:
            return
        lines, lacking = draft_lines(draft)
        if lines:
            self.screen.strip.error("\n".join([*lines, lacking] if lacking else lines))
            self.strip_draft = draft.number
            self.screen._strip_about = None
            first = min(draft.problems(), key=lambda k: COLUMN_INDEX.get(k, 99))
            index = self.model.index(row, COLUMN_INDEX.get(first, column))
            if self.table.state() != QAbstractItemView.State.EditingState:
                # Saved after its editor closed: the cursor goes to the refused cell, for F2.
                self.table.setCurrentIndex(index)
            self.screen._reveal(index)
        elif lacking:
            self.screen.strip.hint(lacking)
            self.strip_draft = draft.number
        elif self.strip_draft == draft.number:
            self.screen.strip.hide()
            self.strip_draft = None
        self.screen._update_buttons()

    # -- Ctrl+- removes rows ---------------------------------------------------------------------
    def remove_rows(self) -> None:
        """Remove the selected rows (asked when more than one); undo puts items back."""
        screen = self.screen
        rows = screen._selected_rows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if not rows:
            return
        if len(rows) > 1:
            question = translate(
                "ItemsScreen", "Remove %1 rows from the flyer? Ctrl+Z puts them back."
            ).replace("%1", str(len(rows)))
            if any(self.model.draft_at(r) is not None for r in rows):
                question += " " + translate(
                    "ItemsScreen", "New rows not saved yet are gone for good."
                )
            title = translate("ItemsScreen", "Remove rows")
            yes, no = translate("ItemsScreen", "Remove"), translate("ItemsScreen", "Keep")
            if not screen.confirm(screen, title, question, yes, no):
                return
        for row in reversed(rows):
            self.model.drop_draft(row)  # new rows come after the items: item rows stay
        items = [i for i in (self.model.item_at(r) for r in rows) if i is not None]
        if not items:
            return
        try:
            screen.editor.delete(items)
        except PromoError as error:
            screen.show_error(block_message(error), sticky=True)

    # -- Delete clears cells --------------------------------------------------------------------
    def clear_cells(self) -> None:
        """Empty the selected cells that may be emptied; say which must keep a value."""
        screen = self.screen
        if screen.refuse_when_locked():
            return
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        kept, changes, draft_rows = set(), {}, set()
        for index in indexes:
            column = COLUMNS[index.column()] if index.isValid() else None
            if column is None or column.field is None or column.editor is Editor.NONE:
                continue
            if column.field in REQUIRED:
                kept.add(column.field)
                continue
            item, draft = self.model.item_at(index.row()), self.model.draft_at(index.row())
            empty = CLEARED_REFERENCES.get(column.field, CLEARED.get(column.editor, ""))
            if draft is not None:
                self.model.forget_draft_problem(draft, column.field)
                draft.values.pop(column.field, None)
                draft_rows.add(index.row())
            elif item is not None and self.model.lock_reason(item) is None:
                if getattr(item, column.field) != empty:
                    changes.setdefault(item.id, (item, {}))[1][column.field] = empty
                self.model.discard(index.row(), index.column())
        for row in draft_rows:
            self.model.draft_rows_changed(row)
        if changes:
            try:
                screen.editor.update_many(list(changes.values()))
            except PromoError as error:
                screen.show_error(self._refusal(error, list(changes.values())), sticky=True)
                return
        if kept:
            names = listing(column_title(k) for k in REQUIRED if k in kept)
            screen.strip.hint(
                translate(
                    "ItemsScreen",
                    "%1 cannot be left empty, so those cells keep their values; "
                    "Ctrl+- removes whole rows.",
                ).replace("%1", names)
            )

    def _refusal(self, error: PromoError, changes) -> str:
        refused = refused_rows(error)
        if not refused:
            return error.message()
        lines = []
        for row in refused:
            item = changes[row.row - 1][0] if 0 < row.row <= len(changes) else None
            where = self.model.row_of(item.id) if item is not None else None
            title = column_title(row.cause.field) if row.cause.field in COLUMN_INDEX else ""
            label = (
                translate("ItemsScreen", "Row %1, %2:")
                .replace("%1", str((where or 0) + 1))
                .replace("%2", title)
            )
            lines.append(after_label(label, row.cause.message()))
        lines.append(translate("ItemsScreen", "Nothing was cleared."))
        return "\n".join(lines)

    # -- unsaved work -----------------------------------------------------------------------
    def unsaved_work(self) -> list[str]:
        """New rows typed into and refused entries, in the person's words."""
        finish_editing(self.table)  # a cell being typed is part of the work
        lines = []
        lines = [draft_summary(draft) for _row, draft in self.model.typed_drafts()]
        for item_id, key, text, _why in self.model.refused_entries():
            row = self.model.row_of(item_id)
            item = self.model.item_at(row) if row is not None else None
            name = item.name if item is not None else str(item_id)
            lines.append(
                translate("ItemsScreen", "“%1”, %2: “%3” was refused")
                .replace("%1", name)
                .replace("%2", column_title(key) if key in COLUMN_INDEX else key)
                .replace("%3", text)
            )
        return lines

    def save_unsaved(self) -> list[str]:
        """Save the complete new rows; what stays unsaved and why."""
        problems = []
        for _row, draft in list(self.model.typed_drafts()):
            if draft.ready():
                self.model.save_draft(draft)  # a refusal lands in the row's problems
            if draft in self.model.drafts():  # still a new row: say what keeps it one
                problems.append(draft_summary(draft))
        for item_id, key, text, _old_why in self.model.refused_entries():
            row = self.model.row_of(item_id)
            if row is not None and key in COLUMN_INDEX:
                # Try again: what refused it then (another user saving) may have passed.
                self.model.setData(self.model.index(row, COLUMN_INDEX[key]), text)
        for item_id, key, text, why in self.model.refused_entries():
            row = self.model.row_of(item_id)
            label = column_title(key) if key in COLUMN_INDEX else key
            where = (
                translate("ItemsScreen", "Row %1, %2:")
                .replace("%1", str((row or 0) + 1))
                .replace("%2", label)
            )
            problems.append(after_label(where, joined(f"“{text}”", why)))
        return problems

    def discard_unsaved(self) -> None:
        """Drop the new rows typed into and every refused entry."""
        for row, _draft in reversed(self.model.typed_drafts()):
            self.model.drop_draft(row)
        self.screen.discard_all()
