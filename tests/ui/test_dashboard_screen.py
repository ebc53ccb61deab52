"""The dashboard shows the campaign as stored and opens what a finding concerns."""

from __future__ import annotations

from datetime import date

from conftest import floor_code, phase_of, snapshot
from PySide6.QtCore import QPoint, Qt

from promoplanner.services.planning import set_quota
from promoplanner.ui.dashboard import DashboardScreen
from promoplanner.ui.dashboard.findings_model import SUBJECT_ROLE
from promoplanner.ui.widgets.quota_bar import MET, SHORT


def test_quota_bars_show_items_against_the_quota(qtbot, gui_session):
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    phase = phase_of(gui_session, 1)
    food = floor_code(gui_session, "1F")
    bar = screen.progress.bars[(phase.id, food.id, "items")]
    assert (bar.count, bar.low, bar.high) == (45, 40, 50)
    assert bar.color() == MET
    gui_session.change("planning", set_quota, phase.id, food.id, 60, 70, 10)
    bar = screen.progress.bars[(phase.id, food.id, "items")]  # redrawn on the change
    assert (bar.low, bar.high) == (60, 70)
    assert bar.color() == SHORT


def test_a_hidden_dashboard_redraws_when_shown_again(qtbot, gui_session):
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    phase = phase_of(gui_session, 1)
    food = floor_code(gui_session, "1F")
    gui_session.change("planning", set_quota, phase.id, food.id, 60, 70, 10)
    assert screen.progress.bars[(phase.id, food.id, "items")].low == 40  # not drawn while hidden
    screen.show()
    assert screen.progress.bars[(phase.id, food.id, "items")].low == 60


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


def test_a_double_click_alone_opens_the_finding_once(qtbot, window, gui_session):
    phase = phase_of(gui_session, 2)
    clothing = floor_code(gui_session, "3F")
    gui_session.change("planning", set_quota, phase.id, clothing.id, 50, 60, 0)
    dashboard = window.screen("dashboard")
    model = dashboard.findings
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "floor_too_few_items")
    view = dashboard.table
    assert not model.flags(model.index(row, 4)) & Qt.ItemFlag.ItemIsEditable
    opened = []
    dashboard.subject_activated.connect(lambda kind, obj_id: opened.append((kind, obj_id)))
    rect = view.visualRect(model.index(row, 1))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "planning"
    assert len(opened) == 1  # not once for doubleClicked and again for activated
    planning = window.screen("planning")
    assert planning.phase_picker.phase_id() == phase.id
    assert planning.quotas.floor_at(planning.quota_table.currentIndex().row()).code == "3F"


def test_enter_on_a_finding_opens_it(qtbot, window, gui_session):
    phase = phase_of(gui_session, 1)
    gui_session.change(
        "planning", set_quota, phase.id, floor_code(gui_session, "1F").id, 60, 70, 10
    )
    dashboard = window.screen("dashboard")
    dashboard.table.setFocus()
    dashboard.table.selectRow(0)
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)
    assert window.current_key() == "planning"


def test_a_floor_without_a_sensitive_minimum_shows_a_dash_not_an_empty_bar(qtbot, gui_session):
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    phase = phase_of(gui_session, 1)
    clothing = floor_code(gui_session, "3F")
    food = floor_code(gui_session, "1F")
    assert (phase.id, clothing.id, "sensitive") not in screen.progress.bars
    dash = screen.progress.no_minimum[(phase.id, clothing.id)]
    assert dash.isVisible() and dash.text().startswith("—")
    assert "no minimum" in dash.text()
    assert screen.progress.bars[(phase.id, food.id, "sensitive")].low == 10
    gui_session.change("planning", set_quota, phase.id, clothing.id, 10, 20, 2)
    assert screen.progress.bars[(phase.id, clothing.id, "sensitive")].low == 2


