"""Live counters above the item table: items against quota, sensitive items, time left."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from promoplanner.core.model import BuyerDeadline
from promoplanner.core.progress import FloorProgress, QuotaState
from promoplanner.services.progress import PhaseCounters

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

OK, SHORT, OVER = "#1b7a2b", "#b00020", "#b45f06"


def time_left(due: datetime, now: datetime) -> str:
    """'3 days 4 h left' or 'passed', in words."""
    if now >= due:
        return translate("ItemCounters", "passed")
    seconds = int((due - now).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return (
            translate("ItemCounters", "%1 d %2 h left")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    return (
        translate("ItemCounters", "%1 h %2 min left")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )


class CountersWidget(QWidget):
    """One chip per floor of the visible phase, plus the deadline and time left."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._chips: list[QLabel] = []
        self.deadline = QLabel(self)
        self.deadline.setObjectName("deadline")
        self._layout.addStretch(1)
        self._layout.addWidget(self.deadline)

    def show_phase(self, counters: PhaseCounters | None, floor_id: int | None, now) -> None:
        """Show the counters of a phase (one floor, or every floor with a quota or items)."""
        if counters is None:
            self._set_chips([])
            self.deadline.setText("")
            return
        rows = [p for p in counters.floors if floor_id in (None, p.floor.id)]
        self._set_chips(rows)
        self._show_deadline(counters.deadlines, now)

    def _set_chips(self, rows: list[FloorProgress]) -> None:
        # The chips of an unchanged set of floors are kept: only their texts change.
        names = [f"counter_{p.floor.code}" for p in rows]
        if names != [chip.objectName() for chip in self._chips]:
            for chip in self._chips:
                self._layout.removeWidget(chip)
                chip.hide()
                chip.deleteLater()
            self._chips = []
            for position, name in enumerate(names):
                chip = QLabel(self)
                chip.setObjectName(name)
                chip.setTextFormat(Qt.TextFormat.RichText)
                chip.setStyleSheet(
                    "QLabel { border: 1px solid #c8c8c8; border-radius: 4px; padding: 2px 6px; }"
                )
                self._layout.insertWidget(position, chip)
                self._chips.append(chip)
        for chip, progress in zip(self._chips, rows, strict=True):
            chip.setText(self._chip_text(progress))

    @staticmethod
    def _chip_text(progress: FloorProgress) -> str:
        quota = progress.quota
        if quota is None:
            items = translate("ItemCounters", "%1 items, no quota").replace(
                "%1", str(progress.items)
            )
            return f"<b>{progress.floor.code}</b> {items}"
        colour = {QuotaState.SHORT: SHORT, QuotaState.OVER: OVER}.get(progress.state, OK)
        items = (
            translate("ItemCounters", "%1 of %2–%3 items")
            .replace("%1", str(progress.items))
            .replace("%2", str(quota.min_items))
            .replace("%3", str(quota.max_items))
        )
        text = f"<b>{progress.floor.code}</b> <span style='color:{colour}'>{items}</span>"
        if quota.min_sensitive:
            s_colour = SHORT if progress.missing_sensitive else OK
            sensitive = (
                translate("ItemCounters", "sensitive %1 of ≥ %2")
                .replace("%1", str(progress.sensitive))
                .replace("%2", str(quota.min_sensitive))
            )
            text += f" · <span style='color:{s_colour}'>{sensitive}</span>"
        return text

    def _show_deadline(self, deadlines: tuple[BuyerDeadline, ...], now) -> None:
        if not deadlines:
            self.deadline.setText(translate("ItemCounters", "No buyer deadline set"))
            return
        due = min(d.due for d in deadlines)
        left = time_left(due, now)
        colour = SHORT if now >= due else ("#b45f06" if (due - now).days < 2 else OK)
        self.deadline.setText(
            translate("ItemCounters", "Deadline %1: %2")
            .replace("%1", due.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", f"<span style='color:{colour}'><b>{left}</b></span>")
        )

    def chip_texts(self) -> list[str]:
        """The counters as plain text (for tests and screen readers)."""
        return [chip.text() for chip in self._chips]
