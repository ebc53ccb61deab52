"""A combo box of the campaign's phases that keeps its choice across refreshes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from promoplanner.core.model import CampaignSnapshot


class PhasePickerWidget(QComboBox):
    """Phase 1 端午节促销, Phase 2 父亲节促销, ... carrying the phase id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_phases(self, snapshot: CampaignSnapshot | None) -> None:
        """Fill with the campaign's phases, keeping the phase chosen if it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for phase in snapshot.phases if snapshot else ():
            label = (
                self.tr("Phase %1: %2").replace("%1", str(phase.number)).replace("%2", phase.name)
            )
            self.addItem(label, phase.id)
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)

    def phase_id(self) -> int | None:
        """The id of the phase chosen."""
        value = self.currentData()
        return int(value) if value is not None else None

    def choose(self, phase_id: int) -> None:
        """Select the phase with that id."""
        index = self.findData(phase_id)
        if index >= 0:
            self.setCurrentIndex(index)
