"""The filters above the item table: phase, floor, buyer and a search box."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from promoplanner.core.i18n import Language, current_language
from promoplanner.core.model import BuyerDeadline, CampaignSnapshot, Phase
from promoplanner.services.campaigns import campaign_phases
from promoplanner.services.progress import next_deadline
from promoplanner.ui.collation import buyers_in_order, floors_in_order
from promoplanner.ui.items.counters import CountersWidget
from promoplanner.ui.session import AppSession


def default_phase(snapshot: CampaignSnapshot, now: datetime) -> int | None:
    """The phase whose buyer deadline comes next, else the one on sale, else the last."""
    ahead = sorted((d for d in snapshot.deadlines if d.due > now), key=lambda d: d.due)
    return phase_to_show(snapshot.phases, ahead[0] if ahead else None, now)


def phase_to_show(
    phases: Sequence[Phase], next_due: BuyerDeadline | None, now: datetime
) -> int | None:
    """The next deadline's phase, else the one on sale, else the last (see default_phase)."""
    if next_due is not None:
        return next_due.phase_id
    today = now.date()
    on_sale = [p for p in phases if p.start <= today <= p.end]
    if on_sale:
        return on_sale[0].id
    return phases[-1].id if phases else None


class FilterBar(QWidget):
    """Which phase, floor and buyer the table shows, and the text it must contain."""

    changed = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase = QComboBox(self)
        self.floor = QComboBox(self)
        self.buyer = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter: name, barcode, spec, notes"))
        self.search.setClearButtonEnabled(True)
        self.counters = CountersWidget(self)
        self._filling = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("Phase"), self.phase),
            (self.tr("Floor"), self.floor),
            (self.tr("Buyer"), self.buyer),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addWidget(self.search, 1)
        self.phase.setMinimumWidth(180)
        for combo in (self.phase, self.floor, self.buyer):
            combo.currentIndexChanged.connect(self._changed)
        self.search.textChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        if not self._filling:
            self.changed.emit()

    def fill(self) -> None:
        """Offer the campaign's phases and the store's floors and buyers, keeping choices."""
        # Phases and the next deadline only: the whole campaign takes a third of a second
        # and more to read at 20,000 items, and the rule check reads it off the GUI thread.
        campaign_id = self.session.campaign_id
        phases = campaign_phases(self.session.ctx, campaign_id) if campaign_id else ()
        layout = self.session.layout()
        zh = current_language() is Language.ZH
        phase, floor, buyer = self.phase_id(), self.floor_id(), self.buyer_id()
        self._filling = True
        try:
            for combo in (self.phase, self.floor, self.buyer):
                combo.clear()
            for p in phases:
                self.phase.addItem(f"{p.number} {p.name}", p.id)
            if phase is None and campaign_id is not None:
                now = self.session.ctx.clock.now()
                due = next_deadline(self.session.ctx, campaign_id, now)
                phase = phase_to_show(phases, due, now)
            self.floor.addItem(self.tr("All floors"), None)
            for f in floors_in_order(layout.floors):
                self.floor.addItem(f"{f.code} {f.name_zh if zh else f.name_en}", f.id)
            self.buyer.addItem(self.tr("All buyers"), None)
            for b in buyers_in_order(layout.buyers):
                self.buyer.addItem(b.name, b.id)
            self._choose(self.phase, phase)
            self._choose(self.floor, floor)
            self._choose(self.buyer, buyer)
        finally:
            self._filling = False

    @staticmethod
    def _choose(combo: QComboBox, value: int | None) -> None:
        found = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(found, 0))

    def phase_id(self) -> int | None:
        """The phase shown."""
        return self.phase.currentData()

    def floor_id(self) -> int | None:
        """The floor filter, None for all."""
        return self.floor.currentData()

    def buyer_id(self) -> int | None:
        """The buyer filter, None for all."""
        return self.buyer.currentData()

    def text(self) -> str:
        """The search text."""
        return self.search.text()

    def show_phase(self, phase_id: int) -> None:
        """Switch to a phase."""
        self._choose(self.phase, phase_id)

    def clear(self) -> None:
        """Drop the floor, buyer and text filters (the phase stays)."""
        self._filling = True
        try:
            self.floor.setCurrentIndex(0)
            self.buyer.setCurrentIndex(0)
            self.search.clear()
        finally:
            self._filling = False
        self.changed.emit()
