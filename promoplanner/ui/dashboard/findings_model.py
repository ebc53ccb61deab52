"""Table model of the rule findings, worst first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from promoplanner.core.enums import Severity
from promoplanner.core.findings import Finding
from promoplanner.core.model import CampaignSnapshot
from promoplanner.ui.labels import severity_label, subject_label

SEVERITY, SUBJECT, PHASE, FLOOR, MESSAGE = range(5)
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
COLORS = {Severity.ERROR: "#f8d7da", Severity.WARNING: "#fff3cd", Severity.INFO: "#e2ecf7"}


class FindingsTableModel(QAbstractTableModel):
    """One row per finding: severity, what it concerns, phase, floor, message."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []
        self._phases: dict[int, str] = {}
        self._floors: dict[int, str] = {}

    def set_findings(self, findings: list[Finding], snapshot: CampaignSnapshot | None) -> None:
        """Show these findings."""
        self.beginResetModel()
        self._rows = list(findings)
        self._phases = {p.id: str(p.number) for p in snapshot.phases} if snapshot else {}
        self._floors = {f.id: f.code for f in snapshot.floors} if snapshot else {}
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        """The finding on that row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 5

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Read-only: an editor opened by a double-click would swallow it.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Severity"),
                self.tr("Concerns"),
                self.tr("Phase"),
                self.tr("Floor"),
                self.tr("Finding"),
            ][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEVERITY:
                return severity_label(f.severity)
            if column == SUBJECT:
                return subject_label(f.subject.kind)
            if column == PHASE:
                return self._phases.get(f.phase_id or 0, "")
            if column == FLOOR:
                return self._floors.get(f.floor_id or 0, "")
            return f.message()
        if role == Qt.ItemDataRole.BackgroundRole and column == SEVERITY:
            return QColor(COLORS[f.severity])
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return f.message()
        if role == SUBJECT_ROLE:
            return (f.subject.kind.value, f.subject.id)
        return None
