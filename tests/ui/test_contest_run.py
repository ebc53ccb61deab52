"""The contest evening on screen: register fast, draw, type times with Enter, the podium, the TV."""

from __future__ import annotations

import os
import random
from datetime import datetime

import pytest
from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import as_user

from promoplanner.core import i18n
from promoplanner.services.contest_run import contest_run
from promoplanner.ui.contest import ContestScreen
from promoplanner.ui.language import install_translators
from promoplanner.ui.session import AppSession

EVENING = datetime(2027, 6, 27, 19, 0)


@pytest.fixture
def floor_session(gui_session, clock):
    clock.at = EVENING
    return AppSession(as_user(gui_session.ctx, "floor"))


@pytest.fixture
def screen(qtbot, floor_session):
    if os.environ.get("CONTEST_PNG"):
        from promoplanner.ui.fonts import register_fonts

        register_fonts()  # Chinese names in the pictures
    widget = ContestScreen(floor_session)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def register(qtbot, screen, names: list[str]) -> None:
    """Type a name, Enter, the next: the field is empty and ready each time."""
    for name in names:
        type_text(qtbot, screen.name, name)
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)
        assert screen.name.text() == ""


def type_times(qtbot, panel, times) -> None:
    """Type each missing time into the focused field and press Enter (focus moves on)."""
    for _ in range(len(panel._fields())):
        field = QApplication.focusWidget()
        if field is None or field.objectName() != "time_field" or field.text():
            return
        qtbot.keyClicks(field, next(times))
        qtbot.keyClick(field, Qt.Key.Key_Return)


def run_to_podium(qtbot, screen, rng: random.Random) -> None:
    panel = screen.run_panel
    times = iter(f"{h / 100:.2f}" for h in rng.sample(range(500, 9999), 500))
    for _ in range(20):
        if panel.run is not None and panel.run.json()["state"] == "finished":
            return
        assert panel.draw_button.isEnabled(), panel.error.text()
        panel.draw_button.click()
        panel.focus_first_empty()
        type_times(qtbot, panel, times)
    raise AssertionError("the contest did not finish")


def save(widget, name: str) -> None:
    folder = os.environ.get("CONTEST_PNG")  # set to look at the screens (not in CI)
    if folder:
        if widget.isFullScreen():  # the offscreen screen is small: a TV's size instead
            widget.showNormal()
            widget.resize(1280, 720)
        widget.grab().save(os.path.join(folder, name))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 17, 23, 100])
def test_the_demo_contest_runs_to_its_podium_from_the_gui(qtbot, screen, floor_session, n):
    register(qtbot, screen, [f"Guest {i}" for i in range(1, n + 1)])
    screen.tabs.setCurrentWidget(screen.run_panel)
    run_to_podium(qtbot, screen, random.Random(n))
    data = contest_run(floor_session.ctx, screen.contest_id()).json()
    assert data["state"] == "finished" and data["gift_cans"] == 5 * n
    podium = [p for p in data["podium"] if p]
    assert len(podium) == min(n, 3)
    assert screen.run_panel.podium_box.isVisible()
    assert screen.run_panel.podium_names[0].text().startswith(podium[0])


