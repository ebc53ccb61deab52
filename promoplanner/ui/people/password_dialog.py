"""Changing one's own password: the current one, the new one twice (none of them shown)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from promoplanner.core.clock import Clock, SystemClock
from promoplanner.core.errors import PromoError
from promoplanner.services import passwords
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dialog_buttons import action_buttons
from promoplanner.ui.widgets.field_error import ERROR_STYLE


class ChangePasswordDialog(QDialog):
    """Asks the person signed in for their current password and a new one, twice.

    Accepted once the new password is stored. A refusal is said in the dialog and what was
    typed stays, the field to correct selected. Wrong current passwords count towards the
    same slow-down as at sign-in, by the real clock (`clock`), since --now stands still.
    """

    def __init__(self, session: AppSession, parent=None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or SystemClock()
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)  # a refusal's sentence on one or two lines
        person = session.person
        intro = QLabel(
            self.tr("Signed in as %1 (%2).")
            .replace("%1", person.name)
            .replace("%2", person.user_name)
            if person is not None
            else self.tr("Nobody is signed in.")
        )
        intro.setObjectName("password_intro")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current = self._secret("current_password")
        self.new = self._secret("new_password")
        self.again = self._secret("again_password")
        form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        self.message = QLabel()
        self.message.setObjectName("password_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons, self.change_button = action_buttons(
            self.tr("Change password"), self.try_change, self.reject
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.change_button.setObjectName("change_password_button")
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.current.setFocus()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def keyPressEvent(self, event) -> None:
        """Enter goes on to the next field; Enter in the last one changes the password."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            following = {self.current: self.new, self.new: self.again}
            focused = self.focusWidget()
            if focused in following:
                following[focused].setFocus()
            else:
                self.try_change()
            return
        super().keyPressEvent(event)  # Esc cancels

    def try_change(self) -> bool:
        """Check what was typed and store the new password; else say why and stay."""
        if not self.current.text():
            return self._refuse(self.tr("Type your current password."), self.current)
        if self.new.text() != self.again.text():
            return self._refuse(self.tr("The two new passwords differ."), self.again)
        clock = self.clock

        def change(ctx, current: str, new: str) -> None:
            passwords.change_own_password(replace(ctx, clock=clock), current, new)

        try:
            self.session.change("people", change, self.current.text(), self.new.text())
        except PromoError as exc:
            field = self.new if exc.field == "password" else self.current
            return self._refuse(exc.message(), field)
        self.message.setText("")
        self.accept()
        return True

    def _refuse(self, message: str, field: QLineEdit) -> bool:
        self.message.setText(message)
        field.setFocus()
        field.selectAll()
        return False

    def done_message(self) -> str:
        """What the window says once the password is changed."""
        return self.tr("Your password is changed; sign in with the new one from now on.")


def ask_own_password(
    session: AppSession, parent, said: Callable[[str], None], *, clock: Clock | None = None
) -> ChangePasswordDialog:
    """Open the dialog over the parent (not blocking); `said` hears the word once done."""
    dialog = ChangePasswordDialog(session, parent, clock=clock)
    dialog.accepted.connect(lambda: said(dialog.done_message()))
    dialog.open()
    return dialog
