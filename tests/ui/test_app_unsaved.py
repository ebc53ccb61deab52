"""Closing, switching screens or databases never loses typed work without a question."""

from __future__ import annotations

from datetime import datetime

from conftest import phase_of, snapshot
from items_fixtures import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from promoplanner.services.context import connect
from promoplanner.ui.app import WindowKeeper
from promoplanner.ui.unsaved import Choice, ask_unsaved, settle

CTRL = Qt.KeyboardModifier.ControlModifier


class Answers:
    """Stands in for the save / discard / cancel dialog: records each question."""

    def __init__(self, answer: Choice) -> None:
        self.answer = answer
        self.asked: list[tuple[list[str], str]] = []

    def __call__(self, _parent, work, question) -> Choice:
        self.asked.append((list(work), question))
        return self.answer


def change_theme(qtbot, window, text="端午特卖"):
    screen = window.show_screen("planning")
    edit = screen.phase_form.theme
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)
    return screen


def test_ctrl_q_with_a_changed_form_asks_and_cancel_keeps_the_window_and_the_text(
    qtbot, window, gui_session
):
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    screen = change_theme(qtbot, window)
    qtbot.keyClick(screen.phase_form.theme, Qt.Key.Key_Q, CTRL)
    assert len(answers.asked) == 1
    work, question = answers.asked[0]
    assert work == ["Phases & quotas: Phase (Theme)"]
    assert "closing" in question
    assert window.isVisible()
    assert screen.phase_form.theme.text() == "端午特卖"


def test_closing_with_save_saves_then_closes(qtbot, window, gui_session):
    window.ask_unsaved = Answers(Choice.SAVE)
    change_theme(qtbot, window)
    assert window.close()  # what the title bar's ✕ and Alt+F4 do: a close event
    assert phase_of(gui_session, 1).theme == "端午特卖"
    assert not window.isVisible()


def test_closing_with_discard_closes_and_stores_nothing(qtbot, window, gui_session):
    window.ask_unsaved = Answers(Choice.DISCARD)
    change_theme(qtbot, window)
    assert window.close()
    assert phase_of(gui_session, 1).theme != "端午特卖"


def test_a_save_refused_on_closing_keeps_the_window_open_and_says_why(qtbot, window, gui_session):
    window.ask_unsaved = Answers(Choice.SAVE)
    screen = window.show_screen("planning")
    edit = screen.deadlines.assessment
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "fifty")
    window.show_screen("dashboard")  # asked, saved, refused: stays on the planning screen
    assert window.current_key() == "planning"
    assert not window.close()
    assert window.isVisible()
    said = window.statusBar().currentMessage()
    assert said.startswith("Not saved: Phases & quotas: Buyers' deadlines — Assessment")
    assert screen.deadlines.errors.marked() == ["assessment"]
    assert edit.text() == "fifty"


def test_closing_without_unsaved_work_asks_nothing(qtbot, window):
    window.ask_unsaved = answers = Answers(Choice.CANCEL)
    window.show_screen("planning")
    assert window.close()
    assert answers.asked == []


def test_switching_screens_with_unsaved_work_asks_and_cancel_stays(qtbot, window, gui_session):
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    change_theme(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # to Flyer items
    assert window.current_key() == "planning"
    assert window.sidebar.currentRow() == 1
    assert "Flyer items" in answers.asked[0][1]
    answers.answer = Choice.SAVE
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_key() == "items"
    assert phase_of(gui_session, 1).theme == "端午特卖"


def test_opening_another_database_with_unsaved_work_asks_first(
    qtbot, window, gui_session, tmp_path
):
    other = tmp_path / "other.sqlite"
    connect(str(other)).uow.engine.dispose()
    keeper = WindowKeeper(window, gui_session.ctx.clock)
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    change_theme(qtbot, window)
    keeper.switch_database(str(other))
    assert keeper.window is window  # still on the demo, with the text
    assert "another database" in answers.asked[0][1]
    assert window.screen("planning").phase_form.theme.text() == "端午特卖"
    answers.answer = Choice.SAVE
    keeper.switch_database(str(other))
    assert keeper.window is not window
    qtbot.addWidget(keeper.window)
    assert phase_of(gui_session, 1).theme == "端午特卖"


def test_the_real_question_lists_the_work_and_cancel_means_stay(qtbot, window):
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        seen.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(20, answer)
    choice = ask_unsaved(window, ["Phases & quotas: Phase (Theme)"], "Save before closing?")
    assert choice is Choice.CANCEL
    assert seen == ["Save before closing?", "• Phases & quotas: Phase (Theme)"]


def test_status_bar_countdown_follows_the_clock(qtbot, window, clock):
    bar = window.statusBar()
    assert "2027-06-06 12:00 (17 d 3 h left)" in bar.deadline.text()
    bar.timer.setInterval(10)  # the test need not wait the quarter minute
    clock.at = datetime(2027, 6, 6, 11, 58)
    qtbot.waitUntil(lambda: "(0 h 2 min left)" in bar.deadline.text())
    clock.at = datetime(2027, 6, 6, 12, 0)  # phase 1's deadline passes: phase 2's is next
    qtbot.waitUntil(lambda: "2027-06-06 12:00" not in bar.deadline.text())
    assert bar.deadline.text().startswith("Next deadline: 2027-06-1")
    assert "Clock stands still at 2027-06-06 12:00" in bar.clock_note.text()


def test_a_fixed_clock_is_said_in_the_status_bar(window, gui_session):
    note = window.statusBar().clock_note
    assert note.isVisible()
    assert note.text() == "Clock stands still at 2027-05-20 09:00 (--now)"
    assert snapshot(gui_session) is not None


def test_closing_with_a_half_typed_new_item_row_asks_and_names_the_row(qtbot, window):
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    screen = window.show_screen("items")
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = screen.model.rowCount() - 1
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "端午绿豆糕")  # the editor is still open: Ctrl+Q comes now
    qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL)
    assert window.isVisible()
    assert answers.asked[0][0] == [
        "Flyer items: New row “端午绿豆糕”: to fill in: Regular price, Promotion price, Floor"
    ]
    assert screen.model.draft_at(row) is not None  # still there to finish
    answers.answer = Choice.DISCARD
    assert window.close()


