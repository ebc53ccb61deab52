"""The import preview as a table: every row as it will be saved, each problem on its cell."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from promoplanner.core.errors import PromoError
from promoplanner.core.fields import FIELDS_BY_NAME, parse_item_field
from promoplanner.core.import_preview import ROW_FIELDS, ImportPreview, RowState
from promoplanner.services.store import StoreLayout

ROW, STATE = 0, 1  # then one column per field of the sheet, then every problem of the row
BAD = QColor("#fde2e2")
LEFT_OUT = QColor("#eeeeee")
STATE_COLOURS = {
    RowState.NEW: QColor("#1e7b34"),
    RowState.CHANGED: QColor("#1f5f8b"),
    RowState.UNCHANGED: QColor("#777777"),
    RowState.BAD: QColor("#b00020"),
    RowState.LEFT_OUT: QColor("#999999"),
}
Index = QModelIndex | QPersistentModelIndex


class ImportPreviewTableModel(QAbstractTableModel):
    """A view of an ImportPreview: edits and leave-outs go to it; checks are the dialog's."""

    value_edited = Signal(int)  # a row's value was fixed in place: check it again
    inclusion_changed = Signal(int)  # a row was left out or taken back in

    def __init__(self, layout: StoreLayout, parent=None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.fields: list[str] = []
        self._floors = {f.id: f.code for f in layout.floors}
        self._departments = {d.id: d.name_zh or d.name_en for d in layout.departments}
        self._buyers = {b.id: b.name for b in layout.buyers}

    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show another preview (or none)."""
        self.beginResetModel()
        self.preview = preview
        self.fields = preview.field_names() if preview else []
        self.endResetModel()

    def refresh(self) -> None:
        """The preview's verdicts changed (a new check): redraw every cell."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index | None = None) -> int:
        return (
            0
            if (parent is not None and parent.isValid()) or self.preview is None
            else len(self.preview.rows)
        )

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if (parent is not None and parent.isValid()) else 3 + len(self.fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == STATE:
            return self.tr("Import as")
        if section == self.columnCount() - 1:
            return self.tr("Problems")
        name = self.fields[section - 2]
        column = self.preview.header.column_of(name) if self.preview else None
        label = FIELDS_BY_NAME[name].label()
        return f"{label}\n{column.letter} · {column.header}" if column else label

    def field_at(self, column: int) -> str | None:
        """The field shown in that column (None for row, state and problems)."""
        return self.fields[column - 2] if 2 <= column < 2 + len(self.fields) else None

    def column_of(self, field: str | None) -> int:
        """The column showing the field, else the problems column."""
        if field in self.fields:
            return 2 + self.fields.index(field)
        return self.columnCount() - 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ROW:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self.field_at(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        column = index.column()
        field = self.field_at(column)
        problems = self._problems(index.row(), column)
        if role == Qt.ItemDataRole.CheckStateRole and column == ROW:
            return Qt.CheckState.Unchecked if row.left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(row.number)
            if column == STATE:
                return self._state_text(row.state)
            if field is None:
                return " ".join(self._row_problems(index.row()))
            return self._shown(row, field)
        if role == Qt.ItemDataRole.EditRole and field is not None:
            value = row.values.get(field, "")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and field is None and column > STATE:
            return "\n".join(self._row_problems(index.row())) or None
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.left_out:
                return LEFT_OUT
            if problems:
                return BAD
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return STATE_COLOURS[row.state]
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.preview is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == ROW:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.preview.leave_out(index.row(), not checked)
            self.refresh()
            self.inclusion_changed.emit(index.row())
            return True
        field = self.field_at(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        self.preview.set_value(index.row(), field, str(value))
        self.dataChanged.emit(index, index)
        self.value_edited.emit(index.row())
        return True

    def _problems(self, row_index: int, column: int) -> list[str]:
        assert self.preview is not None
        row = self.preview.rows[row_index]
        if row.left_out:
            return []
        return [
            p.message()
            for p in row.verdict.problems
            if self.column_of(p.field or ROW_FIELDS.get(p.key)) == column
        ]

    def _row_problems(self, row_index: int) -> list[str]:
        """Every problem of the row, each after the column it is on (the row's own last)."""
        assert self.preview is not None
        row = self.preview.rows[row_index]
        if row.left_out:
            return []
        said = []
        for p in row.verdict.problems:
            column = self.preview.header.column_of(p.field or ROW_FIELDS.get(p.key))
            where = column.letter if column else ""
            # "D: …" in English, "D：…" in Chinese (its own punctuation).
            message = p.message()
            said.append(
                self.tr("%1: %2").replace("%1", where).replace("%2", message) if where else message
            )
        return said

    def _shown(self, row, field: str) -> str:
        """The value as it will be saved: a bad row's good cells too; a wrong cell as written."""
        good = row.verdict.state is not RowState.BAD and not row.left_out
        value = row.verdict.saved.get(field) if good else self._typed(row, field)
        if good and field == "floor_id":
            return self._floors.get(value, str(value))  # type: ignore[arg-type]
        if good and field == "department_id":
            return self._departments.get(value, "") if value else ""  # type: ignore[arg-type]
        if good and field == "buyer_id":
            return self._buyers.get(value, "") if value else ""  # type: ignore[arg-type]
        if isinstance(value, bool):
            return "✓" if value else ""  # as the items grid shows it
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, Enum):
            return str(value.value)
        return "" if value is None else str(value)

    @staticmethod
    def _typed(row, field: str) -> object:
        """A bad row's cell as it would be saved, when the cell itself is right."""
        raw = row.values.get(field)
        if field in ("floor_id", "department_id", "buyer_id") or any(
            p.field == field for p in row.verdict.problems
        ):
            return raw  # a name still to be looked up, or the wrong value as written
        try:
            return parse_item_field(field, raw)
        except PromoError:
            return raw

    def _state_text(self, state: RowState) -> str:
        return {
            RowState.NEW: self.tr("new"),
            RowState.CHANGED: self.tr("changed"),
            RowState.UNCHANGED: self.tr("unchanged"),
            RowState.BAD: self.tr("to fix"),
            RowState.LEFT_OUT: self.tr("left out"),
        }[state]
