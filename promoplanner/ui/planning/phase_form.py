"""The form of one phase: theme, dates, flyer target, print run, negotiation scope."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.model import Phase
from promoplanner.services.planning import update_phase
from promoplanner.ui.labels import joined
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, to_qdate
from promoplanner.ui.widgets.decimal_edit import CountEdit
from promoplanner.ui.widgets.field_error import FieldErrors
from promoplanner.ui.widgets.form_keys import EnterSaves
from promoplanner.ui.widgets.pair import pair


class PhaseFormWidget(QWidget):
    """Edit a phase; a refused value stays in its field, marked, until fixed or discarded."""

    saved = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase: Phase | None = None
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.theme = self.errors.add_row(form, self.tr("Theme:"), "theme", QLineEdit())
        self.start, self.end = date_edit(), date_edit()
        form.addRow(
            self.tr("First day:"),
            pair(
                self.errors,
                [
                    (self.tr("First day:"), "start", self.start),
                    (self.tr("Last day:"), "end", self.end),
                ],
            ),
        )
        self.flyer_target = CountEdit("flyer_target", 100_000)
        self.print_run = CountEdit("print_run")
        form.addRow(
            self.tr("Flyer items:"),
            pair(
                self.errors,
                [
                    (self.tr("Flyer items:"), "flyer_target", self.flyer_target),
                    (self.tr("Print run (copies):"), "print_run", self.print_run),
                ],
            ),
        )
        self.scope = QPlainTextEdit()
        self.scope.setFixedHeight(46)
        self.errors.add_row(form, self.tr("Negotiation scope:"), "negotiation_scope", self.scope)
        for edit in (self.flyer_target, self.print_run):
            edit.editingFinished.connect(lambda e=edit: self._check_count(e))
        self.save_button = QPushButton(self.tr("Save phase"))
        self.save_button.setObjectName("save_phase")
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addLayout(buttons)
        EnterSaves(self, self.errors, self.save)

    def title(self) -> str:
        """What this form is called when the screen lists unsaved work."""
        return self.tr("Phase")

    def set_read_only(self, read_only: bool) -> None:
        """Grey and not typed into for a person who may not change the phase."""
        self.errors.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        self.discard_button.setEnabled(not read_only)

    def set_phase(self, phase: Phase | None, *, force: bool = False) -> None:
        """Show a phase's stored values; an unsaved edit of the same phase is kept unless forced."""
        same = phase is not None and self.phase is not None and phase.id == self.phase.id
        if same and not force and self.is_dirty():
            self.phase = phase
            return
        self.phase = phase
        self.errors.clear()
        self.setEnabled(phase is not None)
        if phase is None:
            return
        self.name.setText(phase.name)
        self.theme.setText(phase.theme)
        self.start.setDate(to_qdate(phase.start))
        self.end.setDate(to_qdate(phase.end))
        self.flyer_target.set_value(phase.flyer_target)
        self.print_run.set_value(phase.print_run)
        self.scope.setPlainText(phase.negotiation_scope)

    def values(self) -> dict[str, object]:
        """What the form holds now, as the service takes it."""
        return {
            "name": self.name.text(),
            "theme": self.theme.text(),
            "start": from_qdate(self.start.date()),
            "end": from_qdate(self.end.date()),
            "flyer_target": self.flyer_target.text(),
            "print_run": self.print_run.text(),
            "negotiation_scope": self.scope.toPlainText(),
        }

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored."""
        return self.phase is not None and (
            bool(self.changed_fields()) or bool(self.errors.marked())
        )

    def known_problems(self) -> list[str]:
        """“Field: why” for what a save would refuse, known before asking the services:
        the marked fields, and a last day before the first."""
        problems = self.errors.problems()
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if self.phase is not None and end < start and "end" not in self.errors.marked():
            refusal = DomainError("input.end_before_start", field="end", start=start, end=end)
            problems.append(joined(self.errors.label("end"), refusal.message()))
        return problems

    def changed_fields(self) -> list[str]:
        """The fields whose value differs from what is stored, in the form's order."""
        if self.phase is None:
            return []
        p = self.phase
        stored = {
            "name": p.name,
            "theme": p.theme,
            "start": p.start,
            "end": p.end,
            "flyer_target": str(p.flyer_target),
            "print_run": str(p.print_run),
            "negotiation_scope": p.negotiation_scope,
        }
        now = self.values()
        return [field for field in stored if stored[field] != now[field]]

    def _check_count(self, edit: CountEdit) -> None:
        try:
            edit.value()
        except PromoError as exc:
            self.errors.mark(edit.field, exc.message())
        else:
            self.errors.clear(edit.field)

    def save(self) -> bool:
        """Send the form to the service; mark the field it refuses."""
        if self.phase is None:
            return False
        changed = self.changed_fields()
        self.errors.clear()
        phase_id = self.phase.id
        try:
            self.phase = self.session.change("planning", update_phase, phase_id, self.values())
        except PromoError as exc:
            # A refusal naming no field (who may change it) marks what was changed.
            self.errors.show(exc, fallback=changed[0] if changed else "name")
            return False
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Put the stored values back."""
        self.set_phase(self.phase, force=True)
