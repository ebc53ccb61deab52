"""A sheet's header and cells as Excel and WPS keep them, read without any file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from promoplanner.core.errors import DomainError
from promoplanner.core.fields import parse_flag, parse_item_values
from promoplanner.core.sheet import (
    IGNORE,
    SheetRow,
    cell_text,
    column_letter,
    find_header,
    header_key,
    missing_columns,
    row_values,
)


def test_header_found_under_a_title_and_a_date_line():
    rows = [
        ["端午节特价商品明细表"],
        ["日期:2027-06-01", None, None],
        [None],
        ["序号", "商品名称", "条形码", "规格", "计价单位", "零售价(元)", "促销价(元)", "楼层"],
        [1, "粽子", 6901234567892, "500g", "袋", 12.8, 9.9, "1F"],
    ]
    header = find_header(rows)
    assert header.row == 3
    fields = {name: c.letter for name, c in header.fields.items()}
    assert fields == {
        "name": "B", "barcode": "C", "spec": "D", "unit": "E", "regular_price": "F",
        "promo_price": "G", "floor_id": "H",
    }  # fmt: skip
    assert [c.header for c in header.unknown] == ["序号"]


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("品名", "name"), ("Name", "name"), ("条码", "barcode"), ("BARCODE", "barcode"),
        ("规格", "spec"), ("单位", "unit"), ("原价", "regular_price"),
        ("零售价", "regular_price"), ("Regular price", "regular_price"),
        ("特价", "promo_price"), ("促销价", "promo_price"), ("敏感", "sensitive"),
        ("敏感商品", "sensitive"), ("楼层", "floor_id"), ("部门", "department_id"),
        ("价格带", "tier"), ("档次", "tier"), ("采购", "buyer_id"), ("备注", "notes"),
        ("*品名（必填）", "name"), ("  特 价 ", None),
    ],
)  # fmt: skip
def test_the_usual_header_words_in_chinese_and_english(written, field):
    others = [w for w, f in (("楼层", "floor_id"), ("品名", "name"), ("特价", "promo_price"))
              if f != field][:2]  # fmt: skip
    header = find_header([[written, *others]])
    assert header.columns[0].field == field


def test_a_header_cell_merged_over_two_rows_keeps_its_word_in_the_upper_row():
    rows = [
        ["品名", "价格", None, "楼层"],
        [None, "原价", "特价", None],
        ["粽子", 12.8, 9.9, "1F"],
    ]
    header = find_header(rows)
    assert header.row == 1
    assert {n: c.letter for n, c in header.fields.items()} == {
        "name": "A", "regular_price": "B", "promo_price": "C", "floor_id": "D",
    }  # fmt: skip


def test_remembered_answers_name_unknown_headers_or_leave_them_out():
    rows = [["货品", "条码", "原价", "特价", "序号"]]
    assert find_header(rows).column_of("name") is None
    header = find_header(rows, {"货品": "name", "序号": IGNORE})
    assert header.column_of("name").letter == "A"
    assert header.unknown == ()


def test_no_header_and_a_field_twice_are_refused():
    with pytest.raises(DomainError) as no_header:
        find_header([["hello"], [1, 2, 3]])
    assert no_header.value.key == "sheet.no_header"
    with pytest.raises(DomainError) as twice:
        find_header([["品名", "原价", "零售价"]])
    assert twice.value.key == "sheet.column_twice"
    assert "原价" in twice.value.message() and "零售价" in twice.value.message()


def test_missing_required_columns_are_named():
    header = find_header([["品名", "条码", "原价"]])
    assert missing_columns(header) == ["unit", "promo_price", "floor_id"]  # unit: Art. 7
    assert missing_columns(header, {"floor_id": 1}) == ["unit", "promo_price"]


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        (6901234567892, "6901234567892"),  # an int cell
        (6901234567892.0, "6901234567892"),  # a number cell, whole
        ("6901234567892", "6901234567892"),
        ('="6901234567892"', "6901234567892"),  # as our CSV export keeps it
        ("'6901234567892", "6901234567892"),  # Excel's text apostrophe
        ("６９０１２３４５６７８９２", "6901234567892"),
        ("6901234567892.0", "6901234567892"),
    ],
)
def test_barcodes_stored_as_numbers_are_read_exactly(cell, read):
    assert cell_text("barcode", cell) == read


@pytest.mark.parametrize("cell", ["6.90123E+12", "6.90123e12", 6.901234567892e16, 1.5])
def test_a_barcode_excel_rounded_is_refused(cell):
    with pytest.raises(DomainError) as refused:
        cell_text("barcode", cell)
    assert refused.value.key == "sheet.barcode_lost_digits"
    assert refused.value.field == "barcode"


@pytest.mark.parametrize(
    ("cell", "price"),
    [
        ("¥12.80", "12.80"), ("￥12.8", "12.80"), ("1,280.00", "1280.00"), ("1,280", "1280.00"),
        ("１２．８", "12.80"), ("12,80", "12.80"), ("12.8元", "12.80"), (12.8, "12.80"),
        (10.240000000000002, "10.24"), (15, "15.00"), (" 9.90 ", "9.90"),
    ],
)  # fmt: skip
def test_prices_as_chinese_offices_write_them(cell, price):
    typed = parse_item_values({"promo_price": cell_text("promo_price", cell)})
    assert typed["promo_price"] == Decimal(price)


@pytest.mark.parametrize("cell", ["1,2,3", "12,345,6"])
def test_an_ambiguous_price_is_refused(cell):
    with pytest.raises(DomainError) as refused:
        cell_text("regular_price", cell)
    assert refused.value.key == "sheet.price_ambiguous"


@pytest.mark.parametrize(
    ("cell", "flag"),
    [("是", True), ("否", False), ("Y", True), ("n", False), ("✓", True), (1, True),
     (0, False), (1.0, True), (True, True), ("", False), ("是 ", True)],
)  # fmt: skip
def test_yes_and_no_as_they_are_written(cell, flag):
    assert parse_flag(cell_text("sensitive", cell)) is flag


def test_empty_optional_cells_are_left_out_and_cell_problems_kept():
    header = find_header([["品名", "条码", "原价", "特价", "楼层", "备注"]])
    values, problems = row_values(
        header, SheetRow(5, ("粽子", "6.90123E+12", 12.8, 9.9, "1F", None))
    )
    assert values == {"name": "粽子", "barcode": "6.90123E+12", "regular_price": Decimal("12.8"),
                      "promo_price": Decimal("9.9"), "floor_id": "1F"}  # fmt: skip
    assert [p.key for p in problems] == ["sheet.barcode_lost_digits"]


def test_column_letters_and_header_keys():
    assert [column_letter(i) for i in (0, 25, 26, 51, 702)] == ["A", "Z", "AA", "AZ", "AAA"]
    assert header_key("原价（元）") == header_key("原价") == "原价"
    assert header_key("Promo  Price") == "promo price"
