"""The departments a buyer buys for, ticked among those of the buyer's floors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from promoplanner.core.model import Department, Floor
from promoplanner.ui.collation import department_name

ID = Qt.ItemDataRole.UserRole


class DepartmentPicker(QListWidget):
    """Check boxes in rows that wrap: one per department of the floors typed.

    A retired department is offered only to the buyer who holds it still (so saving does
    not drop it unasked). The ticks of a floor typed away are not saved, but come back
    when the floor is typed again (typing "1F 2F" passes through "1").
    """

    ROWS = 2  # lines of check boxes before the list scrolls

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("departments")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setUniformItemSizes(False)
        line = self.fontMetrics().height() + 10
        self.setFixedHeight(line * self.ROWS + 2 * self.frameWidth() + 4)
        self._retired_word = self.tr("retired")
        self._kept: set[int] = set()  # ticked, shown or not
        self.empty_text = self.tr("The departments of the floors typed above show here.")
        self.itemChanged.connect(self._changed)

    def offer(
        self,
        floors: Sequence[Floor],
        departments: Iterable[Department],
        ticked: Iterable[int],
    ) -> None:
        """Show the departments of those floors (in the store's order), ticking some."""
        keep = self._kept = set(ticked)
        order = {f.id: n for n, f in enumerate(floors)}
        codes = {f.id: f.code for f in floors}
        shown = sorted(
            (d for d in departments if d.floor_id in order and (not d.retired or d.id in keep)),
            key=lambda d: (order[d.floor_id], d.sort_order, d.id),
        )
        self.blockSignals(True)
        self.clear()
        for department in shown:
            text = f"{codes[department.floor_id]} {department_name(department)}"
            if department.retired:
                text += self.tr(" (%1)").replace("%1", self._retired_word)
            item = QListWidgetItem(text)
            item.setData(ID, department.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if department.id in keep else Qt.CheckState.Unchecked
            )
            metrics = self.fontMetrics()
            item.setSizeHint(QSize(metrics.horizontalAdvance(text) + 36, metrics.height() + 6))
            self.addItem(item)
        self.blockSignals(False)

    def paintEvent(self, event) -> None:
        """No floor typed, no department: say in grey where they come from."""
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(6, 4, -6, -4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.empty_text,
        )
        painter.end()

    def kept(self) -> set[int]:
        """The departments ticked, those of floors typed away included (to offer again)."""
        return set(self._kept)

    def _changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self._kept.add(int(item.data(ID)))
        else:
            self._kept.discard(int(item.data(ID)))

    def ticked(self) -> list[int]:
        """The ids of the departments ticked."""
        return [
            int(self.item(n).data(ID))
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, department_id: int, on: bool = True) -> None:
        """Tick (or untick) one department, as a click on its box would."""
        for n in range(self.count()):
            if self.item(n).data(ID) == department_id:
                self.item(n).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        """Ticks that cannot be changed (somebody without the right to manage people)."""
        for n in range(self.count()):
            item = self.item(n)
            flags = item.flags()
            if read_only:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
