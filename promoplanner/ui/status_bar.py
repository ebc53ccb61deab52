"""The status bar: who is acting, which database, and the next buyer deadline."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from promoplanner.core.enums import Role
from promoplanner.core.progress import next_deadline
from promoplanner.ui.labels import countdown_text, role_label
from promoplanner.ui.session import AppSession


class MainStatusBar(QStatusBar):
    """Current person and role, the database, and the countdown to the next deadline."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = QLabel()
        self.user.setObjectName("status_user")
        self.database = QLabel()
        self.deadline = QLabel()
        self.deadline.setObjectName("status_deadline")
        self.addWidget(self.user)
        self.addWidget(self.database, 1)
        self.addPermanentWidget(self.deadline)
        session.actor_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.campaign_changed.connect(self.refresh)
        self.refresh()

    def who(self) -> str:
        """The person and role: “王建国 (buyer)”, or the role alone when nobody is named."""
        actor = self.session.ctx.actor
        if actor is None:
            return self.tr("nobody signed in")
        role = role_label(actor.role)
        if not actor.name or actor.name == role:
            return role
        in_brackets = {
            Role.PLANNER: self.tr("planning department"),
            Role.BUYER: self.tr("buyer"),
            Role.FLOOR_MANAGER: self.tr("floor manager"),
        }[actor.role]
        return self.tr("%1 (%2)").replace("%1", actor.name).replace("%2", in_brackets)

    def refresh(self, *_args) -> None:
        """Show the current values."""
        self.user.setText(self.tr("User: %1").replace("%1", self.who()))
        db = self.session.ctx.database
        self.database.setText(self.tr("Database: %1").replace("%1", db.label if db else "—"))
        snap = self.session.snapshot()
        now = self.session.ctx.clock.now()
        due = next_deadline(snap, now) if snap else None
        if due is None:
            self.deadline.setText(self.tr("No deadline ahead"))
        else:
            self.deadline.setText(
                self.tr("Next deadline: %1 (%2)")
                .replace("%1", due.due.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", countdown_text((due.due - now).total_seconds()))
            )
