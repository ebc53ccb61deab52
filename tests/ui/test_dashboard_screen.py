"""The dashboard shows the campaign as stored and opens what a finding concerns."""

from __future__ import annotations

from datetime import date

from conftest import floor_code, phase_of
from PySide6.QtCore import Qt

from promoplanner.services.planning import set_quota
from promoplanner.ui.dashboard import DashboardScreen
from promoplanner.ui.dashboard.findings_model import SUBJECT_ROLE
from promoplanner.ui.widgets.quota_bar import MET, SHORT


def test_quota_bars_show_items_against_the_quota(qtbot, gui_session):
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    phase = phase_of(gui_session, 1)
    food = floor_code(gui_session, "1F")
    bar = screen.progress.bars[(phase.id, food.id, "items")]
    assert (bar.count, bar.low, bar.high) == (45, 40, 50)
    assert bar.color() == MET
    gui_session.change("planning", set_quota, phase.id, food.id, 60, 70, 10)
    bar = screen.progress.bars[(phase.id, food.id, "items")]  # redrawn on the change
    assert (bar.low, bar.high) == (60, 70)
    assert bar.color() == SHORT


def test_calendar_writes_holidays_deadlines_and_events_on_their_days(qtbot, gui_session):
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    notes = [n for n, _ in screen.calendar.day_notes(date(2027, 6, 9))]
    assert "Dragon Boat Festival" in notes
    assert any("12:00" in n for n, _ in screen.calendar.day_notes(date(2027, 6, 6)))


def test_double_clicking_a_finding_opens_the_quota_it_concerns(qtbot, window, gui_session):
    phase = phase_of(gui_session, 1)
    food = floor_code(gui_session, "1F")
    gui_session.change("planning", set_quota, phase.id, food.id, 60, 70, 10)
    dashboard = window.screen("dashboard")
    model = dashboard.findings
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "floor_too_few_items")
    index = model.index(row, 4)
    view = dashboard.table
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "planning"
    planning = window.screen("planning")
    assert planning.phase_picker.phase_id() == phase.id
    current = planning.quota_table.currentIndex()
    assert planning.quotas.floor_at(current.row()).code == "1F"
    assert model.data(index, SUBJECT_ROLE)[0] == "quota"


def test_findings_model_passes_the_model_tester(qtmodeltester, qtbot, gui_session):
    phase = phase_of(gui_session, 1)
    food = floor_code(gui_session, "1F")
    gui_session.change("planning", set_quota, phase.id, food.id, 60, 70, 30)
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    assert screen.findings.rowCount() >= 2
    qtmodeltester.check(screen.findings)
