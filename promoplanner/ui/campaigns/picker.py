"""The campaign every screen works on, chosen in the main window's tool bar."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from promoplanner.services.campaign_new import campaign_summaries
from promoplanner.ui.session import AppSession


class CampaignPickerWidget(QComboBox):
    """Every campaign of the database, latest first; choosing one shows it on every screen."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("campaign_picker")
        self.setMinimumContentsLength(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
        session.data_changed.connect(self._data_changed)
        session.campaign_changed.connect(self.refresh)
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("campaign", "planning", "store"):
            self.refresh()

    def refresh(self) -> None:
        """List the campaigns again, the one on screen chosen."""
        self.blockSignals(True)
        self.clear()
        for summary in campaign_summaries(self.session.ctx):
            c = summary.campaign
            first, last = c.period
            self.addItem(f"{c.name}  ({first:%Y-%m-%d} – {last:%m-%d})", c.id)
        index = self.findData(self.session.campaign_id)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.setEnabled(self.count() > 0)
        if not self.count():
            self.addItem(self.tr("No campaign yet"), None)
        self.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        campaign_id = self.currentData()
        if campaign_id is not None and campaign_id != self.session.campaign_id:
            self.session.set_campaign(int(campaign_id))
