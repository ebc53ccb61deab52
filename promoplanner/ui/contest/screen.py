"""Contest screen: register entrants, then run the heats, the final and the podium.

While shown it notices changes made on other PCs (ui/contest/watch.py) and reads the
contest again, keeping what is being typed: the form, the prizes, the times.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.contest import group_sizes, rounds_needed
from promoplanner.core.errors import Conflict, PromoError
from promoplanner.services.contest import (
    ContestRoster,
    contest_roster,
    register_entrant,
    remove_entrant,
    set_prizes,
)
from promoplanner.ui.contest.board import ContestBoard
from promoplanner.ui.contest.entrants_model import EntrantsTableModel
from promoplanner.ui.contest.run_panel import ContestRunPanel
from promoplanner.ui.contest.watch import ContestWatch
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.field_error import FieldErrorLabel, FieldErrors


class ContestScreen(QWidget):
    """The registration list of a contest, a form to add somebody, and what it means."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.roster: ContestRoster | None = None
        # the contest's version the prize fields were typed on (services/contest.py)
        self.prizes_seen: int | None = None
        self.contest_picker = QComboBox()
        self.contest_picker.setMinimumContentsLength(16)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = EntrantsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("entrants_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.name.setObjectName("entrant_name")
        self.phone = self.errors.add_row(form, self.tr("Phone:"), "phone", QLineEdit())
        self.add_button = QPushButton(self.tr("Register"))
        self.add_button.setObjectName("register_entrant")
        self.add_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.add_button.clicked.connect(self.register)
        self.name.returnPressed.connect(self.register)
        self.phone.returnPressed.connect(self.register)
        # A refusal may concern name and phone together (the same person twice): changing
        # either takes the marks away.
        self.name.textEdited.connect(lambda _t: self.errors.clear())
        self.phone.textEdited.connect(lambda _t: self.errors.clear())
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected)
        self.list_error = FieldErrorLabel()
        self.count = QLabel()
        self.count.setObjectName("contest_count")
        self.cans = QLabel()
        self.cans.setObjectName("contest_cans")
        self.plan = QLabel()
        self.plan.setObjectName("contest_plan")
        self.plan.setWordWrap(True)
        self.prize_errors = FieldErrors(self)
        prize_form = QFormLayout()
        self.prizes = [
            self.prize_errors.add_row(prize_form, label, f"prize_{n}", QLineEdit())
            for n, label in enumerate(
                (self.tr("1st place:"), self.tr("2nd place:"), self.tr("3rd place:")), 1
            )
        ]
        for n, edit in enumerate(self.prizes, 1):
            edit.setObjectName(f"prize_{n}")
            edit.setPlaceholderText(self.tr("e.g. a case of beer"))
            edit.returnPressed.connect(self.save_prizes)
        self.prizes_button = QPushButton(self.tr("Save prizes"))
        self.prizes_button.setObjectName("save_prizes")
        self.prizes_button.clicked.connect(self.save_prizes)
        prizes_box = QGroupBox(self.tr("Prizes"))
        prizes_column = QVBoxLayout(prizes_box)
        prizes_column.addLayout(prize_form)
        prize_buttons = QHBoxLayout()
        prize_buttons.addStretch(1)
        prize_buttons.addWidget(self.prizes_button)
        prizes_column.addLayout(prize_buttons)
        register_box = QGroupBox(self.tr("Register an entrant"))
        register_column = QVBoxLayout(register_box)
        register_column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        register_column.addLayout(buttons)
        summary = QGroupBox(self.tr("What it takes"))
        summary_column = QVBoxLayout(summary)
        for label in (self.count, self.cans, self.plan):
            summary_column.addWidget(label)
        side = QVBoxLayout()
        side.addWidget(register_box)
        side.addWidget(summary)
        side.addWidget(prizes_box)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.list_error, 1)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Contest:")))
        header.addWidget(self.contest_picker)
        header.addStretch(1)
        registration = QWidget()
        registration.setLayout(body)
        self.run_panel = ContestRunPanel(session)
        self.run_panel.board_wanted.connect(self.open_board)
        self.board: ContestBoard | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(registration, self.tr("Registration"))
        self.tabs.addTab(self.run_panel, self.tr("Heats and final"))
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.info)
        column.addWidget(self.tabs, 1)
        self.contest_picker.currentIndexChanged.connect(lambda _i: self.refresh())
        follow_changes(session, self, self._data_changed)
        session.campaign_changed.connect(self.refresh)
        self.watch = ContestWatch(session, self, self._shown)
        self.watch.moved.connect(self._contest_changed)
        self.refresh()

    def _shown(self):
        run = self.run_panel.run
        return self.contest_id(), run.stamp if run is not None else None

    def _data_changed(self, kind: str) -> None:
        if kind == "contest" and self.roster is not None:
            self._contest_changed()  # the contests stay the same: no campaign to read again
        elif kind in ("contest", "events", "planning", "campaign"):
            self.refresh()

    def _contest_changed(self) -> None:
        """The contest shown changed (here, or on another PC): read it again."""
        contest_id = self.contest_id()
        self.run_panel.show_contest(contest_id)
        if contest_id is not None and self.roster is not None:
            self._show_roster(self.roster.contest)

    def contest_id(self) -> int | None:
        """The contest chosen."""
        value = self.contest_picker.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Read the registration list again."""
        snap = self.session.snapshot()
        current = self.contest_picker.currentData()
        self.contest_picker.blockSignals(True)
        self.contest_picker.clear()
        for contest in snap.contests if snap else ():
            self.contest_picker.addItem(f"{contest.name} ({contest.day:%m-%d})", contest.id)
        index = self.contest_picker.findData(current)
        self.contest_picker.setCurrentIndex(max(index, 0))
        self.contest_picker.blockSignals(False)
        contest_id = self.contest_id()
        self.run_panel.show_contest(contest_id)
        if contest_id is None:
            self.roster = None
            self.model.set_entrants([])
            self.info.setText(self.tr("This campaign has no contest."))
            self.setEnabled(snap is not None and bool(snap.contests))
            return
        previous = self.roster.contest if self.roster else None
        run = self.run_panel.run
        if (previous is None or previous.id != contest_id) and run and run.state.rounds:
            self.tabs.setCurrentWidget(self.run_panel)  # the evening goes on where it stopped
        self._show_roster(previous)

    def _show_roster(self, previous) -> None:
        """Read the list of the contest chosen; what is typed or selected stays."""
        contest_id = self.contest_id()
        assert contest_id is not None
        self.roster = contest_roster(self.session.ctx, contest_id)
        selected = {
            self.model.entrant(i.row()).id for i in self.table.selectionModel().selectedRows()
        }
        self.model.set_entrants(self.roster.entrants)
        for row, entrant in enumerate(self.roster.entrants):
            if entrant.id in selected:  # a colleague's registration keeps one's selection
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        c = self.roster.contest
        # Prizes being typed (or refused) stay, unless another contest is shown. They keep
        # the version they were typed on when somebody stored other prizes meanwhile.
        moved = previous is None or previous.id != c.id
        if moved or not self.prizes_dirty(previous) or not self.prizes_dirty(c):
            self.prize_errors.clear()
            for edit, prize in zip(self.prizes, c.prizes, strict=True):
                edit.setText(prize)
            self.prizes_seen = c.version
        elif c.prizes == previous.prizes:
            self.prizes_seen = c.version
        self.info.setText(
            self.tr(
                "Contest day %1 at %2; registration from %3. "
                "Groups of %4, %5 cans for every entrant."
            )
            .replace("%1", c.day.isoformat())
            .replace("%2", c.location or "—")
            .replace("%3", c.registration_opens.isoformat())
            .replace("%4", str(c.group_size))
            .replace("%5", str(c.cans_per_entrant))
        )
        self._summarise()

    def _summarise(self) -> None:
        roster = self.roster
        assert roster is not None
        n = len(roster.entrants)
        self.count.setText(self.tr("Entrants: %1").replace("%1", str(n)))
        self.cans.setText(
            self.tr("Cans of beer to have ready: %1").replace("%1", str(roster.cans_needed))
        )
        sizes = group_sizes(n, roster.contest.group_size)
        if not sizes:
            self.plan.setText(self.tr("Heats: nobody registered yet."))
            return
        rounds = self.tr(
            "%n round(s) including the final", "", rounds_needed(n, roster.contest.group_size)
        )
        self.plan.setText(
            self.tr("First round: %n group(s) (%1); %2.", "", len(sizes))
            .replace("%1", " + ".join(str(s) for s in sizes))
            .replace("%2", rounds)
        )

    def prizes_dirty(self, contest=None) -> bool:
        """Whether the prize fields hold something not stored (or refused)."""
        contest = contest or (self.roster.contest if self.roster else None)
        if contest is None:
            return False
        # The service stores prizes trimmed: "Trophy " typed is the stored "Trophy".
        typed = tuple(e.text().strip() for e in self.prizes)
        return typed != tuple(p.strip() for p in contest.prizes) or bool(self.prize_errors.marked())

    def save_prizes(self) -> bool:
        """Store the prizes of places 1, 2 and 3 typed."""
        contest_id = self.contest_id()
        if contest_id is None:
            return False
        self.prize_errors.clear()
        seen = self.prizes_seen
        try:
            self.session.change(
                "contest", set_prizes, contest_id, *(e.text() for e in self.prizes),
                seen_version=seen,
            )  # fmt: skip
        except PromoError as exc:
            field = self.prize_errors.show(exc, fallback="prize_1")
            self.prize_errors.widget(field).setFocus()
            if isinstance(exc, Conflict):  # the typed prizes stay; saving again saves them
                self.roster = contest_roster(self.session.ctx, contest_id)
                self.prizes_seen = self.roster.contest.version
            return False
        return True

    def register(self) -> bool:
        """Register the person typed in the form."""
        contest_id = self.contest_id()
        if contest_id is None:
            return False
        self.errors.clear()
        try:
            self.session.change(
                "contest", register_entrant, contest_id, self.name.text(), self.phone.text()
            )
        except PromoError as exc:
            field = self.errors.show(exc, fallback="name")
            self.errors.widget(field).setFocus()  # what was typed stays, ready to correct
            return False
        self.name.clear()
        self.phone.clear()
        self.name.setFocus()
        self.table.scrollToBottom()
        return True

    def remove_selected(self) -> None:
        """Take the selected entrants off the list."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        self.list_error.show_error("")
        ids = [self.model.entrant(row).id for row in rows]  # each removal re-reads the list
        try:
            for entrant_id in ids:
                self.session.change("contest", remove_entrant, entrant_id)
        except PromoError as exc:
            self.list_error.show_error(exc.message())

    def open_board(self) -> ContestBoard | None:
        """The full-screen board of the contest for a TV in the square (Esc closes it)."""
        contest_id = self.contest_id()
        if contest_id is None:
            return None
        if self.board is not None:
            self.board.close()
        self.board = ContestBoard(self.session, contest_id)
        self.board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.board.destroyed.connect(self._board_closed)
        self.board.showFullScreen()
        return self.board

    def _board_closed(self, _obj=None) -> None:
        self.board = None

    # --- commands of the main window ----------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: type a new entrant."""
        self.name.setFocus()

    def save(self) -> None:
        """Ctrl+S: register the person typed, and store prizes that were changed."""
        if self.name.text().strip():
            self.register()
        if self.prizes_dirty():
            self.save_prizes()

    # --- unsaved work (asked about by the main window) ------------------------------------
    def unsaved_work(self) -> list[str]:
        """An entrant typed but not registered; prizes typed but not stored."""
        work = []
        if self.name.text().strip():
            work.append(
                self.tr("Entrant “%1” not registered yet").replace("%1", self.name.text().strip())
            )
        if self.prizes_dirty():
            work.append(self.tr("Prizes"))
        return work

    def save_unsaved(self) -> list[str]:
        """Register the entrant typed and store the prizes; what was refused, and why."""
        refused = []
        if self.name.text().strip() and not self.register():
            refused += self.errors.problems()
        if self.prizes_dirty() and not self.save_prizes():
            refused += self.prize_errors.problems()
        return refused

    def discard_unsaved(self) -> None:
        """Empty the registration form and show the stored prizes."""
        self.name.clear()
        self.phone.clear()
        self.errors.clear()
        contest = self.roster.contest if self.roster else None
        self.prize_errors.clear()
        for edit, prize in zip(self.prizes, contest.prizes if contest else (), strict=False):
            edit.setText(prize)

    def select_object(self, kind: str, obj_id: int) -> None:
        """Show the contest a finding concerns."""
        index = self.contest_picker.findData(obj_id)
        if index >= 0:
            self.contest_picker.setCurrentIndex(index)

    def help_text(self) -> str:
        """What this screen is for."""
        return self.tr(
            "Register entrants of the beer-drinking contest from the day registration opens "
            "until contest day. Type a name (and phone) and press Enter; select somebody and "
            "press Delete to remove them. Each entrant receives the cans shown; the heats are "
            "groups of four, the fastest of each going through. Type the prizes of places 1, "
            "2 and 3 and press Save prizes. On the evening, open Heats and final: Draw round "
            "1, type each time (12.34, DNF or DQ) and press Enter for the next; Q goes through "
            "by place, q by time. Draw the next round when all times are in, then the final; "
            "tick each prize when it is handed out. Board for a TV opens a full-screen board "
            "for the square (Esc closes it)."
        )
