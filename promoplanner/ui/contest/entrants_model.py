"""Table model of the contest's registration list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from promoplanner.core.model import ContestEntrant

NUMBER, NAME, PHONE, REGISTERED = range(4)


class EntrantsTableModel(QAbstractTableModel):
    """One row per entrant in registration order: number, name, phone, day registered."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ContestEntrant] = []

    def set_entrants(self, entrants: tuple[ContestEntrant, ...] | list[ContestEntrant]) -> None:
        """Show these entrants."""
        self.beginResetModel()
        self._rows = list(entrants)
        self.endResetModel()

    def entrant(self, row: int) -> ContestEntrant:
        """The entrant on that row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("No."), self.tr("Name"), self.tr("Phone"), self.tr("Registered on")][
                section
            ]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                str(index.row() + 1),
                e.name,
                e.phone,
                e.registered_on.isoformat() if e.registered_on else "",
            ][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None
