"""Enter in a one-line field of a form saves that form, as in any desktop dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from promoplanner.ui.widgets.field_error import FieldErrors

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterSaves(QObject):
    """Watches a form: Enter in one of its fields (not in a notes box) calls save.

    One-line fields and pickers pass Enter on to their parents; the form sees it here, after
    the field has taken what was typed.
    """

    def __init__(self, form: QWidget, errors: FieldErrors, save: Callable[[], object]) -> None:
        super().__init__(form)
        self._errors = errors
        self._save = save
        form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in ENTER_KEYS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focused = QApplication.focusWidget()
        if isinstance(focused, QPlainTextEdit | QTextEdit) or not self._errors.owns(focused):
            return False
        if self._errors.read_only:
            return False
        self._save()
        return True
