"""The per-floor quota grid of a phase, edited like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from promoplanner.core.errors import PromoError
from promoplanner.core.model import CampaignSnapshot, Floor, FloorQuota
from promoplanner.services.planning import set_quota
from promoplanner.ui.collation import floors_in_order
from promoplanner.ui.labels import floor_name, joined, listing
from promoplanner.ui.planning.quota_edits import (
    EDITABLE,
    FLOOR,
    ITEMS,
    MAX,
    MIN,
    SCOPE,
    SENSITIVE,
    QuotaEdits,
)
from promoplanner.ui.session import AppSession

__all__ = ["EDITABLE", "FLOOR", "ITEMS", "MAX", "MIN", "SCOPE", "SENSITIVE", "QuotaTableModel"]

REFUSED = QColor("#f8d7da")
WAITING = QColor("#fff4d6")


class QuotaTableModel(QAbstractTableModel):
    """One row per floor: items now, min, max, min price-sensitive, negotiation scope.

    An edit the service refuses stays in its cell, red, with the reason as tooltip, until
    the user types a value that is taken or discards it. The first number typed for a floor
    without a quota waits, pale yellow, for the other one.
    """

    edit_refused = Signal(str)
    edit_waiting = Signal(str)
    edit_taken = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_id: int | None = None
        self.read_only = False
        self._floors: list[Floor] = []
        self._quotas: dict[int, FloorQuota] = {}
        self._items: dict[int, int] = {}
        self.held = QuotaEdits()

    def set_phase(self, snapshot: CampaignSnapshot | None, phase_id: int | None) -> None:
        """Show the quotas of a phase; held edits of the same phase are kept."""
        floors = floors_in_order(self.session.layout().floors)
        # Same rows: update in place, so an editor open in the grid survives the refresh
        # (and so does a refused edit when a floor's golden positions change).
        same_rows = phase_id == self.phase_id and [f.id for f in floors] == [
            f.id for f in self._floors
        ]
        if not same_rows:
            self.beginResetModel()
            self.held.clear()
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

    def set_read_only(self, read_only: bool) -> None:
        """No cell opens an editor for a person who may not change quotas."""
        self.read_only = read_only
        if self._floors:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._floors) - 1, SCOPE))

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
            return self.column_title(section)
        return None

    def column_title(self, column: int) -> str:
        """The header of a column."""
        return [
            self.tr("Floor"),
            self.tr("Items now"),
            self.tr("Min items"),
            self.tr("Max items"),
            self.tr("Min price-sensitive"),
            self.tr("Negotiation scope"),
        ][column]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

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

    def _waiting_note(self, row: int, missing: list[int]) -> str:
        return (
            self.tr("Not saved yet: %1 needs %2 too.")
            .replace("%1", self._floors[row].code)
            .replace("%2", listing(self.column_title(c) for c in missing))
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._floors):
            return None
        row, column = index.row(), index.column()
        held = self.held.get(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return held.text if held else self._stored(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and held:
            return REFUSED if held.refused else WAITING
        if role == Qt.ItemDataRole.ToolTipRole and held:
            return held.why or self._waiting_note(row, self._missing(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ITEMS, MIN, MAX, SENSITIVE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _texts(self, row: int, column: int | None = None, text: str = "") -> dict[int, str]:
        stored = {c: self._stored(row, c) for c in EDITABLE}
        if column is None:
            held = {c: cell.text for (r, c), cell in self.held.cells.items() if r == row}
            return {c: held.get(c, stored[c]) for c in EDITABLE}
        return self.held.row_texts(row, stored, column, text)

    def _missing(self, row: int) -> list[int]:
        return self.held.missing(self.quota_at(row) is not None, self._texts(row))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or index.column() not in EDITABLE
            or self.phase_id is None
            or self.read_only
        ):
            return False
        row, column = index.row(), index.column()
        texts = self._texts(row, column, str(value))
        missing = self.held.missing(self.quota_at(row) is not None, texts)
        if missing:
            self.held.hold(row, column, str(value))
            self.dataChanged.emit(index, index)
            self.edit_waiting.emit(self._waiting_note(row, missing))
            return True
        refusal = self._store(row, texts)
        if refusal:
            self.held.hold(row, column, str(value), refusal)
            self.dataChanged.emit(index, index)
            self.edit_refused.emit(refusal)
            return False
        self.edit_taken.emit()
        return True

    def _store(self, row: int, texts: dict[int, str]) -> str:
        """Send the row to the services; why it was refused, "" when stored."""
        cells = {c: (texts[c] or "0") if c != SCOPE else texts[c] for c in EDITABLE}
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
            return exc.message()
        self.held.taken(row)
        self._quotas[quota.floor_id] = quota
        self.dataChanged.emit(self.index(row, 0), self.index(row, SCOPE))
        return ""

    def unsaved_rows(self) -> list[str]:
        """“1F: Min items 10, Max items —” for each floor whose typed cells are not stored."""
        lines = []
        for row in self.held.rows():
            texts = self._texts(row)
            cells = listing(
                list(
                    f"{self.column_title(c)} {texts[c] or '—'}"
                    for c in EDITABLE
                    if self.held.get(row, c) is not None
                )
            )
            lines.append(joined(self._floors[row].code, cells))
        return lines

    def save_held(self) -> list[str]:
        """Try to store every row holding typed cells; “1F: why” for each still refused."""
        problems = []
        for row in self.held.rows():
            missing = self._missing(row)
            if missing:
                problems.append(self._waiting_note(row, missing))
                continue
            refusal = self._store(row, self._texts(row))
            if refusal:
                for (r, c), held in list(self.held.cells.items()):
                    if r == row:
                        self.held.hold(r, c, held.text, refusal)
                self.dataChanged.emit(self.index(row, 0), self.index(row, SCOPE))
                problems.append(joined(self._floors[row].code, refusal))
        return problems

    def discard(self) -> None:
        """Forget every held edit and show the stored values."""
        self.beginResetModel()
        self.held.clear()
        self.endResetModel()
