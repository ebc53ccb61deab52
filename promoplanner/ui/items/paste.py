"""Blocks of cells copied from Excel or WPS (tab-separated) into the item table, and back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from promoplanner.core.model import FlyerItem
from promoplanner.ui.items.columns import COLUMNS, header_key

# Where a block without a header lands when it becomes new rows: our own column order.
NEW_ROW_KEYS = tuple(c.field for c in COLUMNS[1:])


def parse_block(clip: str) -> list[list[str]]:
    """Rows of cells; quoted cells may hold tabs or line breaks, as Excel writes them."""
    clip = clip.replace("\r\n", "\n").replace("\r", "\n")
    rows = list(csv.reader(io.StringIO(clip), delimiter="\t", quotechar='"'))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


@dataclass(frozen=True)
class Header:
    """A pasted block's header row: the field of each column, and the words not known."""

    keys: list[str | None]
    unknown: list[str]


def read_header(block: list[list[str]]) -> tuple[Header | None, list[list[str]]]:
    """The header (when the first row is one) and the data rows.

    A header names at least two known columns, and most of its words are column names: a
    spreadsheet's own extra columns (序号, 备注2) are then named as unknown and left out,
    instead of the whole block being read as data.
    """
    if not block:
        return None, []
    first = block[0]
    keys = [header_key(cell) for cell in first]
    words = [cell.strip() for cell in first if cell.strip()]
    known = [k for k in keys if k]
    if len(known) >= 2 and len(known) * 2 >= len(words):
        unknown = [
            cell.strip() for key, cell in zip(keys, first, strict=True) if not key and cell.strip()
        ]
        return Header(keys, unknown), block[1:]
    return None, block


def split_header(block: list[list[str]]) -> tuple[list[str | None] | None, list[list[str]]]:
    """The fields a header row names (when the first row is a header) and the data rows."""
    header, data = read_header(block)
    return (header.keys if header else None), data


def unknown_columns(block: list[list[str]]) -> list[str]:
    """The header words of a block that name no column (they are left out)."""
    header, _data = read_header(block)
    return header.unknown if header else []


def new_rows(block: list[list[str]], defaults: dict[str, object]) -> list[dict[str, object]]:
    """Pasted rows as values for new items; empty cells take the defaults or stay unset."""
    keys, data = split_header(block)
    keys = keys or list(NEW_ROW_KEYS)
    rows = []
    for cells in data:
        values: dict[str, object] = {}
        for key, cell in zip(keys, cells, strict=False):
            if key and cell.strip():
                values[key] = cell
        for key, value in defaults.items():
            values.setdefault(key, value)
        rows.append(values)
    return rows


class PasteOutside(Exception):
    """A pasted block reaches beyond the table's last item."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def overwrites(
    block: list[list[str]], start_row: int, start_column: int, item_at
) -> list[tuple[FlyerItem, dict[str, object]]]:
    """Changes for the items under a block pasted at (row, column); computed columns skipped."""
    keys, data = split_header(block)
    changes = []
    for i, cells in enumerate(data):
        item = item_at(start_row + i)
        if item is None:
            raise PasteOutside(i + 1)
        values: dict[str, object] = {}
        for j, cell in enumerate(cells):
            if keys is not None:
                key = keys[j] if j < len(keys) else None
            else:
                column = start_column + j
                key = COLUMNS[column].field if column < len(COLUMNS) else None
            if key:
                values[key] = cell
        if values:
            changes.append((item, values))
    return changes


def fill(cell: str, targets: list[tuple[int, int]], item_at) -> list[tuple[FlyerItem, dict]]:
    """One copied value into every selected cell, as a spreadsheet does."""
    by_row: dict[int, dict[str, object]] = {}
    for row, column in sorted(targets):
        key = COLUMNS[column].field
        if key:
            by_row.setdefault(row, {})[key] = cell
    changes = []
    for row, values in by_row.items():
        item = item_at(row)
        if item is not None:
            changes.append((item, values))
    return changes


def copy_text(rows: list[list[str]]) -> str:
    """Cells as Excel reads them back: tabs between cells, quotes where needed."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()
