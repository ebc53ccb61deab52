"""Noticing what other PCs change in a contest: one small query every few seconds, shown only.

A board on a TV in the square is often driven by another PC on the store's database: the
changes made there are never announced in this program. While its widget is shown, the
watch asks the contest's stamp (its version and its heats', ``contest_stamp``) and says
``moved`` when it differs from the one the widget shows; the widget then reads again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from promoplanner.core.errors import PromoError
from promoplanner.services.contest_versions import ContestStamp, contest_stamp
from promoplanner.ui.session import AppSession

POLL_MS = 2500  # a result typed on another PC is on the board before the next heat starts


class ContestWatch(QObject):
    """Polls the stamp of the contest a widget shows while it is shown; ``moved`` on a change.

    `shown` gives the contest the widget shows and the stamp of what it shows (None, None
    when there is nothing to compare).
    """

    moved = Signal()

    def __init__(
        self,
        session: AppSession,
        widget: QWidget,
        shown: Callable[[], tuple[int | None, ContestStamp | None]],
    ) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.shown = shown
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        widget.installEventFilter(self)
        if widget.isVisible():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Poll only while the widget is on view."""
        # Late events of a widget being torn down may reach a filter whose Python side is
        # gone: there is nothing left to start or stop then.
        if getattr(self, "widget", None) is not watched:
            return False
        if event.type() == QEvent.Type.Show:
            self.timer.start()
        elif event.type() == QEvent.Type.Hide:
            self.timer.stop()
        return False

    def poll(self) -> None:
        """Ask the stored stamp once; say ``moved`` when it is not the one shown."""
        contest_id, stamp = self.shown()
        if contest_id is None or stamp is None:
            return
        try:
            now = contest_stamp(self.session.ctx, contest_id)
        except PromoError:
            return  # the server out of reach for a moment: keep what is shown, ask again
        if now is not None and now != stamp:
            self.moved.emit()
