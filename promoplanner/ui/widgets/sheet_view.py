"""A table that types like a spreadsheet: a letter never jumps the cursor to another row.

QAbstractItemView answers a key that starts no editor (a read-only cell) with a keyboard
search: it moves to the next row whose text starts with that letter, where the rest of the
word, typed on, is saved into the wrong item. Excel and WPS stay on the cell; so does this
view, and it tells the screen, which says why the cell cannot be changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTableView


class SheetView(QTableView):
    """A QTableView without type-to-search; typing on a read-only cell is reported instead."""

    typed_on_read_only = Signal(QModelIndex)

    def keyboardSearch(self, search: str) -> None:
        """Stay on the cell; let the screen say why it takes no typing."""
        index = self.currentIndex()
        if search.strip() and index.isValid():
            self.typed_on_read_only.emit(index)
