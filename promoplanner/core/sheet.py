"""A buyer's spreadsheet as plain rows: where its header is, what each cell means.

The file readers (promoplanner/sheets) turn an .xlsx or .csv into rows of cell values;
this module finds the header under any title rows, maps its words to the item fields
(core/fields.py's header words, plus what the person taught the program), and turns a
cell as Excel stored it into the text the field's parser reads — or says why it cannot.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from promoplanner.core.errors import DomainError
from promoplanner.core.fields import FIELDS, FIELDS_BY_NAME, FieldKind

# How far down a sheet the header may stand (title rows, a date line, a blank line...).
HEADER_SCAN_ROWS = 12
# A barcode Excel keeps as a number is exact up to this many digits (doubles hold 15-16).
EXACT_DIGITS = 14
IGNORE = ""  # a remembered answer: "this column means nothing to the import"

Cell = object  # str, int, float, bool, datetime or None, as openpyxl and csv give them


def header_key(value: object) -> str:
    """A header word as compared: full-width folded, notes in brackets and marks dropped."""
    word = unicodedata.normalize("NFKC", str(value if value is not None else ""))
    word = re.sub(r"[(\[【][^)\]】]*[)\]】]", "", word)  # 原价(元), 品名[必填]
    word = word.replace("*", "").replace(":", "").replace("\n", " ")
    return re.sub(r"\s+", " ", word).strip().lower()


def known_headers() -> dict[str, str]:
    """Every header word the field declaration knows, and the field it names."""
    words: dict[str, str] = {}
    for declared in FIELDS:
        for word in (*declared.headers, declared.label("en"), declared.label("zh")):
            words.setdefault(header_key(word), declared.name)
    return words


def column_letter(index: int) -> str:
    """The spreadsheet's name of a 0-based column: A, B, … Z, AA …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """One column of the sheet: where it is, what its header says, the field it fills."""

    index: int  # 0-based
    header: str  # as written in the sheet
    field: str | None  # None: not known (yet); IGNORE: the person said to leave it

    @property
    def letter(self) -> str:
        """The column's letter as the spreadsheet shows it."""
        return column_letter(self.index)


@dataclass(frozen=True)
class Header:
    """Where a sheet's header stands and what each of its columns means."""

    row: int  # 0-based index of the header row; data starts below it
    columns: tuple[Column, ...]

    @property
    def fields(self) -> dict[str, Column]:
        """The columns that fill a field, by field name."""
        return {c.field: c for c in self.columns if c.field}

    @property
    def unknown(self) -> tuple[Column, ...]:
        """Columns with a header the program does not know and nobody explained."""
        return tuple(c for c in self.columns if c.field is None)

    def column_of(self, field_name: str | None) -> Column | None:
        """The column that fills the field, if any."""
        return self.fields.get(field_name or "")


def find_header(
    rows: Sequence[Sequence[Cell]], remembered: Mapping[str, str] | None = None
) -> Header:
    """The header among the first rows: the row naming the most fields.

    A header cell left empty by a merge (a vertically merged "品名" spanning two header
    rows keeps its value in the upper one) takes the word of the cell above it.
    Refused when no row names at least two fields, or two columns name the same field.
    """
    words = known_headers() | {header_key(k): v for k, v in (remembered or {}).items()}
    best: tuple[int, int] | None = None  # (matches, row)
    for number in range(min(len(rows), HEADER_SCAN_ROWS)):
        texts = _header_texts(rows, number)
        matches = len({words[k] for k in map(header_key, texts) if words.get(k)})
        if matches >= 2 and (best is None or matches > best[0]):
            best = (matches, number)
    if best is None:
        raise DomainError("sheet.no_header")
    number = best[1]
    columns: list[Column] = []
    taken: dict[str, Column] = {}
    for index, written in enumerate(_header_texts(rows, number)):
        if not written:
            continue
        name = words.get(header_key(written))
        column = Column(index, written, name)
        if name:
            if name in taken:
                raise DomainError(
                    "sheet.column_twice", field=name, first=taken[name].header,
                    second=written, what=FIELDS_BY_NAME[name].label(),
                )  # fmt: skip
            taken[name] = column
        columns.append(column)
    return Header(number, tuple(columns))


def _header_texts(rows: Sequence[Sequence[Cell]], number: int) -> list[str]:
    """The row's header words, an empty cell taking the word of the cell above it."""
    above = rows[number - 1] if number > 0 else ()
    texts = []
    for index, cell in enumerate(rows[number]):
        written = _header_text(cell)
        if not written and index < len(above):
            written = _header_text(above[index])
        texts.append(written)
    return texts


