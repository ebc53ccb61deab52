"""The user's settings (language, who is acting) and the dialog that changes them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from promoplanner.core.enums import Role
from promoplanner.services.context import PLANNER, Actor
from promoplanner.services.store import StoreLayout
from promoplanner.ui.collation import buyers_in_order


def app_settings() -> QSettings:
    """The settings store (an INI file in the user's config folder; tests move it)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "promoplanner", "promoplanner"
    )


def saved_language() -> str | None:
    """ "en" or "zh" when the user chose one in the settings, else None (system locale)."""
    value = app_settings().value("language", "")
    return value if value in ("en", "zh") else None


def save_language(language: str | None) -> None:
    """Remember the language for the next start ("" or None: follow the system)."""
    app_settings().setValue("language", language or "")


def actor_key(actor: Actor) -> str:
    """How an actor is remembered: planner, floor_manager or buyer:<id>."""
    if actor.role is Role.BUYER:
        return f"buyer:{actor.buyer_id}"
    return actor.role.value


def actor_choices(
    layout: StoreLayout, planner_label: str, floor_label: str
) -> list[tuple[str, str, Actor]]:
    """(key, label, actor) for the planner, each active buyer and the floor manager."""
    choices = [("planner", planner_label, PLANNER)]
    for buyer in buyers_in_order(layout.buyers):
        if buyer.active:
            choices.append(
                (f"buyer:{buyer.id}", buyer.name, Actor(Role.BUYER, buyer.name, buyer.id))
            )
    # The floor manager is a role, not a named person: the label is not the actor's name.
    choices.append(("floor_manager", floor_label, Actor(Role.FLOOR_MANAGER)))
    return choices


def saved_actor_key() -> str:
    """The person last chosen (planner by default)."""
    return str(app_settings().value("actor", "planner"))


def save_actor_key(key: str) -> None:
    """Remember who is acting."""
    app_settings().setValue("actor", key)


class SettingsDialog(QDialog):
    """Language (applied at the next start) and who is acting."""

    def __init__(self, layout: StoreLayout, current_actor: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(360)  # room for the longest person's name and the note
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language() or "")))
        form.addRow(self.tr("Language:"), self.language)
        self.actor = QComboBox()
        for key, label, _ in actor_choices(
            layout, self.tr("Planning department"), self.tr("Floor manager")
        ):
            self.actor.addItem(label, key)
        self.actor.setCurrentIndex(max(0, self.actor.findData(current_actor)))
        form.addRow(self.tr("Acting as:"), self.actor)
        note = QLabel(self.tr("A new language is used from the next start of the program."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(buttons)

    def chosen_language(self) -> str:
        """ "", "en" or "zh"."""
        return str(self.language.currentData())

    def chosen_actor(self) -> str:
        """The key of the chosen person."""
        return str(self.actor.currentData())
