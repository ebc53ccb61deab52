"""Phases & quotas screen: the planner's set-up of each phase."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.services.planning import remove_quota
from promoplanner.ui.campaigns.phase_actions import PhaseActionsWidget
from promoplanner.ui.planning.campaign_form import CampaignFormWidget
from promoplanner.ui.planning.deadlines import DeadlinesWidget
from promoplanner.ui.planning.floors_model import END_RACKS, FLOOR, GoldenSpotsTableModel
from promoplanner.ui.planning.holidays import HolidaysWidget
from promoplanner.ui.planning.phase_form import PhaseFormWidget
from promoplanner.ui.planning.quota_model import QuotaTableModel
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.field_error import FieldErrorLabel
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.addWidget(widget)
    return box


def _grid(name: str, model, stretch: int) -> QTableView:
    """A table typed into like a spreadsheet."""
    view = QTableView()
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
    return view


class PlanningScreen(QWidget):
    """Campaign, phase and quota grid on the left; deadlines, holidays, floors on the right."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._refresh_pending = False
        self.phase_picker = PhasePickerWidget()
        self.phase_picker.setObjectName("planning_phase")
        self.campaign_form = CampaignFormWidget(session)
        self.phase_form = PhaseFormWidget(session)
        self.quotas = QuotaTableModel(session, self)
        self.quota_table = _grid("quota_table", self.quotas, 5)
        self.quota_error = FieldErrorLabel()
        self.quota_error.setObjectName("quota_error")
        self.quotas.edit_refused.connect(self.quota_error.show_error)
        self.quotas.edit_taken.connect(lambda: self.quota_error.show_error(""))
        discard = QPushButton(self.tr("Discard refused edits"))
        discard.clicked.connect(self._discard_quotas)
        remove = QPushButton(self.tr("Remove floor's quota"))
        remove.clicked.connect(self._remove_quota)
        quota_box = QWidget()
        quota_column = QVBoxLayout(quota_box)
        quota_column.setContentsMargins(0, 0, 0, 0)
        quota_column.addWidget(self.quota_table)
        quota_column.addWidget(self.quota_error)
        quota_buttons = QHBoxLayout()
        quota_buttons.addStretch(1)
        quota_buttons.addWidget(remove)
        quota_buttons.addWidget(discard)
        quota_column.addLayout(quota_buttons)
        self.deadlines = DeadlinesWidget(session)
        self.holidays = HolidaysWidget(session)
        self.floors = GoldenSpotsTableModel(session, self)
        self.floors_table = _grid("floors_table", self.floors, FLOOR)
        self.floors_table.horizontalHeader().setMinimumSectionSize(80)  # room for a refused word
        self.floors_error = FieldErrorLabel()
        self.floors_error.setObjectName("floors_error")
        self.floors.edit_refused.connect(self.floors_error.show_error)
        self.floors.edit_taken.connect(lambda: self.floors_error.show_error(""))
        discard_floors = QPushButton(self.tr("Discard refused edits"))
        discard_floors.clicked.connect(self._discard_floors)
        floors_box = QWidget()
        floors_column = QVBoxLayout(floors_box)
        floors_column.setContentsMargins(0, 0, 0, 0)
        floors_column.addWidget(self.floors_table)
        floors_buttons = QHBoxLayout()
        floors_buttons.addWidget(self.floors_error, 1)
        floors_buttons.addWidget(discard_floors, 0, Qt.AlignmentFlag.AlignRight)
        floors_column.addLayout(floors_buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_group(self.tr("Campaign"), self.campaign_form))
        left.addWidget(_group(self.tr("Phase"), self.phase_form))
        left.addWidget(_group(self.tr("Flyer items per floor"), quota_box))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_group(self.tr("Buyers' deadlines"), self.deadlines))
        right.addWidget(_group(self.tr("Holidays of the campaign"), self.holidays))
        floors_group = _group(self.tr("Golden positions of each floor (all phases)"), floors_box)
        # No taller than its few rows: the room goes to the holidays above.
        for layout in (floors_column, floors_group.layout()):
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        right.addWidget(floors_group)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 520])
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Phase:")))
        header.addWidget(self.phase_picker)
        self.phase_actions = PhaseActionsWidget(session, self.phase_picker)
        self.phase_note = FieldErrorLabel()
        self.phase_actions.said.connect(self._phase_said)
        header.addWidget(self.phase_actions)
        header.addWidget(self.phase_note, 1)
        header.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.splitter, 1)
        self.phase_picker.currentIndexChanged.connect(lambda _i: self.refresh())
        session.data_changed.connect(self._data_changed)
        session.campaign_changed.connect(self.refresh)
        self.refresh()

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
        phase = snap.phase(phase_id) if snap and phase_id is not None else None
        self.phase_form.set_phase(phase)
        self.quotas.set_phase(snap, phase_id)
        self.quota_table.resizeColumnsToContents()
        self.quota_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.floors.set_phase(snap, phase_id)
        self.floors_table.resizeColumnsToContents()
        self.floors_table.horizontalHeader().setSectionResizeMode(
            FLOOR, QHeaderView.ResizeMode.Stretch
        )
        # A handful of floors: no empty grid taking room from the holidays above it.
        table = self.floors_table
        rows = sum(table.rowHeight(r) for r in range(self.floors.rowCount()))
        table.setMaximumHeight(
            table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
        )
        self.campaign_form.set_campaign(snap.campaign if snap else None)
        self.deadlines.set_phase(snap, phase_id)
        self.holidays.set_campaign(snap)

    def _phase_said(self, message: str, refused: bool) -> None:
        self.phase_note.setStyleSheet("color: #b00020;" if refused else "color: #8a5a00;")
        self.phase_note.show_error(message)

    def _discard_quotas(self) -> None:
        self.quotas.discard()
        self.quota_error.show_error("")

    def _discard_floors(self) -> None:
        self.floors.discard()
        self.floors_error.show_error("")

    def _remove_quota(self) -> None:
        index = self.quota_table.currentIndex()
        quota = self.quotas.quota_at(index.row()) if index.isValid() else None
        if quota is None:
            return
        try:
            self.session.change("planning", remove_quota, quota.id)
        except PromoError as exc:
            self.quota_error.show_error(exc.message())

    # --- commands of the main window ----------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: save the campaign and phase forms that hold changes."""
        changed = [f for f in (self.campaign_form, self.phase_form) if f.is_dirty()]
        for form in changed or [self.phase_form]:
            form.save()

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
            "Set up the campaign (its June sales target and stretch target, typed in 万元 — "
            "ten thousands of yuan) and each phase: its theme, dates, flyer size and print run; "
            "the items each floor brings (type into the grid like a spreadsheet); the buyers' "
            "deadlines; the holidays of the campaign; and each floor's end racks and "
            "pile-display spots. The holidays of the campaign's dates are proposed (public "
            "holidays, the lunar festivals and the days retail sells on); take, move or drop "
            "each, and add the store's own. Add, remove and reorder phases beside the phase "
            "picker."
        )
