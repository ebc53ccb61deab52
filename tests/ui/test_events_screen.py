"""Activities & zones: new activities, refused dates and numbers, items put into a zone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from conftest import phase_of, snapshot
from PySide6.QtCore import QDate, Qt

from promoplanner.core.enums import ActivityKind, DisplayForm
from promoplanner.ui.events import EventsScreen


@pytest.fixture
def screen(qtbot, gui_session):
    widget = EventsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    widget.phase_picker.choose(phase_of(gui_session, 2).id)
    return widget


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_new_gift_activity_reaches_the_database(qtbot, screen, gui_session):
    form = screen.activity_form
    screen.activities.new_button.click()
    form.kind.setCurrentIndex(form.kind.findData(ActivityKind.ADD_ON_GIFT.value))
    qtbot.keyClicks(form.name, "Fan for +9 yuan")
    form.start.setDate(QDate(2027, 6, 21))
    form.end.setDate(QDate(2027, 6, 22))
    retype(qtbot, form.threshold, "¥80")
    retype(qtbot, form.add_on_price, "9")
    qtbot.keyClicks(form.gift, "Desk fan")
    retype(qtbot, form.gift_stock, "200")
    screen.activities.save_button.click()
    saved = [a for a in snapshot(gui_session).activities if a.name == "Fan for +9 yuan"]
    assert len(saved) == 1
    a = saved[0]
    assert a.kind is ActivityKind.ADD_ON_GIFT
    assert (a.start, a.end) == (date(2027, 6, 21), date(2027, 6, 22))
    assert (a.threshold, a.add_on_price, a.gift, a.gift_stock) == (
        Decimal("80.00"),
        Decimal("9.00"),
        "Desk fan",
        200,
    )


def test_dates_outside_the_phase_are_refused_next_to_the_date(qtbot, screen, gui_session):
    form = screen.activity_form
    screen.activities.new_button.click()
    qtbot.keyClicks(form.name, "Too early")
    form.start.setDate(QDate(2027, 6, 1))
    screen.activities.save_button.click()
    assert form.errors.marked() == ["start"]
    assert "phase" in form.errors.error_label("start").text()
    assert not [a for a in snapshot(gui_session).activities if a.name == "Too early"]
    # another screen's change keeps the refused form as typed
    gui_session.data_changed.emit("items")
    assert form.name.text() == "Too early"
    form.start.setDate(QDate(2027, 6, 20))
    screen.activities.save_button.click()
    assert not form.errors.marked()
    assert [a for a in snapshot(gui_session).activities if a.name == "Too early"]


def test_text_in_the_gift_stock_is_refused_and_nothing_written(qtbot, screen, gui_session):
    form = screen.activity_form
    before = snapshot(gui_session).activities
    retype(qtbot, form.gift_stock, "lots")
    qtbot.keyClick(form.gift_stock, Qt.Key.Key_Tab)
    assert "whole number" in form.errors.error_label("gift_stock").text()
    screen.activities.save_button.click()
    assert snapshot(gui_session).activities == before
    assert form.gift_stock.text() == "lots"


def test_items_are_ticked_into_a_new_end_cap_zone(qtbot, screen, gui_session):
    form = screen.zone_form
    screen.zones.new_button.click()
    qtbot.keyClicks(form.name, "Fans at the escalator")
    form.display_form.setCurrentIndex(form.display_form.findData(DisplayForm.END_CAP.value))
    for row in (0, 1, 2):
        form.items.item(row).setCheckState(Qt.CheckState.Checked)
    ticked = form.checked_items()
    screen.zones.save_button.click()
    zone = next(z for z in snapshot(gui_session).zones if z.name == "Fans at the escalator")
    assert zone.display_form is DisplayForm.END_CAP
    assert sorted(zone.item_ids) == sorted(ticked)
    assert zone.phase_id == phase_of(gui_session, 2).id


def test_ctrl_n_and_ctrl_s_in_the_window_make_an_activity(qtbot, window, gui_session):
    screen = window.show_screen("events")
    screen.phase_picker.choose(phase_of(gui_session, 1).id)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.activity_form.name, "Lucky draw")
    qtbot.keyClick(screen.activity_form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [a for a in snapshot(gui_session).activities if a.name == "Lucky draw"]


def test_a_last_day_after_the_phase_is_marked_next_to_the_last_day(qtbot, screen, gui_session):
    form = screen.activity_form
    screen.activities.new_button.click()
    qtbot.keyClicks(form.name, "Too long")
    form.end.setFocus()
    form.end.selectAll()
    qtbot.keyClicks(form.end, "2027-07-05")
    assert form.end.date() == QDate(2027, 7, 5)
    screen.activities.save_button.click()
    assert form.errors.marked() == ["end"]
    assert "06-28" in form.errors.error_label("end").text()
    assert form.end.date() == QDate(2027, 7, 5)  # kept as typed
    assert not [a for a in snapshot(gui_session).activities if a.name == "Too long"]


def test_a_zone_starting_before_the_phase_is_refused_next_to_its_first_day(
    qtbot, screen, gui_session
):
    form = screen.zone_form
    screen.zones.new_button.click()
    qtbot.keyClicks(form.name, "Early pile")
    form.start.setDate(QDate(2027, 6, 10))
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    screen.zones.save_button.click()
    assert form.errors.marked() == ["start"]
    assert not [z for z in snapshot(gui_session).zones if z.name == "Early pile"]


def test_unticking_an_item_takes_it_out_of_the_zone(qtbot, screen, gui_session):
    zone = next(
        z for z in snapshot(gui_session).zones if z.phase_id == screen.phase_picker.phase_id()
    )
    screen.select_object("zone", zone.id)
    form = screen.zone_form
    assert sorted(form.checked_items()) == sorted(zone.item_ids)
    first = next(
        i
        for i in range(form.items.count())
        if form.items.item(i).checkState() == Qt.CheckState.Checked
    )
    dropped = form.items.item(first).data(Qt.ItemDataRole.UserRole)
    rect = form.items.visualItemRect(form.items.item(first))
    qtbot.mouseClick(form.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(form.items, Qt.Key.Key_Space)
    assert dropped not in form.checked_items()
    screen.zones.save_button.click()
    stored = next(z for z in snapshot(gui_session).zones if z.id == zone.id)
    assert dropped not in stored.item_ids
    assert len(stored.item_ids) == len(zone.item_ids) - 1
    assert f"· {len(stored.item_ids)}" in screen.zones.list.currentItem().text()


def test_a_new_zone_saved_twice_stays_one_zone(qtbot, screen, gui_session):
    form = screen.zone_form
    screen.zones.new_button.click()
    qtbot.keyClicks(form.name, "Beer pile")
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    screen.zones.save_button.click()
    first = [z for z in snapshot(gui_session).zones if z.name == "Beer pile"]
    assert len(first) == 1
    assert form.zone_id == first[0].id  # the form knows the zone it made
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Beer pile at the door")
    form.items.item(1).setCheckState(Qt.CheckState.Checked)
    screen.zones.save_button.click()
    zones = [z for z in snapshot(gui_session).zones if z.name.startswith("Beer pile")]
    assert [(z.id, z.name, len(z.item_ids)) for z in zones] == [
        (first[0].id, "Beer pile at the door", 2)
    ]


def test_an_item_deleted_meanwhile_saves_no_half_zone(qtbot, screen, gui_session):
    from promoplanner.services.items import delete_item

    form = screen.zone_form
    zones_before = len(snapshot(gui_session).zones)
    screen.zones.new_button.click()
    qtbot.keyClicks(form.name, "Fans and mats")
    for row in (0, 1, 2):
        form.items.item(row).setCheckState(Qt.CheckState.Checked)
    ticked = form.checked_items()
    in_zones = {i for z in snapshot(gui_session).zones for i in z.item_ids}
    gone = next(i for i in ticked if i not in in_zones)
    delete_item(gui_session.ctx, gone)  # somebody else, on another computer
    screen.zones.save_button.click()
    assert form.errors.marked() == ["items"]
    assert "no longer exist" in form.errors.error_label("items").text()
    assert len(snapshot(gui_session).zones) == zones_before  # nothing half-saved
    # the list now shows what exists, the other ticks kept; saving again makes one zone
    assert sorted(form.checked_items()) == sorted(i for i in ticked if i != gone)
    assert form.name.text() == "Fans and mats"
    screen.zones.save_button.click()
    made = [z for z in snapshot(gui_session).zones if z.name == "Fans and mats"]
    assert len(made) == 1
    assert sorted(made[0].item_ids) == sorted(i for i in ticked if i != gone)
    assert len(snapshot(gui_session).zones) == zones_before + 1
