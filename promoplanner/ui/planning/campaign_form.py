"""The form of the campaign: name, theme, sales and stretch targets, deep-discount limit, notes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.model import Campaign
from promoplanner.core.validation import MAX_AMOUNT
from promoplanner.services.campaigns import update_campaign
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.field_error import FieldErrors
from promoplanner.ui.widgets.form_keys import EnterSaves
from promoplanner.ui.widgets.wan_edit import WanEdit, WanProblem, WanTooLarge, yuan_text

TARGETS = ("sales_target", "stretch_target")


def percent_text(fraction: Decimal) -> str:
    """0.70 as “70”: the limit as the planner types it."""
    return format((fraction * 100).normalize(), "f")


class CampaignFormWidget(QWidget):
    """Edit the campaign; targets are typed in 万元 and shown in yuan beside them."""

    saved = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign: Campaign | None = None
        self.errors = FieldErrors(self)
        form = QFormLayout()
        self.name = self.errors.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.name.setObjectName("campaign_name")
        self.theme = self.errors.add_row(form, self.tr("Theme:"), "theme", QLineEdit())
        self.theme.setObjectName("campaign_theme")
        self.targets: dict[str, WanEdit] = {}
        self.in_yuan: dict[str, QLabel] = {}
        labels = {
            "sales_target": self.tr("Sales target (10,000 yuan):"),
            "stretch_target": self.tr("Stretch target (10,000 yuan):"),
        }
        for field in TARGETS:
            edit = WanEdit(field)
            edit.setObjectName(field)
            edit.setToolTip(self.tr("In units of 10,000 yuan: 120 means ¥1,200,000."))
            shown = QLabel()
            shown.setObjectName(f"{field}_yuan")
            shown.setMinimumWidth(150)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            line.addWidget(shown)
            self.errors.add_row(form, labels[field], field, row, marked=edit)
            self.targets[field], self.in_yuan[field] = edit, shown
            edit.textChanged.connect(lambda _t, f=field: self._show_yuan(f))
            edit.editingFinished.connect(lambda f=field: self._check_target(f))
        self.discount_limit = QLineEdit()
        self.discount_limit.setObjectName("deep_discount_limit")
        self.discount_limit.setMaximumWidth(80)
        self.discount_limit.setToolTip(
            self.tr(
                "The rule check warns about an item more than this many percent off: "
                "likely a typo in its price (70 unless changed)."
            )
        )
        limit_row = QWidget()
        limit_line = QHBoxLayout(limit_row)
        limit_line.setContentsMargins(0, 0, 0, 0)
        limit_line.addWidget(self.discount_limit)
        limit_line.addWidget(QLabel(self.tr("% off (a likely typo)")))
        limit_line.addStretch(1)
        self.errors.add_row(
            form,
            self.tr("Flag discounts deeper than:"),
            "deep_discount_limit",
            limit_row,
            marked=self.discount_limit,
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("campaign_notes")
        self.notes.setFixedHeight(46)
        self.errors.add_row(form, self.tr("Notes:"), "notes", self.notes)
        self.save_button = QPushButton(self.tr("Save campaign"))
        self.save_button.setObjectName("save_campaign")
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
        return self.tr("Campaign")

    def set_read_only(self, read_only: bool) -> None:
        """Grey and not typed into for a person who may not change the campaign."""
        self.errors.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        self.discard_button.setEnabled(not read_only)

    @property
    def sales_target(self) -> WanEdit:
        """The sales target field (万元)."""
        return self.targets["sales_target"]

    @property
    def stretch_target(self) -> WanEdit:
        """The stretch target field (万元)."""
        return self.targets["stretch_target"]

    def set_campaign(self, campaign: Campaign | None, *, force: bool = False) -> None:
        """Show the stored campaign; an unsaved edit of the same campaign is kept unless forced."""
        same = campaign is not None and self.campaign is not None
        if same and campaign.id == self.campaign.id and not force and self.is_dirty():
            self.campaign = campaign
            return
        self.campaign = campaign
        self.errors.clear()
        self.setEnabled(campaign is not None)
        if campaign is None:
            return
        self.name.setText(campaign.name)
        self.theme.setText(campaign.theme)
        self.sales_target.set_value(campaign.sales_target)
        self.stretch_target.set_value(campaign.stretch_target)
        self.discount_limit.setText(percent_text(campaign.deep_discount_limit))
        self.notes.setPlainText(campaign.notes)

    def _texts(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "theme": self.theme.text(),
            "sales_target": self.sales_target.text().strip(),
            "stretch_target": self.stretch_target.text().strip(),
            "deep_discount_limit": self.discount_limit.text().strip(),
            "notes": self.notes.toPlainText(),
        }

    def changed_fields(self) -> list[str]:
        """The fields whose text differs from what is stored, in the form's order."""
        if self.campaign is None:
            return []
        c = self.campaign
        texts = self._texts()
        changed = [f for f in ("name", "theme") if texts[f] != getattr(c, f)]
        for field in TARGETS:
            try:
                if self.targets[field].value() != getattr(c, field):
                    changed.append(field)
            except WanProblem:
                changed.append(field)  # what cannot be read is not what is stored
        if texts["deep_discount_limit"] != percent_text(c.deep_discount_limit):
            changed.append("deep_discount_limit")
        if texts["notes"] != c.notes:
            changed.append("notes")
        return changed

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored ("120.0" is the stored 120)."""
        if self.campaign is None:
            return False
        return bool(self.changed_fields()) or bool(self.errors.marked())

    def _show_yuan(self, field: str) -> None:
        # Runs on every keystroke: a refused amount must never raise out of here.
        shown = self.in_yuan[field]
        try:
            yuan = self.targets[field].value()
        except WanTooLarge:
            shown.setText(self.tr("too large"))
            shown.setStyleSheet("color: #b00020;")
            return
        except WanProblem:
            yuan = None
        shown.setStyleSheet("")
        shown.setText("" if yuan is None else f"= {yuan_text(yuan)}")

    def _check_target(self, field: str) -> bool:
        try:
            self.targets[field].value()
        except WanProblem as problem:
            self.errors.mark(field, str(problem))
            return False
        self.errors.clear(field)
        return True

    def values(self) -> dict[str, object]:
        """The form as the service takes it: targets in yuan as Decimal text ("" for none)."""
        values: dict[str, object] = self._texts()
        for field in TARGETS:
            yuan = self.targets[field].value()
            values[field] = "" if yuan is None else str(yuan)
        return values

    def save(self) -> bool:
        """Send the form to the service; mark the field it refuses, keeping what was typed."""
        if self.campaign is None:
            return False
        changed = self.changed_fields()
        self.errors.clear()
        if not all([self._check_target(f) for f in TARGETS]):
            return False
        try:
            self.campaign = self.session.change(
                "campaign", update_campaign, self.campaign.id, self.values()
            )
        except PromoError as exc:
            if exc.key == "input.money_too_large" and exc.field in TARGETS:
                # The service names the yuan it was given, not the 万元 the planner typed.
                self.errors.mark(
                    exc.field,
                    self.tr("Too large: at most %1.").replace("%1", yuan_text(MAX_AMOUNT)),
                )
            else:
                # A refusal naming no field (who may change it) marks what was changed.
                self.errors.show(exc, fallback=changed[0] if changed else "name")
            return False
        self.set_campaign(self.campaign, force=True)
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Put the stored values back."""
        self.set_campaign(self.campaign, force=True)
