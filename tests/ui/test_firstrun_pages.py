"""The first-run assistant checks each page on Next and names every problem's row and field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from promoplanner.services.context import connect
from promoplanner.services.store_setup import store_info
from promoplanner.ui.firstrun.assistant import StoreAssistant, add_row
from promoplanner.ui.session import AppSession


@pytest.fixture
def assistant(qtbot, tmp_path, clock):
    """The assistant over a new, empty database (nobody can sign in yet)."""
    ctx = connect(str(tmp_path / "new.sqlite"), clock=clock)
    wizard = StoreAssistant(AppSession(ctx))
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    ctx.uow.engine.dispose()


def to_floors(qtbot, assistant) -> None:
    qtbot.keyClicks(assistant.store_name, "Xinhua")
    assistant.next()
    qtbot.keyClicks(assistant.user_name, "zhou")
    qtbot.keyClicks(assistant.password, "secret-1")
    qtbot.keyClicks(assistant.again, "secret-1")
    assistant.next()
    assert assistant.currentPage().title() == "Floors and departments"


def test_the_planner_page_names_every_problem_at_once(qtbot, assistant):
    qtbot.keyClicks(assistant.store_name, "Xinhua")
    assistant.next()
    page = assistant.currentId()
    qtbot.keyClicks(assistant.user_name, "zhou min")
    qtbot.keyClicks(assistant.password, "ab")
    qtbot.keyClicks(assistant.again, "abc")
    assistant.next()
    assert assistant.currentId() == page  # kept on the page
    lines = assistant.planner_error.text().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("User name: ") and lines[1].startswith("Password: ")
    assert "differ" in lines[2]


def test_the_floors_page_is_checked_on_next_naming_row_and_column(qtbot, assistant):
    to_floors(qtbot, assistant)
    page = assistant.currentId()
    floors = assistant.floors
    floors.item(2, 2).setText("-5")  # 3F end racks
    row = add_row(floors, ("1f", "", "x"))
    assistant.next()
    assert assistant.currentId() == page
    lines = assistant.floors_error.text().splitlines()
    assert lines == [
        "Row 3 (3F), End racks: -5 is outside 0–10000.",
        f"Row {row + 1} (1f), Code: " + lines[1].split(": ", 1)[1],
        f"Row {row + 1} (1f), Name: " + lines[2].split(": ", 1)[1],
        f"Row {row + 1} (1f), End racks: " + lines[3].split(": ", 1)[1],
    ]
    assert "1F" in lines[1] and "x" in lines[3]
    assert (floors.currentRow(), floors.currentColumn()) == (2, 2)  # the first problem
    assert store_info(assistant.session.ctx) is None  # nothing written
    floors.item(2, 2).setText("4")
    floors.removeRow(row)
    assistant.next()
    assert assistant.currentPage().title() == "Buyers" and assistant.floors_error.text() == ""


def test_the_buyers_page_names_each_buyers_problems(qtbot, assistant):
    to_floors(qtbot, assistant)
    assistant.next()
    page = assistant.currentId()
    add_row(assistant.buyers, ("王建国", "5F"))
    add_row(assistant.buyers, ("张伟", "2F", "2F/玩具"))
    add_row(assistant.buyers, ("", "1F"))
    assistant.next()
    assert assistant.currentId() == page
    lines = assistant.buyers_error.text().splitlines()
    assert lines[0] == (
        "Row 1 (王建国), Floors: There is no floor “5F” among the store's floors (1F 2F 3F)."
    )
    assert lines[1] == "Row 2 (张伟), Departments: Floor 2F has no department “玩具”."
    assert lines[2].startswith("Row 3, Name: ")
    assert len(lines) == 3


@pytest.fixture
def chinese(qtbot):
    """The GUI in Chinese for one test."""
    from PySide6.QtWidgets import QApplication

    from promoplanner.ui.language import install_translators

    install_translators(QApplication.instance(), "zh")
    yield
    install_translators(QApplication.instance(), "en")


def test_the_chinese_lines_name_row_and_column(qtbot, tmp_path, clock, chinese):
    ctx = connect(str(tmp_path / "zh.sqlite"), clock=clock)
    wizard = StoreAssistant(AppSession(ctx))
    qtbot.addWidget(wizard)
    wizard.show()
    to_floors_zh = wizard
    qtbot.keyClicks(to_floors_zh.store_name, "Xinhua")
    wizard.next()
    qtbot.keyClicks(wizard.user_name, "zhou")
    qtbot.keyClicks(wizard.password, "secret-1")
    qtbot.keyClicks(wizard.again, "secret-1")
    wizard.next()
    wizard.floors.item(2, 2).setText("-5")
    wizard.next()
    assert wizard.floors_error.text() == "第 3 行（3F），端架：-5 超出范围 0–10000。"
    ctx.uow.engine.dispose()


@pytest.mark.parametrize("table", ["floors", "buyers"])
def test_add_puts_the_cursor_in_the_new_rows_first_cell_editing(qtbot, assistant, table):
    to_floors(qtbot, assistant)
    if table == "buyers":
        assistant.next()
    grid = getattr(assistant, table)
    add = assistant.findChild(QPushButton, f"{grid.objectName()}_add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    row = grid.rowCount() - 1
    assert (grid.currentRow(), grid.currentColumn()) == (row, 0)
    assert grid.state() == QAbstractItemView.State.EditingState
    qtbot.keyClicks(grid.focusWidget(), "4F")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Tab)
    assert grid.item(row, 0).text() == "4F"
