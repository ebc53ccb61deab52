"""The floor's daily display check: the day's list in walking order, each round's four
points per item, fix tasks until a re-check finds the item right, and the pass rate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.display_check import Stock
from promoplanner.core.display_sheet import DisplayDay, DisplayLine, OpenFix
from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import Language, current_language
from promoplanner.services.display import display_day
from promoplanner.ui.checks.model import (
    COLUMN,
    RESULTS,
    CheckSheetTableModel,
    problem_words,
    round_words,
    stock_words,
)
from promoplanner.ui.checks.results import ResultDelegate, legend_text, mark_pixmap, result_words
from promoplanner.ui.checks.screen_actions import GOOD, CheckActionsMixin
from promoplanner.ui.collation import floors_in_order
from promoplanner.ui.items.delegates import finish_editing
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession

ERROR = "QLabel { background: #fde2e2; color: #8a0000; padding: 4px; }"
OVERDUE = QColor("#c62828")
ROUNDS = ("morning", "midday", "evening")


class StockDelegate(QStyledItemDelegate):
    """Stock is chosen from the four states, never typed."""

    def createEditor(self, parent, option, index):
        """A drop-down of full, low, out (card up), out without card."""
        box = QComboBox(parent)
        for stock in Stock:
            box.addItem(stock_words(stock), stock.value)
        return box

    def setEditorData(self, editor, index) -> None:
        """Start on the stock entered, else full."""
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or Stock.FULL.value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index) -> None:
        """The chosen stock."""
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DailyChecksScreen(CheckActionsMixin, QWidget):
    """Floor managers walk the floor with this list and enter or scan what they find."""

    print_requested = Signal(object, object)  # day, floor id (None for every floor)
    sheet_saved = Signal(str)  # path of the PDF written by "Print sheet"

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: DisplayDay | None = None
        self.model = CheckSheetTableModel(self)
        self.model.record = self._record
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.floor = QComboBox(self)
        self.round = QComboBox(self)
        for value in ROUNDS:
            self.round.addItem(round_words(value), value)
        self.only_open = QCheckBox(self.tr("Only items with an open fix task"), self)
        self.walk_button = QPushButton(self.tr("Walking order…"), self)
        self.print_button = QPushButton(self.tr("Print sheet…"), self)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(
            self.tr("Scan a barcode or a scale label (or type a barcode or PLU and press Enter)")
        )
        self.all_right = QPushButton(self.tr("All right ✓"), self)
        self.all_right.setToolTip(self.tr("Record the selected item as right (Ctrl+Enter)"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.strip = QLabel(self)
        self.strip.setWordWrap(True)
        self.strip.setStyleSheet(ERROR)
        self.strip.hide()
        self.summary = QLabel(self)
        self.rate = QLabel(self)
        self.rate.setObjectName("pass_rate")
        self.table = QTableView(self)
        self.results = ResultDelegate(self.table)
        self.stock = StockDelegate(self.table)
        self.fixes = QTableWidget(0, 5, self)
        self.fixes_label = QLabel(self)
        self.recheck = QPushButton(self.tr("Re-checked: right now"), self)
        # Swappable, so tests and the main window need no real dialog.
        self.ask_pdf_path = self._ask_pdf_path
        self.ask_walk_order = self._ask_walk_order
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self._build()
        self._connect()
        self._fill_floors()
        self.day.setDate(QDate(self.session.ctx.clock.now().date()))
        self.reload()

    def _build(self) -> None:
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Day"), self.day),
            (self.tr("Floor"), self.floor),
            (self.tr("Round"), self.round),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.walk_button)
        top.addWidget(self.print_button)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("Scan"), self)
        scan_label.setBuddy(self.scan)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.all_right)
        legend_row = self._legend()
        legend_row.addStretch(1)
        legend_row.addWidget(self.summary)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        for key in RESULTS:
            self.table.setItemDelegateForColumn(COLUMN[key], self.results)
        self.table.setItemDelegateForColumn(COLUMN["stock"], self.stock)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Every column, the fix task's included, fits a 1400-pixel-wide window without scrolling.
        widths = (40, 76, 160, 118, 110, 110, 56, 72, 52, 84, 120, 72, 100)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.fixes.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Problem"), self.tr("Who fixes"), self.tr("By when"),
             self.tr("Found")]
        )  # fmt: skip
        self.fixes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fixes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fixes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fixes.horizontalHeader().setStretchLastSection(True)
        self.fixes.setColumnWidth(0, 200)
        self.fixes.setColumnWidth(1, 420)
        self.fixes.setColumnWidth(2, 120)
        self.fixes.setColumnWidth(3, 200)
        self.fixes.setMaximumHeight(170)
        fixes_head = QHBoxLayout()
        fixes_head.addWidget(self.fixes_label)
        fixes_head.addStretch(1)
        fixes_head.addWidget(self.rate)
        fixes_head.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(scan_row)
        layout.addLayout(legend_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.strip)
        layout.addLayout(fixes_head)
        layout.addWidget(self.fixes)

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for value in (None, True, False):
            mark = QLabel(self)
            mark.setPixmap(mark_pixmap(value))
            row.addWidget(mark)
            row.addWidget(QLabel(result_words(value), self))
            row.addSpacing(10)
        hint = QLabel(
            self.tr("Click a box or press Space; a complete line is recorded at once."), self
        )
        hint.setStyleSheet("QLabel { color: #555; }")
        row.addWidget(hint)
        for i in range(row.count()):
            widget = row.itemAt(i).widget()
            if widget is not None:
                widget.setToolTip(legend_text())
        return row

    def _connect(self) -> None:
        follow_changes(self.session, self, self._data_changed)
        self.session.campaign_changed.connect(lambda: self._data_changed("store"))
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.floor.currentIndexChanged.connect(lambda _i: self.reload())
        self.only_open.toggled.connect(lambda _on: self.reload())
        self.scan.returnPressed.connect(self._scanned)
        self.print_button.clicked.connect(self.print_sheet)
        self.walk_button.clicked.connect(self.set_walk_order)
        self.all_right.clicked.connect(self.record_all_right)
        self.recheck.clicked.connect(self.recheck_selected)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record_all_right)
        self.model.refused.connect(lambda _row, message: self._error(message))
        self.model.drafts_changed.connect(self._summarise)
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

    def round_value(self) -> str:
        """The round being walked."""
        return self.round.currentData()

    def reload(self) -> None:
        """Read the day again: lines, open tasks, pass rates."""
        try:
            self.current = display_day(self.session.ctx, self.selected_day(), self.floor_id())
            self.strip.hide()
        except PromoError as error:
            self.current = None
            self._error(error.message())
        self.model.only_open = self.only_open.isChecked()
        self.model.set_day(self.current)
        self.walk_button.setEnabled(self.floor_id() is not None)
        self._fill_fixes()
        self._summarise()
        nothing_on_sale = self.tr("No special-price item is on sale on this day.")
        lines = [ln for f in self.current.floors for ln in f.lines] if self.current else []
        if self.current is not None and not lines:
            self._say(nothing_on_sale, GOOD)
        elif self.banner.text() == nothing_on_sale:
            self.banner.hide()

    def _summarise(self) -> None:
        day = self.current
        if day is None:
            self.summary.setText("")
            self.rate.setText("")
            return
        items = sum(len(f.lines) for f in day.floors)
        checked = day.pass_rate.checked
        self.summary.setText(
            self.tr("%1 items · %2 checked · %3 entries not recorded yet")
            .replace("%1", str(items))
            .replace("%2", str(checked))
            .replace("%3", str(self.model.pending()))
        )
        zh = current_language() is Language.ZH
        parts = [
            self.tr("Pass rate %1: %2")
            .replace("%1", f.floor.code)
            .replace("%2", f.pass_rate.display)
            for f in day.floors
            if f.lines
        ]
        other = self.tr("Other")  # outside the f-string: lupdate reads only plain calls
        departments = [
            f"{(d.name_zh if zh else d.name_en) if d else other} {r.display}"
            for f in day.floors
            for d, r in f.department_rates
            if r.checked
        ]
        self.rate.setText(" · ".join(parts))
        self.rate.setToolTip("\n".join(departments))

    def open_fixes(self) -> list[OpenFix]:
        """The fix tasks still open on the day's list (listed below the table)."""
        return (
            [f for floor in self.current.floors for f in floor.open_fixes] if self.current else []
        )

    def _fill_fixes(self) -> None:
        fixes = self.open_fixes()
        zh = current_language() is Language.ZH
        overdue = sum(1 for f in fixes if f.overdue)
        self.fixes_label.setText(
            self.tr("Open fix tasks: %1 (%2 overdue)")
            .replace("%1", str(len(fixes)))
            .replace("%2", str(overdue))
        )
        self.fixes.setRowCount(len(fixes))
        for row, fix in enumerate(fixes):
            task = fix.state.task
            due = f"{task.due:%Y-%m-%d %H:%M}"
            if fix.overdue:
                due += "  " + self.tr("OVERDUE")
            found = fix.state.check
            words = ", ".join(problem_words(p) for p in found.problems)
            cells = [
                fix.item.name,
                ("；" if zh else "; ").join(v for v in (task.problem, words) if v),
                task.fixer,
                due,
                f"{found.at:%m-%d %H:%M} {found.checker}",
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, fix.item.id)
                if fix.overdue:
                    cell.setForeground(QBrush(OVERDUE))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.fixes.setItem(row, column, cell)
        self.recheck.setEnabled(bool(fixes))

    # -- what the screen says, and its keys (the commands are in screen_actions.py) ----------
    def _error(self, message: str) -> None:
        self.strip.setText(message)
        self.strip.show()

    def selected_line(self) -> DisplayLine | None:
        """The line of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def _say(self, message: str, style: str) -> None:
        self.banner.setStyleSheet(style)
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        """What the banner says now ('' when hidden)."""
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits typed on a mark go to the scan field (scanners type fast); Delete clears."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            column = self.table.currentIndex().column()
            on_text = column in (COLUMN["problem"], COLUMN["fixer"], COLUMN["due"])
            if event.text().isdigit() and not on_text:
                self.scan.setFocus()
                self.scan.insert(event.text())
                return True
            if event.key() == Qt.Key.Key_Delete:
                line = self.selected_line()
                if line is not None:
                    self.model.clear_draft(line)
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        """Leaving the screen (or closing the window) keeps the entry being typed."""
        finish_editing(self.table)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        """The scan field takes the focus, ready for the scanner."""
        super().showEvent(event)
        self.scan.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F: back to the scan field."""
        self.scan.setFocus()
        self.scan.selectAll()

    def help_text(self) -> str:
        """How the display check is recorded."""
        return self.tr(
            "Choose the day, the floor and the round, then scan an item's barcode or scale label "
            "(or type its barcode or PLU) to find it, then click Placed, Price tag and POP and "
            "choose the stock; All right ✓ (Ctrl+Enter) records a right item at once. For "
            "anything wrong write the problem, who fixes it and by when (HH:MM is today): the "
            "check is recorded when the line is complete, and the task stays in the list "
            "below until a re-check finds the item right. Overdue tasks are red."
        )