def test_a_deadline_met_on_time_is_history_not_an_alarm(qtbot, gui_session, clock):
    from datetime import datetime

    from promoplanner.ui.dashboard.screen import DashboardScreen

    clock.at = datetime(2027, 6, 20, 9, 0)  # both deadlines passed, every quota met
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    labels = list(screen.progress.countdowns.values())
    assert len(labels) == 2
    for label in labels:
        assert "every floor on time" in label.text()
        assert "#b00020" not in label.styleSheet()


def test_on_june_20_today_is_tagged_past_days_step_back_and_phase_2_is_running(
    qtbot, gui_session, clock
):
    from datetime import datetime

    clock.at = datetime(2027, 6, 20, 9, 0)
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    assert screen.calendar.day_tag(date(2027, 6, 20)) == "Today"
    assert screen.calendar.day_tag(date(2027, 6, 19)) == ""
    assert screen.calendar.day_tag(date(2027, 6, 21)) == ""
    states = screen.progress.phase_states
    assert states[phase_of(gui_session, 1).id].text() == "Ended"
    assert states[phase_of(gui_session, 2).id].text() == "Running · day 2 of 10"
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    image = screen.calendar.grab().toImage()
    cell_w = screen.calendar.width() / 7
    head = 22
    cell_h = (screen.calendar.height() - head) / 5  # June 2027: five weeks from Monday 05-31

    def lightest(row: int, col: int) -> int:  # the cell's background, whatever is written on it
        return max(
            image.pixelColor(
                int((col + x / 10) * cell_w), int(head + (row + y / 10) * cell_h)
            ).lightness()
            for x in range(2, 9)
            for y in range(2, 7)
        )

    assert lightest(2, 1) < lightest(3, 1) == 255  # Tuesday 06-15 greyed, 06-22 white


def test_on_june_3_both_phases_say_when_they_start(qtbot, gui_session, clock):
    from datetime import datetime

    clock.at = datetime(2027, 6, 3, 10, 0)
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    assert screen.calendar.day_tag(date(2027, 6, 3)) == "Today"
    states = screen.progress.phase_states
    assert states[phase_of(gui_session, 1).id].text() == "Starts in 6 days"
    assert states[phase_of(gui_session, 2).id].text() == "Starts in 16 days"
    clock.at = datetime(2027, 6, 8, 10, 0)
    screen.refresh()
    assert screen.progress.phase_states[phase_of(gui_session, 1).id].text() == "Starts tomorrow"


def test_in_chinese_today_and_the_running_phase_read_in_chinese(qtbot, gui_session, clock):
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from promoplanner.core import i18n
    from promoplanner.ui.language import install_translators

    clock.at = datetime(2027, 6, 20, 9, 0)
    install_translators(QApplication.instance(), "zh")
    try:
        screen = DashboardScreen(gui_session)
        qtbot.addWidget(screen)
        states = screen.progress.phase_states
        assert screen.calendar.day_tag(date(2027, 6, 20)) == "今天"
        assert states[phase_of(gui_session, 1).id].text() == "已结束"
        assert states[phase_of(gui_session, 2).id].text() == "进行中 · 第 2 天 / 共 10 天"
    finally:
        install_translators(QApplication.instance(), "en")
        i18n.set_language("en")


def test_a_campaign_across_two_months_steps_between_them(qtbot, gui_session):
    from promoplanner.services.campaign_new import create_campaign

    made = create_campaign(gui_session.ctx, "2027年春节", 2027, first_day="2027-01-25",
                           last_day="2027-02-14")  # fmt: skip
    gui_session.set_campaign(made.campaign.id)
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    calendar = screen.calendar
    assert calendar.months == [(2027, 1), (2027, 2)] and calendar.month() == (2027, 1)
    spring = [n for n, _ in calendar.day_notes(date(2027, 2, 6))]
    assert spring  # the Spring Festival holiday is on its day, in February
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.month() == (2027, 2)
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)  # no month after the campaign
    assert calendar.month() == (2027, 2)
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))  # the ‹
    assert calendar.month() == (2027, 1)


