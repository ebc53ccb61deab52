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

from promoplanner.core.people import Person
from promoplanner.ui.collation import pinyin_sorted


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


def actor_key(actor: Person) -> str:
    """How a person is remembered: user:<user name>."""
    return f"user:{actor.user_name}"


def actor_choices(people: list[Person]) -> list[tuple[str, str, Person]]:
    """(key, label, person) for every active person."""
    return [(actor_key(p), p.name, p) for p in pinyin_sorted(people, lambda p: p.name) if p.active]


def saved_actor_key() -> str:
    """The person last chosen (planner by default)."""
    return str(app_settings().value("actor", "user:planner"))


def save_actor_key(key: str) -> None:
    """Remember who is acting."""
    app_settings().setValue("actor", key)


class SettingsDialog(QDialog):
    """Language (applied at the next start) and who is acting."""

    def __init__(self, people: list[Person], current_actor: str, parent=None) -> None:
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
        for key, label, _ in actor_choices(people):
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
