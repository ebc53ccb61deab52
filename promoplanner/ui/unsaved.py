"""Unsaved work: what each screen says it holds, and the one question before it could be lost.

A screen that can hold typed but unsaved work offers three methods (duck-typed, like the
main window's other commands):

- ``unsaved_work() -> list[str]``: each unsaved piece in the person's words, [] when none;
- ``save_unsaved() -> list[str]``: save every piece; what could not be saved, and why;
- ``discard_unsaved() -> None``: drop every piece, showing what is stored again.

``settle`` is the plain decision (testable without Qt); ``ask_unsaved`` is the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    """What the person answered to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Outcome:
    """Whether the program may go on (close, switch), and what could not be saved."""

    go_on: bool
    not_saved: tuple[str, ...] = ()
    holder: object | None = None  # the screen that still holds what could not be saved


def unsaved_of(screen: object) -> list[str]:
    """The screen's unsaved work ([] for screens that never hold any)."""
    method = getattr(screen, "unsaved_work", None)
    return list(method()) if callable(method) else []


def settle(screens: Iterable[object], ask: Callable[[list[str]], Choice]) -> Outcome:
    """Ask once about the unsaved work of all the screens, then save or discard it.

    Nothing unsaved: go on without asking. Cancel: stay. Discard: drop it all and go on.
    Save: save all that can be saved; when a piece is refused, stay, and say what and why.
    """
    holding = [(screen, unsaved_of(screen)) for screen in screens]
    holding = [(screen, work) for screen, work in holding if work]
    if not holding:
        return Outcome(True)
    choice = ask([line for _screen, work in holding for line in work])
    if choice is Choice.CANCEL:
        return Outcome(False)
    if choice is Choice.DISCARD:
        for screen, _work in holding:
            screen.discard_unsaved()  # type: ignore[attr-defined]
        return Outcome(True)
    refused: list[str] = []
    holder = None
    for screen, _work in holding:  # every screen saves what it can, then all refusals are said
        lines = list(screen.save_unsaved())  # type: ignore[attr-defined]
        if lines and holder is None:
            holder = screen
        refused += lines
    return Outcome(not refused, tuple(refused), holder)


def ask_unsaved(parent: QWidget | None, work: list[str], question: str) -> Choice:
    """The desktop question: save, discard or cancel, listing what is unsaved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setText(question)
    box.setInformativeText("\n".join(f"• {line}" for line in work))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    return {buttons.Save: Choice.SAVE, buttons.Discard: Choice.DISCARD}.get(
        buttons(answer), Choice.CANCEL
    )
