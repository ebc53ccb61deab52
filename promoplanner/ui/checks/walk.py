"""The order a floor manager walks their floor's departments in, set by moving them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from promoplanner.core.display_sheet import DisplayDay
from promoplanner.core.i18n import Language, current_language
from promoplanner.ui.session import AppSession


class WalkOrderDialog(QDialog):
    """The floor's departments, first walked at the top; Up and Down move the chosen one."""

    def __init__(self, session: AppSession, floor_id: int, day: DisplayDay | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walking order"))
        zh = current_language() is Language.ZH
        departments = [
            d for d in session.layout().departments if d.floor_id == floor_id and not d.retired
        ]
        shown = []  # as the day's list walks them now
        if day is not None:
            for floor in day.floors:
                for line in floor.lines:
                    dept = line.department
                    if dept is not None and dept.id not in shown:
                        shown.append(dept.id)
        rank = {d: n for n, d in enumerate(shown)}
        departments.sort(key=lambda d: (rank.get(d.id, len(rank)), d.sort_order, d.code))
        self.list = QListWidget(self)
        for dept in departments:
            entry = QListWidgetItem(dept.name_zh if zh else dept.name_en)
            entry.setData(Qt.ItemDataRole.UserRole, dept.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        up = QPushButton(self.tr("Up"), self)
        down = QPushButton(self.tr("Down"), self)
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The department walked first is at the top."), self))
        layout.addLayout(row)
        layout.addWidget(buttons)

    def move(self, step: int) -> None:
        """Move the chosen department up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)

    def order(self) -> list[int]:
        """The department ids, first walked first."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
