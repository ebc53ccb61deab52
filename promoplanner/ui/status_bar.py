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

    def refresh(self, *_args) -> None:
        """Show the current values."""
        actor = self.session.ctx.actor
        role = role_label(actor.role)
        who = role if actor.role is Role.PLANNER or not actor.name else f"{actor.name} ({role})"
        self.user.setText(self.tr("User: %1").replace("%1", who))
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
