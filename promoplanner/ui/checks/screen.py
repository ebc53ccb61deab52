"""The floor's daily display check: the day's list, results ticked in, barcodes scanned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.enums import Role
from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import Language, current_language
from promoplanner.services.checks import CheckLine, CheckSheet, check_sheet, record_check
from promoplanner.ui.checks.model import COLUMN, RESULTS, CheckSheetTableModel
from promoplanner.ui.checks.results import (
    ResultDelegate,
    legend_text,
    mark_pixmap,
    result_words,
)
from promoplanner.ui.collation import floors_in_order
from promoplanner.ui.items.delegates import finish_editing
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession

GOOD = "QLabel { background: #d8f0d4; color: #134d14; padding: 8px; font-size: 15px; }"
BAD = (
    "QLabel { background: #c62828; color: white; padding: 10px; font-size: 18px;"
    " font-weight: bold; }"
)
ERROR = "QLabel { background: #fde2e2; color: #8a0000; padding: 4px; }"


class DailyChecksScreen(QWidget):
    """Floor managers walk the floor with this list and tick or scan what they find."""

    print_requested = Signal(object, object)  # day, floor id (None for every floor)
    sheet_saved = Signal(str)  # path of the PDF written by "Print sheet"

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet: CheckSheet | None = None
        self.model = CheckSheetTableModel(self)
        self.model.record = self._record
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.floor = QComboBox(self)
        self.checker = QLineEdit(self)
        self.checker.setPlaceholderText(self.tr("Name of the person checking"))
        self.only_failed = QCheckBox(self.tr("Only items that failed yesterday"), self)
        self.print_button = QPushButton(self.tr("Print sheet…"), self)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan a barcode (or type it and press Enter)"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.strip = QLabel(self)
        self.strip.setWordWrap(True)
        self.strip.setStyleSheet(ERROR)
        self.strip.hide()
        self.summary = QLabel(self)
        self.table = QTableView(self)
        self.results = ResultDelegate(self.table)
        # Swappable, so tests and the main window need no real dialog.
        self.ask_pdf_path = self._ask_pdf_path
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self._build()
        self._connect()
        self._fill_floors()
        self.day.setDate(QDate(self.session.ctx.clock.now().date()))
        self._actor_changed()
        self.reload()

    def _build(self) -> None:
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Day"), self.day),
            (self.tr("Floor"), self.floor),
            (self.tr("Checked by"), self.checker),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(self.only_failed)
        top.addStretch(1)
        top.addWidget(self.print_button)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("Scan"), self)
        scan_label.setBuddy(self.scan)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        legend_row = self._legend()
        legend_row.addStretch(1)
        legend_row.addWidget(self.summary)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        for key in RESULTS:
            self.table.setItemDelegateForColumn(COLUMN[key], self.results)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # At 1400 px the columns up to the results fit beside the sidebar; note and checker
        # follow to the right.
        widths = (44, 90, 160, 118, 100, 70, 95, 95, 80, 90, 90, 160, 100)
        for column, width in enumerate(widths):
            # Wide enough for the header in either language.
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(scan_row)
        layout.addLayout(legend_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.strip)

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for value in (None, True, False):
            mark = QLabel(self)
            mark.setPixmap(mark_pixmap(value))
            row.addWidget(mark)
            row.addWidget(QLabel(result_words(value), self))
            row.addSpacing(10)
        hint = QLabel(self.tr("Click the box or press Space to change a result."), self)
        hint.setStyleSheet("QLabel { color: #555; }")
        row.addWidget(hint)
        for i in range(row.count()):
            widget = row.itemAt(i).widget()
            if widget is not None:
                widget.setToolTip(legend_text())
        return row

    def _connect(self) -> None:
        follow_changes(self.session, self, self._data_changed)
        self.session.actor_changed.connect(self._actor_changed)
        self.session.campaign_changed.connect(lambda: self._data_changed("store"))
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.floor.currentIndexChanged.connect(lambda _i: self.reload())
        self.only_failed.toggled.connect(lambda _on: self.reload())
        self.scan.returnPressed.connect(self._scanned)
        self.print_button.clicked.connect(self.print_sheet)
        self.model.refused.connect(lambda _row, message: self._error(message))
        # Another day or floor starts at the left edge: floor, department and item first.
        self.model.modelReset.connect(lambda: self.table.horizontalScrollBar().setValue(0))

    def _fill_floors(self) -> None:
        zh = current_language() is Language.ZH
        chosen = self.floor.currentData()
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("All floors"), None)
        for f in floors_in_order(self.session.layout().floors):
            self.floor.addItem(f"{f.code} {f.name_zh if zh else f.name_en}", f.id)
        found = self.floor.findData(chosen) if chosen is not None else 0
        self.floor.setCurrentIndex(max(found, 0))
        self.floor.blockSignals(False)

    def _actor_changed(self) -> None:
        actor = self.session.ctx.actor
        if actor is None:
            return
        if actor.role is Role.FLOOR_MANAGER and actor.name and not self.checker.text():
            self.checker.setText(actor.name)

    def _data_changed(self, kind: str) -> None:
        if kind == "store":
            self._fill_floors()
        if kind in ("checks", "items", "planning", "store", "campaign", "events"):
            self.reload()

    # -- reading ----------------------------------------------------------------------------
    def selected_day(self) -> date:
        """The day whose check is shown."""
        return self.day.date().toPython()

    def floor_id(self) -> int | None:
        """The floor shown, None for every floor."""
        return self.floor.currentData()

    def reload(self) -> None:
        """Read the day's sheet again."""
        try:
            self.sheet = check_sheet(self.session.ctx, self.selected_day(), self.floor_id())
        except PromoError as error:
            self.sheet = None
            self._error(error.message())
        self.model.only_failed_yesterday = self.only_failed.isChecked()
        self.model.set_sheet(self.sheet)
        items, checked, failed, before = self.model.counts()
        self.summary.setText(
            self.tr("%1 items · %2 checked · %3 failed today · %4 failed yesterday")
            .replace("%1", str(items))
            .replace("%2", str(checked))
            .replace("%3", str(failed))
            .replace("%4", str(before))
        )
        nothing_on_sale = self.tr("No special-price item is on sale on this day.")
        if self.sheet is not None and not self.sheet.lines:
            self._say(nothing_on_sale, GOOD)
        elif self.banner.text() == nothing_on_sale:
            self.banner.hide()  # a scan's message stays; only the empty-day notice goes

    # -- recording ----------------------------------------------------------------------------
    def _record(self, line: CheckLine, changes: dict[str, object]) -> None:
        if not shiboken6.isValid(self.session):
            return  # the program is ending: a note still being typed is dropped, not half-saved
        today = line.today
        values: dict[str, object] = {key: getattr(today, key) if today else None for key in RESULTS}
        values["note"] = today.note if today else ""
        values.update(changes)
        self.session.change(
            "checks",
            record_check,
            self.selected_day(),
            line.item.id,
            checker=self.checker.text(),
            **values,
        )
        self.strip.hide()
        self.checker.setStyleSheet("")

    def _error(self, message: str) -> None:
        self.strip.setText(message)
        self.strip.show()
        if not self.checker.text().strip():
            self.checker.setStyleSheet("QLineEdit { background: #f8c8c8; }")
            self.checker.setToolTip(message)

    def _scanned(self) -> None:
        code = "".join(self.scan.text().split())
        self.scan.clear()
        if code:
            self.scan_barcode(code)
        self.scan.setFocus()

    def scan_barcode(self, code: str) -> bool:
        """Find the scanned item on the list and mark it arrived; say loudly when it is not."""
        line = self.sheet.line_for_barcode(code) if self.sheet else None
        if line is None:
            QApplication.beep()
            elsewhere = self._on_other_floor(code)
            message = self.tr("%1 is not on this day's list!").replace("%1", code)
            if elsewhere:
                message += " " + self.tr("It is on the %1 list.").replace("%1", elsewhere)
            self._say(message, BAD)
            return False
        try:
            self._record(line, {"arrived": True})
        except PromoError as error:
            QApplication.beep()
            self._say(f"{line.item.name}: {error.message()}", BAD)
            self._error(error.message())
            return False
        row = self.model.row_of(line.item.id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COLUMN["name"]))
        self._say(self.tr("Seen: %1 — marked arrived.").replace("%1", line.item.name), GOOD)
        return True

    def _on_other_floor(self, code: str) -> str | None:
        if self.floor_id() is None:
            return None
        try:
            other = check_sheet(self.session.ctx, self.selected_day()).line_for_barcode(code)
        except PromoError:
            return None
        return other.floor.code if other else None

    def _say(self, message: str, style: str) -> None:
        self.banner.setStyleSheet(style)
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        """What the banner says now ('' when hidden)."""
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits typed while the table has focus go to the scan field (scanners type fast)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.text().isdigit()
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.scan.setFocus()
            self.scan.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        """Leaving the screen (or closing the window) records the note being typed."""
        finish_editing(self.table)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        """The scan field takes the focus, ready for the scanner."""
        super().showEvent(event)
        self.scan.setFocus()

    # -- printing -------------------------------------------------------------------------------
    def _ask_pdf_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the display check sheet"), suggested, self.tr("PDF (*.pdf)")
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
            self._error(self.tr("The sheet was not saved: %1").replace("%1", message))
            return
        self.sheet_saved.emit(path)
        self.open_file(path)

    def focus_search(self) -> None:
        """Ctrl+F: back to the scan field."""
        self.scan.setFocus()
        self.scan.selectAll()

    def help_text(self) -> str:
        """How the morning display check is recorded."""
        return self.tr(
            "Choose the day and the floor: the list is the printed sheet. Type your name as "
            "checker, then scan each item's barcode (or type it and press Enter) to mark it "
            "arrived; a code not on the day's list turns the banner red. Click a result box or "
            "press Space to switch it between yes and no, and write what is wrong in the note. "
            "Items that failed yesterday are marked; Print sheet makes the PDF for the walk."
        )
