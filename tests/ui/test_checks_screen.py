"""The daily display check driven as a floor manager would: enter, scan, re-check, print."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from items_fixtures import demo_session, type_text  # noqa: F401
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from signed_in import as_user, sign_in

from promoplanner.core.i18n import set_language
from promoplanner.services.display import (
    display_day,
    record_display_check,
)
from promoplanner.services.display_setup import set_item_plu, set_scale_pattern
from promoplanner.ui.checks import DailyChecksScreen
from promoplanner.ui.checks.model import COLUMN
from promoplanner.ui.checks.walk import WalkOrderDialog

DAY = date(2027, 6, 20)  # inside phase 2 of the 2027 demo
CHECKED = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def floor1(demo_session):
    return demo_session.layout().floor_by_code("1F")


@pytest.fixture
def screen(qtbot, demo_session, clock, floor1):
    clock.at = datetime(2027, 6, 19, 18, 0)
    fm = as_user(demo_session.ctx, "floor")
    yesterday = display_day(fm, "2027-06-19", floor1.id).floors[0].lines
    record_display_check(fm, "2027-06-19", yesterday[0].item.barcode, placed="no", tag="ok",
                         pop="yes", stock="full", problem="堆头未到位", fixer="李明",
                         due="2027-06-20 09:00")  # fmt: skip
    record_display_check(fm, "2027-06-19", yesterday[1].item.barcode, placed="yes", tag="wrong",
                         pop="yes", stock="full", fixer="王芳", due="2027-06-20 18:00")  # fmt: skip
    clock.at = datetime(2027, 6, 20, 9, 30)
    sign_in(demo_session, "floor")
    widget = DailyChecksScreen(demo_session)
    qtbot.addWidget(widget)
    widget.floor.setCurrentIndex(widget.floor.findData(floor1.id))
    widget.resize(1500, 900)
    widget.show()
    return widget


def history_of(session, item_id, day=DAY):
    return display_day(session.ctx, day).line_for(item_id).history


def test_model_passes_qt_model_tester(qtmodeltester, screen):
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)


def test_open_tasks_from_yesterday_are_listed_and_the_overdue_one_stands_out(screen):
    fixes = screen.open_fixes()
    assert len(fixes) == 2 and "2 (1 overdue)" in screen.fixes_label.text()
    overdue_row = next(r for r in range(2) if "OVERDUE" in screen.fixes.item(r, 3).text())
    assert screen.fixes.item(overdue_row, 2).text() == "李明"
    assert screen.fixes.item(overdue_row, 0).font().bold()
    assert screen.fixes.item(1 - overdue_row, 0).font().bold() is False
    screen.only_open.setChecked(True)
    assert screen.model.rowCount() == 2


def test_entering_the_four_points_records_a_check_and_the_pass_rate(qtbot, screen, demo_session):
    line = screen.model.line(3)
    for key in ("placed", "tag_ok", "pop"):
        assert screen.model.setData(screen.model.index(3, COLUMN[key]), Qt.CheckState.Checked,
                                    CHECKED)  # fmt: skip
    assert history_of(demo_session, line.item.id) == ()  # stock still missing: a draft
    assert "1 entries not recorded yet" in screen.summary.text()
    screen.model.setData(screen.model.index(3, COLUMN["stock"]), "full")
    [check] = history_of(demo_session, line.item.id)
    assert check.ok and check.checker == "赵敏" and check.at == datetime(2027, 6, 20, 9, 30)
    assert check.round.value == "morning"
    listed = screen.model.rowCount()
    assert screen.rate.text() == f"1F: 1 of {listed} checked, 1 passed (100.0%)"
    assert "✓ 09:30" in screen.model.index(3, COLUMN["latest"]).data()


def test_low_stock_is_recorded_with_its_restock_task(qtbot, screen, demo_session):
    line = screen.model.line(3)
    model = screen.model
    for key in ("placed", "tag_ok", "pop"):
        model.setData(model.index(3, COLUMN[key]), Qt.CheckState.Checked, CHECKED)
    model.setData(model.index(3, COLUMN["stock"]), "low")
    assert history_of(demo_session, line.item.id) == ()  # a restock needs who and by when
    model.setData(model.index(3, COLUMN["problem"]), "补货")
    model.setData(model.index(3, COLUMN["fixer"]), "王芳")
    model.setData(model.index(3, COLUMN["due"]), "11:00")
    [check] = history_of(demo_session, line.item.id)
    assert check.ok and check.fix.fixer == "王芳" and check.fix.problem == "补货"
    row = next(r for r in range(screen.fixes.rowCount()) if screen.fixes.item(r, 0).text() ==
               line.item.name)  # fmt: skip
    assert screen.fixes.item(row, 1).text() == "补货; stock low, to restock"
    assert "1 passed (100.0%)" in screen.rate.text()  # low stock is no display fault


def test_the_found_banner_goes_when_the_selection_moves_on(qtbot, screen):
    found = screen.model.line(5).item
    assert screen.scan_barcode(found.barcode)
    assert "Found:" in screen.banner_text()
    screen.table.selectRow(5)  # the same item again: the banner stays
    assert "Found:" in screen.banner_text()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.selected_line().item.id != found.id
    assert screen.banner_text() == ""


def test_the_round_is_the_one_of_the_time_of_day(qtbot, screen, clock):
    assert screen.round_value() == "morning"  # 09:30
    screen.hide()
    clock.at = datetime(2027, 6, 20, 19, 45)
    screen.show()
    assert screen.round_value() == "evening"
    late = DailyChecksScreen(screen.session)
    qtbot.addWidget(late)
    assert late.round_value() == "evening"
    late.show()
    late.round.setFocus()
    qtbot.keyClick(late.round, Qt.Key.Key_Up)  # the floor manager picks midday
    assert late.round_value() == "midday"
    late.hide()
    late.show()
    assert late.round_value() == "midday"  # a round picked by hand is kept


def test_a_failure_needs_who_and_by_when_then_is_a_task(qtbot, screen, demo_session, clock):
    line = screen.model.line(4)
    model = screen.model
    model.setData(model.index(4, COLUMN["placed"]), Qt.CheckState.Checked, CHECKED)
    model.setData(model.index(4, COLUMN["tag_ok"]), Qt.CheckState.Unchecked, CHECKED)
    model.setData(model.index(4, COLUMN["pop"]), Qt.CheckState.Checked, CHECKED)
    model.setData(model.index(4, COLUMN["stock"]), "full")
    model.setData(model.index(4, COLUMN["problem"]), "价签未换")
    assert history_of(demo_session, line.item.id) == ()
    model.setData(model.index(4, COLUMN["due"]), "09:00")  # before the check: refused
    model.setData(model.index(4, COLUMN["fixer"]), "王芳")
    assert "not after the check" in screen.strip.text()
    assert history_of(demo_session, line.item.id) == ()
    model.setData(model.index(4, COLUMN["due"]), "12:00")
    [check] = history_of(demo_session, line.item.id)
    assert not check.ok and check.fix.fixer == "王芳" and check.fix.due.hour == 12
    assert len(screen.open_fixes()) == 3
    # the evening walk finds it right: both checks on record, the task done
    clock.at = datetime(2027, 6, 20, 18, 0)
    screen.round.setCurrentIndex(screen.round.findData("evening"))
    screen.table.selectRow(4)
    assert screen.record_all_right()
    assert [c.ok for c in history_of(demo_session, line.item.id)] == [False, True]
    assert len(screen.open_fixes()) == 2


def test_recheck_closes_an_open_task(qtbot, screen, demo_session):
    screen.fixes.selectRow(0)
    item_id = screen.fixes.item(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(screen.recheck, Qt.MouseButton.LeftButton)
    assert "its task is done" in screen.banner_text()
    assert [f.item.id for f in screen.open_fixes()] != [] and all(
        f.item.id != item_id for f in screen.open_fixes()
    )
    assert history_of(demo_session, item_id)[-1].ok


def test_scanning_finds_by_barcode_scale_label_and_plu(qtbot, screen, demo_session):
    line = screen.model.line(5)
    qtbot.keyClicks(screen.scan, line.item.barcode)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.selected_line().item.id == line.item.id and "Found:" in screen.banner_text()
    weighed = screen.model.line(6).item
    planner = as_user(demo_session.ctx, "planner")  # the store's settings are the planner's
    set_scale_pattern(planner, "2 PPPPP VVVVV C")
    set_item_plu(planner, weighed.id, "123")
    screen.reload()
    assert screen.scan_barcode("2000123012346")  # a scale label: PLU 00123, price 01234
    assert screen.selected_line().item.id == weighed.id
    assert not screen.scan_barcode("6900000000017")
    assert "is no item's barcode or PLU" in screen.banner_text()


def test_walking_order_is_set_on_the_screen(qtbot, screen, demo_session, floor1):
    dialog = WalkOrderDialog(demo_session, floor1.id, screen.current)
    qtbot.addWidget(dialog)
    first = dialog.order()
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    for _ in range(dialog.list.count()):
        dialog.move(-1)
    wanted = dialog.order()
    assert wanted[0] == first[-1]
    screen.ask_walk_order = lambda floor_id: wanted
    qtbot.mouseClick(screen.walk_button, Qt.MouseButton.LeftButton)
    assert screen.model.line(0).department.id == wanted[0]


def test_print_writes_the_sheet_as_pdf(qtbot, screen, tmp_path):
    target = tmp_path / "sheet.pdf"
    opened = []
    screen.ask_pdf_path = lambda suggested: str(target)
    screen.open_file = opened.append
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [str(target)]


def test_empty_day_notice_and_delete_clears_an_entry(qtbot, screen):
    screen.model.setData(screen.model.index(0, COLUMN["placed"]), Qt.CheckState.Checked, CHECKED)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert screen.model.pending() == 0
    screen.day.setDate(QDate(2027, 7, 30))  # after the campaign: nothing on sale
    assert "outside every phase" in screen.strip.text()


def test_an_entry_survives_another_day_being_shown(qtbot, screen):
    model = screen.model
    model.setData(model.index(2, COLUMN["problem"]), "待补货")
    item = model.line(2).item
    screen.day.setDate(QDate(2027, 6, 19))
    screen.day.setDate(QDate(2027, 6, 20))
    assert model.index(model.row_of(item.id), COLUMN["problem"]).data() == "待补货"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_render_the_screen(qtbot, screen, language, tmp_path):
    from promoplanner.ui.fonts import register_fonts
    from promoplanner.ui.language import install_translators

    register_fonts()  # the program's own Chinese font, as the real start-up does
    set_language(language)
    install_translators(QApplication.instance(), language)
    widget = DailyChecksScreen(screen.session)
    qtbot.addWidget(widget)
    widget.floor.setCurrentIndex(widget.floor.findData(screen.floor_id()))
    widget.resize(1500, 900)
    widget.show()
    captions = [widget.day, widget.floor, widget.round, widget.scan]
    labels = [w.text() for w in widget.findChildren(QLabel) if w.buddy() in captions]
    colon = "：" if language == "zh" else ":"
    assert len(labels) == 4 and all(label.endswith(colon) for label in labels), labels
    if language == "zh":
        assert labels[:3] == ["日期：", "楼层：", "班次："]
    target = os.environ.get("PROMOPLANNER_SHOTS", str(tmp_path))
    assert widget.grab().save(os.path.join(target, f"checks-{language}.png"))
    install_translators(QApplication.instance(), "en")
