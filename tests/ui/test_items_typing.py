"""Typing in the item grid as in Excel or WPS: rows stay put, Enter goes down, Delete clears."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from decimal import Decimal

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
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from signed_in import sign_in_buyer

from promoplanner.core.enums import PriceTier
from promoplanner.services.items import ItemQuery, count_items, get_item, list_items
from promoplanner.ui.items.columns import COLUMN_INDEX

CTRL = Qt.KeyboardModifier.ControlModifier


def act_as_buyer(session, name: str) -> None:
    buyer = next(b for b in session.layout().buyers if b.name == name)
    sign_in_buyer(session, buyer.id)


def phase1_items(session) -> dict[int, object]:
    query = ItemQuery(phase_id=phase_id(session, "1"))
    return {item.id: item for item in list_items(session.ctx, query)}


def editor_of(qtbot, table):
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def type_along(qtbot, table, texts: list[str], last_key=Qt.Key.Key_Tab) -> None:
    """Type into the open editor, then Tab to the next cell, for each text."""
    for i, text in enumerate(texts):
        editor = editor_of(qtbot, table)
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab if i < len(texts) - 1 else last_key)
    QApplication.processEvents()


def test_a_saved_new_row_stays_where_it_is_typed_until_the_person_leaves_it(
    qtbot, screen, demo_session
):
    act_as_buyer(demo_session, "王建国")  # buys for 1F only: a new row gets that floor
    table, model = screen.table, screen.model
    before = phase1_items(demo_session)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = model.rowCount() - 1
    headers = []  # the row header must be repainted: "*" becomes the row's number
    model.headerDataChanged.connect(lambda o, first, last: headers.append((o, first, last)))
    # Latin letters sort before the Chinese names: its sorted place is at the top.
    type_along(qtbot, table, ["aa端午香囊", "", "1个", "个", "20.00", "15.00"])
    qtbot.waitUntil(lambda: model.draft_at(row) is None)  # saved once both prices were in
    assert model.headerData(row, Qt.Orientation.Vertical) == str(row + 1)
    assert any(o == Qt.Orientation.Vertical and a <= row <= b for o, a, b in headers)
    new = next(i for i in phase1_items(demo_session).values() if i.name == "aa端午香囊")
    # The row did not move: the cursor, one Tab on, is still on the new item's row.
    assert model.item_at(row).id == new.id
    assert table.currentIndex() == model.index(row, COLUMN_INDEX["discount"])
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClicks(table, "B")  # typing opens the Tier cell's editor
    qtbot.keyClick(editor_of(qtbot, table), Qt.Key.Key_Return)
    commit(qtbot, table)
    assert get_item(demo_session.ctx, new.id).tier is PriceTier.B
    after = phase1_items(demo_session)
    changed = [i for i in before if after[i] != before[i]]
    assert changed == []  # nobody else's row was typed over
    assert model.item_at(row).id == new.id and table.currentIndex().row() == row
    # Leaving the row lets it take its sorted place; the cursor stays on the row it went to.
    above = model.item_at(row - 1)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: model.row_of(new.id) < 3)  # among the first, by name
    assert model.item_at(table.currentIndex().row()).id == above.id


def test_an_item_renamed_in_a_grid_sorted_by_name_stays_under_the_cursor(
    qtbot, screen, demo_session
):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    table, model = screen.table, screen.model
    row = model.row_of(egg.id)
    assert row > 5
    table.setFocus()
    table.setCurrentIndex(model.index(row, COLUMN_INDEX["name"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(qtbot, table)
    editor.selectAll()
    type_text(qtbot, editor, "aa新鲜鸡蛋")  # sorts first now
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor_of(qtbot, table)
    assert get_item(demo_session.ctx, egg.id).name == "aa新鲜鸡蛋"  # saved on leaving the cell
    assert model.item_at(row).id == egg.id  # still where it was typed, the cursor on it
    assert table.currentIndex() == model.index(row, COLUMN_INDEX["barcode"])
    below = model.item_at(row + 1)
    type_along(qtbot, table, ["6901234567892"], last_key=Qt.Key.Key_Return)
    commit(qtbot, table)
    stored = get_item(demo_session.ctx, egg.id)
    assert (stored.name, stored.barcode) == ("aa新鲜鸡蛋", "6901234567892")
    # Enter left the row: it takes its sorted place, the cursor is on the row below it.
    qtbot.waitUntil(lambda: model.row_of(egg.id) < 3)  # among the first, by name
    assert model.item_at(table.currentIndex().row()).id == below.id


def test_enter_moves_down_and_tab_moves_right(qtbot, screen, demo_session):
    table, model = screen.table, screen.model
    start = model.index(3, COLUMN_INDEX["spec"])
    table.setFocus()
    table.setCurrentIndex(start)
    item = model.item_at(3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_along(qtbot, table, ["大盒", "盒"], last_key=Qt.Key.Key_Return)
    commit(qtbot, table)
    stored = get_item(demo_session.ctx, item.id)
    assert (stored.spec, stored.unit) == ("大盒", "盒")
    # Tab went right (spec, unit); Enter went down, back to the column the row was begun in.
    assert table.currentIndex() == model.index(4, COLUMN_INDEX["spec"])
    qtbot.keyClick(table, Qt.Key.Key_Return)  # not editing: Enter still goes down
    assert table.currentIndex() == model.index(5, COLUMN_INDEX["spec"])


def test_delete_clears_the_cell_and_keeps_the_row(qtbot, screen, demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    query = ItemQuery(phase_id=egg.phase_id)
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(cell(screen, egg.id, "spec"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert get_item(demo_session.ctx, egg.id).spec == ""
    assert count_items(demo_session.ctx, query) == 90  # the item is still there
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert get_item(demo_session.ctx, egg.id).spec == egg.spec
    # A required cell keeps its value, and the strip says how to remove a row instead.
    table.setCurrentIndex(cell(screen, egg.id, "name"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert get_item(demo_session.ctx, egg.id).name == "新鲜鸡蛋"
    assert "Name cannot be left empty, so those cells keep their values" in screen.error_text()
    assert "Ctrl+-" in screen.error_text()


def test_ctrl_minus_removes_rows_and_asks_when_more_than_one_goes(qtbot, screen, demo_session):
    asked: list[str] = []
    answer = False
    screen.confirm = lambda _parent, _title, question, _yes, _no: asked.append(question) or answer
    table, model = screen.table, screen.model
    query = ItemQuery(phase_id=phase_id(demo_session, "1"))
    selection = QItemSelection(model.index(2, 0), model.index(4, len(COLUMN_INDEX) - 1))
    table.setFocus()
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(table, Qt.Key.Key_Minus, CTRL)
    assert asked == ["Remove 3 rows from the flyer? Ctrl+Z puts them back."]
    assert count_items(demo_session.ctx, query) == 90  # kept
    answer = True
    qtbot.keyClick(table, Qt.Key.Key_Minus, CTRL)
    assert count_items(demo_session.ctx, query) == 87
    # one row goes without a question
    table.setCurrentIndex(model.index(0, COLUMN_INDEX["name"]))
    qtbot.keyClick(table, Qt.Key.Key_Minus, CTRL)
    assert count_items(demo_session.ctx, query) == 86 and len(asked) == 2


def test_the_context_menu_offers_clear_and_remove_as_separate_commands(screen):
    words = [a.text() for a in screen.table.actions()]
    assert "Clear cells" in words and "Remove rows…" in words
    assert screen.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    keys = {a.text(): a.shortcuts()[0].toString() for a in screen.table.actions() if a.shortcuts()}
    assert keys["Clear cells"] == "Del" and keys["Remove rows…"] == "Ctrl+-"


def test_a_new_row_with_two_mistakes_shows_both_and_keeps_saying_why(qtbot, screen, demo_session):
    act_as_buyer(demo_session, "王建国")
    table, model = screen.table, screen.model
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = model.rowCount() - 1
    # a mistyped barcode and a promotion price above the regular one
    type_along(
        qtbot,
        table,
        ["端午绿豆糕", "6901234567890", "300g", "盒", "39.90", "45.00"],
        Qt.Key.Key_Return,
    )
    commit(qtbot, table)
    said = screen.error_text().splitlines()
    assert said[0].startswith("New row, Barcode: The last digit does not match")
    assert said[1].startswith("New row, Promotion price: The promotion price 45.00 must be below")
    for key in ("barcode", "promo_price"):
        index = model.index(row, COLUMN_INDEX[key])
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # both cells red
    assert table.currentIndex() == model.index(row, COLUMN_INDEX["barcode"])
    # one fixed: the other is still said
    type_into_cell(qtbot, table, model.index(row, COLUMN_INDEX["barcode"]), "6901234567892")
    assert screen.error_text().startswith("New row, Promotion price:")
    assert model.draft_at(row) is not None
    type_into_cell(qtbot, table, model.index(row, COLUMN_INDEX["promo_price"]), "29.90")
    qtbot.waitUntil(lambda: model.draft_at(row) is None)
    saved = demo_item(demo_session, "端午绿豆糕")
    assert (saved.barcode, saved.promo_price) == ("6901234567892", Decimal("29.90"))
    assert screen.error_text() == ""


def test_a_new_row_without_a_floor_says_so_until_it_has_one(qtbot, screen, demo_session):
    table, model = screen.table, screen.model  # the planner: no floor is filled in for them
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = model.rowCount() - 1
    type_along(qtbot, table, ["端午绿豆糕", "", "", "", "12.80", "9.90"], Qt.Key.Key_Return)
    commit(qtbot, table)
    assert screen.error_text() == "New row: fill in Floor to save it."
    assert model.draft_at(row) is not None
    index = model.index(row, COLUMN_INDEX["floor_id"])
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = editor_of(qtbot, table)
    combo.setCurrentIndex(combo.findText("1F", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.draft_at(row) is None)
    assert demo_item(demo_session, "端午绿豆糕").promo_price == Decimal("9.90")


def test_the_buyer_and_floor_pickers_list_names_by_pinyin(qtbot, screen, demo_session):
    combo = screen.filters.buyer
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == ["陈静", "李秀英", "刘芳", "王建国", "张伟"]  # chen, li, liu, wang, zhang
    floors = [screen.filters.floor.itemText(i)[:2] for i in range(1, screen.filters.floor.count())]
    assert floors == ["1F", "2F", "3F"]
    table, model = screen.table, screen.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, COLUMN_INDEX["buyer_id"]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    picker = editor_of(qtbot, table)
    assert [picker.itemText(i) for i in range(1, picker.count())] == names
    qtbot.keyClick(picker, Qt.Key.Key_Escape)


def test_typing_on_another_buyers_row_changes_nothing_and_says_why(qtbot, screen, demo_session):
    """A trial finding: "box" typed on a read-only Unit cell jumped on "b" to the next row
    whose unit starts with b, and "ox" was saved into that item. Here with a barcode's
    digits (QTest types Latin characters only)."""
    act_as_buyer(demo_session, "王建国")  # 1F; the 2F and 3F rows are read-only for him
    table, model = screen.table, screen.model
    unit = COLUMN_INDEX["barcode"]
    rows = range(model.rowCount())

    def text(r: int) -> str:
        return str(model.index(r, unit).data() or "")

    def own(r: int) -> bool:
        return model.item_at(r) is not None and model.lock_reason(model.item_at(r)) is None

    # A read-only row and a letter whose next row down (a type-to-search's jump) is his own.
    theirs, letter = next(
        (r, text(o)[0])
        for r in rows
        if model.item_at(r) is not None and not own(r)
        for o in rows
        if own(o)
        and text(o)
        and next(n for n in [*rows[r + 1 :], *rows[: r + 1]] if text(n)[:1] == text(o)[0]) == o
    )
    before = phase1_items(demo_session)
    start = model.index(theirs, unit)
    table.setFocus()
    table.setCurrentIndex(start)
    qtbot.keyClicks(table, letter + "90")
    QApplication.processEvents()
    assert table.currentIndex() == start  # the cursor stays on the cell typed on
    assert table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(table, Qt.Key.Key_Return)
    commit(qtbot, table)
    assert phase1_items(demo_session) == before  # nothing typed landed anywhere
    assert screen.strip.isVisibleTo(screen)
    assert screen.strip.text() == model.lock_reason(model.item_at(theirs))
