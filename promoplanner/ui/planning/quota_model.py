"""The per-floor quota grid of a phase, edited like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from promoplanner.core.errors import PromoError
from promoplanner.core.model import CampaignSnapshot, Floor, FloorQuota
from promoplanner.services.planning import set_quota
from promoplanner.ui.labels import floor_name
from promoplanner.ui.session import AppSession

FLOOR, ITEMS, MIN, MAX, SENSITIVE, SCOPE = range(6)
EDITABLE = (MIN, MAX, SENSITIVE, SCOPE)
REFUSED = QColor("#f8d7da")


class QuotaTableModel(QAbstractTableModel):
    """One row per floor: items now, min, max, min price-sensitive, negotiation scope.

    An edit the service refuses stays in its cell, red, with the reason as tooltip, until
    the user types a value that is taken or discards it.
    """

    edit_refused = Signal(str)
    edit_taken = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_id: int | None = None
        self._floors: list[Floor] = []
        self._quotas: dict[int, FloorQuota] = {}
        self._items: dict[int, int] = {}
        self.pending: dict[tuple[int, int], tuple[str, str]] = {}  # (row, col) -> text, why

    def set_phase(self, snapshot: CampaignSnapshot | None, phase_id: int | None) -> None:
        """Show the quotas of a phase; refused edits of the same phase are kept."""
        floors = sorted(self.session.layout().floors, key=lambda f: (f.sort_order, f.code))
        # Same rows: update in place, so an editor open in the grid survives the refresh
        # (and so does a refused edit when a floor's golden positions change).
        same_rows = phase_id == self.phase_id and [f.id for f in floors] == [
            f.id for f in self._floors
        ]
        if not same_rows:
            self.beginResetModel()
            self.pending.clear()
        self.phase_id = phase_id
        self._floors = floors
        self._quotas, self._items = {}, {}
        if snapshot is not None and phase_id is not None:
            for floor in self._floors:
                quota = snapshot.quota(phase_id, floor.id)
                if quota:
                    self._quotas[floor.id] = quota
                self._items[floor.id] = len(snapshot.items_of(phase_id, floor.id))
        if same_rows:
            if self._floors:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._floors) - 1, SCOPE))
        else:
            self.endResetModel()

    def floor_at(self, row: int) -> Floor:
        """The floor shown on that row."""
        return self._floors[row]

    def quota_at(self, row: int) -> FloorQuota | None:
        """The stored quota on that row, if any."""
        return self._quotas.get(self._floors[row].id)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._floors)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Floor"),
                self.tr("Items now"),
                self.tr("Min items"),
                self.tr("Max items"),
                self.tr("Min price-sensitive"),
                self.tr("Negotiation scope"),
            ][section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def _stored(self, row: int, column: int) -> str:
        floor = self._floors[row]
        quota = self._quotas.get(floor.id)
        if column == FLOOR:
            return floor_name(floor)
        if column == ITEMS:
            return str(self._items.get(floor.id, 0))
        if quota is None:
            return ""
        return {
            MIN: str(quota.min_items),
            MAX: str(quota.max_items),
            SENSITIVE: str(quota.min_sensitive),
            SCOPE: quota.negotiation_scope,
        }[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._floors):
            return None
        key = (index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.pending[key][0] if key in self.pending else self._stored(*key)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.pending:
            return REFUSED
        if role == Qt.ItemDataRole.ToolTipRole and key in self.pending:
            return self.pending[key][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            ITEMS,
            MIN,
            MAX,
            SENSITIVE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or index.column() not in EDITABLE
            or self.phase_id is None
        ):
            return False
        row, column = index.row(), index.column()
        cells = {c: self.data(self.index(row, c)) or "" for c in EDITABLE}
        cells[column] = str(value)
        for c in (MIN, MAX, SENSITIVE):
            if cells[c] == "":
                cells[c] = "0"
        try:
            quota = self.session.change(
                "planning",
                set_quota,
                self.phase_id,
                self._floors[row].id,
                cells[MIN],
                cells[MAX],
                cells[SENSITIVE],
                cells[SCOPE],
            )
        except PromoError as exc:
            self.pending[(row, column)] = (str(value), exc.message())
            self.dataChanged.emit(index, index)
            self.edit_refused.emit(exc.message())
            return False
        for c in EDITABLE:
            self.pending.pop((row, c), None)
        self._quotas[quota.floor_id] = quota
        self.dataChanged.emit(self.index(row, 0), self.index(row, SCOPE))
        self.edit_taken.emit()
        return True

    def discard(self) -> None:
        """Forget every refused edit and show the stored values."""
        self.beginResetModel()
        self.pending.clear()
        self.endResetModel()
