"""The status bar: who is signed in, which database, and the next buyer deadline."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from promoplanner.core.clock import FixedClock
from promoplanner.core.enums import Role
from promoplanner.services.progress import next_deadline
from promoplanner.ui.labels import countdown_text, role_label
from promoplanner.ui.session import AppSession

STILL_STYLE = "QLabel { background: #fff4d6; color: #6b4a00; padding: 0 6px; }"


class MainStatusBar(QStatusBar):
    """The person signed in and their role, the database, the countdown to the next deadline.

    The countdown follows the clock: a timer reads the session's clock again every
    TICK_MS, so "0 h 2 min left" turns into "passed" without anything being saved.
    """

    TICK_MS = 15_000  # the countdown shows minutes; four looks a minute keep it on time

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = QLabel()
        self.user.setObjectName("status_user")
        self.database = QLabel()
        # A long path must not widen the window: the label gives way, the tooltip has it all.
        self.database.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock_note = QLabel()
        self.clock_note.setObjectName("status_clock")
        self.clock_note.setStyleSheet(STILL_STYLE)
        self.clock_note.hide()
        self.deadline = QLabel()
        self.deadline.setObjectName("status_deadline")
        self.addWidget(self.user)
        self.addWidget(self.database, 1)
        self.addPermanentWidget(self.clock_note)
        self.addPermanentWidget(self.deadline)
        session.actor_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.campaign_changed.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.show_time)
        self.timer.start()
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
        self.database.setToolTip(db.label if db else "")
        self.show_time()

    def show_time(self) -> None:
        """The countdown to the next deadline at the clock's time now; a clock standing still."""
        clock = self.session.ctx.clock
        now = clock.now()
        if isinstance(clock, FixedClock):
            # --now or PROMOPLANNER_NOW: deadlines would never pass while the program runs.
            self.clock_note.setText(
                self.tr("Clock stands still at %1 (--now)").replace(
                    "%1", now.strftime("%Y-%m-%d %H:%M")
                )
            )
            self.clock_note.setToolTip(
                self.tr(
                    "The program was started with a fixed time: countdowns and the passing of "
                    "deadlines do not move. Start it without --now (and without "
                    "PROMOPLANNER_NOW) to follow the computer's clock."
                )
            )
        self.clock_note.setVisible(isinstance(clock, FixedClock))
        campaign_id = self.session.campaign_id
        # One query, not the whole campaign: this runs after every change.
        due = next_deadline(self.session.ctx, campaign_id, now) if campaign_id else None
        if due is None:
            self.deadline.setText(self.tr("No deadline ahead"))
        else:
            self.deadline.setText(
                self.tr("Next deadline: %1 (%2)")
                .replace("%1", due.due.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", countdown_text((due.due - now).total_seconds()))
            )
