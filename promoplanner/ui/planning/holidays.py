"""The campaign's holidays: proposed for its year by the program, editable by the planner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.enums import HolidayKind
from promoplanner.core.errors import PromoError
from promoplanner.core.holidays import ProposedHoliday
from promoplanner.core.i18n import text
from promoplanner.core.model import CampaignSnapshot, Holiday
from promoplanner.services.campaigns import proposed_for_campaign, remove_holiday, set_holiday
from promoplanner.ui.labels import listing
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, to_qdate
from promoplanner.ui.widgets.field_error import FieldErrors
from promoplanner.ui.widgets.form_keys import EnterSaves
from promoplanner.ui.widgets.pair import pair


def holiday_name(h: Holiday) -> str:
    """The holiday's own name, else its kind's name in the current language."""
    return h.name or text(f"holiday.{h.kind.value}")


class HolidaysWidget(QWidget):
    """Holidays on the campaign calendar, a form for one, and “Propose for the year”."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign_id: int | None = None
        self.year = 0
        self.holidays: list[Holiday] = []
        self.proposals: list[ProposedHoliday] = []  # proposed for the dates, not taken yet
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("holidays_table")
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Holiday")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Three holidays in view at least, six at most: a campaign has a handful.
        self.table.setMinimumHeight(24 * 3 + 30)
        self.table.setMaximumHeight(24 * 6 + 30)
        self.table.itemSelectionChanged.connect(self._selected)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in HolidayKind:
            self.kind.addItem(
                text(f"holiday.{kind.value}")
                if kind is not HolidayKind.OTHER
                else self.tr("Other holiday"),
                kind.value,
            )
        self.day = date_edit()
        form.addRow(
            self.tr("Holiday:"),
            pair(
                self.errors,
                [(self.tr("Holiday:"), "kind", self.kind), (self.tr("Day:"), "day", self.day)],
            ),
        )
        self.name = self.errors.add_row(form, self.tr("Own name:"), "name", QLineEdit())
        self.name.setPlaceholderText(self.tr("(needed for the store's own and other holidays)"))
        self.propose_button = QPushButton(self.tr("Take every proposed holiday"))
        self.propose_button.setObjectName("propose_holidays")
        self.save_button = QPushButton(self.tr("Save holiday"))
        self.save_button.setObjectName("save_holiday")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.propose_button.clicked.connect(self.propose)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addStretch(1)  # room to spare goes under the buttons, not between the rows
        EnterSaves(self, self.errors, self.save)

    def title(self) -> str:
        """What this form is called when the screen lists unsaved work."""
        return self.tr("Holidays of the campaign")

    def set_read_only(self, read_only: bool) -> None:
        """Grey and not typed into for a person who may not change the calendar."""
        self.errors.set_read_only(read_only)
        for button in (self.propose_button, self.save_button, self.remove_button):
            button.setEnabled(not read_only)

    def selected(self) -> Holiday | None:
        """The holiday chosen in the table, as stored."""
        rows = self.table.selectionModel().selectedRows()
        return self.holidays[rows[0].row()] if rows else None

    def is_dirty(self) -> bool:
        """Whether the form holds something not on the calendar."""
        if self.campaign_id is None:
            return False
        h = self.selected()
        if self.errors.marked():
            return True
        if h is None:
            return bool(self.name.text().strip())
        return (self.kind.currentData(), self.name.text(), from_qdate(self.day.date())) != (
            h.kind.value,
            h.name,
            h.day,
        )

    def discard(self) -> None:
        """Show the chosen holiday as stored again."""
        self.errors.clear()
        self._selected()

    def set_campaign(self, snapshot: CampaignSnapshot | None) -> None:
        """List the campaign's holidays by day."""
        self.campaign_id = snapshot.campaign.id if snapshot else None
        self.year = snapshot.campaign.year if snapshot else 0
        self.holidays = sorted(snapshot.holidays if snapshot else (), key=lambda h: h.day)
        taken = {h.kind for h in self.holidays}
        self.proposals = (
            [
                p
                for p in proposed_for_campaign(self.session.ctx, self.campaign_id)
                if p.kind not in taken
            ]
            if snapshot
            else []
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.holidays) + len(self.proposals))
        for row, h in enumerate(self.holidays):
            for col, value in enumerate((h.day.isoformat(), holiday_name(h))):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, h.id)
                self.table.setItem(row, col, cell)
        for row, p in enumerate(self.proposals, start=len(self.holidays)):
            shown = (
                self.tr("%1 — proposed (%2): select it and save to take it")
                .replace("%1", p.name)
                .replace("%2", text(f"holiday_group.{p.group.value}"))
            )
            for col, value in enumerate((p.day.isoformat(), shown)):
                cell = QTableWidgetItem(value)
                cell.setForeground(QColor("#8a8a8a"))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)
        if (
            self.holidays
            and not self.table.selectionModel().selectedRows()
            and not self.errors.marked()
        ):
            self.table.selectRow(0)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        self.errors.clear()
        if row >= len(self.holidays):  # a proposal: the form takes it on save
            p = self.proposals[row - len(self.holidays)]
            self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
            self.name.setText("")
            self.day.setDate(to_qdate(p.day))
            return
        h = self.holidays[row]
        self.kind.setCurrentIndex(self.kind.findData(h.kind.value))
        self.name.setText(h.name)
        self.day.setDate(to_qdate(h.day))

    def save(self) -> bool:
        """Put the holiday of the form on the calendar (a June holiday is moved, not doubled)."""
        if self.campaign_id is None:
            return False
        self.errors.clear()
        try:
            self.session.change(
                "planning",
                set_holiday,
                self.campaign_id,
                HolidayKind(self.kind.currentData()),
                from_qdate(self.day.date()),
                self.name.text(),
            )
        except PromoError as exc:
            self.errors.show(exc, fallback="name")
            return False
        return True

    def remove(self) -> None:
        """Take the selected holiday off the calendar."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.holidays):
            return
        self.session.change("planning", remove_holiday, self.holidays[rows[0].row()].id)

    def propose(self) -> None:
        """Take every holiday the program proposes for the campaign's dates (moved back to
        the computed day where the planner had moved one)."""
        if self.campaign_id is None:
            return
        try:
            days = [
                (p.kind, p.day) for p in proposed_for_campaign(self.session.ctx, self.campaign_id)
            ]
            for kind, day in days:
                set_holiday(self.session.ctx, self.campaign_id, kind, day)
        except PromoError as exc:
            self.note.setText(exc.message())
            return
        finally:
            self.session.data_changed.emit("planning")
        self.note.setText(
            self.tr("Proposed for %1: %2")
            .replace("%1", str(self.year))
            .replace("%2", listing(f"{text('holiday.' + k.value)} {d:%m-%d}" for k, d in days))
        )
