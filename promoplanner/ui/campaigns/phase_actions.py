"""Add, remove and reorder phases: buttons beside the planning screen's phase picker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from promoplanner.core.errors import PromoError
from promoplanner.services.phases import move_phase, remove_phase
from promoplanner.ui.campaigns.phase_dialog import AddPhaseDialog
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget


class PhaseActionsWidget(QWidget):
    """“Add phase…”, “Remove phase”, “Earlier”, “Later” for the phase chosen in the picker."""

    said = Signal(str, bool)  # a message for the screen's status line, and whether refused
    # Dialogs sit behind attributes that tests replace.
    add_dialog = AddPhaseDialog
    question = staticmethod(QMessageBox.question)

    def __init__(self, session: AppSession, picker: PhasePickerWidget, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.picker = picker
        self.add_button = QPushButton(self.tr("Add phase…"))
        self.add_button.setObjectName("add_phase")
        self.remove_button = QPushButton(self.tr("Remove phase"))
        self.remove_button.setObjectName("remove_phase")
        self.earlier_button = QPushButton(self.tr("Earlier"))
        self.later_button = QPushButton(self.tr("Later"))
        for button, slot in (
            (self.add_button, self.add_phase),
            (self.remove_button, self.remove),
            (self.earlier_button, lambda: self.move(-1)),
            (self.later_button, lambda: self.move(1)),
        ):
            button.clicked.connect(slot)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.earlier_button, self.later_button):
            row.addWidget(button)

    def add_phase(self) -> int | None:
        """Open the add-phase dialog; the new phase's id when one was added."""
        campaign_id = self.session.campaign_id
        if campaign_id is None:
            return None
        dialog = self.add_dialog(self.session, campaign_id, self)
        if not dialog.exec() or dialog.added is None:
            return None
        self.picker.choose(dialog.added.phase.id)
        warnings = " ".join(w.said() for w in dialog.added.warnings)
        self.said.emit(warnings, False)
        return dialog.added.phase.id

    def remove(self) -> bool:
        """Remove the phase chosen, asking first when it holds items."""
        snap = self.session.snapshot()
        phase_id = self.picker.phase_id()
        if snap is None or phase_id is None:
            return False
        phase = snap.phase(phase_id)
        items = len(snap.items_of(phase_id))
        text = (
            self.tr("Remove phase %1 “%2”?")
            .replace("%1", str(phase.number))
            .replace("%2", phase.name)
        )
        if items:
            text += "\n" + self.tr(
                "Its %1 items go with it; a copy of the phase and its items stays in the history."
            ).replace("%1", str(items))
        answer = self.question(self, self.tr("Remove phase"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = self.session.change("planning", remove_phase, phase_id, with_items=True)
        except PromoError as exc:
            self.said.emit(exc.message(), True)
            return False
        self.said.emit(self.tr("Removed “%1”.").replace("%1", removed.name), False)
        return True

    def move(self, steps: int) -> None:
        """Move the chosen phase one place earlier or later."""
        snap = self.session.snapshot()
        phase_id = self.picker.phase_id()
        if snap is None or phase_id is None:
            return
        place = snap.phase(phase_id).number + steps
        if not 1 <= place <= len(snap.phases):
            return
        try:
            self.session.change("planning", move_phase, phase_id, place)
        except PromoError as exc:
            self.said.emit(exc.message(), True)
