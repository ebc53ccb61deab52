"""The user's settings (language, last user name) and the dialog that changes the language."""

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


def saved_user_name() -> str:
    """The user name last signed in with on this computer (never a password)."""
    return str(app_settings().value("sign_in/user_name", ""))


def save_user_name(user_name: str) -> None:
    """Remember the user name for the next sign-in."""
    app_settings().setValue("sign_in/user_name", user_name)


class SettingsDialog(QDialog):
    """Language (applied at the next start)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(360)  # room for the note on one or two lines
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language() or "")))
        form.addRow(self.tr("Language:"), self.language)
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
