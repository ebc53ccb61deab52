"""Per phase and floor: items against [min, max] and sensitive items against the minimum."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from promoplanner.core.model import CampaignSnapshot, Phase
from promoplanner.core.progress import floor_progress, late_buyers
from promoplanner.ui.labels import countdown_text, floor_name
from promoplanner.ui.widgets.quota_bar import QuotaBarWidget


class ProgressPanelWidget(QWidget):
    """Quota bars for every floor of every phase, and the countdown to each deadline."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.bars: dict[tuple[int, int, str], QuotaBarWidget] = {}
        self.countdowns: dict[int, QLabel] = {}
        self.phase_states: dict[int, QLabel] = {}  # phase id -> "running · day D of N" ...
        self.no_minimum: dict[tuple[int, int], QLabel] = {}  # floors without a sensitive minimum

    def set_campaign(self, snap: CampaignSnapshot | None, now: datetime) -> None:
        """Rebuild the bars for the campaign as it is now."""
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.bars.clear()
        self.countdowns.clear()
        self.phase_states.clear()
        self.no_minimum.clear()
        if snap is None:
            self.column.addWidget(QLabel(self.tr("No campaign yet.")))
            return
        late = late_buyers(snap, now)
        for phase in snap.phases:
            items = len(snap.items_of(phase.id))
            title = QLabel(
                self.tr("<b>Phase %1 %2</b> (%3 – %4): %5 of %6 items")
                .replace("%1", str(phase.number))
                .replace("%2", phase.name)
                .replace("%3", phase.start.strftime("%m-%d"))
                .replace("%4", phase.end.strftime("%m-%d"))
                .replace("%5", str(items))
                .replace("%6", str(phase.flyer_target))
            )
            self.column.addWidget(title)
            state = QLabel(self.phase_state(phase, now.date()))
            state.setObjectName(f"phase_state_{phase.number}")
            state.setStyleSheet(self._state_style(phase, now.date()))
            self.phase_states[phase.id] = state
            self.column.addWidget(state)
            grid = QGridLayout()
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 2)
            grid.addWidget(QLabel(self.tr("Floor")), 0, 0)
            grid.addWidget(QLabel(self.tr("Items / quota")), 0, 1)
            grid.addWidget(QLabel(self.tr("Price-sensitive / min")), 0, 2)
            for row, progress in enumerate(floor_progress(snap, phase), start=1):
                grid.addWidget(QLabel(floor_name(progress.floor)), row, 0)
                quota = progress.quota
                bar = QuotaBarWidget()
                bar.set_values(
                    progress.items,
                    quota.min_items if quota else None,
                    quota.max_items if quota else None,
                )
                grid.addWidget(bar, row, 1)
                self.bars[(phase.id, progress.floor.id, "items")] = bar
                if quota is not None and not quota.min_sensitive:
                    # An empty bar against "≥0" reads as a failure; there is nothing to reach.
                    none = QLabel(self.tr("— (no minimum)"))
                    none.setStyleSheet("color: #777;")
                    none.setToolTip(
                        self.tr("%1 price-sensitive items; this floor has no minimum.").replace(
                            "%1", str(progress.sensitive)
                        )
                    )
                    grid.addWidget(none, row, 2)
                    self.no_minimum[(phase.id, progress.floor.id)] = none
                    continue
                sensitive = QuotaBarWidget()
                sensitive.set_values(
                    progress.sensitive, quota.min_sensitive if quota else None, None
                )
                grid.addWidget(sensitive, row, 2)
                self.bars[(phase.id, progress.floor.id, "sensitive")] = sensitive
            self.column.addLayout(grid)
            for deadline in [d for d in snap.deadlines if d.phase_id == phase.id]:
                seconds = (deadline.due - now).total_seconds()
                label = QLabel(
                    self.tr("Buyers' deadline %1 — %2")
                    .replace("%1", deadline.due.strftime("%Y-%m-%d %H:%M"))
                    .replace("%2", countdown_text(seconds))
                )
                label.setToolTip(deadline.task())
                label.setWordWrap(True)  # "passed … ✓ every floor on time" outgrows the column
                late_here = [x for x in late if x.deadline.id == deadline.id]
                if seconds >= 0:
                    colour = "#1f5f8b"  # still ahead
                elif late_here:
                    colour = "#b00020"  # passed with floors short: the late list follows
                else:
                    colour = "#666666"  # passed and met: history, not an alarm
                    label.setText(label.text() + self.tr(" ✓ every floor on time"))
                label.setStyleSheet(f"color: {colour};")
                self.countdowns[deadline.id] = label
                self.column.addWidget(label)
                for entry in late_here:
                    self.column.addWidget(
                        QLabel(
                            self.tr("Late: %1 (%2 short)")
                            .replace("%1", entry.buyer.name)
                            .replace("%2", entry.progress.floor.code)
                        )
                    )
        self.column.addStretch(1)

    def phase_state(self, phase: Phase, today: date) -> str:
        """Where the phase stands today: starts in N days, running day D of N, or ended."""
        if today < phase.start:
            ahead = (phase.start - today).days
            if ahead == 1:
                return self.tr("Starts tomorrow")
            return self.tr("Starts in %1 days").replace("%1", str(ahead))
        if today > phase.end:
            return self.tr("Ended")
        return (
            self.tr("Running · day %1 of %2")
            .replace("%1", str((today - phase.start).days + 1))
            .replace("%2", str(phase.days))
        )

    @staticmethod
    def _state_style(phase: Phase, today: date) -> str:
        if phase.covers(today):
            return "color: #1e7b34; font-weight: bold;"  # on sale now: what matters most
        if today > phase.end:
            return "color: #777777;"
        return "color: #1f5f8b;"
