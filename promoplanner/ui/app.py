"""Composition root of the GUI: settings -> language and fonts -> window -> database -> sign-in.

The window's frame is painted first; the database layer (SQLAlchemy, the services) is
imported only after that paint, so the program is seen at once.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from promoplanner.core import i18n
from promoplanner.core.clock import Clock, FixedClock
from promoplanner.core.errors import PromoError
from promoplanner.ui.compat import guard_none_refcount
from promoplanner.ui.fonts import register_fonts
from promoplanner.ui.language import choose_language, install_translators
from promoplanner.ui.main_window import MainWindow
from promoplanner.ui.settings import saved_language

if TYPE_CHECKING:
    from promoplanner.services.context import Context
    from promoplanner.ui.session import AppSession


# A write waits this long for a colleague's lock, then is refused with the typing kept:
# the wait is on the GUI thread, and a window frozen for the command line's 5 s reads as a
# hang (a trial's window froze 7 s behind a held lock).
LOCK_WAIT_MS = 1500


def connect(db: str | None, clock: Clock, create: bool = False) -> Context:
    """The service context on the database (the database layer is imported here, not before)."""
    from promoplanner.services.context import connect as open_database

    return open_database(db, clock=clock, create=create, lock_wait_ms=LOCK_WAIT_MS)


def seconds_since_process_start(started: float | None = None) -> float:
    """Seconds since the process began (from /proc), else since the monotonic `started`."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); two fields precede the ")"
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return up - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - started if started is not None else 0.0


class _FirstPaint(QObject):
    """Calls back once, after the window's first paint has been handled."""

    def __init__(self, callback) -> None:
        super().__init__()
        self._callback = callback
        self._done = False

    def eventFilter(self, watched, event) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._callback)  # after this paint has finished
        return False


