"""The daily display check driven as a floor manager would: tick, type, scan, print."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import date, datetime

import pytest
import shiboken6
from items_fixtures import commit, demo_session, type_text  # noqa: F401
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from signed_in import sign_in

from promoplanner.services.checks import check_sheet, record_check
from promoplanner.ui.checks import DailyChecksScreen
from promoplanner.ui.checks.model import COLUMN
from promoplanner.ui.session import AppSession

DAY = date(2027, 6, 20)  # inside phase 2 of the 2027 demo
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def floor1(demo_session):
    return demo_session.layout().floor_by_code("1F")


@pytest.fixture
def screen(qtbot, demo_session, clock, floor1):
    clock.at = datetime(2027, 6, 19, 18, 0)
    sign_in(demo_session, "floor")
    yesterday = check_sheet(demo_session.ctx, date(2027, 6, 19), floor1.id).lines
    record_check(
        demo_session.ctx, "2027-06-19", yesterday[0].item.id, checker="赵敏", arrived=True,
        golden_position=False, price_tag_ok=True,
    )  # fmt: skip
    record_check(
        demo_session.ctx, "2027-06-19", yesterday[1].item.id, checker="赵敏", arrived=True,
        golden_position=True, price_tag_ok=True,
    )  # fmt: skip
    clock.at = datetime(2027, 6, 20, 9, 30)
    widget = DailyChecksScreen(demo_session)
    qtbot.addWidget(widget)
    widget.floor.setCurrentIndex(widget.floor.findData(floor1.id))
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def today_of(session, item_id, floor_id):
    sheet = check_sheet(session.ctx, DAY, floor_id)
    return next(line for line in sheet.lines if line.item.id == item_id).today


def test_model_passes_qt_model_tester(qtmodeltester, screen):
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)


def test_lists_the_printed_sheet_with_yesterdays_failures(screen, demo_session, floor1):
    sheet = check_sheet(demo_session.ctx, DAY, floor1.id)
    shown = [screen.model.line(r).item.id for r in range(screen.model.rowCount())]
    assert shown == [line.item.id for line in sheet.lines]
    assert screen.checker.text() == "赵敏"
    failed_row = next(r for r, line in enumerate(sheet.lines) if line.failed_yesterday)
    text = screen.model.index(failed_row, COLUMN["yesterday"]).data()
    assert "not at golden position" in text
    screen.only_failed.setChecked(True)
    assert screen.model.rowCount() == 1
    assert "1 failed yesterday" in screen.summary.text()


def test_ticking_results_and_typing_a_note_are_recorded(qtbot, screen, demo_session, floor1):
    line = screen.model.line(3)
    index = screen.model.index(3, COLUMN["price_tag_ok"])
    screen.table.setFocus()
    screen.table.setCurrentIndex(index)
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)  # first tick: yes
    assert today_of(demo_session, line.item.id, floor1.id).price_tag_ok is True
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)  # second: no, it is wrong
    saved = today_of(demo_session, line.item.id, floor1.id)
    assert saved.price_tag_ok is False and saved.checker == "赵敏" and saved.arrived is None
    note = screen.model.index(3, COLUMN["note"])
    screen.table.setCurrentIndex(note)
    screen.table.edit(note)
    type_text(qtbot, QApplication.focusWidget(), "价签已更换")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    commit(qtbot, screen.table)
    saved = today_of(demo_session, line.item.id, floor1.id)
    assert saved.note == "价签已更换" and saved.price_tag_ok is False


def test_scanning_a_barcode_marks_the_item_arrived(qtbot, screen, demo_session, floor1):
    line = screen.model.line(5)
    assert screen.scan.hasFocus()
    qtbot.keyClicks(screen.scan, line.item.barcode)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert today_of(demo_session, line.item.id, floor1.id).arrived is True
    assert line.item.name in screen.banner_text()
    assert screen.scan.text() == "" and screen.scan.hasFocus()
    assert screen.table.currentIndex().row() == 5


def test_a_scanner_typing_into_the_table_still_scans(qtbot, screen, demo_session, floor1):
    line = screen.model.line(2)
    screen.table.setFocus()
    qtbot.keyClicks(screen.table, line.item.barcode)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert today_of(demo_session, line.item.id, floor1.id).arrived is True


def test_a_barcode_not_on_the_list_is_said_loudly(qtbot, screen, demo_session, floor1):
    second_floor = next(
        line for line in check_sheet(demo_session.ctx, DAY).lines if line.floor.code == "2F"
    )
    qtbot.keyClicks(screen.scan, second_floor.item.barcode)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "is not on this day's list" in screen.banner_text()
    assert "It is on the 2F list." in screen.banner_text()
    assert "#c62828" in screen.banner.styleSheet()
    assert today_of(demo_session, second_floor.item.id, second_floor.floor.id) is None
    qtbot.keyClicks(screen.scan, "6901234567892")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.banner_text() == "6901234567892 is not on this day's list!"


def test_without_a_checker_name_nothing_is_recorded_and_the_field_says_so(
    qtbot, screen, demo_session, floor1
):
    screen.checker.clear()
    line = screen.model.line(0)
    qtbot.keyClicks(screen.scan, line.item.barcode)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert today_of(demo_session, line.item.id, floor1.id) is None
    assert "This field is required." in screen.strip.text()
    assert "#f8c8c8" in screen.checker.styleSheet()


def test_a_future_day_is_refused_in_words(qtbot, screen, demo_session, floor1):
    screen.day.setDate(QDate(2027, 6, 22))
    line = screen.model.line(0)
    assert not screen.scan_barcode(line.item.barcode)
    assert "has not come yet" in screen.strip.text()
    assert "has not come yet" in screen.banner_text()


def test_print_writes_the_sheet_as_pdf(qtbot, screen, tmp_path):
    target = tmp_path / "sheet.pdf"
    opened = []
    screen.ask_pdf_path = lambda suggested: str(target)
    screen.open_file = opened.append
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [str(target)]


def test_empty_day_notice_goes_when_a_sale_day_is_chosen(screen):
    screen.day.setDate(QDate(2027, 7, 30))  # after the campaign: nothing on sale
    assert "No special-price item" in screen.banner_text()
    screen.day.setDate(QDate(2027, 6, 20))
    assert screen.model.rowCount() > 0
    assert screen.banner_text() == ""


def mark_pixels(screen, row: int, key: str):
    """(green, red, centre lightness) of the mark at the left of a result cell, as drawn."""
    screen.table.clearSelection()
    screen.table.setCurrentIndex(screen.model.index(row, COLUMN["name"]))
    image = screen.table.viewport().grab().toImage()
    rect = screen.table.visualRect(screen.model.index(row, COLUMN[key]))
    green = red = 0
    dark = []
    for x in range(rect.left(), rect.left() + 30):
        for y in range(rect.top() + 2, rect.bottom() - 1):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            green += g - r > 60 and g - b > 40
            red += r - g > 80 and r - b > 80
            if c.lightness() < 160:
                dark.append((x, y))
    xs, ys = [p[0] for p in dark], [p[1] for p in dark]
    centre = image.pixelColor((min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2)
    return green, red, centre.lightness()


def test_not_checked_yes_and_no_look_unmistakably_different(qtbot, screen, demo_session, floor1):
    line = screen.model.line(0)
    arrived = screen.table.visualRect(screen.model.index(0, COLUMN["arrived"]))
    box = arrived.topLeft() + QPoint(14, arrived.height() // 2)
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert today_of(demo_session, line.item.id, floor1.id).arrived is True
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, COLUMN["golden_position"]))
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    saved = today_of(demo_session, line.item.id, floor1.id)
    assert saved.golden_position is False and saved.price_tag_ok is None
    green, red, _centre = mark_pixels(screen, 0, "arrived")
    assert green > 20 and red == 0  # a green tick
    green, red, _centre = mark_pixels(screen, 0, "golden_position")
    assert red > 20 and green == 0  # a red cross
    green, red, centre = mark_pixels(screen, 0, "price_tag_ok")
    assert green == 0 and red == 0 and centre > 200  # an empty box, nothing filled in
    # The marks are explained where a person looks: over the column and above the table.
    legend = screen.model.headerData(COLUMN["arrived"], Qt.Orientation.Horizontal, TOOLTIP)
    assert "not checked yet" in legend.lower()
    shown = [label.text().lower() for label in screen.findChildren(QLabel) if label.isVisible()]
    assert "not checked yet" in shown


def test_all_floors_starts_at_the_left_edge_with_the_item_name_in_view(qtbot, screen):
    bar = screen.table.horizontalScrollBar()
    bar.setValue(bar.maximum())  # the person had scrolled right to type notes
    assert bar.value() > 0
    screen.floor.setCurrentIndex(screen.floor.findData(None))  # "All floors"
    table = screen.table
    assert bar.value() == 0
    assert table.columnViewportPosition(COLUMN["floor"]) == 0
    name_end = table.columnViewportPosition(COLUMN["name"]) + table.columnWidth(COLUMN["name"])
    assert name_end < table.viewport().width() // 2
    results_end = table.columnViewportPosition(COLUMN["price_tag_ok"]) + table.columnWidth(
        COLUMN["price_tag_ok"]
    )
    assert results_end <= table.viewport().width()  # all three results fit at 1400 px


def test_the_program_ending_while_a_note_is_typed_gives_no_traceback(
    qtbot, demo_session, clock, floor1
):
    clock.at = datetime(2027, 6, 20, 9, 30)
    session = AppSession(demo_session.ctx)
    sign_in(session, "floor")
    widget = DailyChecksScreen(session)  # deleted by hand below, so not given to qtbot
    widget.floor.setCurrentIndex(widget.floor.findData(floor1.id))
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    line = widget.model.line(3)
    note = widget.model.index(3, COLUMN["note"])
    widget.table.setFocus()
    widget.table.setCurrentIndex(note)
    widget.table.edit(note)
    type_text(qtbot, QApplication.focusWidget(), "缺货")
    shiboken6.delete(session)  # Python may take the session down first at exit
    shiboken6.delete(widget)  # a traceback here fails the test (pytest-qt reports it)
    QApplication.processEvents()
    assert today_of(demo_session, line.item.id, floor1.id) is None


def test_leaving_the_screen_records_the_note_being_typed(qtbot, screen, demo_session, floor1):
    line = screen.model.line(3)
    note = screen.model.index(3, COLUMN["note"])
    screen.table.setFocus()
    screen.table.setCurrentIndex(note)
    screen.table.edit(note)
    type_text(qtbot, QApplication.focusWidget(), "缺货")
    screen.hide()
    assert today_of(demo_session, line.item.id, floor1.id).note == "缺货"
