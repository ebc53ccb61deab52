"""Real spreadsheet files made by the tests: .xlsx through openpyxl, .csv in any encoding."""

from __future__ import annotations

import csv
import io
from pathlib import Path

HEADERS_ZH = ["品名", "条形码", "规格", "单位", "零售价", "促销价", "敏感商品", "楼层", "部门"]


def make_xlsx(path: Path, rows: list[list[object]], *, title: str | None = None,
              merge_title: bool = True) -> Path:  # fmt: skip
    """A workbook whose first sheet holds an optional title row, then the rows given."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    if title is not None:
        sheet.append([title])
        if merge_title and rows:
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def make_csv(path: Path, rows: list[list[object]], *, encoding: str = "utf-8",
             bom: bool = False, delimiter: str = ",") -> Path:  # fmt: skip
    """A CSV file as Excel or WPS would write it in that encoding."""
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def food_rows(count: int, start: int = 0, *, floor: str = "1F") -> list[list[object]]:
    """Rows of distinct valid food items with EAN-13 barcodes (as numbers, as Excel keeps them)."""
    from promoplanner.core.barcode import ean_check_digit

    rows = []
    for n in range(start, start + count):
        body = f"690{n:09d}"
        barcode = int(body + str(ean_check_digit(body)))
        rows.append([f"测试商品{n}", barcode, "500g", "袋", 12.8, 9.9, "否", floor, "休闲食品"])
    return rows


def ean(n: int) -> str:
    """A valid EAN-13 made from a number."""
    from promoplanner.core.barcode import ean_check_digit

    body = f"690{n:09d}"
    return body + str(ean_check_digit(body))
