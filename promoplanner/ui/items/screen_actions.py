"""The items screen's row commands and their keys, which are also the table's context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from promoplanner.core.errors import PromoError
from promoplanner.services.carried import confirm_items
from promoplanner.ui.items.columns import COLUMN_INDEX, COLUMNS

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ScreenActionsMixin:
    """Part of ItemsScreen: add, remove, clear, copy, paste, history, confirm, undo and redo.

    Kept apart so the screen stays readable; it uses the screen's own widgets and model.
    Its strings keep the ItemsScreen context, so their translations are the screen's.
    """

    def _action(
        self, keys, slot, context=Qt.ShortcutContext.WidgetShortcut, on=None, text=""
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        (on or self.table).addAction(action)
        return action

    def _actions(self) -> None:
        # The table's own keys; with their words they are also its context menu.
        self._action(
            [Qt.Key.Key_Insert], self.add_row, text=translate("ItemsScreen", "Insert a new row")
        )
        self._action(
            [QKeySequence.StandardKey.Delete, Qt.Key.Key_Backspace],
            self.clear_cells,
            text=translate("ItemsScreen", "Clear cells"),
        )
        self._action(["Ctrl+-"], self.remove_rows, text=translate("ItemsScreen", "Remove rows…"))
        self._action(
            [QKeySequence.StandardKey.Copy],
            self.copy_selection,
            text=translate("ItemsScreen", "Copy"),
        )
        self._action(
            [QKeySequence.StandardKey.Paste],
            lambda: self.paste_clipboard(False),
            text=translate("ItemsScreen", "Paste over cells"),
        )
        self._action(
            ["Ctrl+Shift+V"],
            lambda: self.paste_clipboard(True),
            text=translate("ItemsScreen", "Paste as new rows"),
        )
        self._action(["Ctrl+H"], self.show_history, text=translate("ItemsScreen", "History…"))
        self._action(
            [], self.confirm_carried, text=translate("ItemsScreen", "Confirm carried items")
        )
        self._action(
            [], lambda: self.conflicts.keep_mine(), text=translate("ItemsScreen", "Keep mine")
        )
        self._action(
            [], lambda: self.conflicts.take_theirs(), text=translate("ItemsScreen", "Take theirs")
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        whole = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self._action(["Ctrl+Z"], self.undo, whole, self)
        self.redo_action = self._action(["Ctrl+Shift+Z", "Ctrl+Y"], self.redo, whole, self)

    def add_row(self) -> None:
        """A new row at the end, ready to type the item's name."""
        if self.model.query() is None or self.refuse_when_locked():
            return
        actor = self.session.ctx.actor
        floor = self.default_floor()
        buyer = self._buyer()
        if floor is None and buyer is not None and buyer.floor_ids:
            floor = buyer.floor_ids[0]  # a row to type into; the cell shows it, easy to change
        defaults: dict[str, object] = {}
        if floor is not None:
            defaults["floor_id"] = floor
        own = actor.buyer_id if actor is not None else None
        if own or self.filters.buyer_id():
            defaults["buyer_id"] = own or self.filters.buyer_id()
        row = self.model.add_draft(defaults)
        index = self.model.index(row, COLUMN_INDEX["name"])
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)

    def show_rows(self, item_ids: list[int]) -> None:
        """Select the rows of those items, the cursor on the top one, scrolled into view."""
        rows = self.model.rows_of(item_ids)
        if not rows:
            return
        last = len(COLUMNS) - 1
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        first = self.model.index(rows[0], COLUMN_INDEX["name"])
        chosen = self.table.selectionModel()
        chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        chosen.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._reveal(self.model.index(rows[-1], COLUMN_INDEX["name"]))
        self.table.scrollTo(first)  # as many of them as fit, the top one always
        self.table.setFocus()

    def _buyer(self):
        actor = self.session.ctx.actor
        actor_id = actor.buyer_id if actor is not None else None
        return next((b for b in self.session.layout().buyers if b.id == actor_id), None)

    def default_floor(self) -> int | None:
        """The floor new rows get: the buyer's only floor, else the Floor filter's, else None."""
        buyer = self._buyer()
        if buyer is not None and len(buyer.floor_ids) == 1:
            return buyer.floor_ids[0]
        return self.filters.floor_id()

    def refuse_when_locked(self) -> bool:
        """Say why nothing may be changed now; whether that is so."""
        reason = self.model.lock_reason(None)
        if reason:
            self.show_error(reason, sticky=True)
        return bool(reason)

    def confirm_carried(self) -> None:
        """Confirm the selected carried-over items (all of one's own when none is selected)."""
        query = self.model.query()
        if query is None:
            return
        chosen = [self.model.item_at(r) for r in self._selected_rows()]
        ids = [i.id for i in chosen if i is not None and i.id in self.model.carried]
        try:
            count = self.session.change(
                "items", confirm_items, query.phase_id, ids if ids else None
            )
        except PromoError as refused:
            self.show_error(refused.message())
            return
        self.model.reload_carried()
        self.strip.hint(translate("ItemsScreen", "%n carried item(s) confirmed.", "", count))

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def remove_rows(self) -> None:
        """Ctrl+-: remove the selected rows (asked when more than one); undo puts items back."""
        self.typing.remove_rows()

    def clear_cells(self) -> None:
        """Delete: empty the selected cells, as a spreadsheet does (rows stay; Ctrl+- removes)."""
        self.typing.clear_cells()

    def paste_clipboard(self, as_new_rows: bool) -> None:
        """Paste the clipboard's cells: over the selected cells, or as new rows."""
        self.paste_text(QGuiApplication.clipboard().text(), as_new_rows)

    def paste_text(self, clip: str, as_new_rows: bool) -> None:
        """Paste tab-separated text; all of it is saved, or none and the strip says why."""
        self.clipboard.paste(clip, as_new_rows)

    def copy_selection(self) -> None:
        """Copy the selected cells as tab-separated text (Excel and WPS read it)."""
        self.clipboard.copy()

    def show_history(self) -> None:
        """Ctrl+H: the history of the item under the cursor (who changed what, and when)."""
        from promoplanner.ui.history import show_item_history  # loaded on first use

        item = self.model.item_at(self.table.currentIndex().row())
        if item is None:
            self.strip.hint(
                translate("ItemsScreen", "Put the cursor on a saved item to see its history.")
            )
        else:
            self.history_dialog = show_item_history(self.session, item, self)

    def undo(self) -> None:
        """Take back the last change."""
        self.editor.stack.undo()

    def redo(self) -> None:
        """Make the undone change again."""
        self.editor.stack.redo()

    def discard_all(self) -> None:
        """Forget every refused entry; the stored values show again."""
        self.model.discard_all()
        self.strip.hide()
        self._update_buttons()
