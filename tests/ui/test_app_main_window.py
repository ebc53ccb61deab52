"""The main window: navigation, shortcuts, who is signed in, remembered layout, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from conftest import snapshot
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox
from signed_in import sign_in, sign_in_buyer

from promoplanner.core.enums import Role
from promoplanner.ui.app import WindowKeeper, open_window, seconds_since_process_start
from promoplanner.ui.screens import SCREENS

ROOT = Path(__file__).resolve().parents[2]


def test_sidebar_lists_every_screen_and_shortcuts_switch(qtbot, window):
    assert window.sidebar.count() == len(SCREENS) == 9
    assert window.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "planning"
    assert shows(window, window.screen("planning"))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert shows(window, window.screen("contest"))
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert shows(window, window.screen("store"))


def shows(window, screen) -> bool:
    """Whether the window's stack shows that screen (itself or in a scroll area)."""
    shown = window.stack.currentWidget()
    return shown is screen or shown.isAncestorOf(screen)


def test_last_screen_and_size_are_remembered(qtbot, window, gui_session):
    window.show_screen("events")
    window.resize(790, 600)  # the offscreen screen is 800 px wide
    window.close()
    again = open_window(gui_session)
    qtbot.addWidget(again)
    assert again.current_key() == "events"
    assert again.height() == 600


def test_signing_in_a_buyer_makes_the_window_theirs(qtbot, window, gui_session):
    buyer = gui_session.layout().buyers[0]
    sign_in_buyer(gui_session, buyer.id)
    assert gui_session.person.role is Role.BUYER
    assert gui_session.person.buyer_id == buyer.id
    assert buyer.name in window.statusBar().user.text()
    assert window.findChild(QComboBox, "actor_combo") is None  # no "Acting as" any more


def test_status_bar_counts_down_to_the_next_deadline(window):
    # The test clock stands at 2027-05-20 09:00; phase 1's deadline is 2027-06-06 12:00.
    text = window.statusBar().deadline.text()
    assert "2027-06-06 12:00" in text
    assert "17 d 3 h left" in text


def test_buyer_is_refused_planning_edits_next_to_the_field(qtbot, window, gui_session):
    buyer = gui_session.layout().buyers[0]
    sign_in_buyer(gui_session, buyer.id)
    screen = window.show_screen("planning")
    assert screen.phase_form.theme.isReadOnly()  # the form says so before Save
    assert not screen.phase_form.save_button.isEnabled()
    # Text put there anyway (a form left open when the person changed) is refused at save,
    # and the mark lands on the field that was changed, not on the first one of the form.
    screen.phase_form.theme.setText("changed by a buyer")
    assert not screen.phase_form.save()
    assert screen.phase_form.errors.marked() == ["theme"]
    assert screen.phase_form.theme.text() == "changed by a buyer"  # not lost
    assert all(p.theme != "changed by a buyer" for p in snapshot(gui_session).phases)


def test_ctrl_o_opens_another_database(qtbot, window, tmp_path):
    from promoplanner.services.context import connect

    other = tmp_path / "other.sqlite"
    connect(str(other)).uow.engine.dispose()

    class FakeDialog:
        @staticmethod
        def getOpenFileName(*_args, **_kwargs):
            return str(other), ""

    window.file_dialog = FakeDialog
    with qtbot.waitSignal(window.database_open_requested) as blocker:
        window.actions_by_name["open"].trigger()
    assert blocker.args == [str(other)]