def test_enter_stores_the_time_and_moves_on_q_marks_and_a_refusal_stays(
    qtbot, screen, floor_session
):
    register(qtbot, screen, ["A", "B", "C", "D", "E", "F", "G"])
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    panel.draw_button.click()
    cards = list(panel.cards.values())
    assert [len(c.fields) for c in cards] == [4, 3]  # 7: heats of 4 and 3
    first = cards[0].fields[0]
    assert first.hasFocus()
    qtbot.keyClicks(first, "-3")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert "more than 0" in cards[0].error.text(), (
        cards[0].error.text(),
        panel.error.text(),
        first.text(),
    )
    assert cards[0].error.isVisible()
    assert first.hasFocus() and first.text() == "-3"  # kept, ready to correct
    first.selectAll()
    qtbot.keyClicks(first, "12.34")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert cards[0].fields[1].hasFocus()
    run = contest_run(floor_session.ctx, screen.contest_id())
    name = cards[0].names[0]
    assert run.json()["groups"][0]["results"][name] == 12.34
    # Delete on the stored time takes it back
    first.setFocus()
    first.selectAll()
    qtbot.keyClick(first, Qt.Key.Key_Delete)
    assert (
        contest_run(floor_session.ctx, screen.contest_id()).json()["groups"][0]["results"][name]
        is None
    )
    panel.focus_first_empty()
    type_times(qtbot, panel, iter(["11.00", "12.00", "13.00", "DNF", "10.50", "14.00", "15.00"]))
    marks = [m.text() for c in cards for m in c.marks]
    assert marks.count("Q") == 2 and marks.count("q") == 2  # a final of four
    assert panel.draw_button.text() == "Draw the final"
    save(screen, "contest-heats-en.png")


def test_a_tie_is_decided_on_screen(qtbot, screen, floor_session):
    register(qtbot, screen, ["A", "B", "C"])
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    panel.draw_button.click()
    type_times(qtbot, panel, iter(["10.00", "10.00", "10.00"]))
    assert panel.ties_box.isVisible()
    panel.ties_box.findChild(type(panel.draw_button), "tie_registration").click()
    data = contest_run(floor_session.ctx, screen.contest_id()).json()
    assert data["state"] == "finished" and data["podium"] == ["A", "B", "C"]
    panel.given[0].click()
    assert contest_run(floor_session.ctx, screen.contest_id()).prizes_given[0]
    assert panel.given[0].isChecked() and panel.podium_names[0].text().startswith("A")
    save(screen, "contest-podium-screen-en.png")


def test_the_board_shows_the_heat_then_the_podium_and_esc_closes_it(qtbot, screen):
    register(qtbot, screen, ["王伟", "李娜", "张强", "刘洋", "陈静"])
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    panel.draw_button.click()
    board = screen.open_board()
    assert board is not None and board.isFullScreen()
    assert "Round 1" in board.title.text()
    type_times(qtbot, panel, iter(["11.00", "12.00", "13.00", "14.00", "15.00"]))
    shown = board.lines()
    assert "Q" in shown and "q" in shown and "11.00" in shown
    save(board, "contest-board-en.png")
    panel.draw_button.click()
    assert "Final" in board.title.text()
    type_times(qtbot, panel, iter(["9.00", "9.50", "10.00", "10.50"]))
    assert "Podium" in board.title.text() and "Place 1" in board.lines()
    save(board, "contest-podium-en.png")
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.board is None)


def test_the_contest_evening_in_chinese(qtbot, screen, floor_session):
    app = QApplication.instance()
    install_translators(app, "zh")
    try:
        register(qtbot, screen, ["王伟", "李娜", "张强", "刘洋", "陈静"])
        panel = screen.run_panel
        screen.tabs.setCurrentWidget(panel)
        panel.draw_button.click()
        type_times(qtbot, panel, iter(["11.00", "12.00", "13.00", "abc"]))
        assert any(
            "“abc”" in c.error.text() and "秒" in c.error.text() for c in panel.cards.values()
        )
        save(screen, "contest-refusal-zh.png")
        widget = ContestScreen(floor_session)  # built in Chinese: its own words are Chinese
        qtbot.addWidget(widget)
        widget.resize(1300, 850)
        widget.show()
        assert widget.tabs.tabText(1) == "分组与决赛"
        assert widget.run_panel.board_button.text() == "电视大屏"
        save(widget, "contest-heats-zh.png")
        board = widget.open_board()
        assert board is not None and "第 1 轮" in board.title.text()
        save(board, "contest-board-zh.png")
        board.close()
    finally:
        install_translators(app, "en")
        i18n.set_language("en")
