"""One heat of the contest evening on screen: each entrant, a time field and the mark."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSizePolicy


class TimeField(QLineEdit):
    """A time box: Delete on a selected (or empty) box takes the result back, as in a sheet."""

    cleared = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stored = ""  # the result last shown from the database

    @property
    def typed(self) -> bool:
        """Whether the box holds something a person typed that is not stored."""
        return self.text() != self.stored

    def show_stored(self, text: str) -> None:
        """Show the stored result, unless somebody typed in the box: that stays."""
        if not self.typed:
            self.setText(text)
        self.stored = text

    def saved(self) -> None:
        """What is in the box was just stored (or taken back): the next fill shows it."""
        self.stored = self.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete with everything selected clears the result; other keys edit the text."""
        whole = not self.text() or self.selectedText() == self.text()
        if event.key() == Qt.Key.Key_Delete and whole and not self.isReadOnly():
            self.clear()
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class HeatCard(QGroupBox):
    """One heat: each entrant with a time field and the mark Q, q or the place."""

    def __init__(self, title: str, names: list[str], parent=None) -> None:
        super().__init__(title, parent)
        self.names = names
        self.fields: list[TimeField] = []
        self.marks: list[QLabel] = []
        grid = QGridLayout(self)
        for row, name in enumerate(names):
            field = TimeField()
            field.setObjectName("time_field")
            field.setPlaceholderText("12.34")
            field.setMaximumWidth(90)
            mark = QLabel()
            mark.setMinimumWidth(24)
            mark.setStyleSheet("font-weight: bold")
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(mark, row, 2)
            self.fields.append(field)
            self.marks.append(mark)
        self.error = QLabel()
        self.error.setObjectName("heat_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        grid.addWidget(self.error, len(names), 0, 1, 3)
        # offered when a colleague changed the heat meanwhile (the panel connects it)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("heat_reload")
        self.reload_button.setToolTip(
            self.tr("Show the heat as stored now; what you typed stays in its field.")
        )
        self.reload_button.hide()
        grid.addWidget(self.reload_button, len(names) + 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnMinimumWidth(0, 140)
        grid.setColumnStretch(3, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
