"""Reading real files: .xlsx and .csv as Excel and WPS write them, and every bad file refused."""

from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_files import HEADERS_ZH, ean, food_rows, make_csv, make_xlsx

from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.sheet import row_values
from promoplanner.sheets.reading import read_sheet, sheet_of, sniff_delimiter


def values_of(sheet):
    return [row_values(sheet.header, r)[0] for r in sheet.rows]


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("utf-8", True, ","), ("utf-8", False, ","), ("gb18030", False, ","),
     ("gb18030", False, "\t"), ("utf-8", True, ";")],
)  # fmt: skip
def test_csv_in_the_encodings_and_delimiters_chinese_offices_use(
    tmp_path, encoding, bom, delimiter
):
    rows = [HEADERS_ZH, *food_rows(3)]
    rows[1][4] = "1,280.00" if delimiter != "," else "¥12.80"
    path = make_csv(tmp_path / "list.csv", rows, encoding=encoding, bom=bom, delimiter=delimiter)
    sheet = read_sheet(path)
    values = values_of(sheet)
    assert values[0]["name"] == "测试商品0" and values[0]["barcode"] == ean(0)
    assert values[1]["promo_price"] == "9.9"
    assert sheet.header.column_of("department_id").header == "部门"


def test_xlsx_with_merged_title_numbers_and_booleans(tmp_path):
    rows = [HEADERS_ZH, *food_rows(2)]
    rows[1][6] = True
    sheet = read_sheet(make_xlsx(tmp_path / "list.xlsx", rows, title="端午节促销 特价商品明细"))
    assert sheet.header.row == 2 and [r.number for r in sheet.rows] == [4, 5]
    first = values_of(sheet)[0]
    assert first["barcode"] == ean(0) and first["sensitive"] is True


def test_an_exported_csv_reads_back_its_barcodes(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        '\ufeff品名,条码,原价,特价,楼层\r\n粽子,"=""6901234567892""",5,4,1F\r\n'.encode()
    )
    assert values_of(read_sheet(path))[0]["barcode"] == "6901234567892"


def refusal(path) -> str:
    with pytest.raises(DomainError) as refused:
        read_sheet(path)
    return refused.value.key


def test_a_file_that_is_not_a_spreadsheet(tmp_path):
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert refusal(png) == "sheet.not_xlsx"
    doc = tmp_path / "notes.docx"
    doc.write_text("hello")
    assert refusal(doc) == "sheet.unknown_type"
    noise = tmp_path / "noise.csv"
    noise.write_bytes(b"\x00\xff\xfe" + os.urandom(300))
    assert refusal(noise) == "sheet.not_text"
    text = tmp_path / "words.csv"
    text.write_text("just some words\nand more words\n", "utf-8")
    assert refusal(text) == "sheet.no_header"


