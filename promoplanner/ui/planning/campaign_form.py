"""The form of the campaign: name, theme, June sales target and stretch target, notes."""

from __future__ import annotations

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
from promoplanner.ui.widgets.wan_edit import WanEdit, WanProblem, WanTooLarge, yuan_text

TARGETS = ("sales_target", "stretch_target")


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
            "sales_target": self.tr("Sales target (万元):"),
            "stretch_target": self.tr("Stretch target (万元):"),
        }
        for field in TARGETS:
            edit = WanEdit(field)
            edit.setObjectName(field)
            edit.setToolTip(self.tr("In 万元, ten thousands of yuan: 120 means ¥1,200,000."))
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
        column.addLayout(form)
        column.addLayout(buttons)

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
        self.notes.setPlainText(campaign.notes)

    def _texts(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "theme": self.theme.text(),
            "sales_target": self.sales_target.text().strip(),
            "stretch_target": self.stretch_target.text().strip(),
            "notes": self.notes.toPlainText(),
        }

    def is_dirty(self) -> bool:
        """Whether the form holds something not stored ("120.0" is the stored 120)."""
        if self.campaign is None:
            return False
        c = self.campaign
        texts = self._texts()
        if (texts["name"], texts["theme"], texts["notes"]) != (c.name, c.theme, c.notes):
            return True
        for field, stored in (
            ("sales_target", c.sales_target),
            ("stretch_target", c.stretch_target),
        ):
            try:
                if self.targets[field].value() != stored:
                    return True
            except WanProblem:
                return True  # what cannot be read is not what is stored
        return bool(self.errors.marked())

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
                self.errors.show(exc, fallback="name")
            return False
        self.set_campaign(self.campaign, force=True)
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Put the stored values back."""
        self.set_campaign(self.campaign, force=True)
