"""Two short fields on one line of a form, to save height on a laptop screen."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from promoplanner.ui.widgets.field_error import FieldErrors


def pair(errors: FieldErrors, fields: list[tuple[str, str, QWidget]]) -> QWidget:
    """The fields side by side, each with its error label; the first label is the form's."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for position, (label, name, widget) in enumerate(fields):
        if position:
            line.addSpacing(12)
            caption = QLabel(label)
            caption.setBuddy(widget)
            line.addWidget(caption)
        line.addWidget(errors.add_box(name, widget, label=label), 1)
    return row
