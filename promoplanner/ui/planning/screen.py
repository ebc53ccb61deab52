"""Phases & quotas screen: the planner's set-up of each phase."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.people import Right
from promoplanner.services.planning import remove_quota
from promoplanner.services.write import may
from promoplanner.ui.campaigns.phase_actions import PhaseActionsWidget
from promoplanner.ui.labels import in_a_row, listing
from promoplanner.ui.planning.campaign_form import CampaignFormWidget
from promoplanner.ui.planning.deadlines import DeadlinesWidget
from promoplanner.ui.planning.floors_model import END_RACKS, FLOOR, GoldenSpotsTableModel
from promoplanner.ui.planning.holidays import HolidaysWidget
from promoplanner.ui.planning.phase_form import PhaseFormWidget
from promoplanner.ui.planning.quota_model import SCOPE, QuotaTableModel
from promoplanner.ui.planning.saving import Part, SaveReport, save_parts, unsaved_lines
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.submissions import SubmissionsPanelWidget
from promoplanner.ui.unsaved import Choice, ask_unsaved
from promoplanner.ui.widgets.ask import confirm
from promoplanner.ui.widgets.field_error import FieldErrorLabel
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget
from promoplanner.ui.widgets.sheet_view import SheetView

ROW_HEIGHT = 24  # the small tables of the screen: a few rows each, all of them in view
NOTE_STYLE = "QLabel { background: #fff4d6; color: #6b4a00; padding: 3px 6px; border-radius: 3px; }"
SAVED_STYLE = "QLabel { color: #1b7a2b; padding: 3px 6px; }"
REFUSED_STYLE = (
    "QLabel { background: #fde2e2; color: #8a0000; padding: 3px 6px; border-radius: 3px; }"
)


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.setContentsMargins(8, 6, 8, 6)
    column.addWidget(widget)
    return box


def _grid(name: str, model, stretch: int) -> QTableView:
    """A table typed into like a spreadsheet."""
    view = SheetView()  # a letter typed on a read-only cell never jumps to another floor
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setWordWrap(False)  # one line a floor: a long name is cut with "…", not wrapped
    return view


def fit_rows(table: QTableView) -> None:
    """Exactly as tall as its rows: a handful of floors never sits in a scroller of its own."""
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    height = table.horizontalHeader().height() + rows + 2 * table.frameWidth()
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(height)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class PlanningScreen(QWidget):
    """The phase, its quota grid and deadlines on the left; campaign, holidays, floors right."""

    # Questions sit behind attributes that tests replace (a real dialog would wait for a click).
    confirm = staticmethod(confirm)
    ask_unsaved = staticmethod(ask_unsaved)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._refresh_pending = False
        self._shown_phase: int | None = None
        self.phase_picker = PhasePickerWidget()
        self.phase_picker.setObjectName("planning_phase")
        self.save_note = QLabel()
        self.save_note.setObjectName("planning_save_note")
        self.save_note.setWordWrap(True)
        self.save_note.hide()
        self.rights_note = QLabel()
        self.rights_note.setObjectName("planning_rights_note")
        self.rights_note.setStyleSheet(NOTE_STYLE)
        # One line: a wrapping label would ask for the height of many lines at its narrowest.
        self.rights_note.setWordWrap(False)
        self.rights_note.hide()
        self.campaign_form = CampaignFormWidget(session)
        self.phase_form = PhaseFormWidget(session)
        self.quotas = QuotaTableModel(session, self)
        self.quota_table = _grid("quota_table", self.quotas, SCOPE)
        self.quota_error = FieldErrorLabel()
        self.quota_error.setObjectName("quota_error")
        self.quotas.edit_refused.connect(self._quota_refused)
        self.quotas.edit_waiting.connect(self._quota_waiting)
        self.quotas.edit_taken.connect(lambda: self.quota_error.show_error(""))
        self.discard_quotas_button = QPushButton(self.tr("Discard refused edits"))
        self.discard_quotas_button.clicked.connect(self._discard_quotas)
        self.remove_quota_button = QPushButton(self.tr("Remove floor's quota"))
        self.remove_quota_button.setObjectName("remove_quota")
        self.remove_quota_button.clicked.connect(self._remove_quota)
        self.deadlines = DeadlinesWidget(session)
        self.holidays = HolidaysWidget(session)
        self.floors = GoldenSpotsTableModel(session, self)
        self.floors_table = _grid("floors_table", self.floors, FLOOR)
        self.floors_table.horizontalHeader().setMinimumSectionSize(80)  # room for a refused word
        self.floors_error = FieldErrorLabel()
        self.floors_error.setObjectName("floors_error")
        self.floors.edit_refused.connect(self._floors_refused)
        self.floors.edit_taken.connect(self._floors_taken)
        self.discard_floors_button = QPushButton(self.tr("Discard refused edits"))
        self.discard_floors_button.clicked.connect(self._discard_floors)
        self.discard_floors_button.hide()  # only while a refused edit waits
        self.parts = self._parts()
        self._build()
        self.phase_picker.currentIndexChanged.connect(self._phase_chosen)
        follow_changes(session, self, self._data_changed)
        session.campaign_changed.connect(self.refresh)
        session.actor_changed.connect(self._show_rights)
        self.refresh()
        self._show_rights()

    def _build(self) -> None:
        quota_box = QWidget()
        quota_column = QVBoxLayout(quota_box)
        quota_column.setContentsMargins(0, 0, 0, 0)
        quota_column.addWidget(self.quota_table)
        quota_buttons = QHBoxLayout()
        quota_buttons.addWidget(self.quota_error, 1)
        quota_buttons.addStretch(0)  # the buttons keep their size while no error is shown
        quota_buttons.addWidget(self.remove_quota_button, 0, Qt.AlignmentFlag.AlignTop)
        quota_buttons.addWidget(self.discard_quotas_button, 0, Qt.AlignmentFlag.AlignTop)
        quota_column.addLayout(quota_buttons)
        floors_box = QWidget()
        floors_column = QVBoxLayout(floors_box)
        floors_column.setContentsMargins(0, 0, 0, 0)
        floors_column.addWidget(self.floors_table)
        floors_buttons = QHBoxLayout()
        floors_buttons.addWidget(self.floors_error, 1)
        floors_buttons.addStretch(0)
        floors_buttons.addWidget(self.discard_floors_button, 0, Qt.AlignmentFlag.AlignTop)
        floors_column.addLayout(floors_buttons)
        # Plain columns, not splitters: a splitter squeezed the forms below their height at
        # 1366×768 (rows overlapping); now the screen scrolls as a whole when it must.
        left = QVBoxLayout()
        left.addWidget(_group(self.tr("Phase"), self.phase_form))
        left.addWidget(_group(self.tr("Flyer items per floor"), quota_box))
        # The deadlines and each buyer's list share one box: one under the other pushed the
        # late note's lines out of sight on a 1366×768 screen.
        self.submissions = SubmissionsPanelWidget(self.session)  # each buyer's list
        self.buyers_tabs = QTabWidget()
        self.buyers_tabs.addTab(self.deadlines, self.tr("Buyers' deadlines"))
        self.buyers_tabs.addTab(self.submissions, self.tr("Buyers' lists"))
        left.addWidget(self.buyers_tabs, 1)
        right = QVBoxLayout()
        right.addWidget(_group(self.tr("Campaign"), self.campaign_form))
        right.addWidget(_group(self.tr("Holidays of the campaign"), self.holidays), 1)
        right.addWidget(_group(self.tr("Golden positions of each floor (all phases)"), floors_box))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for column in (left, right):
            holder = QWidget()
            column.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(column)
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self.splitter.addWidget(holder)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 560])
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Phase:")))
        header.addWidget(self.phase_picker)
        self.phase_actions = PhaseActionsWidget(self.session, self.phase_picker)
        self.phase_note = FieldErrorLabel()
        self.phase_actions.said.connect(self._phase_said)
        header.addWidget(self.phase_actions)
        header.addWidget(self.phase_note, 1)
        # The notes share the picker's line: a line of their own pushed the floors' golden
        # positions (all a floor manager may change here) below a 1366×768 screen.
        header.addWidget(self.rights_note, 1)
        header.addWidget(self.save_note, 1)
        header.addStretch(0)  # the picker keeps its size while no note is shown
        page = QVBoxLayout(self)
        page.addLayout(header)
        page.addWidget(self.splitter, 1)

    def _parts(self) -> list[Part]:
        def form_part(form) -> Part:
            return Part(
                form.title,
                lambda: (
                    [listing(form.errors.label(f) for f in form.changed_fields())]
                    # what Save would refuse, said in the question before it is answered
                    + [self.tr("cannot be saved: %1").replace("%1", p) for p in known(form)]
                    if form.is_dirty()
                    else []
                ),
                lambda: [] if form.save() else (form.errors.problems() or [self.tr("refused")]),
                form.discard,
            )

        def known(form) -> list[str]:
            method = getattr(form, "known_problems", None)
            return method() if callable(method) else form.errors.problems()

        def holidays_unsaved() -> list[str]:
            return [""] if self.holidays.is_dirty() else []

        return [
            form_part(self.campaign_form),
            form_part(self.phase_form),
            Part(
                lambda: self.tr("Flyer items per floor"),
                self.quotas.unsaved_rows,
                self.quotas.save_held,
                self._discard_quotas,
            ),
            form_part(self.deadlines),
            Part(
                self.holidays.title,
                holidays_unsaved,
                lambda: [] if self.holidays.save() else self.holidays.errors.problems(),
                self.holidays.discard,
            ),
            Part(
                lambda: self.tr("Golden positions"),
                self.floors.unsaved_rows,
                self.floors.save_held,
                self._discard_floors,
            ),
        ]

    def _data_changed(self, kind: str) -> None:
        # Deferred: the change may come from the grid's own editor, which a model reset
        # in the middle of its commit would leave dangling.
        if kind in ("planning", "campaign", "items", "store") and not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Show the chosen phase as stored (unsaved edits in the forms are kept)."""
        self._refresh_pending = False
        snap = self.session.snapshot()
        self.phase_picker.set_phases(snap)
        phase_id = self.phase_picker.phase_id()
        self._shown_phase = phase_id
        phase = snap.phase(phase_id) if snap and phase_id is not None else None
        self.phase_form.set_phase(phase)
        self.quotas.set_phase(snap, phase_id)
        self.floors.set_phase(snap, phase_id)
        for table, stretch in ((self.quota_table, SCOPE), (self.floors_table, FLOOR)):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            fit_rows(table)
        self.campaign_form.set_campaign(snap.campaign if snap else None)
        self.deadlines.set_phase(snap, phase_id)
        self.submissions.set_phase(phase_id)
        self.holidays.set_campaign(snap)

    def _phase_chosen(self, _index: int) -> None:
        """Another phase: the phase's unsaved forms are saved or dropped first, as asked."""
        if self._shown_phase is not None and self.phase_picker.phase_id() != self._shown_phase:
            phase_parts = [self.parts[1], self.parts[2], self.parts[3]]
            lines = unsaved_lines(phase_parts)
            if lines:
                choice = self.ask_unsaved(
                    self, lines, self.tr("Save the changes to this phase first?")
                )
                report = SaveReport()
                if choice is Choice.SAVE:
                    report = save_parts(phase_parts)
                elif choice is Choice.DISCARD:
                    for part in phase_parts:
                        part.discard()
                if choice is Choice.CANCEL or report.not_saved:
                    self.phase_picker.blockSignals(True)
                    self.phase_picker.choose(self._shown_phase)
                    self.phase_picker.blockSignals(False)
                    self._say(report)
                    return
        self.refresh()

    def _show_rights(self) -> None:
        """Forms the acting person may not change look read-only (grey), with the reason."""
        ctx = self.session.ctx
        planner = may(ctx, Right.EDIT_CAMPAIGN)  # rights are data: what the person's roles hold
        for form in (self.campaign_form, self.phase_form, self.deadlines, self.holidays):
            form.set_read_only(not planner)
        self.quotas.set_read_only(not planner)
        self.remove_quota_button.setEnabled(planner)
        self.discard_quotas_button.setEnabled(planner)
        self.floors.set_read_only(not may(ctx, Right.SET_GOLDEN_SPOTS))
        if planner:
            self.rights_note.hide()
            return
        self.rights_note.setText(
            self.tr(
                "Read-only: only the planning department changes the campaign, phases, quotas, "
                "deadlines and holidays."
            )
            + (
                " " + self.tr("You may set the floors' golden positions.")
                if may(ctx, Right.SET_GOLDEN_SPOTS)
                else ""
            )
        )
        self.rights_note.show()

    def _quota_refused(self, message: str) -> None:
        self.quota_error.setStyleSheet("color: #b00020;")
        self.quota_error.show_error(message)

    def _quota_waiting(self, message: str) -> None:
        self.quota_error.setStyleSheet("color: #6b4a00;")
        self.quota_error.show_error(message)

    def _phase_said(self, message: str, refused: bool) -> None:
        self.phase_note.setStyleSheet("color: #b00020;" if refused else "color: #8a5a00;")
        self.phase_note.show_error(message)

    def _discard_quotas(self) -> None:
        self.quotas.discard()
        self.quota_error.show_error("")

    def _floors_refused(self, message: str) -> None:
        self.floors_error.show_error(message)
        self.discard_floors_button.show()

    def _floors_taken(self) -> None:
        self.floors_error.show_error("")
        self.discard_floors_button.setVisible(bool(self.floors.pending))

    def _discard_floors(self) -> None:
        self.floors.discard()
        self.floors_error.show_error("")
        self.discard_floors_button.hide()

    def _remove_quota(self) -> None:
        index = self.quota_table.currentIndex()
        quota = self.quotas.quota_at(index.row()) if index.isValid() else None
        if quota is None:
            return
        floor = self.quotas.floor_at(index.row())
        question = self.tr(
            "Remove the quota of %1 from this phase? Its minimum, maximum and sensitive "
            "minimum are forgotten."
        ).replace("%1", floor.code)
        if not self.confirm(
            self, self.tr("Remove floor's quota"), question, self.tr("Remove"), self.tr("Keep")
        ):
            return
        try:
            self.session.change("planning", remove_quota, quota.id)
        except PromoError as exc:
            self._quota_refused(exc.message())

    # --- unsaved work (asked about by the main window) ------------------------------------
    def unsaved_work(self) -> list[str]:
        """Each form or grid holding typed but unsaved work."""
        return unsaved_lines(self.parts)

    def save_unsaved(self) -> list[str]:
        """Save every form and grid holding changes; what could not be saved, and why."""
        report = save_parts(self.parts)
        self._say(report)
        return list(report.not_saved)

    def discard_unsaved(self) -> None:
        """Drop every unsaved edit on the screen."""
        for part in self.parts:
            if part.unsaved():
                part.discard()
        self.save_note.hide()

    def _say(self, report: SaveReport) -> None:
        if report.not_saved:
            self.save_note.setStyleSheet(REFUSED_STYLE)
            self.save_note.setText(
                self.tr("Not saved: %1").replace("%1", in_a_row(list(report.not_saved)))
                + (
                    "  " + self.tr("Saved: %1").replace("%1", listing(report.saved))
                    if report.saved
                    else ""
                )
            )
        elif report.saved:
            self.save_note.setStyleSheet(SAVED_STYLE)
            self.save_note.setText(self.tr("Saved: %1").replace("%1", listing(report.saved)))
        else:
            self.save_note.setStyleSheet(SAVED_STYLE)
            self.save_note.setText(self.tr("Nothing to save: every form is as stored."))
        self.save_note.show()

    # --- commands of the main window ----------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: save every form and grid on the screen holding changes, or say why not."""
        self.save_unsaved()

    def new_record(self) -> None:
        """Ctrl+N: a new buyer deadline."""
        self.deadlines.new_record()

    def select_object(self, kind: str, obj_id: int) -> None:
        """Show the phase, quota or deadline a finding concerns."""
        snap = self.session.snapshot()
        if snap is None:
            return
        phase_id, row = None, None
        if kind == "phase":
            phase_id = obj_id
        elif kind == "quota":
            quota = next((q for q in snap.quotas if q.id == obj_id), None)
            if quota:
                phase_id = quota.phase_id
                floors = [self.quotas.floor_at(r).id for r in range(self.quotas.rowCount())]
                row = floors.index(quota.floor_id) if quota.floor_id in floors else None
        elif kind == "deadline":
            deadline = next((d for d in snap.deadlines if d.id == obj_id), None)
            phase_id = deadline.phase_id if deadline else None
        elif kind == "campaign":
            self.campaign_form.sales_target.setFocus()
        elif kind == "floor":
            floor_row = self.floors.row_of(obj_id)
            if floor_row is not None:
                self.floors_table.setCurrentIndex(self.floors.index(floor_row, END_RACKS))
                self.floors_table.setFocus()
        if phase_id is not None:
            self.phase_picker.choose(phase_id)
        if row is not None:
            self.quota_table.setCurrentIndex(self.quotas.index(row, 2))
            self.quota_table.setFocus()
        if kind == "deadline":
            self.deadlines.select(obj_id)

    def help_text(self) -> str:
        """What this screen is for."""
        return self.tr(
            "Set up the campaign (its sales target and stretch target, typed in units of "
            "10,000 yuan — and the discount above which an item is flagged as a "
            "likely typo) and each phase: its theme, dates, flyer size and print run; "
            "the items each floor brings (type into the grid like a spreadsheet); the buyers' "
            "deadlines; the holidays of the campaign; and each floor's end racks and "
            "pile-display spots. Enter in a field saves its form; Ctrl+S saves every changed "
            "form and grid of the screen and says what it could not save. The holidays of the "
            "campaign's dates are proposed (public holidays, the lunar festivals and the days "
            "retail sells on); take, move or drop each, and add the store's own. Add, remove "
            "and reorder phases beside the phase picker."
        )
