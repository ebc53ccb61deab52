"""Fixtures of the GUI tests: settings kept in the test's folder, a session on the demo."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from signed_in import sign_in

from promoplanner.services.context import connect
from promoplanner.ui.compat import guard_none_refcount
from promoplanner.ui.session import AppSession

guard_none_refcount()  # PySide6 6.12 on Python 3.11: see promoplanner/ui/compat.py


@pytest.fixture
def english():
    """The English plural forms ("1 page", "2 pages") as the program installs them."""
    from PySide6.QtWidgets import QApplication

    from promoplanner.ui.language import install_translators

    app = QApplication.instance()
    install_translators(app, "en")
    yield
    install_translators(app, "en")


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    """Each test starts with no remembered window, language or person."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _no_real_questions(monkeypatch):
    """No test waits for a click: questions answer "discard" / "no" unless a test says otherwise.

    Closing a window with unsaved work at the end of a test would otherwise open a modal
    dialog nobody answers. Tests of a question replace it on their own widget.
    """
    from promoplanner.ui.documents import DocumentsScreen
    from promoplanner.ui.events import EventsScreen
    from promoplanner.ui.items import ItemsScreen
    from promoplanner.ui.main_window import MainWindow
    from promoplanner.ui.planning import PlanningScreen
    from promoplanner.ui.unsaved import Choice

    def discard(*_args):
        return Choice.DISCARD

    def no(*_args):
        return False

    for cls, name, answer in (
        (MainWindow, "ask_unsaved", discard),
        (PlanningScreen, "ask_unsaved", discard),
        (PlanningScreen, "confirm", no),
        (ItemsScreen, "confirm", no),
        (DocumentsScreen, "confirm", no),
        (EventsScreen, "ask_unsaved", discard),
    ):
        monkeypatch.setattr(cls, name, staticmethod(answer), raising=False)
    yield


@pytest.fixture(autouse=True)
def _contest_polls_only_when_asked(monkeypatch):
    """A contest screen or board polls the database only in the tests of the poll.

    Elsewhere a poll at an unlucky moment would read a colleague's change that a test
    means to meet as a refusal; tests/ui/test_contest_sync.py turns it back on.
    """
    from promoplanner.ui.contest import watch

    monkeypatch.setattr(watch, "POLL_MS", 24 * 3600 * 1000)
    yield


@pytest.fixture(autouse=True)
def sign_in_answers(monkeypatch):
    """What each sign-in dialog that would wait for a person is answered (first one first).

    Each answer is (user name, password), typed into the dialog and signed in with as a
    person would; None presses Cancel. With no answers left the planner signs in.
    """
    from promoplanner.ui.signin.dialog import SignInDialog

    answers: list[tuple[str, str] | None] = []

    def answer(dialog):
        given = answers.pop(0) if answers else ("planner", "demo")
        if given is None:
            dialog.reject()
        else:
            dialog.user_name.setText(given[0])
            dialog.password.setText(given[1])
            dialog.try_sign_in()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", answer)
    return answers


@pytest.fixture
def gui_session(demo_db_template, tmp_path, clock):
    """A session on a copy of the 2027 demo, the planner signed in, at the test's clock."""
    path = tmp_path / "gui.sqlite"
    shutil.copy(demo_db_template, path)
    ctx = connect(str(path), clock=clock)
    session = AppSession(ctx)
    sign_in(session, "planner")  # as the dialog would, without showing it
    yield session
    ctx.uow.engine.dispose()


@pytest.fixture
def window(qtbot, gui_session):
    """The main window on the demo, shown."""
    from promoplanner.ui.app import open_window

    win = open_window(gui_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def snapshot(session: AppSession):
    """What the database holds now (not what the widgets show)."""
    from promoplanner.services.campaigns import load_snapshot

    return load_snapshot(session.ctx, session.campaign_id)


def phase_of(session: AppSession, number: int):
    """Phase 1 or 2 of the demo as stored."""
    return next(p for p in snapshot(session).phases if p.number == number)


def floor_code(session: AppSession, code: str):
    """The floor with that code."""
    return session.layout().floor_by_code(code)
