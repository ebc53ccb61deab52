"""The daily display check as a table: one line per item, the four points of this round.

A line's entries for the round being walked are a draft until they are complete: placed,
price tag, POP and stock all set, and for anything wrong the fixer and the due time. Then
the check is recorded as a new record (the earlier ones stay in the history) and the draft
is cleared for the next round. Drafts survive reloading, so nothing typed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from promoplanner.core.display_check import ItemCheck, Problem, Stock, progress_text, to_fix
from promoplanner.core.display_sheet import DisplayDay, DisplayLine
from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import Language, current_language
from promoplanner.ui.checks.results import RESULT_ROLE, legend_text, result_words
from promoplanner.ui.items.columns import form_label

RESULTS = ("placed", "tag_ok", "pop")
TEXTS = ("problem", "fixer", "due")
COLUMNS = (
    "floor",
    "department",
    "name",
    "code",
    "position",
    "latest",
    "placed",
    "tag_ok",
    "pop",
    "stock",
    "problem",
    "fixer",
    "due",
)
COLUMN = {key: i for i, key in enumerate(COLUMNS)}
FAILED = QColor("#fde2e2")
PASSED = QColor("#e3f4e1")
OPEN = QColor("#fff0c2")

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def titles() -> dict[str, str]:
    """Column headers in the current language."""
    return {
        "floor": translate("CheckSheetTableModel", "Floor"),
        "department": translate("CheckSheetTableModel", "Department"),
        "name": translate("CheckSheetTableModel", "Item"),
        "code": translate("CheckSheetTableModel", "Barcode / PLU"),
        "position": translate("CheckSheetTableModel", "Planned position"),
        "latest": translate("CheckSheetTableModel", "Latest check"),
        "placed": translate("CheckSheetTableModel", "Placed"),
        "tag_ok": translate("CheckSheetTableModel", "Price tag right"),
        "pop": translate("CheckSheetTableModel", "POP"),
        "stock": translate("CheckSheetTableModel", "Stock"),
        "problem": translate("CheckSheetTableModel", "Problem"),
        "fixer": translate("CheckSheetTableModel", "Who fixes"),
        "due": translate("CheckSheetTableModel", "By when"),
    }


def stock_words(stock: Stock | None) -> str:
    """Stock in words."""
    return {
        None: "",
        Stock.FULL: translate("CheckSheetTableModel", "full"),
        Stock.LOW: translate("CheckSheetTableModel", "low"),
        Stock.OUT: translate("CheckSheetTableModel", "out, card up"),
        Stock.OUT_NO_CARD: translate("CheckSheetTableModel", "out, no card"),
    }[stock]


def problem_words(problem: Problem) -> str:
    """What a check found wrong, in words."""
    return {
        Problem.NOT_PLACED: translate("CheckSheetTableModel", "not at its planned position"),
        Problem.TAG_WRONG: translate("CheckSheetTableModel", "price tag differs from the flyer"),
        Problem.NO_POP: translate("CheckSheetTableModel", "POP card missing"),
        Problem.OUT_NO_CARD: translate("CheckSheetTableModel", "out without the card"),
        Problem.LOW_STOCK: translate("CheckSheetTableModel", "stock low, to restock"),
    }[problem]


def progress_words(day: DisplayDay) -> tuple[str, str]:
    """Each floor's progress ('1F: 1 of 51 checked, 1 passed (100.0%)') and, for the
    tooltip, each department's."""
    zh = current_language() is Language.ZH
    other = translate("CheckSheetTableModel", "Other")
    floors = [progress_text(f.progress, f.floor.code) for f in day.floors if f.lines]
    departments = [
        progress_text(p, (d.name_zh if zh else d.name_en) if d else other)
        for f in day.floors
        for d, p in f.departments
        if p.checked
    ]
    return " · ".join(floors), "\n".join(departments)


def round_words(value: str) -> str:
    """A check round in words."""
    return {
        "morning": translate("CheckSheetTableModel", "morning"),
        "midday": translate("CheckSheetTableModel", "midday"),
        "evening": translate("CheckSheetTableModel", "evening"),
    }[value]


def latest_words(check: ItemCheck | None, count: int) -> str:
    """The latest check in a few words: time, round, checker, right or not, how many."""
    if check is None:
        return "–"
    mark = "✓" if check.ok else "✗"
    said = f"{mark} {check.at:%H:%M} {round_words(check.round.value)} {check.checker}"
    if count > 1:
        said += " " + translate("CheckSheetTableModel", "(%1 checks)").replace("%1", str(count))
    return said


@dataclass(frozen=True)
class Draft:
    """What is entered for a line in this round, not yet recorded."""

    placed: bool | None = None
    tag_ok: bool | None = None
    pop: bool | None = None
    stock: Stock | None = None
    problem: str = ""
    fixer: str = ""
    due: str = ""

    @property
    def empty(self) -> bool:
        """Whether nothing has been entered."""
        return self == Draft()

    @property
    def points_set(self) -> bool:
        """Whether all four points are entered."""
        return None not in (self.placed, self.tag_ok, self.pop, self.stock)

    @property
    def needs_fix(self) -> bool:
        """Whether the four points call for a fix task: a fault, or low stock (a restock)."""
        if not self.points_set:
            return True
        assert self.stock is not None
        return bool(to_fix(bool(self.placed), bool(self.tag_ok), bool(self.pop), self.stock))

    @property
    def complete(self) -> bool:
        """Whether it can be recorded: all four points, and for a fix task who and by when."""
        if not self.points_set:
            return False
        return not self.needs_fix or bool(self.fixer.strip() and self.due.strip())


