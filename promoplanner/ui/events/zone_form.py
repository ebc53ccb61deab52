"""The form of one display zone: its form of display, floor, dates and assigned items."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.enums import DisplayForm, ZoneKind
from promoplanner.core.errors import PromoError
from promoplanner.core.model import CampaignSnapshot, DisplayZone, Phase
from promoplanner.services.events import save_zone
from promoplanner.ui.collation import floors_in_order
from promoplanner.ui.labels import floor_name, form_label, zone_label
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, refused_day, to_qdate
from promoplanner.ui.widgets.field_error import FieldErrors


class ZoneFormWidget(QWidget):
    """Edit or create a display zone and tick the items shown in it."""

    saved = Signal(int)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase: Phase | None = None
        self.zone_id: int | None = None
        self._loaded: dict[str, object] = {}
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.kind = QComboBox()
        for kind in ZoneKind:
            self.kind.addItem(zone_label(kind), kind.value)
        self.errors.add_row(form, self.tr("Kind:"), "kind", self.kind)
        self.display_form = QComboBox()
        for display in DisplayForm:
            self.display_form.addItem(form_label(display), display.value)
        self.errors.add_row(form, self.tr("Display form:"), "display_form", self.display_form)
        self.floor = QComboBox()
        self.errors.add_row(form, self.tr("Floor:"), "floor_id", self.floor)
        self.start = self.errors.add_row(form, self.tr("First day:"), "start", date_edit())
        self.end = self.errors.add_row(form, self.tr("Last day:"), "end", date_edit())
        self.location = self.errors.add_row(form, self.tr("Where:"), "location", QLineEdit())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find items…"))
        self.filter.textChanged.connect(self._filter)
        self.items = QListWidget()
        self.items.setObjectName("zone_items")
        self.errors.add_row(form, self.tr("Items shown:"), "items", self.items)
        self.items.parentWidget().setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        form.insertRow(form.rowCount() - 1, "", self.filter)

    def set_store(self, snapshot: CampaignSnapshot) -> None:
        """Fill the floor choices."""
        self.floor.clear()
        self.floor.addItem(self.tr("Whole store"), None)
        for floor in floors_in_order(snapshot.floors):
            self.floor.addItem(floor_name(floor), floor.id)

    def values(self) -> dict[str, object]:
        """The zone fields as the service takes them."""
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "display_form": self.display_form.currentData(),
            "floor_id": self.floor.currentData(),
            "start": from_qdate(self.start.date()),
            "end": from_qdate(self.end.date()),
            "location": self.location.text(),
        }

    def checked_items(self) -> list[int]:
        """Ids of the items ticked."""
        return [
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored (or refused)."""
        now = {**self.values(), "items": sorted(self.checked_items())}
        return (bool(self._loaded) and now != self._loaded) or bool(self.errors.marked())

    def load(self, snapshot: CampaignSnapshot, phase: Phase, zone: DisplayZone | None) -> None:
        """Show a zone (or an empty one spanning the phase) and the phase's items to tick."""
        self.phase, self.zone_id = phase, zone.id if zone else None
        self.errors.clear()
        z = zone
        self.name.setText(z.name if z else "")
        self.kind.setCurrentIndex(self.kind.findData((z.kind if z else ZoneKind.OTHER).value))
        self.display_form.setCurrentIndex(
            self.display_form.findData((z.display_form if z else DisplayForm.MASS).value)
        )
        index = self.floor.findData(z.floor_id if z else None)
        self.floor.setCurrentIndex(max(index, 0))
        self.start.setDate(to_qdate(z.start if z else phase.start))
        self.end.setDate(to_qdate(z.end if z else phase.end))
        self.location.setText(z.location if z else "")
        chosen = set(z.item_ids if z else ())
        self._list_items(snapshot, phase, chosen)
        self._loaded = {**self.values(), "items": sorted(chosen)}

    def _list_items(self, snapshot: CampaignSnapshot, phase: Phase, chosen: set[int]) -> None:
        self.items.clear()
        floors = {f.id: f.code for f in snapshot.floors}
        for item in sorted(
            snapshot.items_of(phase.id), key=lambda i: (i.id not in chosen, i.floor_id, i.name)
        ):
            row = QListWidgetItem(
                f"{floors.get(item.floor_id, '')}  {item.name}  ¥{item.promo_price}"
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if item.id in chosen else Qt.CheckState.Unchecked
            )
            self.items.addItem(row)
        self._filter(self.filter.text())

    def _drop_vanished_items(self) -> None:
        """List the phase's items as stored now, keeping the ticks of those still there."""
        if self.phase is None:
            return
        ticked = set(self.checked_items())
        # Somebody else deleted items: every screen must read the database again.
        self.session.data_changed.emit("items")
        snapshot = self.session.snapshot()
        if snapshot is not None:
            self._list_items(snapshot, self.phase, ticked)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.items.count()):
            row = self.items.item(i)
            row.setHidden(bool(needle) and needle not in row.text().lower())

    def save(self) -> bool:
        """Create or change the zone and its items; mark the field the service refuses."""
        if self.phase is None:
            return False
        self.errors.clear()
        try:
            # Zone and items in one transaction: a refusal leaves nothing half-saved.
            zone = self.session.change(
                "events",
                save_zone,
                self.phase.id,
                self.values(),
                zone_id=self.zone_id,
                item_ids=self.checked_items(),
            )
        except PromoError as exc:
            if exc.key == "input.zone_item_gone":
                self._drop_vanished_items()
            values = self.values()
            day = refused_day(exc, self.phase, values["start"], values["end"])  # type: ignore[arg-type]
            self.errors.show(exc, fallback="name", field=day)
            return False
        # A new zone is known from now on: saving again changes it, never makes a second one.
        self.zone_id = zone.id
        self._loaded = {**self.values(), "items": sorted(self.checked_items())}
        self.saved.emit(zone.id)
        return True
