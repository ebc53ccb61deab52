"""Checking and importing a big sheet in a worker thread, with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from promoplanner.core.errors import PromoError

# A job gets (progress, cancelled) and returns its result; the service calls the one and
# checks the other between blocks of rows, so Cancel rolls everything back.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class SheetJob(QThread):
    """Runs one service call off the GUI thread; reports progress, its result or a refusal."""

    progressed = Signal(int, int)  # rows done, rows in all
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._work(lambda d, n: self.progressed.emit(d, n), lambda: self.cancelled)
        except PromoError as exc:
            self.failed.emit(exc.message())
            return
        except Exception as exc:  # a crash must not take the window with it
            self.failed.emit(
                QCoreApplication.translate("Imports", "The import failed: %1").replace(
                    "%1", str(exc) or type(exc).__name__
                )
            )
            return
        self.done.emit(result)

    def cancel(self) -> None:
        """Ask the service to stop at the next block; nothing it did is kept."""
        self.cancelled = True