class CheckSheetTableModel(QAbstractTableModel):
    """Lines of one day's check; a complete entry is recorded through the services."""

    refused = Signal(int, str)  # row, message
    drafts_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[DisplayLine] = []
        self._open: set[int] = set()  # items with a fix task still open
        self._day: date | None = None
        self._drafts: dict[tuple[date | None, int], Draft] = {}
        self._errors: dict[int, str] = {}  # item id -> message of a refused record
        # Set by the screen: records (line, draft) through the services or raises.
        self.record: Callable[[DisplayLine, Draft], None] | None = None
        self.only_open = False

    def set_day(self, day: DisplayDay | None) -> None:
        """Show a day; rows stay in place when the same items are listed again."""
        lines = [ln for f in day.floors for ln in f.lines] if day else []
        self._open = {f.item.id for fl in day.floors for f in fl.open_fixes} if day else set()
        if self.only_open:
            lines = [ln for ln in lines if ln.item.id in self._open]
        self._day = day.day if day else None
        if [ln.item.id for ln in lines] == [ln.item.id for ln in self._lines] and lines:
            self._lines = lines
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._lines = lines
        self._errors.clear()
        self.endResetModel()

    def line(self, row: int) -> DisplayLine | None:
        """The line on that row."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, item_id: int) -> int | None:
        """The row of an item."""
        return next((r for r, ln in enumerate(self._lines) if ln.item.id == item_id), None)

    def draft(self, line: DisplayLine) -> Draft:
        """What is entered for the line and not yet recorded."""
        return self._drafts.get((self._day, line.item.id), Draft())

    def pending(self) -> int:
        """How many lines (of any day) have entries not yet recorded."""
        return sum(1 for d in self._drafts.values() if not d.empty)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """One row per item to check."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles and row numbers; the result columns explain their marks."""
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            inside = 0 <= section < len(COLUMNS)
            return legend_text() if inside and COLUMNS[section] in RESULTS else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return titles()[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index):
        """Results are marks to click; stock is chosen; problem, fixer and due are typed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()]
        if key in RESULTS:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if key in TEXTS or key == "stock":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """What a cell shows."""
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        key = COLUMNS[index.column()]
        draft = self.draft(line)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, draft, key)
        if role == Qt.ItemDataRole.EditRole:
            if key in TEXTS:
                return getattr(draft, key)
            if key == "stock":
                return draft.stock.value if draft.stock else ""
        if role == RESULT_ROLE and key in RESULTS:
            return getattr(draft, key)
        if role == Qt.ItemDataRole.CheckStateRole and key in RESULTS:
            value = getattr(draft, key)
            if value is None:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(line, draft, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.item.id in self._errors:
                return self._errors[line.item.id]
            if key == "latest" and line.history:
                return "\n".join(latest_words(c, 1) for c in line.history)
            if key in RESULTS:
                return f"{titles()[key]}: {result_words(getattr(draft, key))}\n{legend_text()}"
        return None

    def _text(self, line: DisplayLine, draft: Draft, key: str) -> str | None:
        zh = current_language() is Language.ZH
        item = line.item
        if key == "floor":
            return line.floor.code
        if key == "department":
            dept = line.department
            return (dept.name_zh if zh else dept.name_en) if dept else ""
        if key == "name":
            return item.name
        if key == "code":
            plu = f"PLU {line.plu}" if line.plu else ""
            return " · ".join(v for v in (item.barcode, plu) if v)
        if key == "position":
            zones = ", ".join(z.name for z in line.zones)
            form = form_label(item.display_form)
            return f"{form} · {zones}" if zones else form
        if key == "latest":
            return latest_words(line.latest, len(line.history))
        if key in RESULTS:
            value = getattr(draft, key)
            return "" if value is None else result_words(value)
        if key == "stock":
            return stock_words(draft.stock)
        if key in TEXTS:
            return getattr(draft, key)
        return None

    def _background(self, line: DisplayLine, draft: Draft, key: str):
        if line.item.id in self._errors:
            return QBrush(FAILED)
        if key == "latest" and line.latest is not None:
            return QBrush(PASSED if line.latest.ok else FAILED)
        if key == "name" and line.item.id in self._open:
            return QBrush(OPEN)
        if key in RESULTS and getattr(draft, key) is not None:
            return QBrush(PASSED if getattr(draft, key) else FAILED)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """Enter a point, the stock or a text; a complete entry is recorded."""
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return False
        key = COLUMNS[index.column()]
        draft = self.draft(line)
        if key in RESULTS and role == Qt.ItemDataRole.CheckStateRole:
            draft = replace(draft, **{key: Qt.CheckState(value) == Qt.CheckState.Checked})
        elif key == "stock" and role == Qt.ItemDataRole.EditRole:
            draft = replace(draft, stock=Stock(value) if value else None)
        elif key in TEXTS and role == Qt.ItemDataRole.EditRole:
            draft = replace(draft, **{key: str(value).strip()})
        else:
            return False
        self.set_draft(line, draft)
        return True

    def set_draft(self, line: DisplayLine, draft: Draft) -> bool:
        """Keep the entry; record it once it is complete. True when it was recorded."""
        key = (self._day, line.item.id)
        self._drafts[key] = draft
        row = self.row_of(line.item.id)
        recorded = False
        if draft.complete and self.record is not None:
            try:
                self.record(line, draft)
            except PromoError as error:
                self._errors[line.item.id] = error.message()
                if row is not None:
                    self.refused.emit(row, error.message())
            else:
                self._drafts.pop(key, None)
                self._errors.pop(line.item.id, None)
                recorded = True
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.drafts_changed.emit()
        return recorded

    def clear_draft(self, line: DisplayLine) -> None:
        """Delete what was entered for the line (Delete on its row)."""
        self._drafts.pop((self._day, line.item.id), None)
        self._errors.pop(line.item.id, None)
        row = self.row_of(line.item.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.drafts_changed.emit()
