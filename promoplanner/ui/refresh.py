"""Screens refresh for a change only while shown; a hidden screen catches up when shown."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Passes each kind of change to a screen's refresh now if it is shown, else on its show.

    A screen that is not on view (another one is in front, or it was never shown since)
    keeps only the kinds it missed, each once, so a run of edits costs it nothing.
    """

    def __init__(self, widget: QWidget, refresh: Callable[[str], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.missed: list[str] = []
        widget.installEventFilter(self)

    def heard(self, kind: str) -> None:
        """A change of that kind was announced."""
        widget = getattr(self, "widget", None)  # None once the wrapper is being torn down
        if widget is None or not shiboken6.isValid(widget):
            return
        if widget.isVisible():
            self.refresh(kind)
        elif kind not in self.missed:
            self.missed.append(kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On show, catch up with the changes missed meanwhile."""
        # At the end of a screen's life Qt may still deliver events to a filter whose
        # Python side is already cleared: such a filter has nothing left to do.
        if getattr(self, "widget", None) is not watched:
            return False
        if event.type() == QEvent.Type.Show and self.missed:
            missed, self.missed = self.missed, []
            for kind in missed:
                self.refresh(kind)
        return False


def follow_changes(session, widget: QWidget, refresh: Callable[[str], object]) -> WhenShown:
    """Connect a screen's refresh to the session's changes, run only while it is shown."""
    follower = WhenShown(widget, refresh)
    session.data_changed.connect(follower.heard)
    return follower
