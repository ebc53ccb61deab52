"""Write item lists and the blank template as .csv (UTF-8 with BOM) or .xlsx.

A CSV opens right in Chinese Excel only with a BOM; its barcodes are written ="…" so
Excel keeps all 13 digits instead of showing 6.90123E+12, and its prices as plain
numbers (1280.00). In an .xlsx the barcode column is text and the prices are numbers;
the template carries drop-down lists for floor, department, tier and yes/no.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from promoplanner.core.errors import DomainError

TEMPLATE_ROWS = 500  # rows of the template that carry the drop-down lists


@dataclass(frozen=True)
class Table:
    """A list to write: its headers, rows of plain values, and what each column holds."""

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    text_columns: frozenset[int] = frozenset()  # barcodes: kept as text, every digit
    money_columns: frozenset[int] = frozenset()
    title: str = ""  # the worksheet's name


@dataclass(frozen=True)
class Choices:
    """Drop-down lists of the template: the column they apply to and the words offered."""

    column: int
    words: Sequence[str]
    prompt: str = ""


@dataclass(frozen=True)
class Template:
    """The blank list: the headers, an example row, the drop-downs."""

    table: Table
    choices: Sequence[Choices] = field(default_factory=tuple)
    lists_title: str = "Lists"
    note: str = ""


def file_kind(path: Path | str) -> str:
    """ "csv" or "xlsx" from the file's name; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    raise DomainError("export.bad_type", field="output", path=str(path))


def write_table(path: Path | str, table: Table) -> None:
    """The table as .csv or .xlsx, as the file's name says."""
    data = csv_bytes(table) if file_kind(path) == "csv" else xlsx_bytes(table)
    Path(path).write_bytes(data)


def write_template(path: Path | str, template: Template) -> None:
    """The blank template as .csv (headers and example) or .xlsx (with drop-downs)."""
    if file_kind(path) == "csv":
        Path(path).write_bytes(csv_bytes(template.table))
    else:
        Path(path).write_bytes(xlsx_bytes(template.table, template))


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with BOM, comma-separated, barcodes ="…", prices 1280.00."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_cell(i, v, table) for i, v in enumerate(row)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(index: int, value: object, table: Table) -> str:
    if value is None:
        return ""
    if index in table.money_columns and isinstance(value, Decimal):
        return f"{value:.2f}"
    if index in table.text_columns and str(value):
        return f'="{value}"'
    return str(value)


def xlsx_bytes(table: Table, template: Template | None = None) -> bytes:
    """An .xlsx workbook of the table (and the template's lists and drop-downs)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = (table.title or "Items")[:31]
    sheet.append(list(table.headers))
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    for row in table.rows:
        sheet.append([_xlsx_cell(i, v, table) for i, v in enumerate(row)])
    last = max(len(table.rows) + 1, TEMPLATE_ROWS if template else 0)
    for index in range(len(table.headers)):
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = 16 if index in table.text_columns else 12
        for row_number in range(2, last + 1):
            cell = sheet.cell(row_number, index + 1)
            if index in table.text_columns:
                cell.number_format = "@"  # text: Excel keeps every digit of a barcode
            elif index in table.money_columns:
                cell.number_format = "0.00"
    sheet.freeze_panes = "A2"
    if template is not None:
        lists = book.create_sheet((template.lists_title or "Lists")[:31])
        for n, choice in enumerate(template.choices, start=1):
            letter = get_column_letter(n)
            lists.cell(1, n, table.headers[choice.column])
            for r, word in enumerate(choice.words, start=2):
                lists.cell(r, n, word)
            end = len(choice.words) + 1
            rule = DataValidation(
                type="list",
                formula1=f"'{lists.title}'!${letter}$2:${letter}${max(end, 2)}",
                allow_blank=True,
                showDropDown=False,  # openpyxl's name is inverted: False shows the arrow
            )
            rule.error, rule.errorTitle = choice.prompt, table.headers[choice.column]
            rule.prompt = choice.prompt
            rule.showErrorMessage = True
            column = get_column_letter(choice.column + 1)
            rule.add(f"{column}2:{column}{TEMPLATE_ROWS}")
            sheet.add_data_validation(rule)
        if template.note:
            sheet.cell(1, len(table.headers) + 2, template.note).font = Font(italic=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_cell(index: int, value: object, table: Table) -> object:
    if value is None:
        return None
    if index in table.text_columns:
        return str(value)
    if index in table.money_columns and isinstance(value, Decimal):
        return value  # openpyxl writes a Decimal as the number it is
    return value
