"""Each floor's golden positions (end racks, pile-display spots), edited like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from promoplanner.core.errors import PromoError
from promoplanner.core.model import CampaignSnapshot, Floor
from promoplanner.services.store import set_golden_spots
from promoplanner.ui.collation import floors_in_order
from promoplanner.ui.labels import floor_name, joined
from promoplanner.ui.planning.quota_model import REFUSED
from promoplanner.ui.session import AppSession

FLOOR, END_RACKS, PILE_SPOTS, NEEDED = range(4)
EDITABLE = (END_RACKS, PILE_SPOTS)


class GoldenSpotsTableModel(QAbstractTableModel):
    """One row per floor: end racks, pile spots, and the phase's items that need one.

    The counts belong to the floor, not the phase; the last column compares them with the
    phase shown. A refused edit stays in its cell, red, with the reason as tooltip.
    """

    edit_refused = Signal(str)
    edit_taken = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._floors: list[Floor] = []
        self._needed: dict[int, int] = {}
        self.pending: dict[tuple[int, int], tuple[str, str]] = {}  # (row, col) -> text, why
        self.read_only = False

    def set_phase(self, snapshot: CampaignSnapshot | None, phase_id: int | None) -> None:
        """Show the floors as stored and the phase's golden-position items on each."""
        floors = floors_in_order(self.session.layout().floors)
        same_rows = [f.id for f in floors] == [f.id for f in self._floors]
        if not same_rows:
            self.beginResetModel()
            self.pending.clear()
        self._floors = floors
        self._needed = {}
        if snapshot is not None and phase_id is not None:
            for floor in floors:
                self._needed[floor.id] = sum(
                    1 for i in snapshot.items_of(phase_id, floor.id) if i.needs_golden_position
                )
        if same_rows:
            if floors:
                self.dataChanged.emit(self.index(0, 0), self.index(len(floors) - 1, NEEDED))
        else:
            self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        """No cell opens an editor for a person who may not change golden positions."""
        self.read_only = read_only
        if self._floors:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._floors) - 1, NEEDED))

    def floor_at(self, row: int) -> Floor:
        """The floor shown on that row."""
        return self._floors[row]

    def row_of(self, floor_id: int) -> int | None:
        """The row of a floor, if shown."""
        ids = [f.id for f in self._floors]
        return ids.index(floor_id) if floor_id in ids else None

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._floors)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Floor"),
                self.tr("End racks"),
                self.tr("Pile-display spots"),
                self.tr("Items needing a spot / spots"),
            ][section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _stored(self, row: int, column: int) -> str:
        floor = self._floors[row]
        if column == FLOOR:
            return floor_name(floor)
        if column == END_RACKS:
            return str(floor.end_racks)
        if column == PILE_SPOTS:
            return str(floor.pile_spots)
        return f"{self._needed.get(floor.id, 0)} / {floor.golden_spots}"

    def _short(self, row: int) -> bool:
        floor = self._floors[row]
        return self._needed.get(floor.id, 0) > floor.golden_spots

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._floors):
            return None
        key = (index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.pending[key][0] if key in self.pending else self._stored(*key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.pending or (index.column() == NEEDED and self._short(index.row())):
                return REFUSED
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self.pending:
                return self.pending[key][1]
            if index.column() == NEEDED and self._short(index.row()):
                return self.tr("More items need an end rack or pile spot than the floor has.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != FLOOR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE or self.read_only:
            return False
        row, column = index.row(), index.column()
        refusal = self._store(row, column, str(value))
        if refusal:
            self.edit_refused.emit(refusal)
            return False
        self.edit_taken.emit()
        return True

    def _store(self, row: int, column: int, value: str) -> str:
        """Send the floor's row to the services; why it was refused, "" when stored."""
        index = self.index(row, column)
        cells = {c: str(self.data(self.index(row, c)) or "0") for c in EDITABLE}
        cells[column] = value
        try:
            floor = self.session.change(
                "store",
                set_golden_spots,
                self._floors[row].id,
                cells[END_RACKS],
                cells[PILE_SPOTS],
            )
        except PromoError as exc:
            self.pending[(row, column)] = (value, exc.message())
            self.dataChanged.emit(index, index)
            return exc.message()
        for c in EDITABLE:
            self.pending.pop((row, c), None)
        self._floors[row] = floor
        self.dataChanged.emit(self.index(row, 0), self.index(row, NEEDED))
        return ""

    def unsaved_rows(self) -> list[str]:
        """“1F: End racks many” for each refused cell waiting to be fixed."""
        titles = {END_RACKS: self.tr("End racks"), PILE_SPOTS: self.tr("Pile-display spots")}
        return [
            joined(self._floors[row].code, f"{titles[column]} {text}")
            for (row, column), (text, _why) in sorted(self.pending.items())
        ]

    def save_held(self) -> list[str]:
        """Send the refused cells again; “1F: why” for each still refused."""
        problems = []
        for (row, column), (text, _why) in sorted(self.pending.items()):
            if (row, column) in self.pending:  # a row stored by its other cell drops both
                refusal = self._store(row, column, text)
                if refusal:
                    problems.append(joined(self._floors[row].code, refusal))
        return problems

    def discard(self) -> None:
        """Forget every refused edit and show the stored values."""
        self.beginResetModel()
        self.pending.clear()
        self.endResetModel()
