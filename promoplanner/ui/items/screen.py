"""The buyers' screen: the flyer items of a phase, edited in place, with live counters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import PromoError
from promoplanner.services.items import ItemQuery, get_item
from promoplanner.services.progress import phase_counters
from promoplanner.ui.items.clipboard import ItemClipboard
from promoplanner.ui.items.columns import COLUMN_INDEX, COLUMNS, Editor, column_title
from promoplanner.ui.items.commands import ItemEditor
from promoplanner.ui.items.conflicts import ConflictBar, ConflictHandling
from promoplanner.ui.items.delegates import ItemDelegate, finish_editing
from promoplanner.ui.items.findings import FindingsJob
from promoplanner.ui.items.model import ItemsTableModel
from promoplanner.ui.items.screen_actions import ScreenActionsMixin
from promoplanner.ui.items.strip import MessageStrip
from promoplanner.ui.items.toolbar import FilterBar
from promoplanner.ui.items.typing import RowTyping
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.ask import confirm
from promoplanner.ui.widgets.sheet_view import SheetView

LOCK_STYLE = "QLabel { background: #e6e6e6; color: #333; padding: 4px; border-radius: 3px; }"


class ItemsScreen(ScreenActionsMixin, QWidget):
    """Buyers enter and correct their special-price items; planners see and fix all of them."""

    # The question before removing several rows; tests replace it (a dialog waits for a click).
    confirm = staticmethod(confirm)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = ItemEditor(session, self)
        self.model = ItemsTableModel(self.editor, self)
        self.filters = FilterBar(session, self)
        self.table = SheetView(self)
        self.delegate = ItemDelegate(self.model, self.table)
        self.lock_banner = QLabel(self)
        self.strip = MessageStrip(self)
        self.conflict_bar = ConflictBar(self)
        self.conflicts = ConflictHandling(self)
        self.discard_button = QPushButton(self.tr("Discard refused entries"), self)
        self.count_label = QLabel(self)
        self.clipboard = ItemClipboard(self)
        self.typing = RowTyping(self)
        self.findings = FindingsJob(self.session, self)
        self._strip_about: tuple | None = None  # the refused entry the strip tells of
        self._marked_for: tuple | None = None  # (campaign, phase) the marks are asked for
        self._build()
        self._connect()
        self.typing.connect()
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        for i, column in enumerate(COLUMNS):
            self.table.setColumnWidth(i, column.width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.lock_banner.setStyleSheet(LOCK_STYLE)
        self.lock_banner.setWordWrap(True)
        self.lock_banner.hide()
        self.discard_button.hide()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row (Ins)"), self)
        self.delete_button = QPushButton(self.tr("Remove rows (Ctrl+-)"), self)
        self.paste_button = QPushButton(self.tr("Paste as new rows"), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        for button in (self.add_button, self.delete_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.strip, 1)
        strip_row.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.filters.counters)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflict_bar)
        layout.addLayout(strip_row)
        layout.addLayout(buttons)
        self._actions()

    def _connect(self) -> None:
        follow_changes(self.session, self, self._data_changed)
        self.session.actor_changed.connect(self._refresh)
        self.session.campaign_changed.connect(self.reload)
        self.filters.changed.connect(self._apply_filters)
        # A click on a column header has the model read the rows again in the new order.
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_order: self.findings.request(self._findings_tag())
        )
        self.model.edit_refused.connect(self._refused)
        self.model.draft_changed.connect(self.typing.draft_changed)
        self.model.draft_saved.connect(self.typing.draft_saved)
        self.model.pending_changed.connect(self._pending_changed)
        self.conflicts.connect()
        self.findings.found.connect(self._findings_came)
        self.delegate.problem_changed.connect(self._typing_problem)
        self.table.typed_on_read_only.connect(self._typed_on_read_only)
        self.editor.undo_failed.connect(self._undo_refused)
        self.editor.stack.indexChanged.connect(self._stack_moved)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.remove_rows)
        self.paste_button.clicked.connect(lambda: self.paste_clipboard(True))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.discard_button.clicked.connect(self.discard_all)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._minute_passed)
        self._clock.start(60_000)  # time left to the deadline ticks by the minute

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the campaign again: phases, floors, buyers, then the table."""
        self.filters.fill()
        self._apply_filters()

    def _apply_filters(self) -> None:
        phase_id = self.filters.phase_id()
        if phase_id is None:
            self.model.set_query(None)
        else:
            old = self.model.query()
            self.model.set_query(
                ItemQuery(
                    phase_id=phase_id,
                    floor_id=self.filters.floor_id(),
                    buyer_id=self.filters.buyer_id(),
                    text=self.filters.text(),
                    sort=old.sort if old else "name",
                    descending=old.descending if old else False,
                )
            )
        self._refresh_marks(again=False)

    def _data_changed(self, kind: str) -> None:
        changes = self.session.current_changes()
        if kind in ("store", "campaign"):
            self.reload()
        elif kind == "items" and changes is not None and changes.kinds == {ChangeKind.ITEMS}:
            # Only the rows the change names are read again (an edit, a paste over cells);
            # the rule check runs off the GUI thread and marks the rows when it is done.
            if self.model.refresh_items(changes.ids[ChangeKind.ITEMS]):
                self.findings.request(self._findings_tag())
                self._show_counters()
                self._update_buttons()
            else:
                self._refresh()
        elif kind in ("items", "planning"):
            self._refresh()

    def _refresh(self) -> None:
        self.model.refresh()
        self._refresh_marks()

    def _refresh_marks(self, again: bool = True) -> None:
        self._ask_findings(again)
        self._show_counters()
        reason = self.model.lock_reason(None)
        self.lock_banner.setText(
            self.tr("Read-only (grey rows): %1").replace("%1", reason) if reason else ""
        )
        self.lock_banner.setVisible(bool(reason))
        for button in (self.add_button, self.delete_button, self.paste_button):
            button.setEnabled(not reason)
        self._update_buttons()

    def _findings_tag(self) -> tuple:
        """What the rows' marks must be the findings of: the campaign and phase shown."""
        return (self.session.campaign_id, self.filters.phase_id())

    def _ask_findings(self, again: bool) -> None:
        """Mark the rows: at once when the session knows the findings, else when checked.

        The rule check reads the whole campaign (a third of a second and more at 20,000
        items), so the rows of a phase just shown are painted unmarked first; `again`
        checks once more for the phase already marked (its data changed).
        """
        tag = self._findings_tag()
        if tag != self._marked_for:
            self.model.set_findings([])  # the marks of another phase or campaign go
        elif not again:
            # A filter or an order read the rows again, with whatever a colleague saved
            # meanwhile: the marks shown stay until a check begun after that read answers.
            self.findings.request(tag)
            return
        self._marked_for = tag
        known = self.session.known_findings()
        if known is not None:
            self.model.set_findings(known)
        else:
            self.findings.request(tag, soon=True)

    def _findings_came(self, found) -> None:
        # An answer for a phase or campaign no longer shown is dropped, never painted.
        if self.findings.wanted() == self._findings_tag():
            self.model.set_findings(found)

    def _minute_passed(self) -> None:
        # The deadline passing turns a buyer's rows grey without anything being saved.
        if self.model.tick():
            self._refresh_marks()
        else:
            self._show_counters()

    def _show_counters(self) -> None:
        phase_id = self.filters.phase_id()
        try:  # a few counting queries, not the whole campaign: this runs after every edit
            counters = phase_counters(self.session.ctx, phase_id) if phase_id else None
        except LookupError:
            counters = None
        now = self.session.ctx.clock.now()
        self.filters.counters.show_phase(counters, self.filters.floor_id(), now)
        query = self.model.query()
        shown = self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 items shown").replace("%1", str(shown)) if query else ""
        )

    def _stack_moved(self, _index: int) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.editor.stack.canUndo())
        self.redo_button.setEnabled(self.editor.stack.canRedo())
        pending = self.model.pending_count()
        self.discard_button.setVisible(pending > 0)
        if not pending and self.strip.is_error() and not self.strip.sticky:
            self.strip.hide()

    # -- messages ---------------------------------------------------------------------------
    def show_error(self, message: str, sticky: bool = False) -> None:
        """Say what was refused under the table (no dialog)."""
        self.strip.error(message, sticky)
        self._strip_about = None

    def _undo_refused(self, message: str) -> None:
        # Sticky: the refused step leaves the stack, and that must not hide why.
        self.show_error(message, sticky=True)

    def _refused(self, row: int, column: int, message: str) -> None:
        if self.model.draft_at(row) is not None:
            where = self.tr("New row, %2:")  # its row header is "*", not a number
        else:
            where = self.tr("Row %1, %2:").replace("%1", str(row + 1))
        self.show_error(f"{where.replace('%2', column_title(COLUMNS[column].key))} {message}")
        # The strip speaks of this entry until it is accepted or discarded.
        self._strip_about = self.model.pending_key(row, column)
        self._update_buttons()
        index = self.model.index(row, column)
        if self.table.state() != QAbstractItemView.State.EditingState:
            # A new row is saved after its editor closed: the cursor goes to the refused cell,
            # ready for F2. While an editor is open, its Tab or Enter moves the cursor itself.
            self.table.setCurrentIndex(index)
        self._reveal(index)

    def _reveal(self, index) -> None:
        # The strip just shown takes room from the table; lay out first, then scroll.
        self.layout().activate()
        self.table.scrollTo(index)

    def _pending_changed(self) -> None:
        self.conflicts.pending_changed()
        about = self._strip_about
        if about is not None and not self.model.is_pending(about):
            self._strip_about = None
            if self.strip.is_error():
                self.strip.hide()
        self._update_buttons()

    def _typed_on_read_only(self, index) -> None:
        """Typing on a cell that takes none: say why, stay on it, change nothing."""
        reason = self.model.lock_reason(self.model.item_at(index.row()))
        column = COLUMNS[index.column()]
        if reason is None and column.editor is Editor.CHECK:
            reason = self.tr("Space ticks or unticks %1.").replace("%1", column_title(column.key))
        elif reason is None:  # a column nobody types into (the rule marks, the changed time)
            reason = self.tr("%1 is filled in by the program.").replace(
                "%1", column_title(column.key)
            )
        self.strip.hint(reason)

    def _typing_problem(self, message: str) -> None:
        if message:
            self.strip.hint(message)
        elif self.strip.is_hint():
            self.strip.hide()

    def error_text(self) -> str:
        """What the strip under the table says now ('' when hidden)."""
        return self.strip.text() if self.strip.isVisibleTo(self) else ""

    def hideEvent(self, event) -> None:
        """Leaving the screen (or closing the window) saves the cell being typed into."""
        finish_editing(self.table)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc on a refused cell discards the refused text; Enter goes down a row."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.table.state() != QAbstractItemView.State.EditingState
            and self.table.currentIndex().isValid()
        ):
            index = self.table.currentIndex()
            self.typing.move_down(index.row(), index.column())
            return True
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.table.currentIndex().isValid()
        ):
            index = self.table.currentIndex()
            if self.model.pending(index.row(), index.column()):
                self.model.discard(index.row(), index.column())
                self._update_buttons()
                if not self.model.pending_count():
                    self.strip.hide()
                return True
        return super().eventFilter(watched, event)

    # -- unsaved work (asked about by the main window) ----------------------------------------
    def unsaved_work(self) -> list[str]:
        """New rows typed into and refused entries not saved."""
        return self.typing.unsaved_work()

    def save_unsaved(self) -> list[str]:
        """Save the complete new rows; what cannot be saved, and why."""
        return self.typing.save_unsaved()

    def discard_unsaved(self) -> None:
        """Drop the unsaved new rows and refused entries."""
        self.typing.discard_unsaved()

    def select_object(self, kind: str, obj_id: int) -> bool:
        """Show the item with that id: its phase, filters cleared if they hide it, selected."""
        if kind != "item":
            return False
        try:
            item = get_item(self.session.ctx, obj_id)
        except PromoError:
            return False
        self.filters.show_phase(item.phase_id)
        row = self.model.row_of(item.id)
        if row is None:
            self.filters.clear()
            row = self.model.row_of(item.id)
        if row is None:
            return False
        index = self.model.index(row, COLUMN_INDEX["name"])
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def query(self) -> ItemQuery | None:
        """What the table shows now."""
        return self.model.query()

    def set_text_filter(self, text: str) -> None:
        """Type into the filter box."""
        self.filters.search.setText(text)

    def focus_search(self) -> None:
        """Ctrl+F: type in the filter box."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def help_text(self) -> str:
        """What the buyers' grid does and its keys."""
        return self.tr(
            "Type special-price items straight into the grid; each change is saved when you "
            "leave the cell (Tab goes right, Enter goes down), and a row you type in stays "
            "where it is until you leave it. Insert adds a row, Delete clears the selected "
            "cells, Ctrl+- removes the selected rows, Ctrl+V pastes over cells, Ctrl+Shift+V "
            "pastes rows copied from Excel or WPS as new items (a header row names the "
            "columns; columns it does not know are left out), "
            "Ctrl+Z and Ctrl+Shift+Z undo and redo, Esc drops a refused entry, Ctrl+H shows an "
            "item's history. A red cell was refused (the reason is under the table); an amber "
            "cell was changed by a colleague meanwhile (Keep mine or Take theirs, under the "
            "table or on the right-click menu); a yellow row has a rule finding; grey "
            "rows are not yours or their deadline has passed. The counters show each floor "
            "against its quota and the time left to the deadline."
        )
