"""The contest screen after a new user's trial: prizes lock the final, an early draw asks first."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import as_user

from promoplanner.core import i18n
from promoplanner.services.contest_run import contest_run
from promoplanner.ui.contest import ContestScreen
from promoplanner.ui.contest.run_panel import ContestRunPanel
from promoplanner.ui.language import install_translators
from promoplanner.ui.session import AppSession

EVENING = datetime(2027, 6, 27, 19, 0)
EARLY = datetime(2027, 6, 20, 10, 0)  # registration open, a week before the contest day


@pytest.fixture
def floor_session(gui_session):
    return AppSession(as_user(gui_session.ctx, "floor"))


def open_screen(qtbot, session) -> ContestScreen:
    if os.environ.get("CONTEST_PNG"):
        from promoplanner.ui.fonts import register_fonts

        register_fonts()
    widget = ContestScreen(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def register(qtbot, screen, names: list[str]) -> None:
    for name in names:
        type_text(qtbot, screen.name, name)
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)


def type_into(qtbot, field, typed: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def save(widget, name: str) -> None:
    folder = os.environ.get("CONTEST_PNG")  # set to look at the screens (not in CI)
    if folder:
        widget.grab().save(os.path.join(folder, name))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_ticked_prizes_lock_the_final_on_screen(qtbot, floor_session, clock, language):
    clock.at = EVENING
    app = QApplication.instance()
    install_translators(app, language)
    try:
        screen = open_screen(qtbot, floor_session)
        register(qtbot, screen, ["周九", "李四", "孙八", "赵六"])
        cans = "需备赠送啤酒：20 罐" if language == "zh" else "Cans of beer to have ready: 20"
        assert screen.cans.text() == cans
        if language == "zh":  # one wording for the gift: 赠送啤酒 N 罐, never 送啤酒 N 听
            assert "每位参赛者赠送啤酒 5 罐" in screen.info.text()
            assert "听" not in screen.info.text() + screen.cans.text()
        save(screen, f"trial-registration-{language}.png")
        panel = screen.run_panel
        screen.tabs.setCurrentWidget(panel)
        panel.draw_button.click()
        card = next(iter(panel.cards.values()))
        times = {"周九": "11.00", "李四": "12.00", "孙八": "10.50", "赵六": "11.50"}
        for row, name in enumerate(card.names):
            type_into(qtbot, card.fields[row], times[name])
        for box in panel.given:
            box.click()
        podium = [label.text() for label in panel.podium_names]
        li_si = card.fields[card.names.index("李四")]
        assert li_si.isReadOnly()
        type_into(qtbot, li_si, "9.00")  # typing does nothing on a locked time
        li_si.selectAll()
        qtbot.keyClick(li_si, Qt.Key.Key_Delete)  # nor does taking it back
        run = contest_run(floor_session.ctx, screen.contest_id())
        assert run.json()["podium"] == ["孙八", "周九", "赵六"]
        assert run.json()["groups"][0]["results"]["李四"] == 12.0
        assert [label.text() for label in panel.podium_names] == podium
        assert all(box.isChecked() for box in panel.given)
        locked = "奖品已发放" if language == "zh" else "untick “Prize handed out”"
        assert locked in panel.status.text()
        save(screen, f"trial-locked-{language}.png")
        board = screen.open_board()  # the TV shows the podium, its title in the language
        assert board is not None
        assert board.title.text() == "喝啤酒比赛 · " + ("领奖台" if language == "zh" else "Podium")
        if board.isFullScreen():
            board.showNormal()
            board.resize(1280, 720)
        save(board, f"trial-board-{language}.png")
        board.close()
        panel.given[1].click()
        assert li_si.isReadOnly()  # places 1 and 3 are still handed out
        panel.given[0].click()
        panel.given[2].click()  # every tick taken back: the times open again
        assert not li_si.isReadOnly()
        type_into(qtbot, li_si, "9.00")
        assert contest_run(floor_session.ctx, screen.contest_id()).json()["podium"][0] == "李四"
    finally:
        install_translators(app, "en")
        i18n.set_language("en")


def test_an_early_draw_asks_first_and_no_draws_nothing(qtbot, floor_session, clock, monkeypatch):
    clock.at = EARLY
    asked: list[str] = []
    answer = [False]

    def confirm(_panel, question):
        asked.append(question)
        return answer[0]

    monkeypatch.setattr(ContestRunPanel, "confirm", confirm)
    screen = open_screen(qtbot, floor_session)
    register(qtbot, screen, ["A", "B", "C", "D", "E"])
    panel = screen.run_panel
    screen.tabs.setCurrentWidget(panel)
    panel.draw_button.click()
    assert len(asked) == 1 and "2027-06-27" in asked[0]
    assert contest_run(floor_session.ctx, screen.contest_id()).state.rounds == ()
    answer[0] = True
    panel.draw_button.click()
    assert len(contest_run(floor_session.ctx, screen.contest_id()).state.rounds) == 1
