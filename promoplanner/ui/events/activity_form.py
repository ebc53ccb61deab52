"""The form of one activity: kind, dates, threshold, add-on price, gift and its stock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from promoplanner.core.enums import ActivityKind
from promoplanner.core.errors import PromoError
from promoplanner.core.model import Activity, Phase
from promoplanner.services.events import save_activity
from promoplanner.ui.labels import activity_label
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.dates import date_edit, from_qdate, refused_day, to_qdate
from promoplanner.ui.widgets.decimal_edit import CountEdit, DecimalEdit
from promoplanner.ui.widgets.field_error import FieldErrors


class ActivityFormWidget(QWidget):
    """Edit or create an activity; refused values stay marked next to their field."""

    saved = Signal(int)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase: Phase | None = None
        self.activity_id: int | None = None
        self._loaded: dict[str, object] = {}
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(activity_label(kind), kind.value)
        self.errors.add_row(form, self.tr("Kind:"), "kind", self.kind)
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.start = self.errors.add_row(form, self.tr("First day:"), "start", date_edit())
        self.end = self.errors.add_row(form, self.tr("Last day:"), "end", date_edit())
        self.threshold = self.errors.add_row(
            form, self.tr("Receipt of at least (yuan):"), "threshold", DecimalEdit("threshold")
        )
        self.add_on_price = self.errors.add_row(
            form, self.tr("Add-on price (yuan):"), "add_on_price", DecimalEdit("add_on_price")
        )
        self.gift = self.errors.add_row(form, self.tr("Gift:"), "gift", QLineEdit())
        self.gift_stock = self.errors.add_row(
            form, self.tr("Gifts in stock:"), "gift_stock", CountEdit("gift_stock", optional=True)
        )
        self.location = self.errors.add_row(form, self.tr("Where:"), "location", QLineEdit())
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(48)
        self.errors.add_row(
            form, self.tr("Rules shown to customers:"), "description", self.description
        )
        for edit in (self.threshold, self.add_on_price, self.gift_stock):
            edit.editingFinished.connect(lambda e=edit: self._check(e))

    def _check(self, edit) -> None:
        try:
            edit.value()
        except PromoError as exc:
            self.errors.mark(edit.field, exc.message())
        else:
            self.errors.clear(edit.field)

    def values(self) -> dict[str, object]:
        """The form as the service takes it (numbers as typed, so the service explains)."""
        return {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "start": from_qdate(self.start.date()),
            "end": from_qdate(self.end.date()),
            "threshold": self.threshold.text().strip(),
            "add_on_price": self.add_on_price.text().strip(),
            "gift": self.gift.text(),
            "gift_stock": self.gift_stock.text().strip(),
            "location": self.location.text(),
            "description": self.description.toPlainText(),
        }

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored (or refused)."""
        return (bool(self._loaded) and self.values() != self._loaded) or bool(self.errors.marked())

    def load(self, phase: Phase, activity: Activity | None) -> None:
        """Show an activity, or an empty one spanning the phase."""
        self.phase, self.activity_id = phase, activity.id if activity else None
        self.errors.clear()
        a = activity
        self.kind.setCurrentIndex(
            self.kind.findData((a.kind if a else ActivityKind.THRESHOLD_ENTRY).value)
        )
        self.name.setText(a.name if a else "")
        self.start.setDate(to_qdate(a.start if a else phase.start))
        self.end.setDate(to_qdate(a.end if a else phase.end))
        self.threshold.set_value(a.threshold if a else None)
        self.add_on_price.set_value(a.add_on_price if a else None)
        self.gift.setText(a.gift if a else "")
        self.gift_stock.set_value(a.gift_stock if a else None)
        self.location.setText(a.location if a else "")
        self.description.setPlainText(a.description if a else "")
        self._loaded = self.values()

    def save(self) -> bool:
        """Create or change the activity; mark the field the service refuses."""
        if self.phase is None:
            return False
        self.errors.clear()
        try:
            activity = self.session.change(
                "events", save_activity, self.phase.id, self.values(), self.activity_id
            )
        except PromoError as exc:
            values = self.values()
            day = refused_day(exc, self.phase, values["start"], values["end"])  # type: ignore[arg-type]
            self.errors.show(exc, fallback="name", field=day)
            return False
        self.load(self.phase, activity)
        self.saved.emit(activity.id)
        return True