def test_the_phase_display_check_pass_rate_and_open_tasks(qtbot, english, gui_session):
    from datetime import datetime

    from signed_in import as_user

    from promoplanner.services.display import display_day, record_display_check

    clock = gui_session.ctx.clock
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()  # a screen refreshes while it is shown
    qtbot.waitExposed(screen)
    assert screen.display_checks.isHidden()  # planning weeks: no phase has begun
    clock.at = datetime(2027, 6, 20, 9, 30)
    fm = as_user(gui_session.ctx, "floor")
    lines = display_day(fm, "2027-06-20", floor_code(gui_session, "1F").id).floors[0].lines
    record_display_check(fm, "2027-06-20", lines[0].item.barcode, placed="yes", tag="ok",
                         pop="yes", stock="full")  # fmt: skip
    record_display_check(fm, "2027-06-20", lines[1].item.barcode, placed="no", tag="ok",
                         pop="yes", stock="full", fixer="李明", due="2027-06-20 10:00")  # fmt: skip
    clock.at = datetime(2027, 6, 20, 11, 0)
    gui_session.data_changed.emit("checks")
    said = screen.display_checks.text()
    assert not screen.display_checks.isHidden()
    # Phase 2 began 06-19: two days of every item of the phase are on the lists so far.
    listed = 2 * len(snapshot(gui_session).items_of(phase_of(gui_session, 2).id))
    assert f"phase 2, so far: <b>2 of {listed} checked, 1 passed (50.0%)</b>" in said
    assert "1 fix task open, <b" in said and "1 overdue" in said


def test_the_findings_line_counts_them_and_an_empty_store_is_not_all_right(
    qtbot, english, gui_session, tmp_path, clock
):
    """A trial finding: an empty store said "Every rule is met."; and "1 findings"."""
    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    assert screen.findings_label.text() == "Every rule is met."  # the demo as planned
    p1 = phase_of(gui_session, 1)
    for code in ("1F", "2F"):  # two floors' quotas now out of reach
        floor = floor_code(gui_session, code)
        gui_session.change("planning", set_quota, p1.id, floor.id, 200, 300, 10)
    screen.refresh()
    count = len(gui_session.findings())
    assert count >= 2
    assert screen.findings_label.text() == (
        f"{count} findings — double-click one to open what it concerns."
    )
    from promoplanner.services.context import connect
    from promoplanner.ui.session import AppSession

    empty_ctx = connect(str(tmp_path / "empty.sqlite"), clock=clock)
    empty = AppSession(empty_ctx)
    blank = DashboardScreen(empty)
    qtbot.addWidget(blank)
    assert blank.findings_label.text() == "No campaign to check yet."
    empty_ctx.uow.engine.dispose()


def test_a_days_tooltip_says_in_full_what_its_narrow_cell_cuts_short(qtbot, gui_session):
    """A trial finding: the cells read "Deadline 12:…" and "Dragon Boat…" with no way to
    read the rest."""
    from PySide6.QtCore import QPointF

    screen = DashboardScreen(gui_session)
    qtbot.addWidget(screen)
    calendar = screen.calendar
    calendar.resize(700, 480)
    snap = gui_session.snapshot()
    deadline = snap.deadlines[0]
    day = deadline.due.date()
    # The day under a point of its cell, found as the mouse would find it.
    point = next(
        QPointF(x, y)
        for y in range(30, 480, 10)
        for x in range(5, 700, 20)
        if calendar.day_at(QPointF(x, y)) == day
    )
    tip = calendar.day_tooltip(calendar.day_at(point))
    assert f"Deadline {deadline.due:%H:%M} · {deadline.task()}" in tip.splitlines()
    for phase in snap.phases:
        if phase.covers(day):
            assert f"Phase {phase.number}: {phase.name}" in tip.splitlines()
    assert calendar.day_at(QPointF(5, 5)) is None  # the week-day row is no day
