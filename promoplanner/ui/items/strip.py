"""The message strip under the item table: refusals in red, hints and results in amber."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "QLabel { background: #fde2e2; color: #8a0000; padding: 4px; border-radius: 3px; }"
HINT_STYLE = "QLabel { background: #fff4d6; color: #6b4a00; padding: 4px; border-radius: 3px; }"


class MessageStrip(QLabel):
    """Says what was refused and why, next to the table instead of in a dialog."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("error_strip")
        self.setWordWrap(True)
        self.sticky = False  # a block refusal stays until the next message
        # The strip keeps its line when hidden: a message appearing must not shrink the
        # table under the mouse and move the row a person is about to click.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setStyleSheet(HINT_STYLE)  # one line, as a message shows it
        self.setText(" ")
        self.ensurePolished()
        self.setMinimumHeight(self.sizeHint().height())
        self.setText("")
        self.hide()

    def error(self, message: str, sticky: bool = False) -> None:
        """Show a refusal."""
        self.sticky = sticky
        self.setStyleSheet(ERROR_STYLE)
        self.setText(message)
        self.show()

    def hint(self, message: str) -> None:
        """Show a hint while typing, or the result of an action."""
        self.sticky = False
        self.setStyleSheet(HINT_STYLE)
        self.setText(message)
        self.show()

    def is_error(self) -> bool:
        """Whether a refusal is shown."""
        return self.isVisibleTo(self.parentWidget()) and self.styleSheet() == ERROR_STYLE

    def is_hint(self) -> bool:
        """Whether a hint is shown."""
        return self.isVisibleTo(self.parentWidget()) and self.styleSheet() == HINT_STYLE
