"""A cell a colleague changed meanwhile: the value typed, theirs, who and when; the bar offering
"Keep mine" or "Take theirs"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from promoplanner.core.errors import Conflict
from promoplanner.ui.items import cells
from promoplanner.ui.items.columns import COLUMNS, Column, Editor, column_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CONFLICT = QColor("#ffd9a0")  # amber: neither refused (red) nor a rule finding (yellow)
BAR_STYLE = (
    "QFrame#conflict_bar { background: #ffe9c4; border: 1px solid #e0a040; border-radius: 3px; }"
    " QLabel { color: #5a3a00; }"
)


@dataclass(frozen=True)
class ConflictMark:
    """What the person typed into a cell a colleague changed since they loaded it."""

    value: object  # as typed, sent again by "Keep mine"
    text: str  # the typed value as the cell shows it
    yours: str  # the typed value as the message says it (¥ before a price)
    theirs: str  # the colleague's value as the message says it
    who: str
    when: str

    def message(self) -> str:
        """“Changed by 王建国 at 10:32: ¥12.80; yours ¥11.90.”"""
        return (
            translate("ItemConflicts", "Changed by %1 at %2: %3; yours %4.")
            .replace("%1", self.who)
            .replace("%2", self.when)
            .replace("%3", self.theirs or "—")
            .replace("%4", self.yours or "—")
        )


def conflict_mark(
    names: cells.Names, column: Column, value: object, error: Conflict, now: datetime
) -> ConflictMark:
    """The mark a refused stale edit leaves on its cell."""
    field = column.field or ""

    def shown(raw: object) -> str:
        text = cells.typed_text(names, column, raw)
        return f"¥{text}" if column.editor is Editor.PRICE and text else text

    when = error.when
    today = now.strftime("%Y-%m-%d ")
    if when.startswith(today):  # the same day: the time says it
        when = when[len(today) :]
    typed = value if isinstance(value, str) else cells.typed_text(names, column, value)
    yours = f"¥{typed}" if column.editor is Editor.PRICE and typed[:1].isdigit() else typed
    return ConflictMark(value, typed, yours, shown(error.theirs.get(field)), error.who, when)


class ConflictBar(QFrame):
    """Under the table while a cell is in conflict: what happened, Keep mine, Take theirs."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_bar")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.mine_button = QPushButton(translate("ItemConflicts", "Keep mine"), self)
        self.theirs_button = QPushButton(translate("ItemConflicts", "Take theirs"), self)
        self.mine_button.setToolTip(
            translate("ItemConflicts", "Save your value over your colleague's (in the history).")
        )
        self.theirs_button.setToolTip(
            translate("ItemConflicts", "Drop your value; your colleague's stays.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.mine_button)
        layout.addWidget(self.theirs_button)
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.take_theirs)
        self.about: tuple[int, str] | None = None  # (item id, field) the bar speaks of
        self.hide()

    def tell(self, about: tuple[int, str], where: str, mark: ConflictMark) -> None:
        """Speak of this cell's conflict."""
        self.about = about
        self.label.setText(
            translate("ItemConflicts", "%1 was changed meanwhile. %2")
            .replace("%1", where)
            .replace("%2", mark.message())
        )
        self.show()

    def settle(self) -> None:
        """The conflict spoken of is resolved."""
        self.about = None
        self.hide()


class ConflictHandling:
    """The items screen's side of conflicts: the bar, Keep mine and Take theirs."""

    def __init__(self, screen) -> None:
        self.screen = screen

    def connect(self) -> None:
        """Listen to the model and the bar."""
        screen = self.screen
        screen.model.conflict_found.connect(self.found)
        screen.conflict_bar.keep_mine.connect(lambda: self.keep_mine(from_bar=True))
        screen.conflict_bar.take_theirs.connect(lambda: self.take_theirs(from_bar=True))

    def found(self, row: int, column: int) -> None:
        """A stale edit was refused: the bar tells of it, the cell in view."""
        screen = self.screen
        mark = screen.model.conflict(row, column)
        item = screen.model.item_at(row)
        if mark is None or item is None:
            return
        where = translate("ItemConflicts", "Row %1, %2").replace("%1", str(row + 1))
        where = where.replace("%2", column_title(COLUMNS[column].key))
        screen.conflict_bar.tell((item.id, COLUMNS[column].field or ""), where, mark)
        screen.layout().activate()
        screen.table.scrollTo(screen.model.index(row, column))

    def pending_changed(self) -> None:
        """Hide the bar once the conflict it tells of is resolved."""
        bar = self.screen.conflict_bar
        if bar.about is not None and bar.about not in self.screen.model.conflicts():
            bar.settle()

    def cell(self, from_bar: bool) -> tuple[int, int] | None:
        """The cell in conflict to act on: the one under the cursor, else the bar's."""
        screen = self.screen
        index = screen.table.currentIndex()
        if not from_bar and index.isValid() and screen.model.conflict(index.row(), index.column()):
            return index.row(), index.column()
        about = screen.conflict_bar.about
        if about is None:
            return None
        row = screen.model.row_of(about[0])
        column = next((i for i, c in enumerate(COLUMNS) if c.field == about[1]), None)
        return (row, column) if row is not None and column is not None else None

    def keep_mine(self, from_bar: bool = False) -> None:
        """Save the value typed over the one a colleague saved meanwhile."""
        cell = self.cell(from_bar)
        if cell is None:
            self._nothing()
            return
        self.screen.model.keep_mine(*cell)

    def take_theirs(self, from_bar: bool = False) -> None:
        """Drop the value typed; the colleague's stays."""
        cell = self.cell(from_bar)
        if cell is None:
            self._nothing()
            return
        self.screen.model.take_theirs(*cell)

    def _nothing(self) -> None:
        self.screen.strip.hint(
            translate("ItemConflicts", "No cell here was changed by somebody else meanwhile.")
        )
