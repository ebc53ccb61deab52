"""Phases & quotas as the planner uses it: type, save, and see what reached the database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from conftest import floor_code, phase_of, snapshot
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from promoplanner.core.enums import HolidayKind
from promoplanner.ui.planning import PlanningScreen
from promoplanner.ui.planning.quota_model import MAX, MIN, SENSITIVE


@pytest.fixture
def screen(qtbot, gui_session):
    widget = PlanningScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def stored_quota(session, floor: str):
    return snapshot(session).quota(phase_of(session, 1).id, floor_code(session, floor).id)


def type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits through a queued call, as it does for a person typing
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    QApplication.processEvents()


def test_theme_and_print_run_are_saved_with_ctrl_s(qtbot, window, gui_session):
    screen = window.show_screen("planning")
    retype(qtbot, screen.phase_form.theme, "Dragon Boat sale")
    retype(qtbot, screen.phase_form.print_run, "3500")
    qtbot.keyClick(screen.phase_form.print_run, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    phase = phase_of(gui_session, 1)
    assert phase.theme == "Dragon Boat sale"
    assert phase.print_run == 3500


def test_text_in_a_number_field_is_refused_next_to_it_and_kept(qtbot, screen, gui_session):
    retype(qtbot, screen.phase_form.print_run, "3 thousand")
    qtbot.keyClick(screen.phase_form.print_run, Qt.Key.Key_Tab)
    label = screen.phase_form.errors.error_label("print_run")
    assert label.isVisible() and "whole number" in label.text()
    screen.phase_form.save_button.click()
    assert phase_of(gui_session, 1).print_run == 3000  # nothing written
    assert screen.phase_form.print_run.text() == "3 thousand"  # nothing lost
    # another screen's change does not wipe the refused edit
    gui_session.data_changed.emit("items")
    assert screen.phase_form.print_run.text() == "3 thousand"
    screen.phase_form.discard_button.click()
    assert screen.phase_form.print_run.text() == "3000"
    assert not label.isVisible()


def test_last_day_before_first_day_is_refused(qtbot, screen, gui_session):
    screen.phase_form.end.setDate(QDate(2027, 6, 1))
    assert not screen.phase_form.save()
    assert "end" in screen.phase_form.errors.marked()
    assert phase_of(gui_session, 1).end == date(2027, 6, 10)


def test_typing_into_the_quota_grid_sets_the_quota(qtbot, screen, gui_session):
    row = [screen.quotas.floor_at(r).code for r in range(screen.quotas.rowCount())].index("2F")
    type_into_cell(qtbot, screen.quota_table, row, MAX, "45")
    type_into_cell(qtbot, screen.quota_table, row, SENSITIVE, "9")
    quota = stored_quota(gui_session, "2F")
    assert (quota.min_items, quota.max_items, quota.min_sensitive) == (30, 45, 9)


def test_max_below_min_stays_red_in_its_cell_until_discarded(qtbot, screen, gui_session):
    row = [screen.quotas.floor_at(r).code for r in range(screen.quotas.rowCount())].index("1F")
    type_into_cell(qtbot, screen.quota_table, row, MAX, "20")
    index = screen.quotas.index(row, MAX)
    assert screen.quotas.data(index) == "20"
    assert screen.quotas.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert screen.quota_error.isVisible()
    quota = stored_quota(gui_session, "1F")
    assert quota.max_items == 50
    type_into_cell(qtbot, screen.quota_table, row, MIN, "abc")
    why = screen.quotas.data(screen.quotas.index(row, MIN), Qt.ItemDataRole.ToolTipRole)
    assert "whole number" in why
    screen._discard_quotas()
    assert screen.quotas.data(index) == "50"


def test_quota_model_passes_the_model_tester(qtmodeltester, screen):
    qtmodeltester.check(screen.quotas)


def test_a_deadline_is_added_with_the_date_time_picker(qtbot, screen, gui_session):
    deadlines = screen.deadlines
    deadlines.new_button.click()
    deadlines.due.setDateTime(QDateTime(QDate(2027, 6, 4), QTime(17, 30)))
    qtbot.keyClicks(deadlines.what, "Photos of the specials")
    retype(qtbot, deadlines.assessment, "20")
    deadlines.save_button.click()
    phase = phase_of(gui_session, 1)
    added = [d for d in snapshot(gui_session).deadlines if d.what == "Photos of the specials"]
    assert len(added) == 1
    assert added[0].due == datetime(2027, 6, 4, 17, 30)
    assert added[0].assessment == Decimal("20.00")
    assert added[0].phase_id == phase.id


def test_a_wrong_assessment_is_refused_next_to_its_field(qtbot, screen, gui_session):
    deadlines = screen.deadlines
    deadlines.new_button.click()
    qtbot.keyClicks(deadlines.what, "Late photo")
    retype(qtbot, deadlines.assessment, "fifty")
    deadlines.save_button.click()
    assert deadlines.errors.marked() == ["assessment"]
    assert not [d for d in snapshot(gui_session).deadlines if d.what == "Late photo"]


def test_holidays_are_proposed_for_the_campaign_year(qtbot, screen, gui_session):
    holidays = screen.holidays
    dragon = next(h for h in snapshot(gui_session).holidays if h.kind is HolidayKind.DRAGON_BOAT)
    holidays.table.selectRow([h.id for h in holidays.holidays].index(dragon.id))
    holidays.day.setDate(QDate(2027, 6, 12))
    holidays.save_button.click()
    moved = next(h for h in snapshot(gui_session).holidays if h.kind is HolidayKind.DRAGON_BOAT)
    assert moved.day == date(2027, 6, 12)
    holidays.propose_button.click()
    proposed = next(h for h in snapshot(gui_session).holidays if h.kind is HolidayKind.DRAGON_BOAT)
    assert proposed.day == date(2027, 6, 9)  # 5th day of the 5th lunar month in 2027
    assert "2027" in holidays.note.text()


def test_a_deadline_typed_after_the_phase_start_is_saved_said_and_on_the_dashboard(
    qtbot, window, gui_session
):
    screen = window.show_screen("planning")
    phase = phase_of(gui_session, 1)  # 06-09 to 06-10
    screen.phase_picker.choose(phase.id)
    deadlines = screen.deadlines
    deadlines.new_button.click()
    assert not deadlines.late_note.isVisible()  # today (05-20) is before the phase
    deadlines.due.setFocus()
    deadlines.due.selectAll()
    qtbot.keyClicks(deadlines.due, "2027-06-09 18:00")
    assert deadlines.late_note.isVisible()
    assert "2027-06-09" in deadlines.late_note.text()
    qtbot.keyClicks(deadlines.what, "Photos of the piles")
    deadlines.save_button.click()
    assert not deadlines.errors.marked()
    added = [d for d in snapshot(gui_session).deadlines if d.what == "Photos of the piles"]
    assert [(d.due, d.phase_id) for d in added] == [(datetime(2027, 6, 9, 18, 0), phase.id)]
    dashboard = window.show_screen("dashboard")
    assert (
        dashboard.progress.countdowns[added[0].id]
        .text()
        .startswith("Buyers' deadline 2027-06-09 18:00")
    )
    notes = [n for n, _ in dashboard.calendar.day_notes(date(2027, 6, 9))]
    assert "Deadline 18:00" in notes


def test_a_deadline_after_the_phase_ended_is_said_while_typing_and_refused(
    qtbot, window, gui_session
):
    screen = window.show_screen("planning")
    phase = phase_of(gui_session, 1)  # 06-09 to 06-10
    screen.phase_picker.choose(phase.id)
    deadlines = screen.deadlines
    before = snapshot(gui_session).deadlines
    deadlines.new_button.click()
    deadlines.due.setFocus()
    deadlines.due.selectAll()
    qtbot.keyClicks(deadlines.due, "2027-06-30 12:00")
    assert deadlines.late_note.isVisible()
    assert "2027-06-09 – 2027-06-10" in deadlines.late_note.text()
    deadlines.save_button.click()
    assert deadlines.errors.marked() == ["due"]
    assert snapshot(gui_session).deadlines == before  # nothing stored
    deadlines.due.setFocus()
    deadlines.due.selectAll()
    qtbot.keyClicks(deadlines.due, "2027-05-19 12:00")  # the clock stands at 05-20
    assert "nobody will be assessed" in deadlines.late_note.text()


def test_the_usual_task_is_saved_as_no_text_and_shown_in_the_readers_language(
    qtbot, window, gui_session
):
    from promoplanner.core import i18n

    screen = window.show_screen("planning")
    phase = phase_of(gui_session, 2)
    screen.phase_picker.choose(phase.id)
    deadlines = screen.deadlines
    deadlines.new_button.click()
    assert deadlines.what.placeholderText().startswith("Buyers hand their")
    deadlines.due.setFocus()
    deadlines.due.selectAll()
    qtbot.keyClicks(deadlines.due, "2027-06-15 12:00")
    deadlines.save_button.click()
    assert not deadlines.errors.marked()
    (added,) = [d for d in snapshot(gui_session).deadlines if d.due == datetime(2027, 6, 15, 12)]
    assert added.what == ""
    assert added.task("zh") == "各采购将特价商品明细交企划部"
    assert added.task("en").startswith("Buyers hand their")
    qtbot.waitUntil(lambda: added.id in [d.id for d in deadlines.deadlines])
    deadlines.select(added.id)
    assert deadlines.what.text() == "" and not deadlines.is_dirty()
    row = [d.id for d in deadlines.deadlines].index(added.id)
    assert deadlines.table.item(row, 1).text() == added.task(i18n.current_language())
