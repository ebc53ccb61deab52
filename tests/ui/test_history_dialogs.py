"""An item's history (grid → History) and a phase's change log, as a planner reads them."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import datetime

from items_fixtures import (  # noqa: F401
    cell,
    demo_item,
    demo_session,
    phase_id,
    screen,
    type_into_cell,
)
from PySide6.QtCore import Qt
from signed_in import as_user

from promoplanner.core.audit import Action
from promoplanner.services.items import ItemQuery, list_items, update_item
from promoplanner.ui.history import ChangeLogDialog, ItemHistoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def table_text(model) -> list[list[str]]:
    """Every cell as shown, row by row."""
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_ctrl_h_shows_every_change_of_the_item_with_delete_and_restore(
    qtbot, screen, demo_session, clock, qtmodeltester
):
    clock.at = datetime(2027, 5, 20, 10, 32)
    beer = demo_item(demo_session, "青岛啤酒经典")
    screen.filters.show_phase(phase_id(demo_session, "2"))
    type_into_cell(qtbot, screen.table, cell(screen, beer.id, "promo_price"), "3.50")
    screen.table.setCurrentIndex(cell(screen, beer.id, "name"))
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Minus, CTRL)  # remove the row
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)  # and bring it back
    screen.table.setCurrentIndex(cell(screen, beer.id, "spec"))
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_H, CTRL)

    dialog = screen.history_dialog
    assert isinstance(dialog, ItemHistoryDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    rows = table_text(dialog.model)
    # Newest first: the restore, the delete, the price, then how the demo made it.
    assert [r[2] for r in rows[:3]] == ["Restored", "Deleted", "Changed"]
    assert rows[2][1] == "周敏" and rows[2][3] == "Promotion price"
    assert rows[2][4] == f"¥{beer.promo_price:.2f}" and rows[2][5] == "¥3.50"
    assert len(rows) == 3  # the demo builds its items without history entries
    # The clock was set (--now): the real time stands beside the pretended one.
    assert rows[0][0].startswith("2027-05-20 10:32 (really ")
    deleted = dialog.model.index(1, 4)
    assert "Promotion price: ¥3.50" in dialog.model.data(deleted, Qt.ItemDataRole.ToolTipRole)
    # Read-only: no cell of the history can be edited.
    assert not any(
        dialog.model.flags(dialog.model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
        for r in range(dialog.model.rowCount())
        for c in range(dialog.model.columnCount())
    )


def test_history_on_a_new_row_says_there_is_none_yet(qtbot, screen, demo_session):
    screen.filters.show_phase(phase_id(demo_session, "2"))
    screen.add_row()
    screen.table.setFocus()
    screen.show_history()
    assert "saved item" in screen.error_text() or "saved item" in screen.strip.text()


def test_change_log_filters_by_person_action_and_day(qtbot, demo_session, clock, qtmodeltester):
    phase = phase_id(demo_session, "2")
    beer = demo_item(demo_session, "青岛啤酒经典")
    clock.at = datetime(2027, 5, 20, 9, 0)
    update_item(demo_session.ctx, beer.id, {"spec": "600ml"})
    clock.at = datetime(2027, 5, 21, 9, 0)
    buyer = as_user(demo_session.ctx, "buyer-food")
    food = list_items(buyer, ItemQuery(phase_id=phase, buyer_id=buyer.actor.buyer_id))[0]
    update_item(buyer, food.id, {"notes": "整箱"})

    log = ChangeLogDialog(demo_session, phase)
    qtbot.addWidget(log)
    qtmodeltester.check(log.model)
    everything = log.model.rowCount()
    assert everything >= 2
    log.choose(person="buyer-food")
    rows = table_text(log.model)
    assert [(r[1], r[2], r[4], r[6]) for r in rows] == [(rows[0][1], "Changed", "Notes", "整箱")]
    assert rows[0][3].startswith(food.name)
    log.choose(action=Action.UPDATE, day=datetime(2027, 5, 20).date())
    assert [(r[1], r[4], r[6]) for r in table_text(log.model)] == [("周敏", "Spec", "600ml")]
    log.choose()
    assert log.model.rowCount() == everything
    assert f"{everything} of {everything}" in log.count.text()
    assert not log.model.flags(log.model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable


def test_view_menu_opens_the_change_log_of_the_phase_shown(qtbot, window):
    window.show_screen("items")
    window.actions_by_name["change_log"].trigger()
    assert isinstance(window.change_log, ChangeLogDialog)
    items = window.current_screen()
    assert window.change_log.phase.currentData() == items.filters.phase_id()
