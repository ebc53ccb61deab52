"""The import preview and the buyers' lists as people use them in the window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from sheet_files import HEADERS_ZH, ean, food_rows, make_csv, make_xlsx
from signed_in import sign_in
from sqlalchemy import func, select

from promoplanner.core.audit import Action
from promoplanner.core.import_preview import RowState
from promoplanner.core.submissions import SubmissionState
from promoplanner.services.history import list_history
from promoplanner.services.late import late_list
from promoplanner.services.submissions import list_submissions
from promoplanner.storage import tables as t
from promoplanner.ui.imports.model import ImportPreviewTableModel


def fake_files(window, path):
    class FakeDialog:
        @staticmethod
        def getOpenFileName(*_args, **_kwargs):
            return str(path), ""

        @staticmethod
        def getSaveFileName(*_args, **_kwargs):
            return str(path), ""

    window.file_dialog = FakeDialog


def item_count(session) -> int:
    with session.ctx.uow.reading() as s:
        return s.scalar(select(func.count()).select_from(t.FlyerItemRow))


def open_import(qtbot, window, path):
    fake_files(window, path)
    window.actions_by_name["import"].trigger()
    dialog = window.findChild(type(window), "") or None
    from promoplanner.ui.imports.dialog import ImportDialog

    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert dialogs, window.statusBar().currentMessage()
    dialog = dialogs[-1]
    qtbot.addWidget(dialog)
    return dialog


def type_into(qtbot, dialog, row: int, field: str, text: str) -> None:
    """Double-click the cell, type the new value as a person would, press Enter."""
    view = dialog.table
    index = dialog.model.index(row, dialog.model.column_of(field))
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    editor.selectAll() if hasattr(editor, "selectAll") else None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_the_preview_model_passes_qts_checks(qtmodeltester, window, tmp_path):
    from promoplanner.services.imports import preview_import
    from promoplanner.sheets.reading import read_sheet

    sign_in(window.session, "buyer-food")
    rows = food_rows(5)
    rows[2][4] = "abc"
    sheet = read_sheet(make_xlsx(tmp_path / "m.xlsx", [HEADERS_ZH, *rows]))
    phase = window.session.snapshot().phases[0]
    model = ImportPreviewTableModel(window.session.layout())
    model.set_preview(preview_import(window.session.ctx, phase.id, sheet))
    qtmodeltester.check(model)
    assert model.data(model.index(2, model.column_of("regular_price")),
                      Qt.ItemDataRole.BackgroundRole) is not None  # fmt: skip


def test_done_when_through_the_window(qtbot, window, gui_session, tmp_path, clock):
    """A buyer imports the food list, fixes two rows, submits; the planner approves;
    after the cutoff the buyer is refused; the record of another buyer is as it stood."""
    sign_in(window.session, "buyer-food")
    rows = food_rows(6, start=400)
    rows[1][5] = 20  # promotion price above the regular price
    rows[3][1] = "6.90123E+12"  # Excel rounded the barcode
    path = make_xlsx(tmp_path / "端午食品.xlsx", [HEADERS_ZH, *rows], title="端午节 食品特价")
    before = item_count(gui_session)
    dialog = open_import(qtbot, window, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.count() == 2
    assert dialog.problems.item(0).text().startswith("Row 5, column F (促销价)")
    type_into(qtbot, dialog, 1, "promo_price", "9.50")
    type_into(qtbot, dialog, 3, "barcode", ean(4444))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.preview.counts()[RowState.NEW] == 6
    dialog.import_button.click()
    assert item_count(gui_session) == before + 6
    assert "6 new" in window.statusBar().currentMessage()
    dashboard = window.show_screen("dashboard")
    panel = dashboard.submissions.panel
    assert panel.submit_button.isVisible() and panel.submit_button.isEnabled()
    panel.submit_button.click()
    phase1 = gui_session.snapshot().phases[0]
    assert panel.phase_id == phase1.id
    mine = {s.buyer_name: s for s in list_submissions(gui_session.ctx, phase1.id)}
    assert mine["王建国"].state is SubmissionState.SUBMITTED
    sign_in(window.session, "planner")
    planning = window.show_screen("planning")
    planning.phase_picker.choose(phase1.id)
    planning.submissions.select_buyer("王建国")
    assert planning.submissions.approve_button.isEnabled()
    planning.submissions.approve_button.click()
    mine = {s.buyer_name: s for s in list_submissions(gui_session.ctx, phase1.id)}
    assert mine["王建国"].state is SubmissionState.APPROVED
    # After the cutoff: the buyer is refused, and 张伟's record is what stood then.
    with gui_session.ctx.uow.reading() as s:
        due = s.scalar(select(func.min(t.DeadlineRow.due)).where(
            t.DeadlineRow.phase_id == phase1.id))  # fmt: skip
    clock.at = due + timedelta(minutes=5)
    sign_in(window.session, "buyer-food")
    again = open_import(qtbot, window, make_csv(tmp_path / "late.csv", [HEADERS_ZH, *food_rows(1)]))
    assert "deadline" in again.error.text().lower() and not again.import_button.isEnabled()
    again.reject()
    gui_session.data_changed.emit("planning")
    records = {r.buyer_name: r for r in late_list(gui_session.ctx, phase1.id).records}
    assert records["张伟"].short == 0 and records["王建国"].submitted_at is not None
    actions = [e.action for e in list_history(gui_session.ctx)]
    assert Action.IMPORT in actions and Action.SUBMIT in actions and Action.APPROVE in actions
    assert Action.RECORD in actions


def test_unknown_headers_are_asked_once(qtbot, window, tmp_path):
    sign_in(window.session, "buyer-food")
    asked = []

    def ask(_parent, unknown):
        asked.append([c.header for c in unknown])
        return {"货品名": "name", "序号": ""}

    window.ask_headers = ask
    rows = [
        ["序号", "货品名", "条码", "单位", "原价", "特价"],
        [1, "粽子", int(ean(8)), "只", 5, 4],
    ]
    path = make_xlsx(tmp_path / "words.xlsx", rows)
    dialog = open_import(qtbot, window, path)
    assert asked == [["序号", "货品名"]]
    assert dialog.preview.ready
    dialog.reject()
    open_import(qtbot, window, path).reject()
    assert len(asked) == 1  # remembered


def test_a_big_sheet_imports_in_a_worker_and_cancel_keeps_nothing(qtbot, window, tmp_path):
    sign_in(window.session, "buyer-food")
    path = make_csv(tmp_path / "big.csv", [HEADERS_ZH, *food_rows(3000, start=1000)])
    before = item_count(window.session)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60000)
    assert dialog.preview.ready
    dialog.start_import()
    assert dialog.progress is not None
    cancel = next(b for b in dialog.progress.findChildren(QPushButton))
    cancel.click()  # as a person presses Cancel
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.isFinished(), timeout=60000)
    qtbot.waitUntil(lambda: "cancelled" in dialog.error.text(), timeout=10000)
    assert item_count(window.session) == before
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert item_count(window.session) == before + 3000


def test_export_and_blank_template_from_the_file_menu(qtbot, window, tmp_path):
    target = tmp_path / "out.csv"
    fake_files(window, target)
    window.actions_by_name["export"].trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and "items written" in (
        window.statusBar().currentMessage()
    )
    blank = tmp_path / "blank.xlsx"
    fake_files(window, blank)
    window.actions_by_name["template"].trigger()
    from openpyxl import load_workbook

    assert load_workbook(blank).worksheets[0].data_validations.count >= 5


def test_a_refused_file_is_said_in_the_status_bar(qtbot, window, tmp_path):
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n")
    fake_files(window, bad)
    window.actions_by_name["import"].trigger()
    assert "not an Excel workbook" in window.statusBar().currentMessage()


def test_a_planner_returns_a_list_and_the_buyer_sees_why(qtbot, window, gui_session):
    sign_in(window.session, "buyer-food")
    dashboard = window.show_screen("dashboard")
    dashboard.submissions.panel.submit_button.click()
    sign_in(window.session, "planner")
    panel = window.show_screen("dashboard").submissions.panel
    panel.select_buyer("王建国")
    phase1 = gui_session.snapshot().phases[0]
    item = next(i for i in gui_session.snapshot().items_of(phase1.id) if i.buyer_id)
    panel.ask_return = lambda _buyer, items: ("请核对粽子规格", {items[0].id: "写明几只装"})
    panel.return_button.click()
    assert panel.message.text() == ""
    sign_in(window.session, "buyer-food")
    panel = window.show_screen("dashboard").submissions.panel
    assert "请核对粽子规格" in panel.mine.text() and "写明几只装" in panel.mine.text()
    assert panel.submit_button.isEnabled()
    assert item  # the planner commented on one of the buyer's own items


def test_each_row_says_its_problems_and_shows_flags_as_they_will_be_saved(qtbot, window, tmp_path):
    sign_in(window.session, "buyer-food")
    rows = food_rows(4)
    rows[0][6], rows[1][6], rows[2][6], rows[3][6] = "yes", "否", "Y", "N"
    rows[1][3] = ""  # no unit: Art. 7
    rows[2][5] = 20  # promotion price above the regular price
    dialog = open_import(qtbot, window, make_xlsx(tmp_path / "flags.xlsx", [HEADERS_ZH, *rows]))
    model = dialog.model
    problems_column = model.columnCount() - 1

    def shown(row: int, column: int) -> str:
        return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)

    assert shown(0, problems_column) == ""
    assert shown(1, problems_column).startswith("D: Unit is empty")
    assert "F: " in shown(2, problems_column)
    sensitive = model.column_of("sensitive")
    assert [shown(r, sensitive) for r in range(4)] == ["✓", "", "✓", ""]  # bad rows too
    assert shown(2, model.column_of("promo_price")) == "20.00"  # the wrong cell as read
    dialog.reject()
