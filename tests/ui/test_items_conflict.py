"""Two people on one database file: a stale cell in the grid conflicts, never overwrites."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from items_fixtures import (  # noqa: F401
    cell,
    demo_session,
    phase_id,
    screen,
    type_into_cell,
)
from PySide6.QtCore import Qt
from signed_in import as_user

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.services.context import connect
from promoplanner.services.history import object_history
from promoplanner.services.items import ItemQuery, get_item, list_items
from promoplanner.ui.items import ItemsScreen
from promoplanner.ui.items.conflicts import CONFLICT
from promoplanner.ui.session import AppSession

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def colleague(qtbot, demo_session, clock):
    """王建国 (buyer-food) on his own PC: another engine on the same database file."""
    path = demo_session.ctx.uow.engine.url.database
    ctx = as_user(connect(path, clock=clock), "buyer-food")
    widget = ItemsScreen(AppSession(ctx))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    yield widget
    ctx.uow.engine.dispose()


def type_in(qtbot, grid, item_id: int, key: str, text: str) -> None:
    """Type into the grid's cell, its window in front (two windows are open)."""
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    type_into_cell(qtbot, grid.table, cell(grid, item_id, key), text)


def food_item(session, phase: int):
    """An item of the food buyer's, in phase 2."""
    buyer = as_user(session.ctx, "buyer-food").actor.buyer_id
    return list_items(session.ctx, ItemQuery(phase_id=phase, buyer_id=buyer))[0]


def stale_grids(qtbot, screen, colleague, demo_session, clock):
    """Both grids show the item; the colleague saves a new promotion price first."""
    clock.at = datetime(2027, 5, 20, 10, 32)
    phase = phase_id(demo_session, "2")
    item = food_item(demo_session, phase)
    for grid in (screen, colleague):
        grid.filters.show_phase(phase)
    assert screen.model.item_at(screen.model.row_of(item.id)).version == item.version  # loaded
    theirs = item.promo_price - Decimal("0.10")
    type_in(qtbot, colleague, item.id, "promo_price", f"{theirs}")
    type_in(qtbot, colleague, item.id, "notes", "堆头")
    assert get_item(demo_session.ctx, item.id).promo_price == theirs
    clock.at = datetime(2027, 5, 20, 10, 40)
    mine = item.promo_price - Decimal("0.20")
    type_in(qtbot, screen, item.id, "promo_price", f"{mine}")
    return item, theirs, mine


def test_a_stale_cell_keeps_the_typed_value_marked_and_the_row_shows_the_new_version(
    qtbot, screen, colleague, demo_session, clock
):
    item, theirs, mine = stale_grids(qtbot, screen, colleague, demo_session, clock)
    assert get_item(demo_session.ctx, item.id).promo_price == theirs  # nothing overwritten
    price = cell(screen, item.id, "promo_price")
    assert price.data() == f"{mine}"  # as typed
    assert price.data(Qt.ItemDataRole.BackgroundRole).color() == CONFLICT
    tip = price.data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Changed by 王建国 at 10:32: ¥{theirs:.2f}; yours ¥{mine:.2f}."
    assert cell(screen, item.id, "notes").data() == "堆头"  # the rest of the row is theirs
    assert screen.conflict_bar.isVisible()
    assert "Changed by 王建国" in screen.conflict_bar.label.text()
    assert screen.unsaved_work()  # the typed value is not dropped without asking


def test_keep_mine_saves_over_the_new_version_with_its_history(
    qtbot, screen, colleague, demo_session, clock
):
    item, theirs, mine = stale_grids(qtbot, screen, colleague, demo_session, clock)
    screen.conflict_bar.mine_button.click()
    assert get_item(demo_session.ctx, item.id).promo_price == mine
    assert get_item(demo_session.ctx, item.id).notes == "堆头"  # their other change stays
    assert not screen.conflict_bar.isVisible()
    price = cell(screen, item.id, "promo_price")
    assert price.data(Qt.ItemDataRole.BackgroundRole) is None
    last = object_history(demo_session.ctx, ObjectKind.ITEM, item.id)[-1]
    assert (last.user, last.action) == ("planner", Action.UPDATE)
    assert last.before == {"promo_price": f"{theirs:.2f}"}
    assert last.after == {"promo_price": f"{mine:.2f}"}


def test_take_theirs_from_the_context_menu_drops_the_typed_value(
    qtbot, screen, colleague, demo_session, clock
):
    item, theirs, _mine = stale_grids(qtbot, screen, colleague, demo_session, clock)
    screen.table.setCurrentIndex(cell(screen, item.id, "promo_price"))
    (take,) = [a for a in screen.table.actions() if a.text() == "Take theirs"]
    take.trigger()
    assert get_item(demo_session.ctx, item.id).promo_price == theirs
    price = cell(screen, item.id, "promo_price")
    assert price.data() == f"{theirs:.2f}"
    assert price.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not screen.conflict_bar.isVisible() and not screen.unsaved_work()


def test_undo_never_reverts_a_colleagues_later_edit(qtbot, screen, colleague, demo_session, clock):
    clock.at = datetime(2027, 5, 20, 10, 32)
    phase = phase_id(demo_session, "2")
    item = food_item(demo_session, phase)
    screen.filters.show_phase(phase)
    colleague.filters.show_phase(phase)
    mine = item.promo_price - Decimal("0.20")
    type_in(qtbot, screen, item.id, "promo_price", f"{mine}")
    assert get_item(demo_session.ctx, item.id).promo_price == mine
    theirs = item.promo_price - Decimal("0.30")
    colleague.model.refresh()  # his grid reads the planner's change, then he types over it
    type_in(qtbot, colleague, item.id, "promo_price", f"{theirs}")
    assert get_item(demo_session.ctx, item.id).promo_price == theirs

    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    assert get_item(demo_session.ctx, item.id).promo_price == theirs  # not reverted
    assert "王建国" in screen.error_text()
    assert not screen.editor.stack.canUndo()


def test_undo_of_my_own_steps_still_works_after_my_later_edit(qtbot, screen, demo_session, clock):
    phase = phase_id(demo_session, "2")
    item = food_item(demo_session, phase)
    screen.filters.show_phase(phase)
    first, second = item.promo_price - Decimal("0.20"), item.promo_price - Decimal("0.40")
    type_in(qtbot, screen, item.id, "promo_price", f"{first}")
    type_in(qtbot, screen, item.id, "promo_price", f"{second}")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    assert get_item(demo_session.ctx, item.id).promo_price == item.promo_price
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert get_item(demo_session.ctx, item.id).promo_price == first
