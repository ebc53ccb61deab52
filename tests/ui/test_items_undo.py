"""Undo on the items screen, and rows turning read-only as the deadline passes."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import date, datetime

from items_fixtures import (  # noqa: F401
    cell,
    demo_item,
    demo_session,
    phase_id,
    screen,
    type_into_cell,
)
from PySide6.QtCore import Qt
from signed_in import as_user, sign_in_buyer

from promoplanner.core.errors import DeadlinePassed
from promoplanner.services.display import display_day, record_display_check
from promoplanner.services.items import ItemQuery, count_items, get_item

CTRL = Qt.KeyboardModifier.ControlModifier


def zones_showing(session, item_id: int) -> list[int]:
    return sorted(z.id for z in session.snapshot().zones if item_id in z.item_ids)


def act_as(session, name: str) -> None:
    buyer = next(b for b in session.layout().buyers if b.name == name)
    sign_in_buyer(session, buyer.id)


def press(qtbot, screen, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, key, modifier)


def test_ctrl_z_after_delete_brings_back_the_id_zone_and_display_checks(
    qtbot, screen, demo_session, clock
):
    clock.at = datetime(2027, 6, 20, 18, 0)  # a sale day of phase 2, after the floor walk
    beer = demo_item(demo_session, "青岛啤酒经典")
    zones = zones_showing(demo_session, beer.id)
    assert zones
    floor = as_user(demo_session.ctx, "floor")  # 赵敏 walks the floor
    record_display_check(floor, "2027-06-20", beer.barcode, placed="no", tag="ok", pop="yes",
                         stock="full", fixer="王建国", due="2027-06-20 20:00")  # fmt: skip
    screen.filters.show_phase(phase_id(demo_session, "2"))
    screen.table.setCurrentIndex(cell(screen, beer.id, "name"))
    press(qtbot, screen, Qt.Key.Key_Minus, CTRL)  # remove the row
    assert screen.model.row_of(beer.id) is None
    assert zones_showing(demo_session, beer.id) == []

    press(qtbot, screen, Qt.Key.Key_Z, CTRL)
    assert get_item(demo_session.ctx, beer.id).barcode == beer.barcode  # the same id
    assert screen.model.row_of(beer.id) is not None
    assert zones_showing(demo_session, beer.id) == zones
    line = display_day(demo_session.ctx, date(2027, 6, 20)).line_for(beer.id)
    assert line is not None
    assert [(c.checker, c.placed, c.fix and c.fix.fixer) for c in line.history] == [
        ("赵敏", False, "王建国")
    ]


def test_a_buyers_undo_after_the_deadline_is_refused_in_words(qtbot, screen, demo_session, clock):
    act_as(demo_session, "王建国")
    egg = demo_item(demo_session, "新鲜鸡蛋")
    duck = demo_item(demo_session, "散装红心咸鸭蛋")
    type_into_cell(qtbot, screen.table, cell(screen, egg.id, "spec"), "30枚装")
    screen.table.setCurrentIndex(cell(screen, duck.id, "name"))
    press(qtbot, screen, Qt.Key.Key_Minus, CTRL)  # remove the row
    query = ItemQuery(phase_id=egg.phase_id)
    assert count_items(demo_session.ctx, query) == 89

    clock.at = datetime(2027, 6, 6, 12, 0)  # phase 1's deadline
    passed = DeadlinePassed("rights.deadline_passed", due="2027-06-06 12:00").message()
    press(qtbot, screen, Qt.Key.Key_Z, CTRL)  # would put the salted duck eggs back
    assert screen.error_text() == passed
    assert count_items(demo_session.ctx, query) == 89
    press(qtbot, screen, Qt.Key.Key_Z, CTRL)  # would take the spec back
    assert screen.error_text() == passed
    assert get_item(demo_session.ctx, egg.id).spec == "30枚装"
    assert not screen.undo_button.isEnabled()  # both refused steps left the stack


def test_rows_turn_grey_when_the_deadline_passes_with_the_screen_open(screen, demo_session, clock):
    clock.at = datetime(2027, 6, 6, 11, 59)
    act_as(demo_session, "王建国")
    egg = demo_item(demo_session, "新鲜鸡蛋")
    assert cell(screen, egg.id, "spec").flags() & Qt.ItemFlag.ItemIsEditable
    assert not screen.lock_banner.isVisible() and screen.add_button.isEnabled()

    clock.at = datetime(2027, 6, 6, 12, 0)
    screen._clock.timeout.emit()  # the screen's minute tick, without waiting a minute
    index = cell(screen, egg.id, "spec")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert "has passed" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert screen.lock_banner.isVisible() and "2027-06-06 12:00" in screen.lock_banner.text()
    assert not screen.add_button.isEnabled()
    assert "passed" in screen.filters.counters.deadline.text()
