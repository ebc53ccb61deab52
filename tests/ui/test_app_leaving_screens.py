"""Leaving a screen with unsaved work: the question says what Save would refuse, Save tries
again what was refused before, and the sidebar always highlights the screen shown."""

from __future__ import annotations

from decimal import Decimal

from items_fixtures import demo_item, type_into_cell
from PySide6.QtCore import Qt

from promoplanner.core.errors import DatabaseProblem
from promoplanner.services.items import get_item
from promoplanner.ui.items.columns import COLUMN_INDEX
from promoplanner.ui.unsaved import Choice


class Answers:
    """Stands in for the save / discard / cancel dialog: records each question."""

    def __init__(self, answer: Choice) -> None:
        self.answer = answer
        self.asked: list[list[str]] = []

    def __call__(self, _parent, work, _question) -> Choice:
        self.asked.append(list(work))
        return self.answer


def click_sidebar(qtbot, window, row: int) -> None:
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)  # what the list does once the click has been handled


def highlighted(window) -> list[int]:
    return [window.sidebar.row(item) for item in window.sidebar.selectedItems()]


def test_a_last_day_before_the_first_is_named_in_the_question_and_the_screen_stays(qtbot, window):
    answers = window.ask_unsaved = Answers(Choice.SAVE)
    screen = window.show_screen("planning")
    planning_row = window.sidebar.currentRow()
    form = screen.phase_form
    form.end.setFocus()
    qtbot.keyClick(form.end, Qt.Key.Key_End)
    for _ in range(9):  # the day down from 06-10 to 06-01, before the first day 06-09
        qtbot.keyClick(form.end, Qt.Key.Key_Down)
    click_sidebar(qtbot, window, 0)
    (work,) = answers.asked
    assert work == [
        "Phases & quotas: Phase (Last day; cannot be saved: "
        "Last day: The end 2027-06-01 is before the start 2027-06-09.)"
    ]
    assert window.current_key() == "planning"
    assert highlighted(window) == [planning_row] == [window.stack.currentIndex()]
    click_sidebar(qtbot, window, 2)  # again, another screen: asked again, still agreeing
    assert len(answers.asked) == 2
    assert highlighted(window) == [planning_row] == [window.stack.currentIndex()]


def test_save_on_leaving_tries_a_refused_entry_again(qtbot, window, gui_session, monkeypatch):
    screen = window.show_screen("items")
    egg = demo_item(gui_session, "新鲜鸡蛋")
    editor = screen.model.editor
    real = editor.edit
    locked = [True]

    def edit(*args, **kwargs):
        if locked[0]:
            raise DatabaseProblem("db.busy")  # another program holds the write lock
        return real(*args, **kwargs)

    monkeypatch.setattr(editor, "edit", edit)
    index = screen.model.index(screen.model.row_of(egg.id), COLUMN_INDEX["promo_price"])
    type_into_cell(qtbot, screen.table, index, "3.33")
    assert "Another user is saving" in screen.error_text()
    locked[0] = False  # the lock is released
    window.ask_unsaved = Answers(Choice.SAVE)
    items_row = window.sidebar.currentRow()
    click_sidebar(qtbot, window, 0)
    assert get_item(gui_session.ctx, egg.id).promo_price == Decimal("3.33")
    assert window.current_key() == "dashboard"
    assert highlighted(window) == [0] == [window.stack.currentIndex()] != [items_row]
