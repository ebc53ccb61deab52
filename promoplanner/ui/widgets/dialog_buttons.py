"""A dialog's Cancel and its one action button, the action being what Enter presses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def action_buttons(
    label: str, on_accept: Callable[[], object], on_reject: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the action named label; the action is the default button."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    # Without this the box makes Cancel the default button when the dialog shows.
    box.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
    action = box.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setDefault(True)
    box.accepted.connect(on_accept)
    box.rejected.connect(on_reject)
    return box, action
