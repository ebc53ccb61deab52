"""The sign-in dialog: user name (remembered) and password (never shown, never remembered)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from promoplanner.core.clock import Clock, SystemClock
from promoplanner.core.errors import SignInRefused
from promoplanner.ui.session import AppSession
from promoplanner.ui.settings import save_user_name, saved_user_name
from promoplanner.ui.widgets.dialog_buttons import action_buttons
from promoplanner.ui.widgets.field_error import ERROR_STYLE

SLOW_DOWN = "people.slow_down"


class SignInDialog(QDialog):
    """Asks who is working; accepted once the session has signed that person in.

    A refusal is shown in the dialog and what was typed stays. After too many wrong
    passwords the Sign in button rests until the wait is over, counting down each second
    (a timer, so the window never freezes). `clock` is the real one: --now does not
    hold the wait still.
    """

    TICK_MS = 1000

    def __init__(
        self,
        session: AppSession,
        parent=None,
        *,
        user_name: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or SystemClock()
        self._wait_until: datetime | None = None
        self._waiting_user = ""
        self.setWindowTitle(self.tr("Sign in to promoplanner"))
        self.setMinimumWidth(440)  # the wait's sentence on one line
        db = session.ctx.database
        intro = QLabel(
            self.tr("Database: %1").replace("%1", db.label if db else "—")
            + "\n"
            + self.tr("Sign in with your user name and password.")
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.user_name = QLineEdit(saved_user_name() if user_name is None else user_name)
        self.user_name.setObjectName("sign_in_user")
        self.password = QLineEdit()
        self.password.setObjectName("sign_in_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.user_name)
        form.addRow(self.tr("Password:"), self.password)
        self.message = QLabel()
        self.message.setObjectName("sign_in_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons, self.sign_in_button = action_buttons(
            self.tr("Sign in"), self.try_sign_in, self.reject
        )
        self.sign_in_button.setObjectName("sign_in_button")
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.user_name.textChanged.connect(self._name_changed)
        (self.password if self.user_name.text() else self.user_name).setFocus()

    def keyPressEvent(self, event) -> None:
        """Enter in the user name goes on to the password; Enter in the password signs in."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.user_name:
                self.password.setFocus()
            else:
                self.try_sign_in()
            return
        super().keyPressEvent(event)

    def try_sign_in(self) -> bool:
        """Check the name and password; accept when they hold, else say why and stay."""
        if self._wait_until is not None:
            return False  # Enter in the password while the button rests
        name = self.user_name.text().strip()
        if not name:
            self.message.setText(self.tr("Type your user name."))
            self.user_name.setFocus()
            return False
        try:
            self.session.sign_in(name, self.password.text(), clock=self.clock)
        except SignInRefused as exc:
            self.refused(exc)
            return False
        save_user_name(name)
        self.message.setText("")
        self.accept()
        return True

    def refused(self, exc: SignInRefused) -> None:
        """Show the refusal; the typing stays, the password selected to type again."""
        self.message.setText(exc.message())
        if exc.key == SLOW_DOWN:
            seconds = int(str(exc.params.get("seconds", 1)))
            self._wait_until = self.clock.now() + timedelta(seconds=seconds)
            self._waiting_user = str(exc.params.get("user", ""))
            self.sign_in_button.setEnabled(False)
            self.timer.start()
        self.password.setFocus()
        self.password.selectAll()

    def tick(self) -> None:
        """One second of the wait gone: the count goes down, the button comes back at 0."""
        if self._wait_until is None:
            self.timer.stop()
            return
        left = (self._wait_until - self.clock.now()).total_seconds()
        if left > 0:
            wait = SignInRefused(SLOW_DOWN, user=self._waiting_user, seconds=int(left + 0.999))
            self.message.setText(wait.message())
            return
        self._wait_until = None
        self.timer.stop()
        self.sign_in_button.setEnabled(True)
        self.message.setText(self.tr("You can try again now."))

    def _name_changed(self, name: str) -> None:
        # The wait belongs to the account tried too often: somebody else may sign in now.
        if self._wait_until is not None and name.strip() != self._waiting_user:
            self._wait_until = None
            self.timer.stop()
            self.sign_in_button.setEnabled(True)
            self.message.setText("")

    def waiting(self) -> bool:
        """Whether the Sign in button rests after too many wrong passwords."""
        return self._wait_until is not None


def sign_in_at_start(session: AppSession, parent=None, user_name: str | None = None) -> bool:
    """The first sign-in on a database (modal); False when the person cancels.

    user_name, when given (--user), is offered instead of the one last used.
    """
    dialog = SignInDialog(session, parent, user_name=user_name or None)
    return dialog.exec() == QDialog.DialogCode.Accepted
