"""Editing cells of the item table: what the strip says, and closing with an editor open."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from decimal import Decimal

import pytest
import shiboken6
from items_fixtures import (  # noqa: F401
    cell,
    commit,
    demo_item,
    demo_session,
    screen,
    type_into_cell,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from promoplanner.services.items import get_item
from promoplanner.ui.app import open_window
from promoplanner.ui.items.columns import COLUMN_INDEX
from promoplanner.ui.session import AppSession


def new_row_with_name(qtbot, screen, name: str) -> int:
    screen.filters.floor.setCurrentIndex(
        screen.filters.floor.findText("1F", Qt.MatchFlag.MatchStartsWith)
    )
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(qtbot, screen.table)
    return screen.model.rowCount() - 1


def test_the_refusal_goes_once_a_new_row_value_is_fixed_and_what_it_lacks_is_said(qtbot, screen):
    row = new_row_with_name(qtbot, screen, "端午绿豆糕")
    price = screen.model.index(row, COLUMN_INDEX["regular_price"])
    type_into_cell(qtbot, screen.table, price, "-5")
    message = screen.error_text()
    assert "cannot be negative" in message
    # The row header of a new row shows "*", so the message does not call it "Row 91".
    assert screen.model.headerData(row, Qt.Orientation.Vertical) == "*"
    assert message.startswith("New row, Regular price:") and "Row 91" not in message
    type_into_cell(qtbot, screen.table, price, "59.90")
    # No refusal left; what the row still lacks is said, as a hint, until it is saved.
    assert screen.error_text() == "New row: fill in Promotion price to save it."
    assert screen.strip.is_hint()
    assert screen.model.index(row, COLUMN_INDEX["regular_price"]).data() == "59.90"
    assert not screen.discard_button.isVisible()


def test_the_strip_stops_speaking_of_an_entry_once_it_is_accepted(qtbot, screen, demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    type_into_cell(qtbot, screen.table, cell(screen, egg.id, "promo_price"), "abc")
    type_into_cell(qtbot, screen.table, cell(screen, egg.id, "regular_price"), "-5")
    assert "Regular price:" in screen.error_text()
    type_into_cell(qtbot, screen.table, cell(screen, egg.id, "regular_price"), "23.90")
    assert get_item(demo_session.ctx, egg.id).regular_price == Decimal("23.90")
    assert "Regular price" not in screen.error_text()
    assert screen.discard_button.isVisible()  # the refused promotion price still waits


def test_esc_on_a_refused_new_row_value_clears_the_strip(qtbot, screen):
    row = new_row_with_name(qtbot, screen, "端午绿豆糕")
    price = screen.model.index(row, COLUMN_INDEX["promo_price"])
    type_into_cell(qtbot, screen.table, price, "abc")
    assert "New row, Promotion price:" in screen.error_text()
    screen.table.setFocus()
    screen.table.setCurrentIndex(price)
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    assert screen.error_text() == ""
    assert screen.model.draft_at(row) is not None  # the row itself stays, to finish typing


def open_editor(qtbot, screen, index, text: str):
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    screen.table.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, text)
    return editor


@pytest.fixture
def window(qtbot, demo_session):
    win = open_window(AppSession(demo_session.ctx))
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_closing_the_window_with_an_open_editor_keeps_what_was_typed(qtbot, window, demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    screen = window.show_screen("items")
    open_editor(qtbot, screen, cell(screen, egg.id, "spec"), "大盒")
    window.close()
    assert get_item(demo_session.ctx, egg.id).spec == "大盒"
    assert screen.table.state() != screen.table.State.EditingState
    shiboken6.delete(window)


def test_the_program_ending_with_an_open_editor_gives_no_traceback(qtbot, window, demo_session):
    # When the program ends, Python may delete the session before the window; the editor
    # still open then hands its text over while the window is taken down.
    egg = demo_item(demo_session, "新鲜鸡蛋")
    screen = window.show_screen("items")
    open_editor(qtbot, screen, cell(screen, egg.id, "spec"), "大盒")
    shiboken6.delete(window.session)
    shiboken6.delete(window)  # a traceback here fails the test (pytest-qt reports it)
    QApplication.processEvents()
    assert get_item(demo_session.ctx, egg.id).spec == "30枚"  # dropped, nothing half-done
