"""Which database row each row of the item table shows, while typed rows are held in place.

The database sorts the table. A row the person is typing in must not jump to its sorted
place the moment it is saved (a new row, or a renamed item when the table is sorted by
name): the typing would go on in someone else's row. Such a row is *held* at the table row
it had until the person leaves it, as a spreadsheet does; the other rows keep their order
around it. Plain state, apart from the Qt model.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class RowOrder:
    """Holds items at fixed table rows; maps table rows to database rows and back."""

    def __init__(self) -> None:
        self.held: dict[int, int] = {}  # item id -> the table row it stays on
        self._at: dict[int, int] = {}  # item id -> its row in the database's order

    def hold(self, item_id: int, table_row: int, database_row: int | None = None) -> None:
        """Keep the item on that table row; its database row, if known, else by place()."""
        self.held[item_id] = table_row
        if database_row is not None:
            self._at[item_id] = database_row

    def release(self, item_id: int | None = None) -> None:
        """Let the item (or every held item) go to its sorted place."""
        if item_id is None:
            self.held.clear()
            self._at.clear()
        else:
            self.held.pop(item_id, None)
            self._at.pop(item_id, None)

    def place(self, positions: dict[int, int]) -> None:
        """Where the held items are in the database's order now; those gone are let go."""
        for item_id in [i for i in self.held if i not in positions]:
            self.release(item_id)
        self._at = {i: positions[i] for i in self.held}

    def is_held_row(self, table_row: int) -> bool:
        """Whether an item is held on that table row."""
        return table_row in self.held.values()

    def held_at(self, table_row: int) -> int | None:
        """The item held on that table row, if any."""
        return next((i for i, row in self.held.items() if row == table_row), None)

    def in_place(self) -> bool:
        """Whether each held item's database row is the table row it is held on."""
        return all(self._at.get(i) == row for i, row in self.held.items())

    def needs_positions(self) -> bool:
        """Whether database positions are needed (an item is held)."""
        return bool(self.held)

    def to_database(self, table_row: int) -> int:
        """The database row shown on a table row (of the items, not the drafts after them)."""
        item = self.held_at(table_row)
        if item is not None and item in self._at:
            return self._at[item]
        held_rows = sorted(self.held.values())
        # Its place among the rows not held, then past the held items' database rows.
        free = table_row - bisect_left(held_rows, table_row)
        database_row = free
        for taken in sorted(self._at.values()):
            if taken <= database_row:
                database_row += 1
            else:
                break
        return database_row

    def to_table(self, database_row: int) -> int:
        """The table row showing a database row."""
        for item, at in self._at.items():
            if at == database_row:
                return self.held[item]
        free = database_row - bisect_right(sorted(self._at.values()), database_row)
        table_row = free
        for taken in sorted(self.held.values()):
            if taken <= table_row:
                table_row += 1
            else:
                break
        return table_row
