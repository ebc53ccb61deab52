"""The findings list: a read-only table where a double-click or Enter opens a finding."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView


class FindingsTableView(QTableView):
    """Rows are selected whole and never edited, so a double-click always reaches `activated`.

    `activated` alone opens a finding: Qt emits it for Enter and for the platform's
    activation click (a double-click here), so one gesture opens the object once.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._pressed = QPersistentModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and QModelIndex(self._pressed) != index:
            # A double-click whose first press this view never saw (the press opened a
            # pop-up, focus came from another window, or the events were synthesised) would
            # count as a mere press in Qt: let the press it implies happen first.
            press = QMouseEvent(
                QEvent.Type.MouseButtonPress,
                event.position(),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
            self.mousePressEvent(press)
        super().mouseDoubleClickEvent(event)
