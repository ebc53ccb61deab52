"""Buyer deadlines of a phase: when the item lists are due and what being late costs."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import text
from promoplanner.core.model import DEFAULT_TASK, BuyerDeadline, CampaignSnapshot, is_default_task
from promoplanner.services.planning import remove_deadline, set_deadline
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import from_qdatetime, moment_edit, to_qdatetime
from promoplanner.ui.widgets.decimal_edit import DecimalEdit
from promoplanner.ui.widgets.field_error import FieldErrors
from promoplanner.ui.widgets.form_keys import EnterSaves


class _WrappedNote(QLabel):
    """A wrapping note that asks for the height all of its lines need at its width.

    In a screen taller than the window (it scrolls then) a layout gives each widget only
    its minimum height, and a plain QLabel's minimum leaves the second line cut off.
    """

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width: another number of lines


class DeadlinesWidget(QWidget):
    """A list of the phase's deadlines and a form to add or change one."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_id: int | None = None
        self.deadlines: list[BuyerDeadline] = []
        self.editing: int | None = None  # id of the deadline in the form, None for a new one
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("deadlines_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Assessment (yuan)")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.itemSelectionChanged.connect(self._selected)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.due = moment_edit()
        self.phase_start: date | None = None
        self.phase_end: date | None = None
        # Allowed (a late photo or a sign can be due once the sale runs), but worth saying.
        # It sits in the due field's own box, under it: a row of its own in the form
        # overlapped the next row once its text wrapped.
        self.late_note = _WrappedNote()
        self.late_note.setObjectName("deadline_late_note")
        self.late_note.setWordWrap(True)
        self.late_note.setStyleSheet("color: #8a5a00;")
        self.late_note.hide()
        due_box = QWidget()
        due_column = QVBoxLayout(due_box)
        due_column.setContentsMargins(0, 0, 0, 0)
        due_column.setSpacing(1)
        due_column.addWidget(self.due)
        due_column.addWidget(self.late_note)
        self.errors.add_row(form, self.tr("Due:"), "due", due_box, marked=self.due)
        self.due.dateTimeChanged.connect(lambda _d: self._note_lateness())
        self.what = self.errors.add_row(form, self.tr("What is due:"), "what", QLineEdit())
        # Left empty, the usual task is saved as no text and read in each reader's language.
        self.what.setPlaceholderText(text(DEFAULT_TASK))
        self.assessment = self.errors.add_row(
            form, self.tr("Assessment if late (yuan):"), "assessment", DecimalEdit("assessment")
        )
        self.new_button = QPushButton(self.tr("New deadline"))
        self.save_button = QPushButton(self.tr("Save deadline"))
        self.save_button.setObjectName("save_deadline")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)  # room to spare goes under the buttons, not between the rows
        EnterSaves(self, self.errors, self.save)

    def title(self) -> str:
        """What this form is called when the screen lists unsaved work."""
        return self.tr("Buyers' deadlines")

    def set_read_only(self, read_only: bool) -> None:
        """Grey and not typed into for a person who may not change deadlines."""
        self.errors.set_read_only(read_only)
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setEnabled(not read_only)

    def stored(self) -> BuyerDeadline | None:
        """The deadline the form shows, as stored (None for a new one)."""
        return next((d for d in self.deadlines if d.id == self.editing), None)

    def changed_fields(self) -> list[str]:
        """The fields that differ from the stored deadline (a new one: what was typed)."""
        due = from_qdatetime(self.due.dateTime())
        what, assessment = self.what.text(), self.assessment.text().strip()
        stored = self.stored()
        if stored is None:
            # A new deadline starts at the clock's minute: only typing makes it unsaved work.
            return [n for n, typed in (("what", what), ("assessment", assessment)) if typed]
        changed = []
        if due != stored.due:
            changed.append("due")
        if what.strip() != ("" if is_default_task(stored.what) else stored.what):
            changed.append("what")
        try:
            if self.assessment.value() != stored.assessment:
                changed.append("assessment")
        except PromoError:
            changed.append("assessment")  # what cannot be read is not what is stored
        return changed

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored."""
        return self.phase_id is not None and (
            bool(self.changed_fields()) or bool(self.errors.marked())
        )

    def discard(self) -> None:
        """Put the stored deadline back in the form (or empty it for a new one)."""
        self.select(self.editing)

    def set_phase(self, snapshot: CampaignSnapshot | None, phase_id: int | None) -> None:
        """List the deadlines of a phase; an unsaved edit in the form of the same phase stays."""
        changed_phase = phase_id != self.phase_id
        keep_form = not changed_phase and self.is_dirty()
        self.phase_id = phase_id
        phase = next((p for p in (snapshot.phases if snapshot else ()) if p.id == phase_id), None)
        self.phase_start = phase.start if phase else None
        self.phase_end = phase.end if phase else None
        self.deadlines = sorted(
            [d for d in (snapshot.deadlines if snapshot else ()) if d.phase_id == phase_id],
            key=lambda d: d.due,
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.deadlines))
        for row, d in enumerate(self.deadlines):
            for col, value in enumerate(
                (d.due.strftime("%Y-%m-%d %H:%M"), d.task(), f"{d.assessment:.2f}")
            ):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, d.id)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(0)
        # Room for every deadline of the phase (two at least, for the next one added).
        shown = max(2, min(len(self.deadlines), 4))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        ids = [d.id for d in self.deadlines]
        if keep_form and self.editing in ids:
            self.table.selectRow(ids.index(self.editing))  # signals still blocked: no reload
        self.table.blockSignals(False)
        if not keep_form:
            self.select(self.editing if not changed_phase else None)
        self._note_lateness()

    def _note_lateness(self) -> None:
        due = from_qdatetime(self.due.dateTime())
        notes = []
        if self.phase_end is not None and due.date() > self.phase_end:
            # Refused on saving (services/planning.py); said while typing, with the dates.
            notes.append(
                self.tr("After the phase ended (%1 – %2): a deadline must fall by %2.")
                .replace("%1", f"{self.phase_start:%Y-%m-%d}")
                .replace("%2", f"{self.phase_end:%Y-%m-%d}")
            )
        elif self.phase_start is not None and due.date() >= self.phase_start:
            notes.append(
                self.tr(
                    "On or after the phase's first day (%1): allowed, but the flyer is "
                    "printed by then."
                ).replace("%1", f"{self.phase_start:%Y-%m-%d}")
            )
        if self.phase_id is not None and due < self.session.ctx.clock.now().replace(
            second=0, microsecond=0
        ):
            notes.append(self.tr("Already passed: nobody will be assessed for this deadline."))
        self.late_note.setText("\n".join(notes))
        self.late_note.setVisible(bool(notes))

    def select(self, deadline_id: int | None) -> None:
        """Show a deadline in the form (the first one when None)."""
        ids = [d.id for d in self.deadlines]
        if deadline_id not in ids:
            deadline_id = ids[0] if ids else None
        if deadline_id is None:
            self.new_record()
            return
        self.table.selectRow(ids.index(deadline_id))
        self._load(self.deadlines[ids.index(deadline_id)])

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._load(self.deadlines[rows[0].row()])

    def _load(self, d: BuyerDeadline) -> None:
        self.errors.clear()
        self.editing = d.id
        self.due.setDateTime(to_qdatetime(d.due))
        self.what.setText("" if is_default_task(d.what) else d.what)
        self.what.setCursorPosition(0)
        self.assessment.set_value(d.assessment)

    def new_record(self) -> None:
        """Empty the form for a new deadline (a day before the phase, at noon)."""
        self.errors.clear()
        self.editing = None
        self.table.clearSelection()
        self.due.setDateTime(
            to_qdatetime(self.session.ctx.clock.now().replace(second=0, microsecond=0))
        )
        self.what.clear()
        self.assessment.set_value(None)
        self.what.setFocus()

    def save(self) -> bool:
        """Add or change the deadline in the form."""
        if self.phase_id is None:
            return False
        changed = self.changed_fields()
        self.errors.clear()
        due: datetime = from_qdatetime(self.due.dateTime())
        try:
            saved = self.session.change(
                "planning",
                set_deadline,
                self.phase_id,
                due,
                self.what.text(),
                self.assessment.text().strip() or "0",
                deadline_id=self.editing,
            )
        except PromoError as exc:
            self.errors.show(exc, fallback=changed[0] if changed else "what")
            return False
        self.editing = saved.id
        self.select(saved.id)
        return True

    def remove(self) -> None:
        """Drop the deadline shown in the form."""
        if self.editing is None:
            return
        try:
            self.session.change("planning", remove_deadline, self.editing)
        except PromoError as exc:
            self.errors.show(exc, fallback="what")
            return
        self.editing = None
        self.select(None)
