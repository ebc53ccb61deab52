"""The dashboard screen: what needs attention in the campaign, at a glance."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.display_check import progress_text
from promoplanner.core.i18n import Language, current_language
from promoplanner.core.model import Campaign
from promoplanner.ui.dashboard.calendar import MonthCalendarWidget
from promoplanner.ui.dashboard.findings_model import SUBJECT_ROLE, FindingsTableModel
from promoplanner.ui.dashboard.findings_view import FindingsTableView
from promoplanner.ui.dashboard.progress import ProgressPanelWidget
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.submissions import SubmissionsOverviewWidget
from promoplanner.ui.widgets.wan_edit import wan_text, yuan_text


class DashboardScreen(QWidget):
    """Calendar of the month, quota progress, deadlines and the rule findings."""

    subject_activated = Signal(str, int)  # a finding was opened: (subject kind, id)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel()
        self.title.setObjectName("dashboard_title")
        self.targets = QLabel()
        self.targets.setObjectName("dashboard_targets")
        self.targets.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.calendar = MonthCalendarWidget()
        self.progress = ProgressPanelWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.submissions = SubmissionsOverviewWidget(session)  # each buyer's list, ui/submissions
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.progress)
        side_column.addWidget(self.submissions)
        self.display_checks = QLabel()  # the phase's display-check pass rate and open tasks
        self.display_checks.setObjectName("dashboard_display_checks")
        self.display_checks.setWordWrap(True)
        side_column.insertWidget(0, self.display_checks)  # first: today's floor matters most
        scroll.setWidget(side)
        self.findings = FindingsTableModel(self)
        self.table = FindingsTableView()
        self.table.setObjectName("findings_table")
        self.table.setModel(self.findings)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open)
        self.findings_label = QLabel()
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addWidget(self.findings_label)
        bottom_column.addWidget(self.table)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.calendar)
        top.addWidget(scroll)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([700, 480])
        scroll.setMinimumWidth(380)
        self.top_splitter = top
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 180])
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.targets)
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.splitter, 1)
        follow_changes(session, self, self.refresh)
        session.campaign_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Read the campaign again and redraw everything."""
        snap = self.session.snapshot()
        now = self.session.ctx.clock.now()
        if snap is None:
            self.title.setText(
                self.tr(
                    "No campaign yet: make one with Campaign → New campaign… (or load the "
                    "demo with “promoplanner demo”)."
                )
            )
        else:
            c = snap.campaign
            self.title.setText(f"<h2>{c.name}</h2> {c.theme}")
        self._show_targets(snap.campaign if snap else None)
        self.calendar.set_campaign(snap, now.date())
        self.progress.set_campaign(snap, now)
        self.submissions.refresh()
        self._show_display_checks(snap, now.date())
        findings = self.session.findings()
        self.findings.set_findings(findings, snap)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if snap is None:  # nothing planned is not the same as everything right
            said = self.tr("No campaign to check yet.")
        elif not findings:
            said = self.tr("Every rule is met.")
        else:
            said = self.tr(
                "%n finding(s) — double-click one to open what it concerns.", "", len(findings)
            )
        self.findings_label.setText(said)

    def _show_display_checks(self, snap, today) -> None:
        """The display check of the phase on sale (or the last one begun): rate, open tasks."""
        from promoplanner.services.display import phase_pass_rate

        begun = [p for p in snap.phases if p.start <= today] if snap else []
        if not begun:
            self.display_checks.hide()
            return
        phase = next((p for p in begun if p.covers(today)), max(begun, key=lambda p: p.start))
        rates = phase_pass_rate(self.session.ctx, phase.id)
        # Item-days so far: each item on sale is checked once a day.
        said = (
            self.tr("Display check, phase %1, so far: <b>%2</b>")
            .replace("%1", str(phase.number))
            .replace("%2", html.escape(progress_text(rates.progress)))
        )
        tasks = self.tr("%n fix task(s) open", "", rates.open_fixes)
        if rates.overdue:
            late = self.tr("%1 overdue").replace("%1", str(rates.overdue))
            # In Chinese the list's comma is the full-width one.
            comma = "，" if current_language() is Language.ZH else ", "
            tasks += f"{comma}<b style='color:#c62828'>{late}</b>"
        self.display_checks.setText(f"{said}<br>{tasks}")
        self.display_checks.show()

    def _show_targets(self, campaign: Campaign | None) -> None:
        if campaign is None or (campaign.sales_target is None and campaign.stretch_target is None):
            self.targets.setText(
                "" if campaign is None else self.tr("Sales target not set yet (Phases & quotas).")
            )
            self.targets.setStyleSheet("color: #8a5a00;")
            return

        def amount(yuan) -> str:
            if yuan is None:
                return "—"
            return (
                self.tr("%1 × 10,000 yuan (%2)")
                .replace("%1", wan_text(yuan))
                .replace("%2", yuan_text(yuan).removesuffix(".00"))
            )

        self.targets.setStyleSheet("")
        self.targets.setText(
            self.tr("Sales target: <b>%1</b><br>Stretch target: <b>%2</b>")
            .replace("%1", amount(campaign.sales_target))
            .replace("%2", amount(campaign.stretch_target))
        )

    def _open(self, index: QModelIndex) -> None:
        subject = self.findings.data(index, SUBJECT_ROLE)
        if subject is None:
            return
        kind, obj_id = subject
        self.subject_activated.emit(kind, obj_id)

    def focus_search(self) -> None:
        """Ctrl+F: go to the findings list."""
        self.table.setFocus()

    def help_text(self) -> str:
        """What the dashboard shows."""
        return self.tr(
            "The dashboard shows the campaign month with holidays, phases, deadlines and events, "
            "each floor's items against its quota, the countdown to each buyers' deadline and "
            "the rule findings. Double-click a finding to open what it concerns."
        )
