"""Making a document in a worker thread, so the window never freezes; cancellable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from promoplanner.core.errors import PromoError


class DocumentJob(QThread):
    """Runs one maker call off the GUI thread and reports its result or a readable error.

    The result is the PDF bytes, or for a numbered flyer proof a printing.UnrecordedProof.

    A maker cannot be interrupted half-way through a page layout, so Cancel abandons the
    job: the window is free at once and the result, when it comes, is thrown away.
    """

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, make: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._make()
        except PromoError as exc:
            if not self.cancelled:
                self.failed.emit(exc.message())
            return
        except Exception as exc:  # a crash in a maker must not kill the window
            if not self.cancelled:
                self.failed.emit(
                    QCoreApplication.translate(
                        "Documents", "The document could not be made: %1"
                    ).replace("%1", str(exc) or type(exc).__name__)
                )
            return
        if not self.cancelled:
            self.made.emit(result)

    def cancel(self) -> None:
        """Abandon the job: its result will be ignored."""
        self.cancelled = True
