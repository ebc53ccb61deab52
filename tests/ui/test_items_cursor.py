"""Where the cursor is after a refused new row or a paste: on the cell to work on, in view."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from items_fixtures import commit, demo_item, demo_session, screen, type_text  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from signed_in import sign_in_buyer

from promoplanner.ui.items.columns import COLUMN_INDEX

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def act_as_buyer(session, name: str) -> None:
    buyer = next(b for b in session.layout().buyers if b.name == name)
    sign_in_buyer(session, buyer.id)


def in_view(table, index) -> bool:
    """Whether the whole cell can be seen in the table's viewport."""
    rect = table.visualRect(index)
    return rect.isValid() and table.viewport().rect().contains(rect)


def type_cells(qtbot, table, texts: list[str], last_key=Qt.Key.Key_Return) -> None:
    """Type into the open editor, Tab to the next cell after each text but the last."""
    for i, text in enumerate(texts):
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not table
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab if i < len(texts) - 1 else last_key)
    commit(qtbot, table)


def test_a_refused_new_row_keeps_the_cursor_on_the_refused_cell_in_view(
    qtbot, screen, demo_session
):
    act_as_buyer(demo_session, "王建国")  # buys for 1F only: new rows get that floor
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = screen.model.rowCount() - 1
    type_cells(qtbot, table, ["端午绿豆糕", "6901234567892", "300g", "盒", "39.90", "45.00"])
    promo = screen.model.index(row, COLUMN_INDEX["promo_price"])
    # The row is saved a moment after Enter; the services refuse it then.
    qtbot.waitUntil(lambda: screen.error_text().startswith("New row, Promotion price:"))
    assert "must be below the regular price" in screen.error_text()
    assert screen.model.draft_at(row) is not None
    assert table.currentIndex() == promo
    assert in_view(table, promo), (table.visualRect(promo), table.viewport().rect())
    assert table.hasFocus()
    # F2 opens the refused cell again; a lower price saves the row.
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_cells(qtbot, table, ["29.90"])
    qtbot.waitUntil(lambda: demo_item_or_none(demo_session, "端午绿豆糕") is not None)
    assert screen.error_text() == ""


def test_down_after_a_refused_new_row_stays_near_it(qtbot, screen, demo_session):
    act_as_buyer(demo_session, "王建国")
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    row = screen.model.rowCount() - 1
    type_cells(qtbot, table, ["端午绿豆糕", "", "", "", "39.90", "45.00"])
    qtbot.waitUntil(lambda: "must be below" in screen.error_text())
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == row - 1  # not row 1 of the table


def demo_item_or_none(session, name: str):
    try:
        return demo_item(session, name)
    except LookupError:
        return None


def test_pasted_rows_are_selected_current_and_in_view(qtbot, screen, demo_session):
    table = screen.table
    names = ["端午绿豆糕", "五香茶叶蛋", "zz端午香囊"]
    QApplication.clipboard().setText(
        f"{names[0]}\t\t300g\t盒\t12.80\t9.90\t\t\t\t\t1F\n"
        f"{names[1]}\t\t4只\t袋\t6.00\t4.50\t\t\t\t\t1F\n"
        f"{names[2]}\t\t1个\t个\t20.00\t15.00\t\t\t\t\t1F\n"
    )
    table.setFocus()
    table.setCurrentIndex(screen.model.index(0, COLUMN_INDEX["spec"]))
    qtbot.keyClick(table, Qt.Key.Key_V, SHIFT_CTRL)
    assert "Rows added: 3." in screen.error_text()
    rows = sorted(screen.model.row_of(demo_item(demo_session, n).id) for n in names)
    current = table.currentIndex()
    assert current.isValid() and current.row() == rows[0]
    assert current.column() == COLUMN_INDEX["name"]
    assert in_view(table, current)
    selection = table.selectionModel()
    assert sorted(i.row() for i in selection.selectedRows()) == rows
    assert {i.row() for i in selection.selectedIndexes()} == set(rows)
    assert table.hasFocus()


def test_pasted_rows_far_from_the_cursor_are_scrolled_to(qtbot, screen, demo_session):
    table = screen.table
    model = screen.model
    table.setFocus()
    table.setCurrentIndex(model.index(model.rowCount() - 1, COLUMN_INDEX["spec"]))
    table.scrollToBottom()
    assert not in_view(table, model.index(0, 0))
    # Latin letters sort before the Chinese demo names: these land on the first rows.
    QApplication.clipboard().setText(
        "aa1号\t\t\t\t10\t8\t\t\t\t\t1F\naa2号\t\t\t\t10\t8\t\t\t\t\t1F\n"
    )
    qtbot.keyClick(table, Qt.Key.Key_V, SHIFT_CTRL)
    assert "Rows added: 2." in screen.error_text()
    rows = [model.row_of(demo_item(demo_session, n).id) for n in ("aa1号", "aa2号")]
    assert rows[0] < 3 and rows[1] == rows[0] + 1  # near the top, far from the cursor
    assert table.currentIndex() == model.index(rows[0], COLUMN_INDEX["name"])
    for row in rows:
        assert in_view(table, model.index(row, COLUMN_INDEX["name"]))
        assert table.selectionModel().isRowSelected(row)
    assert not table.selectionModel().isRowSelected(rows[1] + 1)
    # Down goes on from the pasted rows, not from where the cursor was before.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == rows[1]
