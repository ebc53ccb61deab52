"""Importing buyers' sheets: every problem on its row, one transaction, re-import by barcode."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from sheet_files import HEADERS_ZH, ean, food_rows, make_csv, make_xlsx
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.errors import DeadlinePassed, DomainError
from promoplanner.core.import_preview import RowState
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.headers import remember_headers, remembered_headers
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.imports import (
    ImportCancelled,
    ImportRefused,
    import_preview,
    preview_import,
    recheck_preview,
)
from promoplanner.sheets.reading import read_sheet
from promoplanner.storage import tables as t


@pytest.fixture
def food(demo_ctx):
    """王建国, the demo's food buyer (1F), signed in."""
    return as_user(demo_ctx, "buyer-food")


def phase_id(ctx, number=1):
    return find_phase(load_snapshot(ctx, find_campaign(ctx).id), number).id


def counts(ctx):
    """What a refused import must leave exactly as it was."""
    with ctx.uow.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(t.FlyerItemRow)),
            session.scalar(select(func.count()).select_from(t.HistoryRow)),
            session.scalar(select(func.max(t.FlyerItemRow.version))),
        )


def preview_of(ctx, path, number=1, **kwargs):
    sheet = read_sheet(path, remembered_headers(ctx))
    return preview_import(ctx, phase_id(ctx, number), sheet, **kwargs)


def test_a_buyers_xlsx_with_a_title_row_and_numeric_barcodes_is_imported(food, tmp_path):
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *food_rows(12)], title="端午节特价")
    preview = preview_of(food, path)
    assert preview.counts()[RowState.NEW] == 12 and preview.ready
    assert [r.number for r in preview.rows][:2] == [4, 5]  # title, blank line, header above
    result = import_preview(food, preview)
    assert len(result.created) == 12
    items = {i.barcode: i for i in load_snapshot(food, find_campaign(food).id).items}
    first = items[ean(0)]
    assert (first.name, str(first.promo_price), first.unit) == ("测试商品0", "9.90", "袋")
    assert first.buyer_id == food.actor.buyer_id  # a buyer's rows are theirs
    entries = list_history(food, HistoryQuery(phase_id=phase_id(food)))
    assert sum(1 for e in entries if e.action is Action.CREATE) == 12
    sheet = [e for e in entries if e.action is Action.IMPORT]
    assert sheet[0].object.kind is ObjectKind.SHEET and sheet[0].after["new"] == 12
    assert all(e.user == "buyer-food" for e in entries[-13:])


def test_reimporting_updates_by_barcode_and_never_duplicates(food, tmp_path):
    rows = food_rows(5)
    make_xlsx(tmp_path / "a.xlsx", [HEADERS_ZH, *rows])
    import_preview(food, preview_of(food, tmp_path / "a.xlsx"))
    before = counts(food)[0]
    rows[1][5] = 8.8  # a new promotion price
    rows[2][0] = "改名商品"
    make_xlsx(tmp_path / "b.xlsx", [HEADERS_ZH, *rows, *food_rows(1, start=50)])
    preview = preview_of(food, tmp_path / "b.xlsx")
    states = [r.state for r in preview.rows]
    assert states == [RowState.UNCHANGED, RowState.CHANGED, RowState.CHANGED, RowState.UNCHANGED,
                      RowState.UNCHANGED, RowState.NEW]  # fmt: skip
    assert preview.rows[1].verdict.changes == {"promo_price": Decimal("8.80")}
    result = import_preview(food, preview)
    assert (len(result.created), len(result.changed), result.unchanged) == (1, 2, 3)
    assert counts(food)[0] == before + 1
    items = {i.barcode: i for i in load_snapshot(food, find_campaign(food).id).items}
    assert str(items[ean(1)].promo_price) == "8.80" and items[ean(2)].name == "改名商品"


BAD_CASES = [
    ("negative price", 4, -1, "input.money_negative"),
    ("zero price", 5, 0, "input.price_not_positive"),
    ("promo not below", 5, 20, "input.promo_not_below_regular"),
    ("check digit", 1, 6901234567890, "barcode.check_digit"),
    ("letters", 1, "69012345A7892", "barcode.not_digits"),
    ("scientific", 1, "6.90123E+12", "sheet.barcode_lost_digits"),
    ("unknown floor", 7, "9F", "bulk.unknown_floor"),
    ("unknown department", 8, "玩具部", "bulk.unknown_department"),
    ("other buyer's floor", 7, "2F", "rights.not_your_floor"),
]


@pytest.mark.parametrize(
    ("case", "column", "value", "key"), BAD_CASES, ids=[c[0] for c in BAD_CASES]
)
def test_each_bad_row_is_named_and_nothing_is_written(food, tmp_path, case, column, value, key):
    rows = food_rows(4)
    rows[2][column] = value
    if case == "other buyer's floor":
        rows[2][8] = "洗化"  # a department of 2F
    path = make_xlsx(tmp_path / "bad.xlsx", [HEADERS_ZH, *rows])
    before = counts(food)
    preview = preview_of(food, path)
    problems = preview.problems()
    assert [(p.number, p.error.key) for p in problems][:1] == [(4, key)]
    assert problems[0].column == "ABCDEFGHI"[column]
    with pytest.raises(ImportRefused) as refused:
        import_preview(food, preview)
    assert "Row 4" in refused.value.message() and "nothing was imported" in refused.value.message()
    assert counts(food) == before


