"""The campaign box and the floors' golden positions on Phases & quotas, as planners use them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import snapshot
from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import sign_in, sign_in_buyer

from promoplanner.services.store import store_layout
from promoplanner.ui.dashboard.findings_model import SUBJECT_ROLE
from promoplanner.ui.planning import PlanningScreen
from promoplanner.ui.planning.floors_model import END_RACKS, NEEDED, PILE_SPOTS


@pytest.fixture
def screen(qtbot, gui_session):
    widget = PlanningScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)


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
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    QApplication.processEvents()


def stored_floor(session, code: str):
    return store_layout(session.ctx).floor_by_code(code)


def floor_row(screen, code: str) -> int:
    return [screen.floors.floor_at(r).code for r in range(screen.floors.rowCount())].index(code)


def test_targets_typed_in_wan_yuan_are_stored_in_yuan(qtbot, screen, gui_session):
    form = screen.campaign_form
    assert snapshot(gui_session).campaign.sales_target is None  # blank in the source plan
    retype(qtbot, form.sales_target, "120")
    retype(qtbot, form.stretch_target, "150.5万")
    assert form.in_yuan["sales_target"].text() == "= ¥1,200,000.00"
    assert form.in_yuan["stretch_target"].text() == "= ¥1,505,000.00"
    retype(qtbot, form.name, "2027年6月 夏日新选择(定稿)")
    retype(qtbot, form.theme, "Feel 0 °C")
    form.notes.setFocus()
    form.notes.selectAll()
    type_text(qtbot, form.notes, "Targets agreed on 5-20")
    form.save_button.click()
    campaign = snapshot(gui_session).campaign
    assert campaign.sales_target == Decimal("1200000.00")
    assert campaign.stretch_target == Decimal("1505000.00")
    assert (campaign.name, campaign.theme, campaign.notes) == (
        "2027年6月 夏日新选择(定稿)",
        "Feel 0 °C",
        "Targets agreed on 5-20",
    )
    # shown again in 万元 as stored
    assert (form.sales_target.text(), form.stretch_target.text()) == ("120", "150.5")
    assert not form.is_dirty()


def test_a_stretch_target_below_the_target_is_refused_next_to_it(qtbot, screen, gui_session):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, "120")
    retype(qtbot, form.stretch_target, "100")
    form.save_button.click()
    assert form.errors.marked() == ["stretch_target"]
    assert "below" in form.errors.error_label("stretch_target").text()
    campaign = snapshot(gui_session).campaign
    assert (campaign.sales_target, campaign.stretch_target) == (None, None)
    # what was typed stays, even when another screen changes something
    gui_session.data_changed.emit("items")
    QApplication.processEvents()
    screen.refresh()
    assert form.stretch_target.text() == "100"
    retype(qtbot, form.stretch_target, "135")
    form.save_button.click()
    assert not form.errors.marked()
    assert snapshot(gui_session).campaign.stretch_target == Decimal("1350000.00")


def test_words_in_a_target_are_refused_on_leaving_the_field(qtbot, screen, gui_session):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, "a lot")
    qtbot.keyClick(form.sales_target, Qt.Key.Key_Tab)
    label = form.errors.error_label("sales_target")
    assert label.isVisible() and "10,000 yuan" in label.text()
    assert form.in_yuan["sales_target"].text() == ""
    assert not form.save()
    assert snapshot(gui_session).campaign.sales_target is None
    assert form.sales_target.text() == "a lot"


def test_ctrl_s_saves_the_targets_and_the_dashboard_shows_them(qtbot, window, gui_session):
    screen = window.show_screen("planning")
    dashboard = window.screen("dashboard")
    assert "not set" in dashboard.targets.text()
    retype(qtbot, screen.campaign_form.sales_target, "80")
    retype(qtbot, screen.campaign_form.stretch_target, "95")
    qtbot.keyClick(
        screen.campaign_form.stretch_target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert snapshot(gui_session).campaign.sales_target == Decimal("800000.00")
    window.show_screen("dashboard")
    text = dashboard.targets.text()
    assert "80 × 10,000 yuan (¥800,000)" in text
    assert "95 × 10,000 yuan (¥950,000)" in text


def test_a_buyer_sees_the_campaign_read_only_and_cannot_set_the_targets(qtbot, window, gui_session):
    sign_in_buyer(gui_session, gui_session.layout().buyers[0].id)
    screen = window.show_screen("planning")
    form = screen.campaign_form
    assert form.sales_target.isReadOnly() and "background" in form.sales_target.styleSheet()
    assert not form.save_button.isEnabled()
    assert screen.rights_note.isVisible() and "Read-only" in screen.rights_note.text()
    retype(qtbot, form.sales_target, "120")
    qtbot.keyClick(form.sales_target, Qt.Key.Key_Return)
    assert form.sales_target.text() == ""  # nothing could be typed
    assert not form.is_dirty() and not screen.unsaved_work()
    assert snapshot(gui_session).campaign.sales_target is None
    # back as the planner, the form is editable again
    sign_in(window.session, "planner")
    assert not form.sales_target.isReadOnly() and form.save_button.isEnabled()
    assert not screen.rights_note.isVisible()


def test_golden_positions_typed_into_the_floors_grid_reach_the_database(qtbot, screen, gui_session):
    row = floor_row(screen, "1F")
    type_into_cell(qtbot, screen.floors_table, row, END_RACKS, "2")
    type_into_cell(qtbot, screen.floors_table, row, PILE_SPOTS, "3")
    floor = stored_floor(gui_session, "1F")
    assert (floor.end_racks, floor.pile_spots) == (2, 3)
    # phase 1 has 20 items on 1F that need a golden position: the rule now speaks
    assert screen.floors.data(screen.floors.index(row, NEEDED)) == "20 / 5"
    assert screen.floors.data(screen.floors.index(row, NEEDED), Qt.ItemDataRole.BackgroundRole)
    codes = [(f.code, f.floor_id) for f in gui_session.findings()]
    assert ("golden_positions_short", floor.id) in codes


def test_words_in_the_floors_grid_stay_red_and_change_nothing(qtbot, screen, gui_session):
    row = floor_row(screen, "3F")
    type_into_cell(qtbot, screen.floors_table, row, PILE_SPOTS, "many")
    index = screen.floors.index(row, PILE_SPOTS)
    assert screen.floors.data(index) == "many"
    assert screen.floors.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert screen.floors_error.isVisible() and "whole number" in screen.floors_error.text()
    assert stored_floor(gui_session, "3F").pile_spots == 4
    screen._discard_floors()
    assert screen.floors.data(index) == "4"


def test_a_floor_manager_sets_the_golden_positions(qtbot, window, gui_session):
    sign_in(window.session, "floor")
    screen = window.show_screen("planning")
    type_into_cell(qtbot, screen.floors_table, floor_row(screen, "2F"), END_RACKS, "14")
    assert stored_floor(gui_session, "2F").end_racks == 14


def test_floors_model_passes_the_model_tester(qtmodeltester, screen):
    qtmodeltester.check(screen.floors)


def test_a_golden_position_finding_opens_the_floor_in_the_grid(qtbot, window, gui_session):
    from promoplanner.services.store import set_golden_spots

    floor = stored_floor(gui_session, "2F")
    gui_session.change("store", set_golden_spots, floor.id, 1, 1)
    dashboard = window.show_screen("dashboard")
    row = next(
        r
        for r in range(dashboard.findings.rowCount())
        if dashboard.findings.data(dashboard.findings.index(r, 0), SUBJECT_ROLE)
        == ("floor", floor.id)
    )
    rect = dashboard.table.visualRect(dashboard.findings.index(row, 4))
    qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.screen("planning")
    assert window.current_key() == "planning"
    current = screen.floors_table.currentIndex()
    assert current.isValid() and screen.floors.floor_at(current.row()).id == floor.id


def test_a_target_beyond_what_the_store_keeps_is_refused_in_its_words(qtbot, screen, gui_session):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, "1000000")  # ¥10,000,000,000: above what is kept
    form.save_button.click()
    assert form.errors.marked() == ["sales_target"]
    assert "¥9,999,999,999.99" in form.errors.error_label("sales_target").text()
    assert snapshot(gui_session).campaign.sales_target is None


def test_the_stored_target_typed_another_way_is_no_change(qtbot, screen, gui_session):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, "120")
    form.save_button.click()
    assert snapshot(gui_session).campaign.sales_target == Decimal("1200000.00")
    for same in ("120.0", "120万", " 120.00 "):
        retype(qtbot, form.sales_target, same)
        assert not form.is_dirty(), same
    retype(qtbot, form.sales_target, "120.5")
    assert form.is_dirty()


@pytest.mark.parametrize("huge", ["1e30", "1" * 26, "99999999999999999999999999.5"])
def test_a_huge_target_says_too_large_beside_the_field(qtbot, screen, gui_session, huge):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, huge)  # checked on every keystroke: no exception
    assert form.in_yuan["sales_target"].text() == "too large"
    qtbot.keyClick(form.sales_target, Qt.Key.Key_Tab)
    assert form.errors.marked() == ["sales_target"]
    assert "Too large" in form.errors.error_label("sales_target").text()
    assert not form.save()
    assert form.is_dirty()
    assert snapshot(gui_session).campaign.sales_target is None


@pytest.mark.parametrize(
    ("typed", "yuan"),
    [("1,200", "12000000.00"), ("1,200.5", "12005000.00"), ("85,5", "855000.00")],
)
def test_commas_in_a_target_follow_one_rule(qtbot, screen, gui_session, typed, yuan):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, typed)
    form.save_button.click()
    assert snapshot(gui_session).campaign.sales_target == Decimal(yuan)


def test_a_comma_that_is_neither_grouping_nor_decimal_is_refused(qtbot, screen, gui_session):
    form = screen.campaign_form
    retype(qtbot, form.sales_target, "1,2,3")
    assert not form.save()
    assert form.errors.marked() == ["sales_target"]
    assert snapshot(gui_session).campaign.sales_target is None
