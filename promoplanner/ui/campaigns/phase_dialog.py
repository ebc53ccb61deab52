"""The dialog of a new phase: name, theme, dates, flyer items and print run."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from promoplanner.core.errors import PromoError
from promoplanner.services.phases import PhaseAdded, add_phase
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, to_qdate
from promoplanner.ui.widgets.decimal_edit import CountEdit
from promoplanner.ui.widgets.field_error import FieldErrors


class AddPhaseDialog(QDialog):
    """A phase added after the campaign's others; a refused value stays, marked."""

    def __init__(self, session: AppSession, campaign_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add phase"))
        self.session = session
        self.campaign_id = campaign_id
        self.added: PhaseAdded | None = None
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.name.setObjectName("phase_name")
        self.theme = self.errors.add_row(form, self.tr("Theme:"), "theme", QLineEdit())
        self.start = self.errors.add_row(form, self.tr("First day:"), "start", date_edit())
        self.end = self.errors.add_row(form, self.tr("Last day:"), "end", date_edit())
        self.flyer_target = self.errors.add_row(
            form, self.tr("Flyer items:"), "flyer_target", CountEdit("flyer_target", 100_000)
        )
        self.print_run = self.errors.add_row(
            form, self.tr("Print run (copies):"), "print_run", CountEdit("print_run")
        )
        snap = session.snapshot()
        if snap is not None:
            first, _last = snap.campaign.period
            later = max((p.end for p in snap.phases), default=first - timedelta(days=1))
            self.start.setDate(to_qdate(later + timedelta(days=1)))
            self.end.setDate(to_qdate(later + timedelta(days=3)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.buttons)

    def save(self) -> bool:
        """Add the phase; mark the field the service refuses."""
        self.errors.clear()
        try:
            self.added = self.session.change(
                "planning",
                add_phase,
                self.campaign_id,
                self.name.text(),
                from_qdate(self.start.date()),
                from_qdate(self.end.date()),
                self.flyer_target.text() or "0",
                self.print_run.text() or "0",
                theme=self.theme.text(),
            )
        except PromoError as exc:
            self.errors.show(exc, fallback="name")
            return False
        self.accept()
        return True
