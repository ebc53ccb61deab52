"""The TV board with a big round: every heat on some page, pages that turn, the live heat kept."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import as_user

from promoplanner.core import i18n
from promoplanner.services.contest import register_entrant
from promoplanner.services.contest_run import contest_run, draw_round, find_contest, record_result
from promoplanner.ui.contest.board import ContestBoard
from promoplanner.ui.language import install_translators
from promoplanner.ui.session import AppSession

EVENING = datetime(2027, 6, 27, 19, 0)
TV = (1920, 1080)
LAPTOP = (1366, 768)


@pytest.fixture
def floor_session(gui_session, clock):
    clock.at = EVENING
    return AppSession(as_user(gui_session.ctx, "floor"))


@pytest.fixture
def hundred(floor_session) -> int:
    """The demo contest with 100 entrants and its first round (25 heats) drawn."""
    ctx = floor_session.ctx
    contest_id = find_contest(ctx)
    for i in range(1, 101):
        floor_session.change("contest", register_entrant, contest_id, f"Guest {i}")
    floor_session.change("contest", draw_round, contest_id, 7)
    return contest_id


def open_board(qtbot, session, contest_id, size=TV) -> ContestBoard:
    board = ContestBoard(session, contest_id)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    return board


def heat_ids(session, contest_id) -> list[str]:
    return [h.heat.id for h in contest_run(session.ctx, contest_id).standing.current.heats]


def shown_titles(board) -> set[str]:
    """The heats whose titles the board shows now, as the crowd reads them."""
    return {line.split(" ")[1] for line in board.lines() if line.startswith("Heat ")}


def enter(session, contest_id, heat: str, seconds: int | str = 0) -> None:
    """Every time of one heat, through the services as the run panel does."""
    run = contest_run(session.ctx, contest_id)
    hs = next(h for h in run.standing.current.heats if h.heat.id == heat)
    for n, (entrant, _) in enumerate(hs.results):
        session.change(
            "contest", record_result, contest_id, heat, run.name(entrant), f"{10 + n}.{seconds}"
        )


def save(board, name: str) -> None:
    folder = os.environ.get("CONTEST_PNG")  # set to look at the board (not in CI)
    if folder:
        board.grab().save(os.path.join(folder, name))


@pytest.mark.parametrize("size", [TV, LAPTOP])
def test_every_heat_of_a_round_of_100_is_on_some_page(qtbot, floor_session, hundred, size):
    board = open_board(qtbot, floor_session, hundred, size)
    heats = heat_ids(floor_session, hundred)
    assert len(heats) == 25 and board.pages.count > 1
    seen: set[str] = set()
    for page in range(board.pages.count):
        assert f"Page {page + 1} of {board.pages.count}" in board.lines()
        shown = shown_titles(board)
        assert heats[0] in shown  # nothing raced yet: the first heat is the one racing
        assert "Heat 1-1 · racing now" in board.lines()
        seen |= shown
        qtbot.keyClick(board, Qt.Key.Key_PageDown)
    assert seen == set(heats)
    assert board.pages.index == 0  # round from the last page to the first


def test_the_pages_turn_by_the_timer_and_space_pauses_them(qtbot, floor_session, hundred):
    board = open_board(qtbot, floor_session, hundred)
    board.timer.setInterval(30)
    board.timer.start()
    qtbot.waitUntil(lambda: board.pages.index == 1, timeout=2000)
    qtbot.keyClick(board, Qt.Key.Key_Space)
    assert board.pages.paused and not board.timer.isActive()
    assert any("paused" in line for line in board.lines())
    qtbot.wait(150)
    assert board.pages.index == 1
    qtbot.keyClick(board, Qt.Key.Key_Left)  # by hand while paused
    assert board.pages.index == 0
    qtbot.keyClick(board, Qt.Key.Key_Space)
    assert board.timer.isActive()
    qtbot.waitUntil(lambda: board.pages.index == 1, timeout=2000)


def test_keys_step_pages_both_ways_and_esc_closes(qtbot, floor_session, hundred):
    board = open_board(qtbot, floor_session, hundred)
    last = board.pages.count - 1
    qtbot.keyClick(board, Qt.Key.Key_PageUp)
    assert board.pages.index == last
    qtbot.keyClick(board, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert board.pages.index == 1 % board.pages.count
    qtbot.keyClick(board, Qt.Key.Key_Up)
    assert board.pages.index == 0
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isVisible()


def test_a_result_entered_while_the_board_is_open_shows_and_the_live_heat_stays(
    qtbot, floor_session, hundred
):
    board = open_board(qtbot, floor_session, hundred)
    heats = heat_ids(floor_session, hundred)
    for heat in heats[:20]:
        enter(floor_session, hundred, heat)
    # now heat 21 is being raced: pinned on whatever page is shown
    for _ in range(board.pages.count):
        assert board.shown_heats()[0] == heats[20]
        assert f"Heat {heats[20]} · racing now" in board.lines()
        qtbot.keyClick(board, Qt.Key.Key_PageDown)
    run = contest_run(floor_session.ctx, hundred)
    first = next(h for h in run.standing.current.heats if h.heat.id == heats[20])
    name = run.name(first.results[0][0])
    floor_session.change("contest", record_result, hundred, heats[20], name, "9.87")
    assert "9.87" in board.lines()
    assert name in board.lines()


def test_another_contests_change_leaves_the_board_alone(qtbot, floor_session, hundred):
    board = open_board(qtbot, floor_session, hundred)
    read = []
    board.refresh = lambda: read.append(1)  # type: ignore[method-assign]
    floor_session.data_changed.emit("items")
    assert read == []
    floor_session.data_changed.emit("contest")  # no word of which: read again
    assert read == [1]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [TV, LAPTOP])
def test_the_board_of_100_in_pictures(qtbot, floor_session, hundred, language, size):
    app = QApplication.instance()
    if os.environ.get("CONTEST_PNG"):
        from promoplanner.ui.fonts import register_fonts

        register_fonts()
    install_translators(app, language)
    try:
        heats = heat_ids(floor_session, hundred)
        for heat in heats[:9]:
            enter(floor_session, hundred, heat, seconds=len(heat))
        board = open_board(qtbot, floor_session, hundred, size)
        page = "页" if language == "zh" else "Page"
        assert any(page in line for line in board.lines())
        for n in range(board.pages.count):
            save(board, f"board-100-{language}-{size[0]}-p{n + 1}.png")
            qtbot.keyClick(board, Qt.Key.Key_PageDown)
    finally:
        install_translators(app, "en")
        i18n.set_language("en")


def test_a_q_already_sure_shows_before_the_round_is_in(qtbot, floor_session):
    contest_id = find_contest(floor_session.ctx)
    for i in range(1, 18):  # 5 heats (4, 4, 3, 3, 3): 5 Q and 3 q
        floor_session.change("contest", register_entrant, contest_id, f"Guest {i}")
    floor_session.change("contest", draw_round, contest_id, 7)
    board = open_board(qtbot, floor_session, contest_id)
    run = contest_run(floor_session.ctx, contest_id)
    heats = run.standing.current.heats
    typed = 0
    for hs in heats[:4]:
        for entrant, _ in hs.results:
            typed += 1
            time = f"{10 + typed}.00"
            floor_session.change(
                "contest", record_result, contest_id, hs.heat.id, run.name(entrant), time
            )
    # the fastest loser has 4 winners and at most the 3 of heat 5 ahead: 8 go through
    assert board.lines().count("q") == 1 and board.lines().count("Q") == 4
    assert board.shown_heats()[0] == heats[4].heat.id


@pytest.mark.parametrize(("language", "words"), [("en", "Podium"), ("zh", "领奖台")])
def test_the_podium_page_in_both_languages(qtbot, floor_session, language, words):
    app = QApplication.instance()
    install_translators(app, language)
    try:
        contest_id = find_contest(floor_session.ctx)
        for name in ["王伟", "李娜", "张强", "刘洋"]:  # four: the first draw is the final
            floor_session.change("contest", register_entrant, contest_id, name)
        floor_session.change("contest", draw_round, contest_id, 1)
        enter(floor_session, contest_id, "1-1")
        board = open_board(qtbot, floor_session, contest_id)
        assert board.lines()[0] == f"喝啤酒比赛 · {words}"
        place = "第 1 名" if language == "zh" else "Place 1"
        assert place in board.lines()
        save(board, f"podium-{language}.png")
    finally:
        install_translators(app, "en")
        i18n.set_language("en")
