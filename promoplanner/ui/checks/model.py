"""The daily display check as a table: one line per special-price item, results ticked in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import Language, current_language
from promoplanner.core.model import DisplayCheck
from promoplanner.services.checks import CheckLine, CheckSheet
from promoplanner.ui.checks.results import RESULT_ROLE, legend_text, result_words
from promoplanner.ui.items.columns import form_label

RESULTS = ("arrived", "golden_position", "price_tag_ok")
COLUMNS = (
    "floor",
    "department",
    "name",
    "barcode",
    "spec",
    "price",
    "display",
    "yesterday",
    "arrived",
    "golden_position",
    "price_tag_ok",
    "note",
    "checker",
)
COLUMN = {key: i for i, key in enumerate(COLUMNS)}
FAILED = QColor("#fde2e2")
PASSED = QColor("#e3f4e1")
SEEN = QColor("#fff6cc")

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def titles() -> dict[str, str]:
    """Column headers in the current language."""
    return {
        "floor": translate("CheckSheetTableModel", "Floor"),
        "department": translate("CheckSheetTableModel", "Department"),
        "name": translate("CheckSheetTableModel", "Item"),
        "barcode": translate("CheckSheetTableModel", "Barcode"),
        "spec": translate("CheckSheetTableModel", "Spec"),
        "price": translate("CheckSheetTableModel", "Promotion price"),
        "display": translate("CheckSheetTableModel", "Display / zone"),
        "yesterday": translate("CheckSheetTableModel", "Yesterday"),
        "arrived": translate("CheckSheetTableModel", "Arrived"),
        "golden_position": translate("CheckSheetTableModel", "Golden position"),
        "price_tag_ok": translate("CheckSheetTableModel", "Price tag right"),
        "note": translate("CheckSheetTableModel", "Note"),
        "checker": translate("CheckSheetTableModel", "Checked by"),
    }


def failures(check: DisplayCheck | None) -> list[str]:
    """The names of the checks a record failed."""
    if check is None:
        return []
    names = {
        "arrived": translate("CheckSheetTableModel", "not arrived"),
        "golden_position": translate("CheckSheetTableModel", "not at golden position"),
        "price_tag_ok": translate("CheckSheetTableModel", "price tag wrong"),
    }
    return [names[key] for key in RESULTS if getattr(check, key) is False]


class CheckSheetTableModel(QAbstractTableModel):
    """Lines of one day's check sheet; ticking a result records it through the services."""

    refused = Signal(int, str)  # row, message

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[CheckLine] = []
        self._errors: dict[int, str] = {}  # item id -> message of a refused record
        # Set by the screen: records (line, changes) through the services or raises.
        self.record: Callable[[CheckLine, dict[str, object]], None] | None = None
        self.only_failed_yesterday = False

    def set_sheet(self, sheet: CheckSheet | None) -> None:
        """Show a sheet; rows stay in place when the same items are listed again."""
        lines = list(sheet.lines) if sheet else []
        if self.only_failed_yesterday:
            lines = [line for line in lines if line.failed_yesterday]
        if [line.item.id for line in lines] == [line.item.id for line in self._lines] and lines:
            self._lines = lines
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._lines = lines
        self._errors.clear()
        self.endResetModel()

    def line(self, row: int) -> CheckLine | None:
        """The line on that row."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, item_id: int) -> int | None:
        """The row of an item."""
        return next((r for r, line in enumerate(self._lines) if line.item.id == item_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """One row per item to check."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles and row numbers; the result columns explain their marks."""
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return (
                legend_text()
                if 0 <= section < len(COLUMNS) and COLUMNS[section] in RESULTS
                else None
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return titles()[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index):
        """Results are check boxes; the note is typed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()]
        if key in RESULTS:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if key == "note":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """What a cell shows."""
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        key = COLUMNS[index.column()]
        today = line.today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, key)
        if role == Qt.ItemDataRole.EditRole and key == "note":
            return today.note if today else ""
        if role == RESULT_ROLE and key in RESULTS:
            return getattr(today, key) if today else None
        if role == Qt.ItemDataRole.CheckStateRole and key in RESULTS:
            # Screen readers hear the state; the eye sees ResultDelegate's marks instead.
            value = getattr(today, key) if today else None
            if value is None:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(line, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.item.id in self._errors:
                return self._errors[line.item.id]
            if key == "yesterday" and line.yesterday and line.yesterday.note:
                return line.yesterday.note
            if key in RESULTS:
                value = getattr(today, key) if today else None
                return f"{titles()[key]}: {result_words(value)}\n{legend_text()}"
        if role == Qt.ItemDataRole.ForegroundRole and key == "yesterday" and line.failed_yesterday:
            return QBrush(QColor("#a00000"))
        return None

    def _text(self, line: CheckLine, key: str) -> str | None:
        zh = current_language() is Language.ZH
        item, today = line.item, line.today
        if key == "floor":
            return line.floor.code
        if key == "department":
            dept = line.department
            return (dept.name_zh if zh else dept.name_en) if dept else ""
        if key == "name":
            return item.name
        if key == "barcode":
            return item.barcode
        if key == "spec":
            return " / ".join(part for part in (item.spec, item.unit) if part)
        if key == "price":
            return f"{item.promo_price:.2f}"
        if key == "display":
            zones = ", ".join(z.name for z in line.zones)
            form = form_label(item.display_form)
            return f"{form} · {zones}" if zones else form
        if key == "yesterday":
            if line.yesterday is None:
                return "–"
            failed = failures(line.yesterday)
            return (
                "✗ " + ", ".join(failed)
                if failed
                else translate("CheckSheetTableModel", "✓ all right")
            )
        if key in RESULTS:
            value = getattr(today, key) if today else None
            return "" if value is None else result_words(value)
        if key == "note":
            return today.note if today else ""
        if key == "checker":
            if today is None or today.recorded_at is None:
                return ""
            return f"{today.checker} {today.recorded_at:%H:%M}"
        return None

    def _background(self, line: CheckLine, key: str):
        if line.item.id in self._errors:
            return QBrush(FAILED)
        if key == "yesterday" and line.failed_yesterday:
            return QBrush(FAILED)
        if key in RESULTS and line.today is not None:
            value = getattr(line.today, key)
            if value is not None:
                return QBrush(PASSED if value else FAILED)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """Record a ticked result or a typed note through the services."""
        line = self.line(index.row()) if index.isValid() else None
        if line is None or self.record is None:
            return False
        key = COLUMNS[index.column()]
        if key in RESULTS and role == Qt.ItemDataRole.CheckStateRole:
            changes: dict[str, object] = {key: Qt.CheckState(value) == Qt.CheckState.Checked}
        elif key == "note" and role == Qt.ItemDataRole.EditRole:
            changes = {"note": str(value)}
        else:
            return False
        try:
            self.record(line, changes)
        except PromoError as error:
            self._errors[line.item.id] = error.message()
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1)
            )
            self.refused.emit(index.row(), error.message())
            return False
        self._errors.pop(line.item.id, None)
        return True

    def counts(self) -> tuple[int, int, int, int]:
        """(items, checked today, failed today, failed yesterday) of the lines shown."""
        checked = sum(1 for line in self._lines if line.today is not None)
        failed = sum(1 for line in self._lines if line.today is not None and line.today.failed)
        before = sum(1 for line in self._lines if line.failed_yesterday)
        return len(self._lines), checked, failed, before
