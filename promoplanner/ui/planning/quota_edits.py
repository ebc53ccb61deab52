"""Quota cells typed but not stored: refused ones, and the first half of a new quota.

Plain state, apart from the Qt model: a floor without a quota needs both its minimum and
its maximum; the first of the two typed is held (not refused) until the second comes, so
re-typing a removed quota never shows "the maximum 0 is below the minimum 10" in between.
"""

from __future__ import annotations

from dataclasses import dataclass

FLOOR, ITEMS, MIN, MAX, SENSITIVE, SCOPE = range(6)
EDITABLE = (MIN, MAX, SENSITIVE, SCOPE)
NEEDED = (MIN, MAX)  # what a floor without a quota must be given before it is saved


@dataclass(frozen=True)
class HeldCell:
    """A typed cell not stored: why it was refused, or "" while it waits for the rest."""

    text: str
    why: str = ""

    @property
    def refused(self) -> bool:
        """Refused by the services (red), not only waiting for the rest of the row."""
        return bool(self.why)


class QuotaEdits:
    """The held cells of the grid, by (row, column)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], HeldCell] = {}

    def get(self, row: int, column: int) -> HeldCell | None:
        """The held cell there, if any."""
        return self.cells.get((row, column))

    def row_texts(self, row: int, stored: dict[int, str], column: int, text: str) -> dict[int, str]:
        """The row's editable cells as they would be with text typed into column."""
        cells = {c: held.text for (r, c), held in self.cells.items() if r == row}
        merged = {c: cells.get(c, stored.get(c, "")) for c in EDITABLE}
        merged[column] = text
        return merged

    @staticmethod
    def missing(has_quota: bool, texts: dict[int, str]) -> list[int]:
        """The columns a floor without a quota still needs ([] when it can be saved)."""
        if has_quota:
            return []
        return [c for c in NEEDED if not texts[c].strip()]

    def hold(self, row: int, column: int, text: str, why: str = "") -> None:
        """Keep a typed cell: refused (with why) or waiting (why empty)."""
        self.cells[(row, column)] = HeldCell(text, why)

    def taken(self, row: int) -> None:
        """The row was stored: nothing of it is held any more."""
        for key in [k for k in self.cells if k[0] == row]:
            del self.cells[key]

    def rows(self) -> list[int]:
        """The rows holding something, top first."""
        return sorted({row for row, _column in self.cells})

    def clear(self) -> None:
        """Forget everything held."""
        self.cells.clear()

    def __bool__(self) -> bool:
        return bool(self.cells)