def test_every_screen_with_a_form_says_what_is_unsaved(qtbot, window):
    answers = window.ask_unsaved = Answers(Choice.CANCEL)
    events = window.show_screen("events")
    events.activity_form.name.setFocus()
    events.activity_form.name.selectAll()
    type_text(qtbot, events.activity_form.name, "粽香快乐")
    contest = window.show_screen("contest")  # asked: Cancel keeps the events screen
    assert window.current_key() == "events"
    answers.answer = Choice.SAVE
    contest = window.show_screen("contest")
    assert window.current_key() == "contest"
    snap = window.session.snapshot()
    assert any(a.name == "粽香快乐" for a in snap.activities)  # saved on the way out
    contest.name.setFocus()
    type_text(qtbot, contest.name, "张伟")
    answers.answer = Choice.CANCEL
    assert not window.close()
    assert answers.asked[-1][0] == ["Contest: Entrant “张伟” not registered yet"]


def test_ctrl_s_on_activities_and_zones_saves_both_forms(qtbot, window, gui_session):
    events = window.show_screen("events")
    for edit, text in (
        (events.activity_form.name, "粽香快乐"),
        (events.zone_form.name, "冰爽专区"),
    ):
        edit.setFocus()
        edit.selectAll()
        type_text(qtbot, edit, text)
    qtbot.keyClick(events.zone_form.name, Qt.Key.Key_S, CTRL)
    snap = snapshot(gui_session)
    assert any(a.name == "粽香快乐" for a in snap.activities)
    assert any(z.name == "冰爽专区" for z in snap.zones)
    assert events.unsaved_work() == []


class FakeScreen:
    """A screen holding unsaved work that saves, or refuses, as told."""

    def __init__(self, work: list[str], refuses: list[str]) -> None:
        self.work, self.refuses = work, refuses
        self.saved = self.discarded = False

    def unsaved_work(self) -> list[str]:
        return [] if self.saved or self.discarded else self.work

    def save_unsaved(self) -> list[str]:
        self.saved = not self.refuses
        return self.refuses

    def discard_unsaved(self) -> None:
        self.discarded = True


def test_settle_saves_every_screen_that_can_and_says_every_refusal():
    refusing = FakeScreen(["Phase (Theme)"], ["Buyers' deadlines — Assessment: not an amount"])
    saving = FakeScreen(["New row “端午绿豆糕”"], [])
    quiet = FakeScreen([], [])
    asked: list[list[str]] = []
    outcome = settle([refusing, saving, quiet], lambda work: asked.append(work) or Choice.SAVE)
    assert asked == [["Phase (Theme)", "New row “端午绿豆糕”"]]  # one question for all
    assert not outcome.go_on and outcome.holder is refusing
    assert outcome.not_saved == ("Buyers' deadlines — Assessment: not an amount",)
    assert saving.saved  # saved although another screen refused
    outcome = settle([refusing], lambda _work: Choice.DISCARD)
    assert outcome.go_on and refusing.discarded
    assert settle([quiet], lambda _work: Choice.CANCEL).go_on  # nothing to ask about