def display_missing(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt would find no screen: on Linux, no X11 or Wayland display and no platform set.

    Qt itself would abort then, blaming a missing xcb-cursor library.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def application() -> QApplication:
    """The QApplication (made once per process)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("promoplanner")
        app.setApplicationName("promoplanner")
        app.setApplicationDisplayName("promoplanner")
    return app  # type: ignore[return-value]


def open_window(session: AppSession) -> MainWindow:
    """The main window on the session (somebody signed in, or a new database's nobody)."""
    return MainWindow(session)


def signed_in_session(ctx: Context, parent=None, user_name: str | None = None) -> AppSession | None:
    """A session on the database with its person signed in; None when they cancel.

    user_name (--user) is offered in the dialog instead of the one last used. A database
    nobody can sign in to yet (a new one) opens with nobody: the first-run assistant makes
    its first planner and signs them in.
    """
    from promoplanner.services.people import has_people
    from promoplanner.ui.session import AppSession

    session = AppSession(ctx)
    if not has_people(ctx):
        return session
    from promoplanner.ui.signin.dialog import sign_in_at_start

    return session if sign_in_at_start(session, parent, user_name) else None


def running_jobs(window: MainWindow) -> list[QThread]:
    """The worker threads of the window's screens (documents being made) still running."""
    return [job for job in window.findChildren(QThread) if job.isRunning()]


def free_window(window: MainWindow) -> None:
    """Delete a window whose jobs have all ended, and close its database engine."""
    for job in window.findChildren(QThread):
        job.wait()  # each has ended its work; this only lets it finish returning
    window.deleteLater()
    # Without this the old file (or server connections) stays open until the program ends.
    window.session.ctx.uow.engine.dispose()


class _Retiring(QObject):
    """An old window kept hidden while documents are still being made in it.

    Deleting a running thread aborts the program, and a job still reads through the old
    engine: the window and its engine are freed once the last job has finished.
    """

    def __init__(self, window: MainWindow, on_freed) -> None:
        super().__init__()  # lives in the GUI thread: finished() reaches job_ended queued
        self.window: MainWindow | None = window
        self._on_freed = on_freed
        for job in running_jobs(window):
            job.finished.connect(self.job_ended)
        if not running_jobs(window):  # the last one ended before it was connected
            QTimer.singleShot(0, self.finish)

    @Slot()
    def job_ended(self) -> None:
        job = self.sender()
        if isinstance(job, QThread) and shiboken6.isValid(job):
            job.wait()  # finished() comes just before the thread stops; let it stop
        if self.window is not None and not running_jobs(self.window):
            self.finish()

    def finish(self) -> None:
        """Wait for what still runs, then free the window (at once when nothing runs)."""
        window, self.window = self.window, None
        if window is None:
            return
        free_window(window)
        self._on_freed(self)


class WindowKeeper:
    """The one main window; opening another database replaces it and frees the old one."""

    def __init__(self, window: MainWindow, clock: Clock) -> None:
        self.window = window
        self.clock = clock
        self.retiring: list[_Retiring] = []  # old windows hidden until their jobs end
        self._listen(window)

    def _listen(self, window: MainWindow) -> None:
        window.database_open_requested.connect(self.switch_database)
        window.database_create_requested.connect(self.create_database)

    def create_database(self, path: str) -> None:
        """File → New database: create the file, open it, and offer the first-run assistant."""
        self.switch_database(path, create=True)

    def switch_database(self, path: str, create: bool = False) -> None:
        """Open the window on another database; the old window goes and its engine is closed."""
        try:
            new_ctx = connect(path, clock=self.clock, create=create)
        except PromoError as exc:
            self.window.statusBar().showMessage(exc.message(), 10000)
            return
        question = QCoreApplication.translate(
            "WindowKeeper", "Save your changes before opening another database?"
        )
        if not self.window.settle_unsaved(question):
            new_ctx.uow.engine.dispose()  # the person stays on this database
            return
        session = signed_in_session(new_ctx, self.window)
        if session is None:  # cancelled: the person stays where they were
            new_ctx.uow.engine.dispose()
            return
        old = self.window
        old.save_layout()
        window = open_window(session)
        self._listen(window)
        window.show()
        self.window = window
        offer_first_run(window)
        # Not close(): it would wait for the old window's jobs with the program frozen.
        old.hide()
        if not running_jobs(old):
            free_window(old)
            return
        self.retiring.append(_Retiring(old, self.retiring.remove))

    def finish(self) -> None:
        """At the end of the program: wait for the old windows' jobs, then free them."""
        for retiring in list(self.retiring):
            retiring.finish()


def offer_first_run(window: MainWindow) -> None:
    """The first-run assistant over a window whose database is new (loaded only then)."""
    from promoplanner.ui.firstrun.assistant import offer_first_run as offer

    offer(window)


NOTHING_TO_LOSE = ("db.missing", "db.empty_file")  # refusals where creating loses nothing


def ask_to_create(parent, refused: PromoError) -> bool:
    """Whether the person wants a new database where the opening found none (or a 0-byte file)."""
    if refused.key not in NOTHING_TO_LOSE:
        return False
    where = str(refused.params.get("url", ""))
    if refused.key == "db.missing":
        question = QCoreApplication.translate(
            "Opening", "There is no database at %1. Make a new one there?"
        )
    else:
        question = QCoreApplication.translate(
            "Opening", "%1 is an empty file; it holds nothing. Make a new database in it?"
        )
    answer = QMessageBox.question(
        parent,
        "promoplanner",
        question.replace("%1", where),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class _Opening(QObject):
    """After the frame's first paint: the database, the sign-in, then the window's data."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        db: str | None,
        clock: Clock,
        user: str | None,
        quit_after_start: bool,
        started: float | None,
    ) -> None:
        super().__init__()
        self.app, self.window, self.db, self.clock = app, window, db, clock
        self.user, self.quit_after_start, self.started = user, quit_after_start, started
        self.keeper: WindowKeeper | None = None
        self.refused: PromoError | None = None  # --quit-after-start: raised after the loop
        self.painted: float | None = None
        self._watchers: list[_FirstPaint] = []
        self._watch(window, self.frame_painted)

    def _watch(self, widget, callback) -> None:
        watcher = _FirstPaint(callback)
        widget.installEventFilter(watcher)
        self._watchers.append(watcher)

    def frame_painted(self) -> None:
        """The frame is on screen: open the database and sign in over it."""
        self.painted = seconds_since_process_start(self.started)
        try:
            try:
                ctx = connect(self.db, clock=self.clock)
            except PromoError as exc:
                # A path with nothing to lose (no file, or a 0-byte one) may become a new store.
                if self.quit_after_start or not ask_to_create(self.window, exc):
                    raise
                ctx = connect(self.db, clock=self.clock, create=True)
        except PromoError as exc:
            if self.quit_after_start:
                self.refused = exc
            else:
                QMessageBox.critical(self.window, "promoplanner", exc.message())
            self.app.exit(2)
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Waiting for somebody to sign in…")
        )
        if self.quit_after_start:  # it measures the window itself: nobody signs in then
            from promoplanner.ui.session import AppSession

            session: AppSession | None = AppSession(ctx)
        else:
            session = signed_in_session(ctx, self.window, self.user)
        if session is None:  # Cancel in the first sign-in: the program ends, nothing opened
            ctx.uow.engine.dispose()
            self.app.exit(0)
            return
        self.window.attach(session)
        self.keeper = WindowKeeper(self.window, self.clock)
        if self.quit_after_start:
            self._watch(self.window.current_screen(), self.filled)
        else:
            offer_first_run(self.window)

    def filled(self) -> None:
        """--quit-after-start: the screen has painted the campaign; say both times and end."""
        print(f"{self.painted:.3f} {seconds_since_process_start(self.started):.3f}", flush=True)
        self.app.exit(0)


def run_gui(
    db: str | None,
    clock: Clock,
    *,
    quit_after_start: bool = False,
    started: float | None = None,
    language: str | None = None,
    user: str | None = None,
) -> int:
    """Open the main window on the database; with quit_after_start, exit once it is filled.

    language is the one asked for on the command line; without it the Settings' choice holds.
    user (--user) is the name the sign-in dialog offers; the password is always typed there.
    With quit_after_start it prints two figures, seconds from the process's start: to the
    first paint of the window, and to the first paint of its screen filled with the data.
    """
    chosen = choose_language(saved_language(), language)
    if display_missing():
        i18n.set_language(chosen)
        print(f"promoplanner: {i18n.text('desktop.no_display')}", file=sys.stderr)
        return 2
    if isinstance(clock, FixedClock):
        i18n.set_language(chosen)
        moment = f"{clock.now():%Y-%m-%d %H:%M}"
        print(
            f"promoplanner: {i18n.text('desktop.clock_stands_still', now=moment)}", file=sys.stderr
        )
    guard_none_refcount()
    app = application()
    install_translators(app, chosen)
    register_fonts()
    window = MainWindow()
    opening = _Opening(app, window, db, clock, user, quit_after_start, started)
    window.show()
    status = app.exec()
    keeper = opening.keeper
    if keeper is None:  # refused or cancelled before the window had its data
        window.hide()
        window.deleteLater()
        if opening.refused is not None:
            raise opening.refused
        return status
    keeper.finish()
    keeper.window.session.ctx.uow.engine.dispose()
    return status
