"""The flyer-item table model: a window of database pages, drafts of new rows, refused edits."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import count

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from promoplanner.core.enums import Severity
from promoplanner.core.errors import PromoError
from promoplanner.core.fields import parse_item_field
from promoplanner.core.findings import Finding
from promoplanner.core.model import FlyerItem
from promoplanner.services.guards import ItemRights, item_rights
from promoplanner.services.item_bulk import item_ids
from promoplanner.services.items import ItemQuery, count_items, list_items
from promoplanner.ui.items import cells
from promoplanner.ui.items.columns import COLUMN_INDEX, COLUMNS, REQUIRED, Editor, column_title
from promoplanner.ui.items.commands import ItemEditor

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PENDING = QColor("#f8c8c8")
FINDING = QColor("#fff1c9")
LOCKED = QColor("#e2e2e2")
GREY = QColor("#808080")


_draft_numbers = count(1)


@dataclass(eq=False)  # two empty new rows are still two rows
class Draft:
    """A new row being typed in; it becomes an item once its required fields are valid."""

    values: dict[str, object] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    number: int = field(default_factory=lambda: next(_draft_numbers))


class ItemsTableModel(QAbstractTableModel):
    """Items of one phase, fetched and sorted by the database a page at a time."""

    edit_refused = Signal(int, int, str)  # row, column, message
    draft_saved = Signal(int)  # id of the item a completed new row became
    pending_changed = Signal()  # a refused entry was accepted, discarded or dropped
    PAGE = 200
    KEEP_PAGES = 30

    def __init__(self, editor: ItemEditor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session = editor.session
        self._query: ItemQuery | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[FlyerItem]] = OrderedDict()
        self._drafts: list[Draft] = []
        self._pending: dict[tuple[int, str], tuple[str, str]] = {}
        self._findings: dict[int, list[Finding]] = {}
        self._rights: ItemRights | None = None
        self._now = self.session.ctx.clock.now()  # the moment the grey rows are judged at
        self.names = cells.Names(self.session)

    # -- what is shown ------------------------------------------------------------------
    def query(self) -> ItemQuery | None:
        """The query the table shows."""
        return self._query

    def set_query(self, query: ItemQuery | None) -> None:
        """Show another phase, filter or order."""
        self.beginResetModel()
        if self._query is None or query is None or query.phase_id != self._query.phase_id:
            self._drafts.clear()
        self._query = query
        self._reload()
        self.endResetModel()
        self.pending_changed.emit()

    def refresh(self) -> None:
        """Read again after a change; keeps the rows in place when their number is unchanged."""
        if self._query is None:
            return
        before = self._count
        self.names = cells.Names(self.session)
        count = count_items(self.session.ctx, self._query)
        if count == before:
            self._pages.clear()
            self._rights = item_rights(self.session.ctx, self._query.phase_id)
            self._now = self.session.ctx.clock.now()
            self._drop_stale_pending()
            if self.rowCount():
                last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._pages.clear()
        if self._query is None:
            self._count, self._rights = 0, None
            return
        self._count = count_items(self.session.ctx, self._query)
        self._rights = item_rights(self.session.ctx, self._query.phase_id)
        self._now = self.session.ctx.clock.now()
        self._drop_stale_pending()

    def tick(self) -> bool:
        """Judge the rows at the clock's time again; whether the deadline has just passed."""
        before = self.lock_reason(None)
        self._now = self.session.ctx.clock.now()
        if self.lock_reason(None) == before:
            return False
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return True

    def _drop_stale_pending(self) -> None:
        if self._pending and self._query is not None:
            alive = set(item_ids(self.session.ctx, replace(self._query, text="")))
            self._pending = {k: v for k, v in self._pending.items() if k[0] in alive}
            self.pending_changed.emit()

    def set_findings(self, findings: list[Finding]) -> None:
        """Mark the rows the rule check found something about."""
        by_item: dict[int, list[Finding]] = {}
        for finding in findings:
            if finding.subject.kind == "item":
                by_item.setdefault(finding.subject.id, []).append(finding)
        self._findings = by_item
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def item_at(self, row: int) -> FlyerItem | None:
        """The item on that row, or None for a draft or outside the table."""
        if not 0 <= row < self._count or self._query is None:
            return None
        page = row // self.PAGE
        if page not in self._pages:
            self._pages[page] = list_items(
                self.session.ctx, self._query, page * self.PAGE, self.PAGE
            )
            while len(self._pages) > self.KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        rows = self._pages[page]
        offset = row - page * self.PAGE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, item_id: int) -> int | None:
        """The row showing the item, asking the database when it is not in a cached page."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == item_id:
                    return page * self.PAGE + offset
        if self._query is None:
            return None
        ids = item_ids(self.session.ctx, self._query)
        return ids.index(item_id) if item_id in ids else None

    def rows_of(self, ids: list[int]) -> list[int]:
        """The rows showing those items, top first; items the filters hide are left out."""
        if self._query is None:
            return []
        wanted = set(ids)
        shown = item_ids(self.session.ctx, self._query)  # one query, not one per item
        return [row for row, item_id in enumerate(shown) if item_id in wanted]

    def draft_at(self, row: int) -> Draft | None:
        """The draft on that row, if it is one."""
        index = row - self._count
        return self._drafts[index] if 0 <= index < len(self._drafts) else None

    def lock_reason(self, item: FlyerItem | None) -> str | None:
        """Why the acting person may not change the row, or None."""
        if self._rights is None:
            return None
        rights, now = self._rights, self._now
        error = rights.refusal(item, now) if item else rights.lock_error(now)
        return error.message() if error else None

    def pending(self, row: int, column: int) -> tuple[str, str] | None:
        """(text, message) of a refused edit kept on that cell."""
        key = COLUMNS[column].field
        item = self.item_at(row)
        if item is not None:
            return self._pending.get((item.id, key or ""))
        draft = self.draft_at(row)
        if draft is not None and key in draft.errors:
            return draft.texts.get(key, ""), draft.errors[key]
        return None

    def pending_key(self, row: int, column: int) -> tuple | None:
        """What names a refused entry while rows move: (item id or draft, field), or None."""
        key = COLUMNS[column].field or ""
        item = self.item_at(row)
        if item is not None:
            return ("item", item.id, key) if (item.id, key) in self._pending else None
        draft = self.draft_at(row)
        return ("draft", draft.number, key) if draft and key in draft.errors else None

    def is_pending(self, key: tuple) -> bool:
        """Whether the refused entry pending_key named still waits to be fixed."""
        kind, ident, name = key
        if kind == "item":
            return (ident, name) in self._pending
        return any(d.number == ident and name in d.errors for d in self._drafts)

    def pending_count(self) -> int:
        """How many refused edits wait to be fixed or discarded."""
        return len(self._pending) + sum(len(d.errors) for d in self._drafts)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """Items plus drafts."""
        return 0 if parent.isValid() else self._count + len(self._drafts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles; row numbers, with a star on drafts."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section].key) if 0 <= section < len(COLUMNS) else None
        return f"{section + 1}" if section < self._count else "*"

    def flags(self, index):
        """Editable cells of rows the actor may change; check box for price-sensitive."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column.editor is Editor.NONE:
            return flags
        if self.lock_reason(self.item_at(index.row())) is not None:
            return flags
        if column.editor is Editor.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """What a cell shows for each role."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), COLUMNS[index.column()]
        item = self.item_at(row)
        draft = None if item else self.draft_at(row)
        pending = self.pending(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if pending:
                return pending[0]
            return cells.display(self.names, column, item, draft)
        if role == Qt.ItemDataRole.EditRole:
            if pending:
                return pending[0]
            return cells.edit_value(column, item, draft)
        if role == Qt.ItemDataRole.CheckStateRole and column.editor is Editor.CHECK:
            value = item.sensitive if item else bool(draft.values.get("sensitive"))
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, draft, column, pending)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(item, pending)
        if role == Qt.ItemDataRole.ForegroundRole:
            if pending:
                return QBrush(QColor("#a00000"))
            return QBrush(GREY) if self.lock_reason(item) else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key == "status" and item is not None:
                return cells.status_icon(self._findings.get(item.id, ()))
            if column.key == "photo" and item is not None and not pending:
                return cells.thumbnail(item.photo)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.editor is Editor.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "discount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, item, draft, column, pending) -> str | None:
        if pending:
            return pending[1]
        if draft is not None:
            missing = [column_title(k) for k in REQUIRED if k not in draft.values]
            if missing:
                return translate("ItemColumns", "New row: fill in %1 to save it.").replace(
                    "%1", ", ".join(missing)
                )
            return None
        lines = [f.message() for f in self._findings.get(item.id, ())]
        reason = self.lock_reason(item)
        if reason:
            lines.append(reason)
        if column.key == "photo" and item.photo:
            lines.append(item.photo)
        return "\n".join(lines) or None

    def _background(self, item, pending):
        if pending:
            return QBrush(PENDING)
        if item is None:
            return QBrush(QColor("#e8f0ff"))
        if self.lock_reason(item):
            return QBrush(LOCKED)
        found = self._findings.get(item.id)
        if found and any(f.severity is not Severity.INFO for f in found):
            return QBrush(FINDING)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """Send a typed cell to the services; a refused value stays, marked, until fixed."""
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.editor is Editor.CHECK:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        item = self.item_at(index.row())
        if item is None:
            return self._set_draft(index, column.field or "", value)
        key = (item.id, column.field or "")
        old = getattr(item, key[1])
        if key not in self._pending and cells.same(old, value):
            return True
        was_pending = self._pending.pop(key, None) is not None
        try:
            self.editor.edit(item, key[1], value, old)
        except PromoError as error:
            self._pending[key] = (cells.typed_text(self.names, column, value), error.message())
            self.dataChanged.emit(index, index)
            self.edit_refused.emit(index.row(), index.column(), error.message())
            return True
        self.dataChanged.emit(index, index)
        if was_pending:
            self.pending_changed.emit()
        return True

    def _set_draft(self, index, key: str, value: object) -> bool:
        draft = self.draft_at(index.row())
        if draft is None or self._query is None:
            return False
        text = cells.typed_text(self.names, COLUMNS[index.column()], value)
        try:
            parsed = value if key in cells.REFERENCES else parse_item_field(key, value)
            if key in REQUIRED and parsed in (None, ""):
                parse_item_field("name", "")  # raises "required"
        except PromoError as error:
            draft.texts[key], draft.errors[key] = text, error.message()
            self.dataChanged.emit(index, index)
            self.edit_refused.emit(index.row(), index.column(), error.message())
            return True
        draft.values[key] = parsed
        draft.texts.pop(key, None)
        was_pending = draft.errors.pop(key, None) is not None
        self.dataChanged.emit(index, index)
        if was_pending:
            self.pending_changed.emit()
        if draft.errors or any(k not in draft.values for k in REQUIRED):
            return True
        # Saved a moment later, once the editor has closed: saving rebuilds the table.
        QTimer.singleShot(0, partial(self._save_draft, draft, index.column()))
        return True

    def _save_draft(self, draft: Draft, column: int) -> None:
        if draft not in self._drafts or self._query is None:
            return
        # Out of the list while saving: the refresh a saved item brings must not show it twice.
        position = self._drafts.index(draft)
        self._drafts.remove(draft)
        try:
            added = self.editor.add(self._query.phase_id, draft.values)
        except PromoError as error:
            # Back in its place with no model reset, so the view keeps its current cell.
            self._drafts.insert(position, draft)
            bad = error.field if error.field in draft.values else "name"
            draft.texts[bad] = cells.typed_text(
                self.names, cells.column_of(bad), draft.values.pop(bad, "")
            )
            draft.errors[bad] = error.message()
            row = self._count + position
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            column = COLUMN_INDEX.get(bad, column)  # the cell that holds the refused value
            self.edit_refused.emit(row, column, error.message())
            return
        self.draft_saved.emit(added.id)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Let the database sort by the column."""
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))

    # -- rows ------------------------------------------------------------------------------
    def add_draft(self, defaults: dict[str, object]) -> int:
        """Append an empty row to type a new item into; returns its row."""
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._drafts.append(Draft(values=dict(defaults)))
        self.endInsertRows()
        return row

    def drop_draft(self, row: int) -> bool:
        """Remove a draft row (nothing of it was saved)."""
        draft = self.draft_at(row)
        if draft is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._drafts.remove(draft)
        self.endRemoveRows()
        if draft.errors:
            self.pending_changed.emit()
        return True

    def discard(self, row: int, column: int | None = None) -> None:
        """Forget refused edits of a cell (or a whole row); the stored value shows again."""
        item, draft = self.item_at(row), self.draft_at(row)
        keys = [COLUMNS[column].field] if column is not None else [c.field for c in COLUMNS]
        for key in keys:
            if item is not None:
                self._pending.pop((item.id, key or ""), None)
            elif draft is not None:
                draft.errors.pop(key or "", None)
                draft.texts.pop(key or "", None)
        if self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.pending_changed.emit()

    def discard_all(self) -> None:
        """Forget every refused edit."""
        self._pending.clear()
        for draft in self._drafts:
            draft.errors.clear()
            draft.texts.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )
        self.pending_changed.emit()
