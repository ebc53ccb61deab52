"""Campaign → New: a blank campaign, the June template, or a copy of an earlier campaign.

For the template and a copy, the phases are shown where they will go, each beside its
holiday; a phase whose holiday leaves the campaign's dates is marked, and the planner moves
it by changing its first day in the table.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.holidays import FIRST_YEAR, LAST_YEAR, month_bounds
from promoplanner.core.i18n import Language, current_language, text
from promoplanner.core.june_plan import june_plan
from promoplanner.core.year_copy import PhaseMove
from promoplanner.services.campaign_copy import copy_campaign, copy_plan
from promoplanner.services.campaign_new import (
    NewCampaign,
    campaign_summaries,
    create_campaign,
    create_from_template,
)
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, to_qdate
from promoplanner.ui.widgets.field_error import ERROR_STYLE, FieldErrors
from promoplanner.ui.widgets.wan_edit import WanEdit, WanProblem

BLANK, TEMPLATE, COPY = "blank", "template", "copy"


class NewCampaignDialog(QDialog):
    """Name, year and month (or dates of its own), and how the campaign begins."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumWidth(620)
        self.session = session
        self.made: NewCampaign | None = None
        self._moves: list[PhaseMove] = []
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.way = QComboBox()
        self.way.setObjectName("campaign_way")
        self.way.addItem(self.tr("Blank"), BLANK)
        self.way.addItem(
            self.tr("From the June template (the source plan, without items)"), TEMPLATE
        )
        self.way.addItem(self.tr("Copy of an earlier campaign, moved to its holidays"), COPY)
        form.addRow(self.tr("Start from:"), self.way)
        self.source = QComboBox()
        self.source.setObjectName("campaign_source")
        campaigns = campaign_summaries(session.ctx)
        self._sources = {summary.campaign.id: summary.campaign for summary in campaigns}
        for summary in campaigns:
            self.source.addItem(summary.campaign.name, summary.campaign.id)
        self.errors.add_row(form, self.tr("Campaign to copy:"), "source", self.source)
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.name.setObjectName("new_campaign_name")
        today = session.ctx.clock.now().date()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.errors.add_row(form, self.tr("Year:"), "year", self.year)
        self.month = QComboBox()
        names = QLocale("zh_CN" if current_language() is Language.ZH else "en_US")
        for number in range(1, 13):
            self.month.addItem(names.monthName(number), number)
        self.month.setCurrentIndex(today.month - 1)
        self.errors.add_row(form, self.tr("Month:"), "month", self.month)
        self.own_dates = QCheckBox(self.tr("Dates of its own:"))
        self.first_day, self.last_day = date_edit(), date_edit()
        dates = QWidget()
        line = QHBoxLayout(dates)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.own_dates)
        line.addWidget(self.first_day)
        line.addWidget(QLabel("–"))
        line.addWidget(self.last_day)
        line.addStretch(1)
        self.errors.add_row(form, "", "first_day", dates, marked=self.first_day)
        self.theme = self.errors.add_row(form, self.tr("Theme:"), "theme", QLineEdit())
        self.target = self.errors.add_row(
            form, self.tr("Sales target (10,000 yuan):"), "sales_target", WanEdit("sales_target")
        )
        self.stretch = self.errors.add_row(
            form,
            self.tr("Stretch target (10,000 yuan):"),
            "stretch_target",
            WanEdit("stretch_target"),
        )
        self.carry = QCheckBox(self.tr("Carry the items over as a draft list for the buyers"))
        self.carry.setObjectName("carry_items")
        form.addRow("", self.carry)
        self.phases = QTableWidget(0, 4)
        self.phases.setObjectName("new_campaign_phases")
        self.phases.setHorizontalHeaderLabels(
            [self.tr("Phase"), self.tr("Follows"), self.tr("First day"), self.tr("Last day")]
        )
        self.phases.verticalHeader().hide()
        self.phases.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phases.setMinimumHeight(110)
        self.note = QLabel()
        self.note.setObjectName("new_campaign_note")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.phases)
        column.addWidget(self.note)
        column.addWidget(self.buttons)
        self.way.currentIndexChanged.connect(self._propose_dates)  # before the preview
        self.source.currentIndexChanged.connect(self._propose_dates)
        for signal in (
            self.way.currentIndexChanged,
            self.source.currentIndexChanged,
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.own_dates.toggled,
            self.first_day.dateChanged,
            self.last_day.dateChanged,
        ):
            signal.connect(self.preview)
        if not campaigns:
            self.way.model().item(2).setEnabled(False)
        self._set_month_dates()
        self.preview()

    def choose(self, way: str) -> None:
        """Start from blank, the template or a copy."""
        self.way.setCurrentIndex(self.way.findData(way))

    def _propose_dates(self) -> None:
        """The template: the next June not past; a copy: the source's month, the next year
        after it whose dates are not past (the planner may still change either)."""
        way = self.way.currentData()
        today = self.session.ctx.clock.now().date()
        if way == TEMPLATE:
            month, year = 6, today.year
            if june_plan(year).phase1[0] < today:
                year += 1
        elif way == COPY and self.source.currentData() is not None:
            source = self._sources[int(self.source.currentData())]
            month, year = source.month, source.year + 1
            while year < LAST_YEAR and month_bounds(year, month)[0] < today:
                year += 1
        else:
            return
        self.own_dates.setChecked(False)
        self.year.setValue(min(max(year, FIRST_YEAR), LAST_YEAR))
        self.month.setCurrentIndex(month - 1)

    def _set_month_dates(self) -> None:
        first, last = month_bounds(self.year.value(), int(self.month.currentData()))
        self.first_day.setDate(to_qdate(first))
        self.last_day.setDate(to_qdate(last))

    def _period(self) -> tuple[date, date]:
        if self.own_dates.isChecked():
            return from_qdate(self.first_day.date()), from_qdate(self.last_day.date())
        return month_bounds(self.year.value(), int(self.month.currentData()))

    def preview(self) -> None:
        """Show where each phase goes, and which would fall outside the campaign's dates."""
        way = self.way.currentData()
        if not self.own_dates.isChecked():
            for edit in (self.first_day, self.last_day):
                edit.blockSignals(True)
            self._set_month_dates()
            for edit in (self.first_day, self.last_day):
                edit.blockSignals(False)
        self.first_day.setEnabled(self.own_dates.isChecked())
        self.last_day.setEnabled(self.own_dates.isChecked())
        for widget in (self.source, self.carry):
            widget.setEnabled(way == COPY)
        for widget in (self.target, self.stretch, self.theme):
            widget.setEnabled(way == BLANK)
        self.errors.clear()
        self._moves = self._planned(way)
        first, last = self._period()
        self.phases.setRowCount(len(self._moves))
        for row, move in enumerate(self._moves):
            name = QTableWidgetItem(
                self.tr("Phase %1: %2").replace("%1", str(move.number)).replace("%2", move.name)
            )
            anchor = (
                f"{text('holiday.' + move.anchor.kind.value)} {move.anchor.new:%m-%d}"
                if move.anchor
                else "—"
            )
            self.phases.setItem(row, 0, name)
            self.phases.setItem(row, 1, QTableWidgetItem(anchor))
            start = self.phases.cellWidget(row, 2)
            if start is None:  # reused: a replaced editor would linger until deleted
                start = date_edit()
                start.dateChanged.connect(lambda _d, r=row: self._moved(r))
                self.phases.setCellWidget(row, 2, start)
            start.blockSignals(True)
            start.setDate(to_qdate(move.start))
            start.blockSignals(False)
            self.phases.setItem(row, 3, QTableWidgetItem(f"{move.end}"))
        self.phases.setVisible(way != BLANK)
        self._show_outside(first, last)

    def _planned(self, way: str) -> list[PhaseMove]:
        year = self.year.value()
        if way == TEMPLATE:
            from promoplanner.core.enums import HolidayKind
            from promoplanner.core.year_copy import MovedHoliday
            from promoplanner.services.june_template import PHASE_NAMES

            plan = june_plan(year)
            dragon = MovedHoliday(HolidayKind.DRAGON_BOAT, "", plan.dragon_boat, plan.dragon_boat)
            father = MovedHoliday(HolidayKind.FATHERS_DAY, "", plan.fathers_day, plan.fathers_day)
            return [
                PhaseMove(1, PHASE_NAMES[1], *plan.phase1, 0, dragon),
                PhaseMove(2, PHASE_NAMES[2], *plan.phase2, 0, father),
            ]
        if way == COPY and self.source.currentData() is not None:
            first, last = self._period()
            try:
                planned = copy_plan(
                    self.session.ctx,
                    int(self.source.currentData()),
                    year,
                    None if self.own_dates.isChecked() else int(self.month.currentData()),
                    first_day=first if self.own_dates.isChecked() else None,
                    last_day=last if self.own_dates.isChecked() else None,
                )
            except PromoError as exc:
                self.note.setText(exc.message())
                return []
            return list(planned.phases)
        return []

    def moves(self) -> dict[int, date]:
        """The first days the planner changed in the table, by phase number."""
        moved = {}
        for row, move in enumerate(self._moves):
            edit = self.phases.cellWidget(row, 2)
            day = from_qdate(edit.date())
            if day != move.start:
                moved[move.number] = day
        return moved

    def _moved(self, row: int) -> None:
        move = self._moves[row]
        start = from_qdate(self.phases.cellWidget(row, 2).date())
        self.phases.item(row, 3).setText(f"{start + (move.end - move.start)}")
        self._show_outside(*self._period())

    def _show_outside(self, first: date, last: date) -> None:
        moved = self.moves()
        outside = []
        for row, move in enumerate(self._moves):
            start = moved.get(move.number, move.start)
            end = start + (move.end - move.start)
            out = start < first or end > last
            self.phases.cellWidget(row, 2).setStyleSheet("background: #fff0f0;" if out else "")
            if out:
                outside.append(move)
        if outside:
            move = outside[0]
            holiday = text("holiday." + move.anchor.kind.value) if move.anchor else ""
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(
                self.tr(
                    "Phase %1 “%2” falls outside the campaign's dates (%3 – %4)%5: change its "
                    "first day in the table to move it."
                )
                .replace("%1", str(move.number))
                .replace("%2", move.name)
                .replace("%3", f"{first}")
                .replace("%4", f"{last}")
                .replace(
                    "%5",
                    self.tr(", with %1 on %2")
                    .replace("%1", holiday)
                    .replace("%2", f"{move.anchor.new}")
                    if move.anchor
                    else "",
                )
            )
        else:
            self.note.setStyleSheet("")
            self.note.setText("")

    @staticmethod
    def _yuan(edit: WanEdit):
        try:
            return edit.value()
        except WanProblem as problem:
            problem.field = edit.field  # type: ignore[attr-defined]
            raise

    def create(self) -> bool:
        """Make the campaign; a refusal is shown next to its field and nothing is made."""
        self.errors.clear()
        way = self.way.currentData()
        own = self.own_dates.isChecked()
        first, last = self._period()
        month = None if own else int(self.month.currentData())
        try:
            if way == BLANK:
                target = self._yuan(self.target)
                stretch = self._yuan(self.stretch)
                made = self.session.change(
                    "campaign",
                    create_campaign,
                    self.name.text(),
                    self.year.value(),
                    month,
                    first_day=first if own else None,
                    last_day=last if own else None,
                    theme=self.theme.text(),
                    sales_target=target,
                    stretch_target=stretch,
                )
            elif way == TEMPLATE:
                made = self.session.change(
                    "campaign",
                    create_from_template,
                    self.name.text(),
                    self.year.value(),
                    month=month,
                    moves=self.moves(),
                )
            else:
                made = self.session.change(
                    "campaign",
                    copy_campaign,
                    int(self.source.currentData()),
                    self.name.text(),
                    self.year.value(),
                    month,
                    first_day=first if own else None,
                    last_day=last if own else None,
                    moves=self.moves(),
                    carry_items=self.carry.isChecked(),
                )
        except WanProblem as problem:
            self.errors.mark(problem.field, str(problem.args[0]))
            return False
        except PromoError as exc:
            if exc.field == "moves" or exc.key.startswith("campaign.holiday"):
                self.note.setStyleSheet(ERROR_STYLE)
                self.note.setText(exc.message())
            else:
                self.errors.show(exc, fallback="name")
            return False
        self.made = made
        self.session.set_campaign(made.campaign.id)
        self.accept()
        return True
