"""The table of history lines: when, who, action, (object,) field, before and after."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from promoplanner.core.audit import Action, HistoryEntry, JsonValue
from promoplanner.ui.history.lines import WHOLE, HistoryLine
from promoplanner.ui.items.cells import Names
from promoplanner.ui.items.columns import COLUMN_INDEX, column_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PRICES = ("regular_price", "promo_price")


def action_label(action: Action) -> str:
    """What an entry records, in words."""
    return {
        Action.CREATE: translate("History", "Added"),
        Action.UPDATE: translate("History", "Changed"),
        Action.DELETE: translate("History", "Deleted"),
        Action.RESTORE: translate("History", "Restored"),
        Action.REOPEN: translate("History", "Reopened"),
        Action.SIGN_IN: translate("History", "Signed in"),
        Action.PASSWORD: translate("History", "Password set"),
        Action.IMPORT: translate("History", "Imported"),
        Action.SUBMIT: translate("History", "Submitted"),
        Action.APPROVE: translate("History", "Approved"),
        Action.RETURN: translate("History", "Returned"),
        Action.RECORD: translate("History", "Late record"),
        Action.WAIVE: translate("History", "Waived"),
        Action.DRAW: translate("History", "Drawn"),
        Action.REDRAW: translate("History", "Drawn again"),
        Action.RESULT: translate("History", "Result"),
        Action.WITHDRAW: translate("History", "Withdrew"),
        Action.TIE: translate("History", "Tie decided"),
    }[action]


def when_text(entry: HistoryEntry) -> str:
    """The time the change counts at; the real time beside it when the clock was set."""
    shown = entry.at.strftime("%Y-%m-%d %H:%M")
    if not entry.pretended:
        return shown
    real = entry.real_at.strftime("%Y-%m-%d %H:%M")
    return translate("History", "%1 (really %2)").replace("%1", shown).replace("%2", real)


class ValueWords:
    """Values of the history in a person's words: names for ids, ¥ for prices, yes/no."""

    def __init__(self, names: Names | None) -> None:
        self.names = names

    def field(self, name: str | None) -> str:
        """The title of a field (the grid's column title for an item's field)."""
        if name is None:
            return "—"
        return column_title(name) if name in COLUMN_INDEX else name

    def value(self, name: str | None, value: JsonValue) -> str:
        """A stored value as text."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return translate("History", "yes") if value else translate("History", "no")
        if name in PRICES and isinstance(value, str):
            return f"¥{value}"
        if self.names is not None and name in ("floor_id", "department_id", "buyer_id"):
            return self.names.label(name, value) or str(value)
        if isinstance(value, list | dict):
            return str(value)
        return str(value)

    def whole(self, values) -> str:
        """All values of an added, deleted or restored object, one per line."""
        if not values:
            return ""
        return "\n".join(f"{self.field(k)}: {self.value(k, v)}" for k, v in values.items())


class HistoryTableModel(QAbstractTableModel):
    """History lines, newest first; read-only (the program offers no way to change history)."""

    def __init__(self, words: ValueWords, people: dict[str, str], with_object: bool,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.words = words
        self.people = people  # user name -> the name shown
        self.columns = ["when", "who", "action", *(["object"] if with_object else []),
                        "field", "before", "after"]  # fmt: skip
        self._lines: list[HistoryLine] = []

    def set_lines(self, lines: list[HistoryLine]) -> None:
        """Show these lines."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> HistoryLine:
        """The line on that row."""
        return self._lines[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """One row per line."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            "when": translate("History", "When"),
            "who": translate("History", "Who"),
            "action": translate("History", "Action"),
            "object": translate("History", "What"),
            "field": translate("History", "Field"),
            "before": translate("History", "Before"),
            "after": translate("History", "After"),
        }[self.columns[section]]

    def flags(self, index):
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """The text of a cell; the whole values of an added or deleted object as tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        return None

    def _text(self, line: HistoryLine, column: str) -> str:
        entry = line.entry
        if column == "when":
            return when_text(entry)
        if column == "who":
            return self.people.get(entry.user, entry.user)
        if column == "action":
            return action_label(entry.action)
        if column == "object":
            return entry.object.label
        if column == "field":
            return self.words.field(line.field) if line.field else ""
        if line.field is None:  # a whole object: its values are in the tooltip
            values = entry.before if column == "before" else entry.after
            return translate("History", "(all fields)") if values else ""
        return self.words.value(line.field, line.before if column == "before" else line.after)

    def _tooltip(self, line: HistoryLine, column: str) -> str | None:
        entry = line.entry
        if column == "who":
            return entry.user
        if column == "when" and entry.pretended:
            return (
                translate("History", "Made at %1 on a clock set with --now to %2.")
                .replace("%1", entry.real_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", entry.at.strftime("%Y-%m-%d %H:%M"))
            )
        if line.field is None and entry.action in WHOLE and column in ("before", "after"):
            return self.words.whole(entry.before if column == "before" else entry.after) or None
        if entry.reason:
            return entry.reason
        return None


def people_names(session) -> dict[str, str]:
    """User name -> the name shown, for everybody who can sign in."""
    return {p.user_name: p.name for p in session.people()}


def history_table(
    model: QAbstractTableModel, widths: tuple[int, ...], parent: QWidget
) -> QTableView:
    """A read-only table of history lines, whole rows selected (nothing in it can be edited)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table
