"""One part of the Store screen: a table of rows, a form for the chosen row, its buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.ui.widgets.field_error import FieldErrors

RETIRED = QColor("#8a8a8a")


class SectionWidget(QGroupBox):
    """Rows in a table (retired ones grey); selecting one fills the form below."""

    chosen = Signal()

    def __init__(self, title: str, headers: Sequence[str], name: str, parent=None) -> None:
        super().__init__(title, parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.chosen.emit)
        self.form = QFormLayout()
        self.errors = FieldErrors(self)
        self.buttons = QHBoxLayout()
        self.more = QHBoxLayout()
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(self.form)
        column.addLayout(self.buttons)
        column.addLayout(self.more)
        self.ids: list[int] = []

    def field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """A field of the form."""
        return self.errors.add_row(self.form, label, name, widget)

    def button(self, text: str, name: str, slot: Callable[[], object], second: bool = False):
        """A button under the form (second: on the second line)."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        (self.more if second else self.buttons).addWidget(button)
        return button

    def fill(self, rows: Sequence[tuple[int, Sequence[str], bool]]) -> None:
        """Show the rows (id, cell texts, retired), keeping the chosen one chosen."""
        keep = self.current_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        self.ids = [row_id for row_id, _, _ in rows]
        for r, (_row_id, cells, retired) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if retired:
                    item.setForeground(RETIRED)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        if keep in self.ids:
            self.table.selectRow(self.ids.index(keep))
        elif self.ids and self.current_id() is None:
            self.table.selectRow(0)

    def current_id(self) -> int | None:
        """The id of the chosen row."""
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def choose(self, row_id: int) -> None:
        """Select the row of that id."""
        if row_id in self.ids:
            self.table.selectRow(self.ids.index(row_id))
