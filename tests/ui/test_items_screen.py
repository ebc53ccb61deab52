"""The buyers' screen driven as a person would: typing into cells, keys, filters, rights."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from items_fixtures import (  # noqa: F401
    cell,
    commit,
    demo_item,
    demo_session,
    phase_id,
    screen,
    type_into_cell,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from signed_in import sign_in_buyer

from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.services.items import ItemQuery, count_items, get_item, update_item
from promoplanner.ui.items.columns import COLUMN_INDEX


def test_model_passes_qt_model_tester(qtmodeltester, screen):
    qtmodeltester.check(screen.model)
    screen.model.add_draft({})
    qtmodeltester.check(screen.model)


def test_shows_the_phase_whose_deadline_comes_next(screen, demo_session):
    assert screen.query().phase_id == phase_id(demo_session, "1")
    assert screen.model.rowCount() == 90
    assert any("1F" in t and "of 40–50 items" in t for t in screen.filters.counters.chip_texts())


def test_typing_a_price_reaches_the_database(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "promo_price"), "¥15.5")
    assert get_item(demo_session.ctx, item.id).promo_price == Decimal("15.50")
    assert screen.error_text() == ""


def test_promo_price_not_below_regular_is_kept_red_and_explained(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    index = cell(screen, item.id, "promo_price")
    type_into_cell(qtbot, screen.table, index, "30")
    assert get_item(demo_session.ctx, item.id).promo_price == item.promo_price
    index = cell(screen, item.id, "promo_price")
    assert index.data() == "30"  # what was typed is not lost
    assert "must be below the regular price" in index.data(Qt.ItemDataRole.ToolTipRole)
    row = index.row() + 1
    assert screen.error_text().startswith(f"Row {row}, Promotion price:")
    # Esc on the cell discards the refused text; the stored price shows again.
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    assert cell(screen, item.id, "promo_price").data() == "16.90"
    assert screen.error_text() == ""


def test_text_in_a_price_field_is_refused_then_fixed(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "regular_price"), "abc")
    index = cell(screen, item.id, "regular_price")
    assert index.data() == "abc"
    assert "is not an amount" in screen.error_text()
    assert screen.discard_button.isVisible()
    # Fixing the cell clears the mark and saves.
    type_into_cell(qtbot, screen.table, index, "23.90")
    assert get_item(demo_session.ctx, item.id).regular_price == Decimal("23.90")
    assert cell(screen, item.id, "regular_price").data() == "23.90"
    assert not screen.discard_button.isVisible()


def test_barcode_check_digit_is_checked_while_typing(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    index = cell(screen, item.id, "barcode")
    screen.table.setCurrentIndex(index)
    screen.table.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "6928433183655")  # last digit wrong
    assert "last digit does not match" in screen.error_text()
    assert editor.problem
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "4")
    assert screen.error_text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(qtbot, screen.table)
    assert get_item(demo_session.ctx, item.id).barcode == "6928433183654"
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "barcode"), "6928433183655")
    assert get_item(demo_session.ctx, item.id).barcode == "6928433183654"
    assert "last digit does not match" in screen.error_text()


def test_pickers_for_tier_display_and_buyer(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    for key, label in (("tier", "A"), ("display_form", "End rack"), ("buyer_id", "李秀英")):
        index = cell(screen, item.id, key)
        screen.table.setCurrentIndex(index)
        screen.table.edit(index)
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(label))
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        commit(qtbot, screen.table)
    saved = get_item(demo_session.ctx, item.id)
    assert saved.tier is PriceTier.A
    assert saved.display_form is DisplayForm.END_CAP
    assert demo_session.snapshot().buyer(saved.buyer_id).name == "李秀英"


def test_space_ticks_price_sensitive(qtbot, screen, demo_session):
    item = demo_item(demo_session, "散装红心咸鸭蛋")
    assert not item.sensitive
    screen.table.setFocus()
    screen.table.setCurrentIndex(cell(screen, item.id, "sensitive"))
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    assert get_item(demo_session.ctx, item.id).sensitive


def test_undo_and_redo_with_the_keyboard(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "name"), "新鲜鸡蛋(大)")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "promo_price"), "15.90")
    assert get_item(demo_session.ctx, item.id).name == "新鲜鸡蛋(大)"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_item(demo_session.ctx, item.id).promo_price == Decimal("16.90")
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_item(demo_session.ctx, item.id).name == "新鲜鸡蛋"
    qtbot.keyClick(screen.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert get_item(demo_session.ctx, item.id).name == "新鲜鸡蛋(大)"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, shift_ctrl)
    assert get_item(demo_session.ctx, item.id).promo_price == Decimal("15.90")


def test_ctrl_minus_removes_the_row_and_undo_puts_the_item_back(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    query = ItemQuery(phase_id=item.phase_id)
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "spec"), "30枚装")
    screen.table.setFocus()
    screen.table.setCurrentIndex(cell(screen, item.id, "name"))
    qtbot.keyClick(screen.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert count_items(demo_session.ctx, query) == 89
    assert screen.model.rowCount() == 89
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = demo_item(demo_session, "新鲜鸡蛋")
    assert back.id == item.id and back.barcode == item.barcode and back.spec == "30枚装"
    assert count_items(demo_session.ctx, query) == 90
    # The older edit still finds its item: it came back under its own id.
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_item(demo_session.ctx, back.id).spec == "30枚"


def test_insert_key_adds_a_row_saved_once_complete(qtbot, screen, demo_session):
    screen.filters.floor.setCurrentIndex(
        screen.filters.floor.findText("1F", Qt.MatchFlag.MatchStartsWith)
    )
    before = screen.model.rowCount()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    assert screen.model.rowCount() == before + 1
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "端午绿豆糕")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(qtbot, screen.table)
    draft_row = screen.model.rowCount() - 1
    type_into_cell(
        qtbot, screen.table, screen.model.index(draft_row, COLUMN_INDEX["regular_price"]), "12.8"
    )
    assert screen.model.draft_at(draft_row) is not None  # not saved before both prices
    type_into_cell(
        qtbot, screen.table, screen.model.index(draft_row, COLUMN_INDEX["promo_price"]), "9.9"
    )
    qtbot.waitUntil(lambda: screen.model.draft_at(draft_row) is None)
    saved = demo_item(demo_session, "端午绿豆糕")
    assert (saved.regular_price, saved.promo_price) == (Decimal("12.80"), Decimal("9.90"))
    assert demo_session.snapshot().floor(saved.floor_id).code == "1F"
    assert screen.model.rowCount() == before + 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    assert screen.model.item_at(screen.table.currentIndex().row()).id == saved.id
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with pytest.raises(LookupError):
        demo_item(demo_session, "端午绿豆糕")


def test_filter_box_and_header_sort_query_the_database(qtbot, screen, demo_session):
    type_text(qtbot, screen.filters.search, "粽")
    names = [
        screen.model.index(r, COLUMN_INDEX["name"]).data() for r in range(screen.model.rowCount())
    ]
    assert names and all("粽" in n for n in names)
    screen.filters.search.clear()
    screen.table.horizontalHeader().setSortIndicator(
        COLUMN_INDEX["promo_price"], Qt.SortOrder.DescendingOrder
    )
    prices = [Decimal(screen.model.index(r, COLUMN_INDEX["promo_price"]).data()) for r in range(5)]
    assert prices == sorted(prices, reverse=True)
    assert screen.query().sort == "promo_price" and screen.query().descending


def test_after_the_deadline_a_buyers_rows_are_grey_and_read_only(
    qtbot, screen, demo_session, clock
):
    buyer = next(b for b in demo_session.layout().buyers if b.name == "王建国")
    item = demo_item(demo_session, "新鲜鸡蛋")
    sign_in_buyer(demo_session, buyer.id)
    index = cell(screen, item.id, "promo_price")
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    clock.at = datetime(2027, 6, 7, 9, 0)
    sign_in_buyer(demo_session, buyer.id)
    index = cell(screen, item.id, "promo_price")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert "has passed" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert screen.lock_banner.isVisible() and "2027-06-06 12:00" in screen.lock_banner.text()
    assert not screen.model.setData(index, "1.00")
    assert get_item(demo_session.ctx, item.id).promo_price == item.promo_price
    assert not screen.add_button.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    assert screen.model.rowCount() == 90 and "has passed" in screen.error_text()


def test_other_buyers_rows_are_read_only(screen, demo_session):
    buyer = next(b for b in demo_session.layout().buyers if b.name == "陈静")
    sign_in_buyer(demo_session, buyer.id)
    index = cell(screen, demo_item(demo_session, "新鲜鸡蛋").id, "name")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert "You do not buy for 1F" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_rows_with_a_finding_are_marked_with_the_message(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    demo_session.change("items", update_item, item.id, {"promo_price": "2.00"})
    index = cell(screen, item.id, "status")
    # The rule check runs off the GUI thread: the mark comes a moment after the change.
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert "off, deeper than" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_select_object_switches_phase_and_clears_filters(screen, demo_session):
    qtbot_text = "no such text"
    screen.set_text_filter(qtbot_text)
    target = demo_item(demo_session, "麒麟西瓜")
    assert screen.select_object("item", target.id)
    assert screen.query().phase_id == target.phase_id and screen.query().text == ""
    current = screen.table.currentIndex()
    assert screen.model.item_at(current.row()).id == target.id


def test_photo_picker_saves_the_path_and_shows_a_thumbnail(qtbot, screen, demo_session, tmp_path):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "egg.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    image.save(str(picture))
    screen.delegate.choose_photo = lambda parent: str(picture)
    item = demo_item(demo_session, "新鲜鸡蛋")
    index = cell(screen, item.id, "photo")
    screen.table.setCurrentIndex(index)
    screen.table.edit(index)
    editor = QApplication.focusWidget().parent()
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    commit(qtbot, screen.table)
    assert get_item(demo_session.ctx, item.id).photo == str(picture)
    index = cell(screen, item.id, "photo")
    assert index.data() == "egg.png"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_discard_button_forgets_every_refused_entry(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "promo_price"), "x")
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "regular_price"), "y")
    assert screen.model.pending_count() == 2
    qtbot.mouseClick(screen.discard_button, Qt.MouseButton.LeftButton)
    assert screen.model.pending_count() == 0 and screen.error_text() == ""
    assert cell(screen, item.id, "promo_price").data() == "16.90"


def test_a_one_line_message_does_not_move_the_rows_under_the_mouse(qtbot, screen):
    """A trial finding: the strip appearing shrank the table, the rows slid, and a click
    meant for the new row changed row 90's price."""
    screen.resize(1400, 800)
    screen.show()
    qtbot.waitExposed(screen)
    table = screen.table
    before = (table.geometry(), table.verticalScrollBar().value())
    screen.show_error("Row 3, Promotion price: must be below the regular price.")
    QApplication.processEvents()
    assert screen.strip.isVisibleTo(screen)
    assert (table.geometry(), table.verticalScrollBar().value()) == before
    screen.strip.hide()
    QApplication.processEvents()
    assert table.geometry() == before[0]
