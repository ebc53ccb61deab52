"""The buyers' lists of a chosen phase, for the dashboard: a phase picker over the panel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from promoplanner.ui.session import AppSession
from promoplanner.ui.submissions.panel import SubmissionsPanelWidget
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget


class SubmissionsOverviewWidget(QWidget):
    """Which buyer has handed in, been approved or returned, in the phase chosen."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_picker = PhasePickerWidget()
        self.phase_picker.setObjectName("submissions_phase")
        self.panel = SubmissionsPanelWidget(session)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Buyers' lists</b>")))
        top.addWidget(self.phase_picker)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(top)
        column.addWidget(self.panel, 1)
        self.phase_picker.currentIndexChanged.connect(
            lambda _i: self.panel.set_phase(self.phase_picker.phase_id())
        )

    def refresh(self) -> None:
        """Phases as stored; the first phase whose deadline is still ahead, else the last."""
        snap = self.session.snapshot()
        chosen = self.phase_picker.phase_id()
        self.phase_picker.set_phases(snap)
        if chosen is None and snap is not None and snap.phases:
            now = self.session.ctx.clock.now()
            ahead = [d for d in snap.deadlines if d.due > now]
            first = min(ahead, key=lambda d: d.due).phase_id if ahead else snap.phases[-1].id
            self.phase_picker.choose(first)
        self.panel.set_phase(self.phase_picker.phase_id())
