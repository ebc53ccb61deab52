"""A form's per-field error messages: shown next to the field, cleared when fixed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.ui.labels import joined

ERROR_STYLE = "color: #b00020;"
MARKED_STYLE = "border: 2px solid #b00020; border-radius: 3px; background: #fff0f0;"
# A field the person may not change: grey, so it does not look editable until Save refuses.
READ_ONLY_STYLE = "background: #ececec; color: #505050;"


class FieldErrorLabel(QLabel):
    """A red line under a field saying why its value was refused; hidden when empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str) -> None:
        """Say why the field's value was refused."""
        self.setText(message)
        self.setVisible(bool(message))


class FieldErrors(QObject):
    """The fields of one form by service field name, each with its error label.

    A refused value stays in its field, which is marked until the user fixes or discards it.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, FieldErrorLabel]] = {}
        self._labels: dict[str, str] = {}
        self._inputs: list[QWidget] = []  # every input, for the read-only look
        self.read_only = False

    def add_box(
        self, name: str, widget: QWidget, marked: QWidget | None = None, label: str = ""
    ) -> QWidget:
        """The field with its error label under it, in a box to place in any layout."""
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = FieldErrorLabel()
        error.setObjectName(f"error_{name}")
        column.addWidget(error)
        self._fields[name] = (marked or widget, error)
        self._labels[name] = label.strip().rstrip(":：").strip()
        self._inputs.append(marked or widget)
        return box

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        widget: QWidget,
        marked: QWidget | None = None,
    ) -> QWidget:
        """Put the field and its error label in the form; return the field.

        marked is the input to outline when refused, when widget holds more than the input.
        """
        form.addRow(label, self.add_box(name, widget, marked, label))
        return widget

    def label(self, name: str) -> str:
        """The field's label without its colon (the name when it has none)."""
        return self._labels.get(name) or name

    def names(self) -> list[str]:
        """The fields' names, in the order they were added."""
        return list(self._fields)

    def owns(self, widget: QWidget | None) -> bool:
        """Whether the widget is one of the fields (or inside one, as a combo's line edit)."""
        while widget is not None:
            if any(widget is field for field, _ in self._fields.values()):
                return True
            widget = widget.parentWidget()
        return False

    def set_read_only(self, read_only: bool) -> None:
        """Show every field read-only (grey, not typed into) or editable again."""
        self.read_only = read_only
        for widget in self._inputs:
            for field in [widget, *widget.findChildren(QWidget)]:
                if isinstance(field, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                    field.setReadOnly(read_only)
                elif isinstance(field, QComboBox):
                    field.setEnabled(not read_only)  # a combo box has no read-only state
            name = next(n for n, (w, _) in self._fields.items() if w is widget)
            if name not in self.marked():
                widget.setStyleSheet(READ_ONLY_STYLE if read_only else "")

    def problems(self) -> list[str]:
        """“Field: why” for each field marked as refused."""
        return [
            joined(self._labels.get(n) or n, self._fields[n][1].text())
            if self._labels.get(n)
            else self._fields[n][1].text()
            for n in self.marked()
        ]

    def widget(self, name: str) -> QWidget:
        """The input of a field."""
        return self._fields[name][0]

    def error_label(self, name: str) -> FieldErrorLabel:
        """The error label of a field (for tests and screens)."""
        return self._fields[name][1]

    def mark(self, name: str, message: str) -> None:
        """Mark the field as refused and say why next to it."""
        widget, label = self._fields.get(name) or next(iter(self._fields.values()))
        widget.setStyleSheet(MARKED_STYLE)
        widget.setToolTip(message)
        label.show_error(message)

    def clear(self, name: str | None = None) -> None:
        """Remove the mark of one field, or of all."""
        names = [name] if name else list(self._fields)
        for n in names:
            widget, label = self._fields[n]
            widget.setStyleSheet(READ_ONLY_STYLE if self.read_only else "")
            widget.setToolTip("")
            label.show_error("")

    def show(self, error: PromoError, fallback: str | None = None, field: str | None = None) -> str:
        """Mark the field a service error names (or the fallback); return the field used."""
        field = field or error.field
        name = field if field in self._fields else fallback
        if name is None or name not in self._fields:
            name = next(iter(self._fields))
        self.mark(name, error.message())
        return name

    def marked(self) -> list[str]:
        """Names of the fields that are marked as refused."""
        return [n for n, (_, label) in self._fields.items() if label.isVisibleTo(label.parent())]
