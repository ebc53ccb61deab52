"""The board and the contest screen follow changes made on another PC of the store.

Qian Li's PC is its own engine on the same SQLite file; nothing she does is announced in
this program. Her result, registration or draw reaches this screen through the poll, while
what is typed here stays typed, and a time she stored under it is refused, not overwritten.
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from signed_in import as_user

from promoplanner.core.bracket import find_entrant
from promoplanner.core.enums import Role
from promoplanner.services.contest import register_entrant, set_prizes
from promoplanner.services.contest_run import (
    contest_run,
    draw_round,
    find_contest,
    record_result,
    redraw_round,
)
from promoplanner.services.context import connect
from promoplanner.services.people import add_person
from promoplanner.ui.contest import ContestScreen, watch
from promoplanner.ui.contest.board import ContestBoard
from promoplanner.ui.session import AppSession

EVENING = datetime(2027, 6, 27, 19, 0)
REAL_POLL_MS = watch.POLL_MS  # read before the GUI tests' fixture turns polling off
WITHIN = REAL_POLL_MS + 1500  # one poll, and time to paint


@pytest.fixture
def polling(monkeypatch):
    """Screens and boards made from now on poll as they do in the store."""
    monkeypatch.setattr(watch, "POLL_MS", REAL_POLL_MS)


@pytest.fixture
def colleague(gui_session, clock):
    """Qian Li at the other PC: her own engine on the same database file."""
    clock.at = EVENING
    add_person(gui_session.ctx, "floor2", "secret-2", [Role.FLOOR_MANAGER], display_name="钱立")
    other = connect(gui_session.ctx.uow.engine.url.database, clock=clock)
    yield as_user(other, "floor2")
    other.uow.engine.dispose()


@pytest.fixture
def session(gui_session, colleague):
    return AppSession(as_user(gui_session.ctx, "floor"))


@pytest.fixture
def drawn(colleague) -> int:
    """Seven registered on her PC and round 1 drawn: heats 1-1 (four) and 1-2 (three)."""
    contest = find_contest(colleague)
    for name in ["王伟", "李娜", "张强", "刘洋", "陈静", "赵磊", "孙丽"]:
        register_entrant(colleague, contest, name)
    draw_round(colleague, contest, seed=3)
    return contest


def open_screen(qtbot, session) -> ContestScreen:
    screen = ContestScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 850)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)  # the focus is where a person types
    return screen


def stored(ctx, contest: int, name: str) -> str | None:
    run = contest_run(ctx, contest)
    result = run.state.result(1, find_entrant(run.state, name).id)
    return None if result is None else str(result)


def save(widget, name: str) -> None:
    folder = os.environ.get("CONTEST_PNG")  # set to look at the screens (not in CI)
    if folder:
        widget.grab().save(os.path.join(folder, name))


def test_a_result_stored_on_another_pc_is_on_the_board_within_the_poll(
    qtbot, polling, session, colleague, drawn
):
    board = ContestBoard(session, drawn)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitExposed(board)
    run = contest_run(colleague, drawn)
    first = run.name(run.state.rounds[0].heats[0].entrant_ids[0])
    assert "41.20" not in board.lines()
    record_result(colleague, drawn, "1-1", first, "41.20")
    qtbot.waitUntil(lambda: "41.20" in board.lines(), timeout=WITHIN)
    save(board, "board-synced.png")
    # Nothing changed since: a poll asks, and the board keeps the copy it has.
    shown = board.run
    board.watch.poll()
    assert board.run is shown
    board.hide()  # off the TV: no more questions to the database
    assert not board.watch.timer.isActive()


def test_registrations_at_another_desk_appear_and_the_form_keeps_what_is_typed(
    qtbot, polling, session, colleague
):
    screen = open_screen(qtbot, session)
    contest = screen.contest_id()
    screen.name.setText("周杰")  # being typed here, not registered yet
    screen.prizes[0].setText("一箱啤酒")
    register_entrant(colleague, contest, "王伟")
    register_entrant(colleague, contest, "李娜")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=WITHIN)
    assert screen.count.text() == "Entrants: 2"
    assert screen.name.text() == "周杰" and screen.prizes[0].text() == "一箱啤酒"
    screen.hide()  # another screen in front: it stops asking
    assert not screen.watch.timer.isActive()


def test_a_draw_made_before_the_poll_read_her_registration_is_refused(qtbot, session, colleague):
    screen = open_screen(qtbot, session)
    contest = screen.contest_id()
    for name in ["王伟", "李娜", "张强", "刘洋", "陈静"]:
        screen.name.setText(name)
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)
    register_entrant(colleague, contest, "孙丽")  # at her desk, just now
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    panel.draw_button.click()
    assert "钱立" in panel.error.text() and "孙丽" in panel.error.text()
    assert panel.reload_button.isVisible() and contest_run(colleague, contest).state.rounds == ()
    panel.reload_button.click()
    panel.draw_button.click()
    heats = contest_run(colleague, contest).state.rounds[0].heats
    assert sum(len(h.entrant_ids) for h in heats) == 6


def test_her_time_in_my_heat_appears_while_mine_stays_typed_and_then_lands(
    qtbot, polling, session, colleague, drawn
):
    screen = open_screen(qtbot, session)
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    card = panel.cards["1-1"]
    mine, hers = card.names[0], card.names[1]
    card.fields[0].setFocus()
    qtbot.waitUntil(card.fields[0].hasFocus)
    qtbot.keyClicks(card.fields[0], "41.2")  # typed, Enter not pressed yet
    record_result(colleague, drawn, "1-1", hers, "40.55")
    qtbot.waitUntil(lambda: panel.cards["1-1"].fields[1].text() == "40.55", timeout=WITHIN)
    assert card.fields[0].text() == "41.2" and card.fields[0].hasFocus()
    save(screen, "contest-synced.png")
    qtbot.keyClick(card.fields[0], Qt.Key.Key_Return)  # another entrant's time: it lands
    assert not card.error.isVisible()
    assert stored(colleague, drawn, mine) == "41.20"
    assert stored(colleague, drawn, hers) == "40.55"
    assert card.fields[0].text() == "41.20"


def test_her_time_for_the_entrant_i_am_typing_is_refused_not_overwritten(
    qtbot, session, colleague, drawn
):
    screen = open_screen(qtbot, session)
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    card = panel.cards["1-1"]
    mine = card.names[0]
    card.fields[0].setFocus()
    qtbot.waitUntil(card.fields[0].hasFocus)
    qtbot.keyClicks(card.fields[0], "41.2")
    record_result(colleague, drawn, "1-1", mine, "40.00")  # the same entrant, on her PC
    screen.watch.poll()  # the poll reads it: the screen is up to date but for my typing
    assert panel.run.state.result(1, find_entrant(panel.run.state, mine).id) is not None
    assert card.fields[0].text() == "41.2"
    qtbot.keyClick(card.fields[0], Qt.Key.Key_Return)
    assert "钱立" in card.error.text() and "40.00" in card.error.text()
    assert stored(colleague, drawn, mine) == "40.00"  # hers is kept
    card.reload_button.click()
    card = panel.cards["1-1"]
    assert card.fields[0].text() == "41.2"  # still typed after Reload; Enter now saves it
    qtbot.keyClick(card.fields[0], Qt.Key.Key_Return)
    assert stored(colleague, drawn, mine) == "41.20"


def test_a_time_typed_in_a_heat_she_drew_again_stays_and_is_refused(
    qtbot, session, colleague, drawn
):
    screen = open_screen(qtbot, session)
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    card = panel.cards["1-1"]
    mine = card.names[0]
    card.fields[0].setFocus()
    qtbot.waitUntil(card.fields[0].hasFocus)
    qtbot.keyClicks(card.fields[0], "41.2")
    redraw_round(colleague, drawn, seed=11)
    screen.watch.poll()
    field = next(c.fields[c.names.index(mine)] for c in panel.cards.values() if mine in c.names)
    assert field.text() == "41.2" and field.hasFocus()  # in his field of the new draw
    heat = next(h for h, c in panel.cards.items() if mine in c.names)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    said = panel.cards[heat].error.text()
    assert "钱立" in said and "drawn again" in said and "Nothing was saved" in said
    assert stored(colleague, drawn, mine) is None


def test_prizes_typed_here_land_after_her_results_but_not_over_her_prizes(
    qtbot, session, colleague, drawn
):
    screen = open_screen(qtbot, session)
    run = contest_run(colleague, drawn)
    record_result(colleague, drawn, "1-1", run.name(run.state.rounds[0].heats[0].entrant_ids[0]),
                  "41.20")  # fmt: skip
    screen.prizes[0].setText("一箱啤酒")
    screen.watch.poll()  # her result is read; the prize typed stays and still lands
    assert screen.prizes[0].text() == "一箱啤酒"
    assert screen.save_prizes()
    assert contest_run(colleague, drawn).contest.prizes[0] == "一箱啤酒"
    screen.prizes[1].setText("啤酒杯")
    set_prizes(
        colleague, drawn, "一箱啤酒", "T恤", "", seen_version=contest_run(colleague, drawn).version
    )
    screen.watch.poll()
    assert screen.prizes[1].text() == "啤酒杯"  # mine stays typed
    assert not screen.save_prizes()  # hers came under what I typed: told, not overwritten
    assert "钱立" in screen.prize_errors.problems()[0]
    assert contest_run(colleague, drawn).contest.prizes[1] == "T恤"
    assert screen.save_prizes()  # told, saving again saves mine
    assert contest_run(colleague, drawn).contest.prizes[1] == "啤酒杯"


def test_without_a_poll_her_time_for_my_entrant_is_refused_and_reload_lets_mine_land(
    qtbot, session, colleague, drawn
):
    screen = open_screen(qtbot, session)
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    card = panel.cards["1-1"]
    mine = card.names[0]
    card.fields[0].setFocus()
    qtbot.waitUntil(card.fields[0].hasFocus)
    qtbot.keyClicks(card.fields[0], "41.2")
    record_result(colleague, drawn, "1-1", mine, "40.00")
    qtbot.keyClick(card.fields[0], Qt.Key.Key_Return)
    assert "钱立" in card.error.text() and stored(colleague, drawn, mine) == "40.00"
    card.reload_button.click()
    assert panel.cards["1-1"].fields[0].text() == "41.2"
    qtbot.keyClick(panel.cards["1-1"].fields[0], Qt.Key.Key_Return)
    assert stored(colleague, drawn, mine) == "41.20"
