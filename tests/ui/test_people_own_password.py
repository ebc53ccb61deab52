"""File → Change my password: typed as a person would, Enter from field to field, Esc cancels."""

from __future__ import annotations

import pytest
from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import sign_in
from sqlalchemy import select

from promoplanner.core.clock import SystemClock
from promoplanner.core.errors import SignInRefused
from promoplanner.storage import tables as t


def open_dialog(qtbot, window):
    window.actions_by_name["change_password"].trigger()
    return shown(qtbot, window.password_dialog)


def shown(qtbot, dialog):
    """The dialog once it is up, the focus in its first field (as it is for a person)."""
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.current, timeout=3000)
    return dialog


def type_and_enter(qtbot, text: str) -> None:
    """Type into the field that has the focus, then press Enter there."""
    field = QApplication.focusWidget()
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def signs_in_with(session, user_name: str, password: str) -> bool:
    other = type(session)(session.ctx)
    try:
        sign_in(other, user_name, password)
    except SignInRefused:
        return False
    return True


def wrong_tries(session, user_name: str) -> int:
    with session.ctx.uow.reading() as db:
        row = db.scalar(select(t.PersonRow).where(t.PersonRow.user_name == user_name))
        return row.failed_sign_ins


def test_a_buyer_changes_their_password_with_the_keyboard_only(qtbot, window, gui_session):
    sign_in(gui_session, "buyer-food")
    dialog = open_dialog(qtbot, window)
    assert "王建国 (buyer-food)" in dialog.findChild(type(dialog.message), "password_intro").text()
    type_and_enter(qtbot, "demo")
    assert QApplication.focusWidget() is dialog.new  # Enter goes on, it does not submit
    type_and_enter(qtbot, "zongzi-2027")
    assert QApplication.focusWidget() is dialog.again and dialog.isVisible()
    type_and_enter(qtbot, "zongzi-2027")  # Enter in the last field changes it
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert "Your password is changed" in window.statusBar().currentMessage()
    assert signs_in_with(gui_session, "buyer-food", "zongzi-2027")
    assert not signs_in_with(gui_session, "buyer-food", "demo")


def test_a_wrong_current_password_is_said_counted_and_the_typing_stays(qtbot, window, gui_session):
    dialog = open_dialog(qtbot, window)
    for text in ("guess", "zongzi-2027", "zongzi-2027"):
        type_and_enter(qtbot, text)
    assert dialog.isVisible()
    assert dialog.message.text() == "The current password is wrong."
    assert QApplication.focusWidget() is dialog.current
    assert dialog.current.selectedText() == "guess"  # selected, to type again over it
    assert dialog.new.text() == dialog.again.text() == "zongzi-2027"
    assert wrong_tries(gui_session, "planner") == 1
    for guess in ("guess-2", "guess-3", "demo"):  # typed over the selection; the new stay
        type_and_enter(qtbot, guess)
        type_and_enter(qtbot, "")
        type_and_enter(qtbot, "")
    assert wrong_tries(gui_session, "planner") == 3  # the right one came too late: it waits
    assert "Too many wrong passwords for “planner”; try again in" in dialog.message.text()
    assert dialog.isVisible()
    with pytest.raises(SignInRefused) as slowed:  # the same count, by the same real clock
        type(gui_session)(gui_session.ctx).sign_in("planner", "demo", clock=SystemClock())
    assert slowed.value.key == "people.slow_down"


@pytest.mark.parametrize(
    ("new", "again", "said", "focused"),
    [
        ("abc", "abc", "A password has at least 4 characters.", "new"),
        ("zongzi-2027", "zongzi-2028", "The two new passwords differ.", "again"),
        ("demo", "demo", "The new password is the current one; choose another.", "new"),
    ],
)
def test_a_new_password_that_breaks_a_rule_is_refused_in_the_dialog(
    qtbot, window, gui_session, new, again, said, focused
):
    dialog = open_dialog(qtbot, window)
    for text in ("demo", new, again):
        type_and_enter(qtbot, text)
    assert dialog.isVisible() and dialog.message.text() == said
    assert QApplication.focusWidget() is getattr(dialog, focused)
    assert (dialog.current.text(), dialog.new.text(), dialog.again.text()) == ("demo", new, again)
    assert (
        signs_in_with(gui_session, "planner", "demo") and wrong_tries(gui_session, "planner") == 0
    )


def test_an_empty_current_password_is_asked_for_before_anything_is_checked(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.new.setFocus()
    type_and_enter(qtbot, "zongzi-2027")
    type_and_enter(qtbot, "zongzi-2027")
    assert dialog.message.text() == "Type your current password."
    assert QApplication.focusWidget() is dialog.current


def test_esc_cancels_and_nothing_changes(qtbot, window, gui_session):
    dialog = open_dialog(qtbot, window)
    type_and_enter(qtbot, "demo")
    type_text(qtbot, dialog.new, "zongzi-2027")
    qtbot.keyClick(dialog.new, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert signs_in_with(gui_session, "planner", "demo")


def test_the_change_button_is_the_default_and_clicking_it_changes(qtbot, window, gui_session):
    dialog = open_dialog(qtbot, window)
    assert dialog.change_button.isDefault()
    type_text(qtbot, dialog.current, "demo")
    type_text(qtbot, dialog.new, "zongzi-2027")
    type_text(qtbot, dialog.again, "zongzi-2027")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert signs_in_with(gui_session, "planner", "zongzi-2027")


def test_on_the_people_screen_everybody_changes_their_own(qtbot, window, gui_session):
    sign_in(gui_session, "floor")
    screen = window.show_screen("people")
    assert not screen.buttons["reset_password"].isEnabled()  # somebody else's: a planner's job
    assert screen.own_password.isEnabled()
    qtbot.mouseClick(screen.own_password, Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, screen.password_dialog)
    for text in ("demo", "display-2027", "display-2027"):
        type_and_enter(qtbot, text)
    assert not dialog.isVisible()
    assert "Your password is changed" in screen.status.text()
    assert signs_in_with(gui_session, "floor", "display-2027")


def test_a_planner_resetting_their_own_is_sent_to_the_dialog(qtbot, window, gui_session):
    screen = window.show_screen("people")
    screen.section.choose(gui_session.person.id)
    screen.password.setText("mine-2027")
    screen.again.setText("mine-2027")
    qtbot.mouseClick(screen.buttons["reset_password"], Qt.MouseButton.LeftButton)
    assert "Change my password" in screen.status.text()
    assert "password" in screen.section.errors.marked()
    assert signs_in_with(gui_session, "planner", "demo")
