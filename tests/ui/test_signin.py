"""Signing in: the dialog at start, after too many wrong passwords, and File → Switch user."""

from __future__ import annotations

import shutil
from datetime import timedelta

from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from promoplanner.core.clock import FixedClock
from promoplanner.services.context import connect
from promoplanner.services.people import person_by_user_name, set_active
from promoplanner.ui.app import open_window, run_gui, signed_in_session
from promoplanner.ui.session import AppSession
from promoplanner.ui.settings import app_settings, saved_user_name
from promoplanner.ui.signin.dialog import SignInDialog
from promoplanner.ui.unsaved import Choice


class Answers:
    """Stands in for the save / discard / cancel question: records each question."""

    def __init__(self, answer: Choice) -> None:
        self.answer = answer
        self.asked: list[tuple[list[str], str]] = []

    def __call__(self, _parent, work, question) -> Choice:
        self.asked.append((list(work), question))
        return self.answer


def new_session(demo_db_template, tmp_path, clock, name="signin") -> AppSession:
    path = tmp_path / f"{name}.sqlite"
    shutil.copy(demo_db_template, path)
    return AppSession(connect(str(path), clock=clock))


def dialog_on(qtbot, session, **kwargs) -> SignInDialog:
    dialog = SignInDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot, dialog, user: str, password: str) -> None:
    dialog.user_name.setFocus()
    dialog.user_name.selectAll()
    type_text(qtbot, dialog.user_name, user)
    qtbot.keyClick(dialog.user_name, Qt.Key.Key_Return)  # Enter goes on to the password
    assert dialog.focusWidget() is dialog.password
    dialog.password.selectAll()
    type_text(qtbot, dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_right_password_signs_in_and_only_the_user_name_is_remembered(
    qtbot, demo_db_template, tmp_path, clock
):
    session = new_session(demo_db_template, tmp_path, clock)
    dialog = dialog_on(qtbot, session)
    assert dialog.user_name.text() == "" and dialog.focusWidget() is dialog.user_name
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    type_in(qtbot, dialog, "buyer-food", "demo")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert session.person.user_name == "buyer-food"
    assert saved_user_name() == "buyer-food"
    app_settings().sync()
    with open(app_settings().fileName(), encoding="utf-8") as file:
        stored = file.read()
    assert "buyer-food" in stored and "demo" not in stored.replace("buyer-food", "")
    again = dialog_on(qtbot, new_session(demo_db_template, tmp_path, clock, "again"))
    assert again.user_name.text() == "buyer-food" and again.password.text() == ""
    assert again.focusWidget() is again.password  # the name is there: straight to the password


def test_a_wrong_password_or_unknown_name_is_said_in_the_dialog_and_the_typing_stays(
    qtbot, demo_db_template, tmp_path, clock
):
    session = new_session(demo_db_template, tmp_path, clock)
    dialog = dialog_on(qtbot, session)
    type_in(qtbot, dialog, "planner", "dmeo")
    assert dialog.isVisible() and session.person is None
    assert dialog.message.text() == "The user name or the password is wrong."
    assert dialog.user_name.text() == "planner" and dialog.password.text() == "dmeo"
    assert dialog.focusWidget() is dialog.password and dialog.password.selectedText() == "dmeo"
    type_in(qtbot, dialog, "nobody-here", "demo")
    assert dialog.message.text() == "The user name or the password is wrong."  # same words
    assert dialog.user_name.text() == "nobody-here"
    dialog.user_name.clear()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Type your user name."
    assert session.person is None


def test_a_disabled_account_is_told_so(qtbot, demo_db_template, tmp_path, clock):
    session = new_session(demo_db_template, tmp_path, clock)
    planner = AppSession(session.ctx)
    planner.sign_in("planner", "demo")
    set_active(planner.ctx, person_by_user_name(session.ctx, "floor").id, False)
    dialog = dialog_on(qtbot, session)
    type_in(qtbot, dialog, "floor", "demo")
    assert "“floor” is disabled" in dialog.message.text() and session.person is None


def test_after_three_wrong_passwords_the_button_rests_and_counts_down(
    qtbot, demo_db_template, tmp_path, clock
):
    session = new_session(demo_db_template, tmp_path, clock)
    real = FixedClock(clock.now())  # stands for the computer's clock the wait counts on
    dialog = dialog_on(qtbot, session, clock=real)
    for _ in range(3):
        type_in(qtbot, dialog, "buyer-food", "guess")
    assert dialog.sign_in_button.isEnabled()
    type_in(qtbot, dialog, "buyer-food", "demo")  # even the right one must wait now
    assert "try again in 5 s" in dialog.message.text()
    assert dialog.waiting() and not dialog.sign_in_button.isEnabled()
    assert dialog.timer.isActive()  # counted by a timer: the window goes on painting
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter does not get round it
    assert session.person is None and dialog.isVisible()
    real.at += timedelta(seconds=2)
    dialog.tick()
    assert "try again in 3 s" in dialog.message.text()
    real.at += timedelta(seconds=3)
    dialog.tick()
    assert dialog.message.text() == "You can try again now."
    assert dialog.sign_in_button.isEnabled() and not dialog.timer.isActive()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.person.user_name == "buyer-food"


def test_the_slow_down_counts_real_seconds_while_now_holds_the_clock(
    qtbot, demo_db_template, tmp_path, clock
):
    session = new_session(demo_db_template, tmp_path, clock)
    dialog = dialog_on(qtbot, session)  # the computer's clock, not the test's fixed one
    assert not dialog.clock.pretended
    for _ in range(3):
        type_in(qtbot, dialog, "buyer-food", "guess")
    type_in(qtbot, dialog, "buyer-food", "demo")
    assert dialog.waiting()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=8000)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.person.user_name == "buyer-food"