def test_quit_after_start_prints_seconds_and_exits(demo_db_template, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "promoplanner", "--db", str(demo_db_template), "--quit-after-start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    painted, filled = (float(f) for f in done.stdout.strip().splitlines()[-1].split())
    assert 0 < painted <= filled  # the window's frame, then its screen with the demo's data


def test_process_age_comes_from_proc():
    age = seconds_since_process_start(None)
    assert 0 < age < 24 * 3600


def test_a_screen_keeps_its_own_keys_and_the_menu_gives_way(qtbot, window, gui_session):
    screen = window.show_screen("items")
    own = {k.toString() for a in screen.findChildren(QAction) for k in a.shortcuts()}
    menu = {k.toString() for a in window.actions_by_name.values() for k in a.shortcuts()}
    assert not own & menu  # one owner per key while the screen is shown
    window.show_screen("planning")
    undo_keys = [k.toString() for k in window.actions_by_name["undo"].shortcuts()]
    assert undo_keys == [QKeySequence(QKeySequence.StandardKey.Undo).toString()]


def test_ctrl_p_goes_to_the_document_of_the_screen(qtbot, window):
    window.show_screen("contest")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "documents"
    assert window.screen("documents").document().key == "bracket"


def test_many_repaints_do_not_kill_the_program(qtbot, window):
    # PySide6 6.12 on Python 3.11 drops a reference to None on every void call; without
    # the guard (promoplanner/ui/compat.py) a few hundred repaints abort the interpreter.
    window.resize(790, 600)
    for _ in range(300):
        window.grab()
    assert window.isVisible()


def test_the_guard_is_only_for_the_affected_versions():
    from promoplanner.ui.compat import needs_none_guard

    assert needs_none_guard((3, 11), "6.12.0")
    assert not needs_none_guard((3, 12), "6.12.0")
    assert not needs_none_guard((3, 11), "6.11.3")


def test_status_bar_names_the_role_once_and_the_person(window, gui_session):
    user = window.statusBar().user
    assert user.text() == "User: 周敏 (planning department)"
    sign_in(window.session, "floor")
    assert user.text() == "User: 赵敏 (floor manager)"
    buyer = gui_session.layout().buyers[0]
    sign_in_buyer(gui_session, buyer.id)
    assert user.text() == f"User: {buyer.name} (buyer)"


def holds_open(path) -> bool:
    """Whether this process has the file open (a SQLite engine's pooled connection)."""
    target = os.path.realpath(path)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.path.realpath(os.readlink(f"/proc/self/fd/{fd}")) == target:
                return True
        except OSError:
            continue
    return False


def test_opening_another_database_closes_the_old_one_and_its_window(
    qtbot, gui_session, clock, demo_db_template, tmp_path
):
    import shutil

    old_path = make_url_path(gui_session)
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_db_template, other)
    first = open_window(gui_session)
    first.show()
    keeper = WindowKeeper(first, clock)
    assert holds_open(old_path)

    class FakeDialog:
        @staticmethod
        def getOpenFileName(*_args, **_kwargs):
            return str(other), ""

    first.file_dialog = FakeDialog
    first.actions_by_name["open"].trigger()
    qtbot.addWidget(keeper.window)
    assert keeper.window is not first
    assert keeper.window.isVisible() and not first.isVisible()
    assert os.path.samefile(make_url_path(keeper.window.session), other)
    assert not holds_open(old_path)  # the old engine was disposed
    assert holds_open(other)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)  # and the old window is gone, not kept


def make_url_path(session) -> str:
    """The SQLite file a session works on."""
    return session.ctx.database.label


def test_a_document_being_made_keeps_the_old_window_until_it_ends(
    qtbot, gui_session, clock, demo_db_template, tmp_path, monkeypatch
):
    import shutil
    import threading

    from promoplanner.ui.documents import screen as documents_screen

    old_path = make_url_path(gui_session)
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_db_template, other)
    first = open_window(gui_session)
    first.show()
    keeper = WindowKeeper(first, clock)
    release = threading.Event()
    read_after_release = []

    def slow_maker(ctx, *args, **kwargs):
        release.wait(30)
        # the job still reads through the old engine after the switch
        read_after_release.append(snapshot(gui_session).campaign.name)
        return b"%PDF-1.4 slow"

    monkeypatch.setattr(documents_screen, "maker", lambda _document: slow_maker)
    screen = first.show_screen("documents")
    screen.choose("calendar")
    screen.make_button.click()
    job = screen.job
    assert job is not None and job.isRunning()
    keeper.switch_database(str(other))
    qtbot.addWidget(keeper.window)
    assert job.isRunning()  # the switch did not wait for the document
    assert keeper.window is not first and not first.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(first) and shiboken6.isValid(job)  # kept while it runs
    assert holds_open(old_path)
    release.set()
    qtbot.waitUntil(lambda: not keeper.retiring, timeout=30_000)
    assert read_after_release  # the job finished its work on the old database
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)  # freed once the job ended
    assert not holds_open(old_path)