def _header_text(cell: Cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def missing_columns(header: Header, defaults: Mapping[str, object] = {}) -> list[str]:
    """The required fields, and those the price label shows, the sheet has no column for
    (and no default fills): without a unit column every row would lack its unit."""
    return [
        f.name
        for f in FIELDS
        if (f.required or f.on_label) and f.name not in header.fields and f.name not in defaults
    ]


def is_empty_row(row: Sequence[Cell]) -> bool:
    """Whether every cell of the row is empty or blank (skipped, never an error)."""
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


_KEPT_AS_TEXT = re.compile(r'^="(.*)"$')
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?e[+-]?\d+$", re.IGNORECASE)
_WHOLE_WITH_ZEROS = re.compile(r"^\d+\.0+$")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


def cell_text(field_name: str, cell: Cell) -> object:
    """What the field's parser should read from the cell as the sheet stored it.

    Refused (DomainError naming the field) when the cell cannot mean one value: a
    barcode Excel already turned into 6.90123E+12, or a price like 1,2,3.
    """
    if cell is None:
        return ""
    if isinstance(cell, str):
        kept = _KEPT_AS_TEXT.match(cell.strip())
        if kept:  # ="6901234567892": how an exported CSV keeps a barcode's digits in Excel
            cell = kept[1]
    kind = FIELDS_BY_NAME[field_name].kind
    if kind is FieldKind.BARCODE:
        return _barcode(cell)
    if kind is FieldKind.MONEY:
        return _money(field_name, cell)
    if kind is FieldKind.FLAG:
        if isinstance(cell, bool):
            return cell
        if isinstance(cell, int | float):
            return _number_text(cell)
        return unicodedata.normalize("NFKC", str(cell)).strip()
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else str(cell)
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, int | float):
        return _number_text(cell)
    if kind in (FieldKind.REFERENCE, FieldKind.CHOICE):
        return unicodedata.normalize("NFKC", str(cell)).strip()
    return str(cell)


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 10**15:
        return str(int(value))
    return str(value)


def _barcode(cell: Cell) -> str:
    if isinstance(cell, bool):
        raise DomainError("barcode.not_digits", field="barcode")
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        # A double holds every whole number of up to 15 digits; past that it rounded.
        if cell.is_integer() and 0 <= cell < 10**EXACT_DIGITS:
            return str(int(cell))
        raise DomainError("sheet.barcode_lost_digits", field="barcode", value=f"{cell:.6g}")
    text = unicodedata.normalize("NFKC", str(cell)).strip().lstrip("'")
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise DomainError("sheet.barcode_lost_digits", field="barcode", value=text)
    if _WHOLE_WITH_ZEROS.match(text):
        return text.split(".")[0]
    return text


def _money(field_name: str, cell: Cell) -> object:
    if isinstance(cell, bool):
        raise DomainError("input.money_not_number", field=field_name, value=cell)
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        if cell != cell or cell in (float("inf"), float("-inf")):
            raise DomainError("input.money_not_number", field=field_name, value=cell)
        rounded = round(cell, 2)
        # 10.240000000000002 (a formula's result) is 10.24; 10.245 is too precise to guess.
        return Decimal(repr(rounded)) if abs(cell - rounded) < 1e-7 else Decimal(repr(cell))
    text = unicodedata.normalize("NFKC", str(cell))  # １２．８ -> 12.8, ￥ -> ¥
    text = "".join(text.split()).replace("¥", "").replace("元", "").replace("RMB", "")
    if _THOUSANDS.match(text):
        return text.replace(",", "")
    if _DECIMAL_COMMA.match(text):
        return text.replace(",", ".")
    if "," in text:
        raise DomainError("sheet.price_ambiguous", field=field_name, value=str(cell).strip())
    return text  # the field's parser says what is wrong with anything else


@dataclass
class SheetRow:
    """One data row of a sheet: its number as the spreadsheet shows it, and its cells."""

    number: int  # 1-based, as Excel and WPS number rows
    cells: tuple[Cell, ...]


@dataclass
class Sheet:
    """A whole sheet as read from a file: its header and data rows (empty rows dropped)."""

    name: str  # the file (or worksheet) name, for messages
    header: Header
    rows: list[SheetRow] = field(default_factory=list)
    skipped_empty: int = 0


def row_values(header: Header, row: SheetRow) -> tuple[dict[str, object], list[DomainError]]:
    """The row's values by field (as the item parsers read them), and its cell problems."""
    values: dict[str, object] = {}
    problems: list[DomainError] = []
    for name, column in header.fields.items():
        cell = row.cells[column.index] if column.index < len(row.cells) else None
        try:
            value = cell_text(name, cell)
        except DomainError as error:
            problems.append(error)
            values[name] = str(cell)  # shown as written until the person types it anew
            continue
        # An empty optional cell leaves the field as it is (or at its default): a blank
        # buyer column means "mine", a blank note on a re-import keeps the note.
        if value == "" and not FIELDS_BY_NAME[name].required:
            continue
        values[name] = value
    return values, problems
