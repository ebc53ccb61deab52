"""The rule check of the campaign, run off the GUI thread: after an edit, a fill, a switch.

At 20,000 items reading the campaign and checking it takes a third of a second to over a
second; the grid shows its rows at once, stays responsive, and marks them when the
findings come.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import load_snapshot
from promoplanner.services.context import Context


def _check(ctx: Context, campaign_id: int):
    try:
        return check_campaign(load_snapshot(ctx, campaign_id), ctx.clock.now())
    except Exception:  # a campaign removed meanwhile: the next change asks again
        return None


class _Answer:
    """What the worker thread hands back: a plain object, so the thread touches no Qt object.

    Emitting a signal of the screen's own QObject from the thread crashed the program when
    the screen was deleted during the emit; the GUI thread now collects the answer itself.
    """

    def __init__(self, tag: object, asked: int) -> None:
        self.tag = tag  # what the check was asked for (the screen's campaign and phase)
        self.asked = asked  # the number of requests when it began
        self.found: object = None
        self.ready = threading.Event()


class FindingsJob(QObject):
    """Asks for the findings again; one check at a time, one more if asked meanwhile.

    A check starts a moment after the last request (DELAY_MS), so the edit's own repaint
    is done first and a run of edits typed one after another costs one check; a request
    `soon` (a phase or campaign just shown) waits only for the rows' first paint. The GUI
    thread looks for the answer every POLL_MS while a check runs. Each request names what
    it is for (its tag); an answer checked for another tag than the last one asked is
    dropped, so a phase switched away from never has its findings painted on the next.
    An answer from a check begun before the last request is dropped too, whatever its tag:
    the rows were read after it read the campaign (a filter change shows what a colleague
    saved meanwhile), and the check asked for then follows.
    """

    DELAY_MS = 250
    SOON_MS = 0  # after the events already queued: the new rows are painted first
    POLL_MS = 20

    found = Signal(object)  # list[Finding], for the campaign as it stands after the change

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._job: threading.Thread | None = None
        self._answer: _Answer | None = None
        self._again = False
        self._wanted: object = None  # the tag of the last request
        self._asked = 0  # requests so far: an answer tells only if none came after its start
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._collect)

    def request(self, tag: object = None, soon: bool = False) -> None:
        """Check the campaign as it is now, in a moment (after the check under way, if any).

        Only an answer for this tag is told (`found`) from now on; `soon` starts the check
        once the events already queued are done instead of after DELAY_MS.
        """
        self._wanted = tag
        self._asked += 1
        if soon:
            self._timer.start(self.SOON_MS)
        elif not (self._timer.isActive() and self._timer.interval() < self.DELAY_MS):
            self._timer.start(self.DELAY_MS)  # a sooner start already asked for stays

    def wanted(self) -> object:
        """The tag of the last request: what the next findings told will be for."""
        return self._wanted

    def _start(self) -> None:
        if self._job is not None:
            self._again = True
            return
        campaign_id = self.session.campaign_id
        if campaign_id is None:
            return
        ctx = self.session.ctx
        answer = self._answer = _Answer(self._wanted, self._asked)

        def run() -> None:
            answer.found = _check(ctx, campaign_id)
            answer.ready.set()

        # A daemon thread: a check still running when the program quits is simply dropped.
        self._job = threading.Thread(target=run, name="findings", daemon=True)
        self._job.start()
        self._poll.start()

    def busy(self) -> bool:
        """Whether a check is under way."""
        return self._job is not None or self._timer.isActive()

    def running(self) -> bool:
        """Whether a check is running in its thread now."""
        return self._job is not None

    def _collect(self) -> None:
        answer = self._answer
        if answer is None or not answer.ready.is_set():
            return
        self._poll.stop()
        self._answer = None
        self._done(answer)

    def _done(self, answer: _Answer) -> None:
        self._job = None
        if self._again:
            self._again = False
            self._start()
            return
        if answer.asked != self._asked:
            return  # asked again since it began: that check is on its way (its timer runs)
        if answer.found is not None and answer.tag == self._wanted:
            self.found.emit(answer.found)