def test_cancel_of_the_first_sign_in_ends_the_program(
    qtbot, demo_db_template, tmp_path, clock, sign_in_answers
):
    path = tmp_path / "start.sqlite"
    shutil.copy(demo_db_template, path)
    sign_in_answers.append(None)
    assert signed_in_session(connect(str(path), clock=clock)) is None
    sign_in_answers.append(None)
    assert run_gui(str(path), clock, language="en") == 0  # no window, no error


def test_a_new_database_opens_with_nobody_for_the_assistant(tmp_path, clock, sign_in_answers):
    sign_in_answers.append(None)  # would cancel, were the dialog asked
    session = signed_in_session(connect(str(tmp_path / "new.sqlite"), clock=clock))
    assert session is not None and session.person is None
    assert sign_in_answers == [None]  # nobody was asked


def test_switch_user_asks_about_unsaved_work_first_and_cancel_keeps_the_person(
    qtbot, window, gui_session
):
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    planning = window.show_screen("planning")
    planning.phase_form.theme.setFocus()
    planning.phase_form.theme.selectAll()
    type_text(qtbot, planning.phase_form.theme, "端午特卖")
    assert not window.switch_user()  # Cancel in the question: nobody else signs in
    assert "somebody else signs in" in answers.asked[0][1]
    assert getattr(window, "sign_in_dialog", None) is None
    window.ask_unsaved = Answers(Choice.DISCARD)
    window.actions_by_name["switch_user"].trigger()
    dialog = window.sign_in_dialog
    assert dialog.isVisible() and dialog.user_name.text() == ""
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert not dialog.isVisible() and gui_session.person.user_name == "planner"
    assert "周敏" in window.statusBar().user.text()


def test_switch_user_signs_the_other_person_in_and_the_window_follows(qtbot, window, gui_session):
    window.actions_by_name["switch_user"].trigger()
    type_in(qtbot, window.sign_in_dialog, "floor", "demo")
    assert not window.sign_in_dialog.isVisible()
    assert gui_session.person.user_name == "floor"
    assert window.statusBar().user.text() == "User: 赵敏 (floor manager)"
    planning = window.show_screen("planning")
    assert planning.phase_form.theme.isReadOnly()  # a floor manager plans nothing


def test_the_status_bar_says_when_the_clock_stands_still(qtbot, window):
    note = window.statusBar().clock_note
    assert note.isVisibleTo(window) and "Clock stands still at 2027-05-20 09:00" in note.text()


def test_opening_another_database_signs_in_there_and_cancel_stays(
    qtbot, window, gui_session, clock, demo_db_template, tmp_path, sign_in_answers
):
    from promoplanner.ui.app import WindowKeeper

    other = tmp_path / "other.sqlite"
    shutil.copy(demo_db_template, other)
    keeper = WindowKeeper(window, clock)
    sign_in_answers.append(None)
    keeper.switch_database(str(other))
    assert keeper.window is window and gui_session.person.user_name == "planner"
    sign_in_answers.append(("buyer-general", "demo"))
    keeper.switch_database(str(other))
    qtbot.addWidget(keeper.window)
    assert keeper.window is not window
    assert keeper.window.session.person.user_name == "buyer-general"


def test_on_a_database_nobody_can_sign_in_to_switch_user_offers_the_assistant(
    qtbot, tmp_path, clock
):
    session = signed_in_session(connect(str(tmp_path / "empty.sqlite"), clock=clock))
    window = open_window(session)
    qtbot.addWidget(window)
    assert window.statusBar().user.text() == "User: nobody signed in"
    assert not window.switch_user()
    assistant = window.first_run_assistant
    qtbot.addWidget(assistant)
    assert assistant.isVisible() and assistant.first_planner  # it asks for the first planner
    assert getattr(window, "sign_in_dialog", None) is None


def test_user_on_the_command_line_is_the_name_the_dialog_offers(
    qtbot, demo_db_template, tmp_path, clock, monkeypatch
):
    from promoplanner.ui.signin import dialog as signin

    offered = []

    def answer(dialog):
        offered.append((dialog.user_name.text(), dialog.password.text()))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(signin.SignInDialog, "exec", answer)
    path = tmp_path / "start.sqlite"
    shutil.copy(demo_db_template, path)
    assert run_gui(str(path), clock, language="en", user="buyer-clothing") == 0
    assert offered == [("buyer-clothing", "")]  # the password is always typed in the dialog


def test_the_wait_is_the_account_tried_too_often_not_the_next_person(
    qtbot, demo_db_template, tmp_path, clock
):
    session = new_session(demo_db_template, tmp_path, clock)
    dialog = dialog_on(qtbot, session)
    for _ in range(4):
        type_in(qtbot, dialog, "planner", "guess")
    assert dialog.waiting() and "planner" in dialog.message.text()
    type_in(qtbot, dialog, "buyer-food", "demo")  # another account signs in at once
    assert not dialog.waiting()
    assert session.person is not None and session.person.user_name == "buyer-food"


def test_sign_in_not_cancel_is_the_button_enter_presses(qtbot, demo_db_template, tmp_path, clock):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = dialog_on(qtbot, new_session(demo_db_template, tmp_path, clock))
    dialog.show()  # the button box picks its default button when shown
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.sign_in_button.isDefault() and not cancel.isDefault()
    type_in(qtbot, dialog, "planner", "demo")  # Enter, Enter
    assert dialog.result() == dialog.DialogCode.Accepted
