"""The daily check screen's commands: recording a line, All right, re-checking a fix
task, finding a scanned item, the walking order and printing the sheet."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from promoplanner.core.display_check import Stock
from promoplanner.core.display_sheet import DisplayLine
from promoplanner.core.errors import PromoError
from promoplanner.services.display import find_on_day, record_display_check
from promoplanner.ui.checks.model import COLUMN, Draft

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
GOOD = "QLabel { background: #d8f0d4; color: #134d14; padding: 8px; font-size: 15px; }"
BAD = (
    "QLabel { background: #c62828; color: white; padding: 10px; font-size: 18px;"
    " font-weight: bold; }"
)


class CheckActionsMixin:
    """Part of DailyChecksScreen: what the floor manager records, scans, orders and prints.

    Kept apart so the screen stays readable; it uses the screen's own widgets and model.
    Its strings keep the DailyChecksScreen context, so their translations are the screen's.
    """

    # -- recording ----------------------------------------------------------------------------
    def _due(self, typed: str) -> str:
        """A due time as typed: HH:MM is today (the clock's day), else YYYY-MM-DD HH:MM."""
        typed = typed.strip()
        if len(typed) <= 5 and ":" in typed:
            return f"{self.session.ctx.clock.now():%Y-%m-%d} {typed.zfill(5)}"
        return typed

    def _record(self, line: DisplayLine, draft: Draft) -> None:
        if not shiboken6.isValid(self.session):
            return  # the program is ending: an entry still being typed is dropped
        assert draft.stock is not None
        self.session.change(
            "checks",
            record_display_check,
            self.selected_day(),
            line.item.barcode,
            item_id=line.item.id,
            round=self.round_value(),
            placed=bool(draft.placed),
            tag=bool(draft.tag_ok),
            pop=bool(draft.pop),
            stock=draft.stock,
            problem=draft.problem if draft.needs_fix else "",
            fixer=draft.fixer if draft.needs_fix else "",
            due=self._due(draft.due) if draft.needs_fix else None,
        )
        self.strip.hide()

    def record_all_right(self) -> bool:
        """Record the selected item as right in this round (the common case, one key)."""
        line = self.selected_line()
        if line is None:
            return False
        right = Draft(placed=True, tag_ok=True, pop=True, stock=Stock.FULL)
        if self.model.set_draft(line, right):
            words = translate("DailyChecksScreen", "Recorded: %1 — all right.")
            self._say(words.replace("%1", line.item.name), GOOD)
            self._next_row()
            return True
        return False

    def _next_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() + 1 < self.model.rowCount():
            self.table.selectRow(rows[0].row() + 1)

    def recheck_selected(self) -> bool:
        """The selected open task's item is right now: record it, which closes the task."""
        row = self.fixes.currentRow()
        cell = self.fixes.item(row, 0) if row >= 0 else None
        if cell is None:
            return False
        item_id = cell.data(Qt.ItemDataRole.UserRole)
        line = self.current.line_for(item_id) if self.current else None
        if line is None:
            return False
        right = Draft(placed=True, tag_ok=True, pop=True, stock=Stock.FULL)
        try:
            self._record(line, right)
        except PromoError as error:
            self._error(error.message())
            return False
        words = translate("DailyChecksScreen", "Re-checked: %1 is right; its task is done.")
        self._say(words.replace("%1", line.item.name), GOOD)
        return True

    def _scanned(self) -> None:
        code = "".join(self.scan.text().split())
        self.scan.clear()
        if code:
            self.scan_barcode(code)
        self.scan.setFocus()

    def scan_barcode(self, code: str) -> bool:
        """Find the scanned item (barcode, scale label or PLU) and select it; loudly if not."""
        try:
            item_id = find_on_day(self.session.ctx, self.selected_day(), code, self.floor_id())
        except PromoError as error:
            QApplication.beep()
            self._say(error.message(), BAD)
            return False
        row = self.model.row_of(item_id)
        if row is None:  # filtered away (only open tasks): show everything again
            self.only_open.setChecked(False)
            row = self.model.row_of(item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, COLUMN["name"]))
        name = self.model.line(row).item.name  # type: ignore[union-attr]
        words = translate("DailyChecksScreen", "Found: %1 — enter what you see, or All right ✓.")
        self._say(words.replace("%1", name), GOOD)
        self._found = item_id  # the banner goes once the selection moves to another item
        return True

    # -- walking order ------------------------------------------------------------------------
    def _ask_walk_order(self, floor_id: int) -> list[int] | None:
        from promoplanner.ui.checks.walk import WalkOrderDialog

        dialog = WalkOrderDialog(self.session, floor_id, self.current, self)
        return dialog.order() if dialog.exec() else None

    def set_walk_order(self) -> None:
        """Let the floor manager put the floor's departments in the order they walk them."""
        floor_id = self.floor_id()
        if floor_id is None:
            return
        order = self.ask_walk_order(floor_id)
        if order is None:
            return
        from promoplanner.services.display_setup import set_walk_order

        try:
            self.session.change("checks", set_walk_order, floor_id, order)
        except PromoError as error:
            self._error(error.message())

    # -- printing -------------------------------------------------------------------------------
    def _ask_pdf_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("DailyChecksScreen", "Save the display check sheet"),
            suggested,
            translate("DailyChecksScreen", "PDF (*.pdf)"),
        )
        return path

    def print_sheet(self) -> None:
        """Write the printable sheet of the day and floor as PDF and open it."""
        day, floor_id = self.selected_day(), self.floor_id()
        try:
            from promoplanner.printing import display_check_pdf
        except ImportError:
            self.print_requested.emit(day, floor_id)
            return
        floor = self.floor.currentText().split(" ")[0] if floor_id is not None else "all"
        path = self.ask_pdf_path(f"display-check-{day.isoformat()}-{floor}.pdf")
        if not path:
            return
        try:
            pdf = display_check_pdf(self.session.ctx, day, floor_id, self.session.campaign_id)
            Path(path).write_bytes(pdf)
        except (PromoError, OSError) as error:
            message = error.message() if isinstance(error, PromoError) else str(error)
            words = translate("DailyChecksScreen", "The sheet was not saved: %1")
            self._error(words.replace("%1", message))
            return
        self.sheet_saved.emit(path)
        self.open_file(path)