def test_empty_files_and_a_header_without_rows(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    assert refusal(tmp_path / "empty.csv") == "sheet.empty"
    (tmp_path / "blank.csv").write_text("\n\n ,, \n", "utf-8")
    assert refusal(tmp_path / "blank.csv") == "sheet.empty"
    make_xlsx(tmp_path / "header.xlsx", [HEADERS_ZH])
    assert refusal(tmp_path / "header.xlsx") == "sheet.no_rows"
    assert refusal(tmp_path / "missing.xlsx") == "sheet.not_found"


def test_password_protected_and_old_workbooks(tmp_path):
    # Excel keeps an encrypted .xlsx in a compound file whose directory names the
    # EncryptionInfo stream; an old .xls is a compound file without it.
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    protected = tmp_path / "locked.xlsx"
    protected.write_bytes(head + "EncryptionInfo".encode("utf-16-le") + bytes(2000))
    assert refusal(protected) == "sheet.encrypted"
    old = tmp_path / "old.xls"
    old.write_bytes(head + "Workbook".encode("utf-16-le") + bytes(2000))
    assert refusal(old) == "sheet.old_xls"


def test_fifty_megabytes_of_noise_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "noise.csv"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    assert refusal(big) == "sheet.too_big"


def test_a_workbook_called_csv_and_a_text_called_xlsx(tmp_path):
    book = make_xlsx(tmp_path / "book.xlsx", [HEADERS_ZH, *food_rows(1)])
    renamed = tmp_path / "book.csv"
    renamed.write_bytes(book.read_bytes())
    assert refusal(renamed) == "sheet.really_xlsx"
    text = make_csv(tmp_path / "list.csv", [HEADERS_ZH, *food_rows(1)])
    called = tmp_path / "list.xlsx"
    called.write_bytes(text.read_bytes())
    with pytest.raises(DomainError) as refused:
        read_sheet(called)
    assert refused.value.key == "sheet.not_xlsx" and "rename it to .csv" in refused.value.message()


def test_a_damaged_workbook(tmp_path):
    book = make_xlsx(tmp_path / "book.xlsx", [HEADERS_ZH, *food_rows(1)])
    data = book.read_bytes()
    book.write_bytes(data[: len(data) // 2])
    assert refusal(book) == "sheet.cannot_read"


def test_the_delimiter_is_sniffed():
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert sniff_delimiter("品名,条码\n粽子,1\n") == ","


CSV_TEXT = st.text(
    alphabet=st.sampled_from([*'品名条码原价特价楼层,;\t"\n\r =.E+-¥', *string.printable]),
    max_size=400,
)


INPUTS = st.one_of(
    CSV_TEXT.map(lambda s: s.encode("utf-8")),
    st.binary(max_size=400),
    CSV_TEXT.map(lambda s: ("品名,条码,原价,特价,楼层\n" + s).encode("gb18030")),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=INPUTS)
def test_no_input_raises_anything_but_the_imports_own_refusal(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        sheet = read_sheet(path)
    except PromoError:
        return
    for row in sheet.rows:
        row_values(sheet.header, row)  # cell problems come back as values, never raised


def test_rows_from_any_reader_go_through_the_same_header_finding():
    sheet = sheet_of([["品名", "原价", "特价", "楼层"], ["粽子", "5", "4", "1F"]], "rows")
    assert values_of(sheet) == [{"name": "粽子", "regular_price": "5", "promo_price": "4",
                                 "floor_id": "1F"}]  # fmt: skip


def trimmed(rows):
    out = []
    for row in rows:
        row = list(row)
        while row and row[-1] is None:
            row.pop()
        out.append(tuple(row))
    while out and not out[-1]:
        out.pop()
    return out


def test_the_fast_reader_gives_what_openpyxl_gives(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    from promoplanner.sheets.reading import openpyxl_rows
    from promoplanner.sheets.xlsx_rows import workbook_rows

    book = Workbook()
    sheet = book.active
    sheet.append(["端午节特价"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["品名", "条码", "原价", "敏感", "日期", "备注"])
    sheet.append(["粽子 & 咸蛋 <礼盒>", 6901234567892, 12.8, True, datetime(2027, 6, 1), "a\nb"])
    sheet.append([None, None, 1e20, False, None, "=1+1"])
    sheet["H9"] = "far away"
    second = book.create_sheet("其他")
    second.append(["not this one"])
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    assert trimmed(workbook_rows(path)) == trimmed(openpyxl_rows(path))


def test_a_sheet_written_with_shared_strings_and_phonetic_guides(tmp_path):
    import zipfile

    from promoplanner.sheets.xlsx_rows import workbook_rows

    path = tmp_path / "shared.xlsx"
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook {main} {rel}><sheets><sheet name="S" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                   'Target="worksheets/sheet1.xml" Type="x"/></Relationships>')  # fmt: skip
        z.writestr("xl/sharedStrings.xml", f'<sst {main}><si><t>品名</t></si><si><r><t>粽</t>'
                   '</r><r><t>子</t></r><rPh sb="0" eb="1"><t>zong</t></rPh>'
                   '</si></sst>')  # fmt: skip
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {main}><sheetData><row r="1">'
                   '<c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>条码</t></is>'
                   '</c></row><row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>5.5</v></c>'
                   '<c r="C3" t="str"><v>A&amp;B</v></c></row></sheetData>'
                   '</worksheet>')  # fmt: skip
    assert workbook_rows(path) == [("品名", None, "条码"), (), ("粽子", 5.5, "A&B")]


def test_a_sheet_the_fast_reader_is_unsure_of_goes_to_openpyxl(tmp_path, monkeypatch):
    from promoplanner.sheets import xlsx_rows

    def unsure(_path):
        raise xlsx_rows.FastPathUnsure("test")

    monkeypatch.setattr(xlsx_rows, "workbook_rows", unsure)
    path = make_xlsx(tmp_path / "list.xlsx", [HEADERS_ZH, *food_rows(2)])
    assert len(read_sheet(path).rows) == 2