def test_the_same_barcode_twice_in_the_file_names_both_rows(food, tmp_path):
    rows = food_rows(3)
    rows[2][1] = rows[0][1]
    preview = preview_of(food, make_csv(tmp_path / "twice.csv", [HEADERS_ZH, *rows]))
    (problem,) = preview.problems()
    assert problem.number == 4 and "row 2" in problem.message()


def test_several_problems_of_one_row_are_all_said(food, tmp_path):
    rows = food_rows(1)
    rows[0][0], rows[0][4], rows[0][7] = "", "abc", "9F"
    preview = preview_of(food, make_csv(tmp_path / "many.csv", [HEADERS_ZH, *rows]))
    assert {p.column for p in preview.problems()} == {"A", "E", "H"}


def test_fixing_in_place_or_leaving_out_lets_the_import_through(food, tmp_path):
    rows = food_rows(4)
    rows[1][5] = 30  # promo above regular
    rows[3][1] = "6.90123E+12"
    preview = preview_of(food, make_xlsx(tmp_path / "fix.xlsx", [HEADERS_ZH, *rows]))
    assert [p.number for p in preview.problems()] == [3, 5]
    preview.set_value(1, "promo_price", "9.50")
    preview.leave_out(3)
    recheck_preview(food, preview)
    assert preview.ready
    result = import_preview(food, preview)
    assert len(result.created) == 3


def test_empty_rows_are_skipped_not_errors(food, tmp_path):
    rows = [HEADERS_ZH, *food_rows(2), [None] * 9, ["", " ", None], *food_rows(1, start=9)]
    sheet = read_sheet(make_xlsx(tmp_path / "gaps.xlsx", rows))
    assert sheet.skipped_empty == 2 and [r.number for r in sheet.rows] == [2, 3, 6]


def test_missing_required_columns_are_refused_before_any_row(demo_ctx, tmp_path):
    path = make_csv(tmp_path / "cols.csv", [["品名", "条码", "原价"], ["粽子", ean(1), "5"]])
    with pytest.raises(DomainError) as refused:
        preview_of(demo_ctx, path)
    assert refused.value.key == "sheet.missing_columns"
    assert "Promotion price" in refused.value.message() and "Floor" in refused.value.message()


def test_a_buyer_of_one_floor_needs_no_floor_column(food, tmp_path):
    rows = [[r[0], r[1], r[3], r[4], r[5]] for r in food_rows(2)]
    path = make_csv(tmp_path / "nofloor.csv", [["品名", "条码", "单位", "原价", "特价"], *rows])
    assert len(import_preview(food, preview_of(food, path)).created) == 2


def test_a_planner_imports_for_a_buyer_by_name(demo_ctx, tmp_path):
    rows = food_rows(2)
    path = make_csv(tmp_path / "for.csv", [HEADERS_ZH, *rows], encoding="gb18030")
    preview = preview_of(demo_ctx, path, buyer="李秀英")
    result = import_preview(demo_ctx, preview)
    items = {i.id: i for i in load_snapshot(demo_ctx, find_campaign(demo_ctx).id).items}
    with demo_ctx.uow.reading() as session:
        li = session.scalar(select(t.BuyerRow.id).where(t.BuyerRow.name == "李秀英"))
    assert {items[i].buyer_id for i in result.created} == {li}
    with pytest.raises(DomainError) as refused:
        preview_of(as_user(demo_ctx, "buyer-food"), path, buyer="李秀英")
    assert refused.value.key == "sheet.not_a_buyer_default"


def test_a_deadline_that_passes_while_the_preview_is_open_refuses_the_import(food, tmp_path, clock):
    preview = preview_of(food, make_xlsx(tmp_path / "late.xlsx", [HEADERS_ZH, *food_rows(3)]))
    assert preview.ready
    before = counts(food)
    with food.uow.reading() as session:
        due = session.scalar(select(func.min(t.DeadlineRow.due)).where(
            t.DeadlineRow.phase_id == preview.phase_id))  # fmt: skip
    clock.at = due
    with pytest.raises(DeadlinePassed):
        import_preview(food, preview)
    assert counts(food) == before


def test_cancel_and_progress(food, tmp_path):
    path = make_csv(tmp_path / "big.csv", [HEADERS_ZH, *food_rows(1200)])
    preview = preview_of(food, path)
    seen = []
    before = counts(food)
    with pytest.raises(ImportCancelled):
        import_preview(food, preview, progress=lambda d, n: seen.append((d, n)),
                       cancelled=lambda: len(seen) >= 3)  # fmt: skip
    assert counts(food) == before
    seen.clear()
    import_preview(food, preview, progress=lambda d, n: seen.append((d, n)))
    assert seen[-1] == (2400, 2400) and all(a <= b for (a, _), (b, _) in pairwise(seen))


def test_an_unknown_header_is_remembered_per_person(food, demo_ctx, tmp_path):
    rows = [
        ["货品名", "条码", "单位", "原价", "特价", "楼层"],
        ["粽子", ean(3), "只", "5", "4", "1F"],
    ]
    path = make_csv(tmp_path / "words.csv", rows)
    with pytest.raises(DomainError):
        preview_of(food, path)  # no name column known
    remember_headers(food, {"货品名": "name"})
    assert remembered_headers(food) == {"货品名": "name"}
    assert preview_of(food, path).ready
    assert remembered_headers(demo_ctx) == {}  # the planner was not asked
