"""The choices a document needs: phase, buyer, day, floor, contest, proof round."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from promoplanner.core.model import CampaignSnapshot
from promoplanner.ui.collation import buyers_in_order, floors_in_order
from promoplanner.ui.documents.catalog import BUYER, CONTEST, DAY, FLOOR, PHASE, RECORD
from promoplanner.ui.labels import floor_name
from promoplanner.ui.widgets.dates import date_edit, from_qdate, to_qdate
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget


def default_day(snapshot: CampaignSnapshot, today: date) -> date:
    """Today when a phase is on, else the first day of the next phase (or the last one)."""
    if any(p.covers(today) for p in snapshot.phases):
        return today
    ahead = sorted(p.start for p in snapshot.phases if p.start > today)
    if ahead:
        return ahead[0]
    return max((p.start for p in snapshot.phases), default=today)


class DocumentChoicesWidget(QWidget):
    """A form of every choice; only those the chosen document needs are shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.phase = PhasePickerWidget()
        self.buyer = QComboBox()
        self.day = date_edit()
        self.floor = QComboBox()
        self.contest = QComboBox()
        self.record = QCheckBox(self.tr("Count as the next proof round"))
        self.record.setObjectName("count_proof_round")
        self.record.setChecked(True)
        self.draft_note = QLabel(
            self.tr("Draft — only the planning department numbers proof rounds.")
        )
        self.draft_note.setObjectName("draft_note")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #555;")
        self.draft_note.hide()
        self.may_record = True
        proof = QWidget()
        proof_column = QVBoxLayout(proof)
        proof_column.setContentsMargins(0, 0, 0, 0)
        proof_column.addWidget(self.record)
        proof_column.addWidget(self.draft_note)
        self.widgets = {
            PHASE: self.phase,
            BUYER: self.buyer,
            DAY: self.day,
            FLOOR: self.floor,
            CONTEST: self.contest,
            RECORD: proof,
        }
        labels = {
            PHASE: self.tr("Phase:"),
            BUYER: self.tr("Buyer:"),
            DAY: self.tr("Day:"),
            FLOOR: self.tr("Floor:"),
            CONTEST: self.tr("Contest:"),
            RECORD: "",
        }
        for key, widget in self.widgets.items():
            self.form.addRow(labels[key], widget)
        self.campaign_id: int | None = None
        self.acting_buyer: int | None = None  # a buyer's own pages come first

    def set_campaign(self, snap: CampaignSnapshot | None, today: date) -> None:
        """Fill the choices from the campaign."""
        self.campaign_id = snap.campaign.id if snap else None
        self.phase.set_phases(snap)
        for combo, everyone, rows in (
            (
                self.buyer,
                self.tr("Every buyer"),
                [(b.id, b.name) for b in buyers_in_order(snap.buyers)] if snap else [],
            ),
            (
                self.floor,
                self.tr("Every floor"),
                [(f.id, floor_name(f)) for f in floors_in_order(snap.floors)] if snap else [],
            ),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everyone, None)
            for obj_id, label in rows:
                combo.addItem(label, obj_id)
            found = combo.findData(current)
            if found < 0 and combo is self.buyer and self.acting_buyer is not None:
                found = combo.findData(self.acting_buyer)
            combo.setCurrentIndex(max(0, found))
        self.contest.clear()
        for contest in snap.contests if snap else ():
            self.contest.addItem(f"{contest.name} ({contest.day:%m-%d})", contest.id)
        if snap is not None:
            self.day.setDate(to_qdate(default_day(snap, today)))

    def set_acting_buyer(self, buyer_id: int | None) -> None:
        """A buyer starts on their own pages; planners and floor managers on every buyer."""
        self.acting_buyer = buyer_id
        self.buyer.setCurrentIndex(max(0, self.buyer.findData(buyer_id)))

    def set_may_record(self, may: bool) -> None:
        """Planners choose whether a proof counts as a round; others always make a draft."""
        if may and not self.may_record:
            self.record.setChecked(True)
        self.may_record = may
        if not may:
            self.record.setChecked(False)
        self.record.setVisible(may)
        self.draft_note.setVisible(not may)

    def show_only(self, needed: tuple[str, ...]) -> None:
        """Show the choices of one document."""
        for key, widget in self.widgets.items():
            self.form.setRowVisible(widget, key in needed)

    def missing(self, needed: tuple[str, ...]) -> str:
        """Why a document needing those choices cannot be made now ("" when it can)."""
        if self.campaign_id is None:
            return self.tr("There is no campaign yet: make one with Campaign → New campaign….")
        if PHASE in needed and self.phase.phase_id() is None:
            return self.tr("This campaign has no phase yet: add one on Phases & quotas.")
        if CONTEST in needed and self.contest.currentData() is None:
            return self.tr("This campaign has no contest yet: add one on the Contest screen.")
        return ""

    def values(self) -> dict[str, object]:
        """Every choice's value."""
        return {
            PHASE: self.phase.phase_id(),
            BUYER: self.buyer.currentData(),
            DAY: from_qdate(self.day.date()),
            FLOOR: self.floor.currentData(),
            CONTEST: self.contest.currentData(),
            RECORD: self.may_record and self.record.isChecked(),
            "campaign": self.campaign_id,
        }
