"""What an import will do, row by row, before anything is saved: the preview's state.

The services check every row (services/imports.py) and hand back a verdict per row; this
plain class keeps those verdicts with the values the person may still fix in place or
leave out, so the GUI's table model stays a view and the rules are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from promoplanner.core.errors import PromoError
from promoplanner.core.fields import FIELDS, FIELDS_BY_NAME
from promoplanner.core.i18n import Language
from promoplanner.core.sheet import Header

# Refusals that name no field but are about one column of the sheet.
ROW_FIELDS = {"rights.not_your_item": "buyer_id", "rights.keep_yourself": "buyer_id"}


class RowState(StrEnum):
    """What importing the row does."""

    NEW = "new"  # a new item
    CHANGED = "changed"  # an item of the phase with this barcode, some fields different
    UNCHANGED = "unchanged"  # that item already says the same
    BAD = "bad"  # a problem stops the whole import until it is fixed or the row left out
    LEFT_OUT = "left_out"  # the person chose not to import it


def classify(item_id: int | None, differs: Mapping[str, object]) -> RowState:
    """New when no item of the phase has the barcode; changed or unchanged otherwise."""
    if item_id is None:
        return RowState.NEW
    return RowState.CHANGED if differs else RowState.UNCHANGED


@dataclass(frozen=True)
class RowVerdict:
    """The checking of one row: what it does, each problem, and the values as saved."""

    number: int  # the row's number as the spreadsheet shows it
    state: RowState
    problems: tuple[PromoError, ...] = ()
    item_id: int | None = None  # the matched item (changed / unchanged rows)
    saved: Mapping[str, object] = field(default_factory=dict)  # typed, as it will be saved
    changes: Mapping[str, object] = field(default_factory=dict)  # for changed rows


@dataclass(frozen=True)
class RowProblem:
    """One problem as the preview lists it: row number, column, what is wrong."""

    number: int
    column: str  # the column's letter, "" when the problem is the row's as a whole
    header: str  # the column's header as written in the sheet
    error: PromoError

    def message(self, language: Language | str | None = None) -> str:
        """What is wrong, in the given (or current) language."""
        return self.error.message(language)


@dataclass(frozen=True)
class ImportRow:
    """A row as the import reads it: its number, its values, the problems of its cells."""

    number: int
    values: Mapping[str, object]
    problems: tuple[PromoError, ...] = ()  # cells that could not be read (a lost barcode)


@dataclass
class PreviewRow:
    """One row of the preview: its values as typed (editable) and its latest verdict."""

    number: int
    values: dict[str, object]
    verdict: RowVerdict
    left_out: bool = False
    cell_problems: list[PromoError] = field(default_factory=list)

    @property
    def state(self) -> RowState:
        """What importing it does now (left out wins over what the checks said)."""
        return RowState.LEFT_OUT if self.left_out else self.verdict.state


@dataclass
class ImportPreview:
    """Every row of a sheet with its verdict; fixes and leave-outs before the import."""

    phase_id: int
    source: str  # the file's name
    header: Header
    rows: list[PreviewRow]
    skipped_empty: int = 0
    defaults: dict[str, object] = field(default_factory=dict)

    def counts(self) -> dict[RowState, int]:
        """How many rows are in each state."""
        counted = dict.fromkeys(RowState, 0)
        for row in self.rows:
            counted[row.state] += 1
        return counted

    @property
    def ready(self) -> bool:
        """Whether the import can run: no bad row left in, and something to import."""
        counted = self.counts()
        return counted[RowState.BAD] == 0 and any(
            counted[s] for s in (RowState.NEW, RowState.CHANGED, RowState.UNCHANGED)
        )

    def problems(self) -> list[RowProblem]:
        """Every problem of every row still in, with its column, in row order."""
        found = []
        for row in self.rows:
            if row.left_out:
                continue
            for error in row.verdict.problems:
                column = self.header.column_of(error.field or ROW_FIELDS.get(error.key))
                found.append(
                    RowProblem(
                        row.number,
                        column.letter if column else "",
                        column.header if column else "",
                        error,
                    )
                )
        return found

    def set_value(self, index: int, field_name: str, value: object) -> None:
        """Fix a value in place (checked again by the caller before the import)."""
        if field_name not in FIELDS_BY_NAME:
            raise KeyError(field_name)
        row = self.rows[index]
        row.values = dict(row.values) | {field_name: value}
        # The typed value replaces the cell that could not be read.
        row.cell_problems = [p for p in row.cell_problems if p.field != field_name]

    def leave_out(self, index: int, left_out: bool = True) -> None:
        """Leave the row out of the import (or take it back in)."""
        self.rows[index].left_out = left_out

    def rows_to_check(self) -> list[ImportRow]:
        """Every row still in, with its values and unread cells, for checking and importing."""
        return [
            ImportRow(r.number, dict(r.values), tuple(r.cell_problems))
            for r in self.rows
            if not r.left_out
        ]

    def apply(self, verdicts: Sequence[RowVerdict]) -> None:
        """Take the verdicts of a new check (of the rows still in, in order)."""
        by_number = {v.number: v for v in verdicts}
        for row in self.rows:
            if not row.left_out and row.number in by_number:
                row.verdict = by_number[row.number]

    def field_names(self) -> list[str]:
        """The fields the preview shows: the sheet's own columns, in declaration order."""
        present = set(self.header.fields) | set(self.defaults)
        return [f.name for f in FIELDS if f.name in present]


def with_problems(verdict: RowVerdict, extra: Sequence[PromoError]) -> RowVerdict:
    """The verdict with more problems (a bad row), each field's own problem said once."""
    if not extra:
        return verdict
    named = {p.field for p in extra if p.field}
    kept = tuple(p for p in verdict.problems if p.field not in named or p.field is None)
    return replace(verdict, state=RowState.BAD, problems=(*extra, *kept), item_id=None)
