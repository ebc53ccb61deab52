"""Phases & quotas keeps what is typed: one save for the screen, Enter saves a form, questions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import floor_code, phase_of, snapshot
from items_fixtures import type_text
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from signed_in import sign_in

from promoplanner.ui.planning import PlanningScreen
from promoplanner.ui.planning.quota_model import MAX, MIN
from promoplanner.ui.unsaved import Choice

CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)


def first_deadline(session):
    phase = phase_of(session, 1)
    return next(d for d in snapshot(session).deadlines if d.phase_id == phase.id)


def type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    QApplication.processEvents()


def floor_row(screen, code: str) -> int:
    return [screen.quotas.floor_at(r).code for r in range(screen.quotas.rowCount())].index(code)


@pytest.fixture
def screen(qtbot, gui_session):
    widget = PlanningScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def test_ctrl_s_saves_the_deadline_form_and_the_phase_form_together(qtbot, window, gui_session):
    screen = window.show_screen("planning")
    assert first_deadline(gui_session).assessment == Decimal("50.00")
    retype(qtbot, screen.phase_form.theme, "端午特卖")
    retype(qtbot, screen.deadlines.assessment, "20")
    qtbot.keyClick(screen.deadlines.assessment, Qt.Key.Key_S, CTRL)
    assert first_deadline(gui_session).assessment == Decimal("20.00")
    assert phase_of(gui_session, 1).theme == "端午特卖"
    qtbot.waitUntil(lambda: screen.deadlines.assessment.text() == "20.00")  # as stored
    assert screen.save_note.text() == "Saved: Phase, Buyers' deadlines"
    assert not screen.unsaved_work()


def test_enter_in_a_field_saves_its_own_form_only(qtbot, screen, gui_session):
    retype(qtbot, screen.phase_form.theme, "端午特卖")
    retype(qtbot, screen.deadlines.assessment, "20")
    qtbot.keyClick(screen.deadlines.assessment, Qt.Key.Key_Return)
    assert first_deadline(gui_session).assessment == Decimal("20.00")
    assert phase_of(gui_session, 1).theme != "端午特卖"  # the phase form was not asked
    assert screen.unsaved_work() == ["Phase (Theme)"]
    screen.phase_form.theme.setFocus()
    qtbot.keyClick(screen.phase_form.theme, Qt.Key.Key_Enter)
    assert phase_of(gui_session, 1).theme == "端午特卖"
    assert not screen.unsaved_work()


def test_ctrl_s_says_what_it_did_not_save_and_keeps_it(qtbot, window, gui_session):
    screen = window.show_screen("planning")
    retype(qtbot, screen.phase_form.theme, "端午特卖")
    retype(qtbot, screen.deadlines.assessment, "fifty")
    qtbot.keyClick(screen.phase_form.theme, Qt.Key.Key_S, CTRL)
    assert phase_of(gui_session, 1).theme == "端午特卖"  # what could be saved was
    assert first_deadline(gui_session).assessment == Decimal("50.00")
    note = screen.save_note.text()
    assert note.startswith("Not saved: Buyers' deadlines — Assessment if late (yuan): ")
    assert "“fifty” is not an amount" in note and "Saved: Phase" in note
    assert screen.deadlines.errors.marked() == ["assessment"]
    assert screen.deadlines.assessment.text() == "fifty"  # nothing lost


def test_the_deep_discount_limit_has_a_place_on_the_screen(qtbot, screen, gui_session):
    limit = screen.campaign_form.discount_limit
    assert limit.text() == "70"
    retype(qtbot, limit, "100")
    qtbot.keyClick(limit, Qt.Key.Key_Return)
    form = screen.campaign_form
    assert form.errors.marked() == ["deep_discount_limit"]
    assert "whole percentage from 1 to 99" in form.errors.error_label("deep_discount_limit").text()
    assert snapshot(gui_session).campaign.deep_discount_limit == Decimal("0.70")
    retype(qtbot, limit, "25")
    qtbot.keyClick(limit, Qt.Key.Key_Return)
    assert snapshot(gui_session).campaign.deep_discount_limit == Decimal("0.25")
    assert not form.errors.marked() and limit.text() == "25"
    # the rule check now warns about items more than 25 % off
    assert any(f.code == "discount_suspicious" for f in gui_session.findings())


def test_choosing_another_phase_with_an_unsaved_form_asks_first(qtbot, screen, gui_session):
    asked = []
    answer = Choice.CANCEL
    screen.ask_unsaved = lambda _parent, work, question: asked.append(work) or answer
    retype(qtbot, screen.phase_form.theme, "端午特卖")
    phase_2 = phase_of(gui_session, 2)
    screen.phase_picker.setFocus()
    qtbot.keyClick(screen.phase_picker, Qt.Key.Key_Down)  # the next phase in the combo box
    assert asked == [["Phase (Theme)"]]
    assert screen.phase_picker.phase_id() == phase_of(gui_session, 1).id  # stayed
    assert screen.phase_form.theme.text() == "端午特卖"
    answer = Choice.DISCARD
    qtbot.keyClick(screen.phase_picker, Qt.Key.Key_Down)
    assert screen.phase_picker.phase_id() == phase_2.id
    assert screen.phase_form.theme.text() == phase_2.theme
    assert phase_of(gui_session, 1).theme != "端午特卖"


def test_removing_a_floors_quota_asks_first(qtbot, screen, gui_session):
    asked = []
    answer = False
    screen.confirm = lambda _parent, _title, question, _yes, _no: asked.append(question) or answer
    row = floor_row(screen, "3F")
    screen.quota_table.setCurrentIndex(screen.quotas.index(row, MIN))
    screen.remove_quota_button.click()
    assert len(asked) == 1 and "3F" in asked[0]
    phase = phase_of(gui_session, 1)
    assert snapshot(gui_session).quota(phase.id, floor_code(gui_session, "3F").id) is not None
    answer = True
    screen.remove_quota_button.click()
    assert snapshot(gui_session).quota(phase.id, floor_code(gui_session, "3F").id) is None


def test_retyping_a_removed_quota_waits_for_its_maximum_without_a_refusal(
    qtbot, screen, gui_session
):
    screen.confirm = lambda *_args: True
    row = floor_row(screen, "3F")
    screen.quota_table.setCurrentIndex(screen.quotas.index(row, MIN))
    screen.remove_quota_button.click()
    qtbot.waitUntil(lambda: screen.quotas.data(screen.quotas.index(row, MIN)) == "")
    type_into_cell(qtbot, screen.quota_table, row, MIN, "10")
    said = screen.quota_error.text()
    assert "below" not in said and said == "Not saved yet: 3F needs Max items too."
    index = screen.quotas.index(row, MIN)
    assert screen.quotas.data(index) == "10"
    assert screen.unsaved_work() == ["Flyer items per floor (3F: Min items 10)"]
    type_into_cell(qtbot, screen.quota_table, row, MAX, "20")
    quota = snapshot(gui_session).quota(
        phase_of(gui_session, 1).id, floor_code(gui_session, "3F").id
    )
    assert (quota.min_items, quota.max_items) == (10, 20)
    assert not screen.quota_error.isVisible() and not screen.unsaved_work()


def test_a_floor_manager_sees_the_plan_read_only_but_may_set_golden_positions(
    qtbot, window, gui_session
):
    sign_in(window.session, "floor")
    screen = window.show_screen("planning")
    for field in (screen.phase_form.theme, screen.deadlines.what, screen.campaign_form.name):
        assert field.isReadOnly()
    quota_flags = screen.quotas.flags(screen.quotas.index(0, MIN))
    assert not quota_flags & Qt.ItemFlag.ItemIsEditable
    assert not screen.remove_quota_button.isEnabled()
    assert screen.floors.flags(screen.floors.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert "golden positions" in screen.rights_note.text()


def test_at_1366_by_768_the_quota_grid_shows_every_floor_and_the_late_note_overlaps_nothing(
    qtbot, window, gui_session
):
    window.resize(1366, 768)
    screen = window.show_screen("planning")
    deadlines = screen.deadlines
    deadlines.due.setDateTime(QDateTime(QDate(2027, 6, 9), QTime(18, 0)))  # on the first day
    qtbot.waitUntil(deadlines.late_note.isVisible)
    QApplication.processEvents()
    table = screen.quota_table
    assert not table.verticalScrollBar().isVisible()
    for row in range(screen.quotas.rowCount()):
        rect = table.visualRect(screen.quotas.index(row, 0))
        assert table.viewport().rect().contains(rect), (row, rect, table.viewport().rect())
    note = deadlines.late_note
    note_bottom = note.mapTo(deadlines, note.rect().bottomLeft()).y()
    what_top = deadlines.what.mapTo(deadlines, deadlines.what.rect().topLeft()).y()
    assert note.height() >= note.heightForWidth(note.width())  # every line of it shows
    assert note_bottom < what_top
