"""The flyer-item table model: a window of database pages, drafts of new rows, refused edits."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from promoplanner.core.enums import Severity
from promoplanner.core.errors import Conflict, PromoError
from promoplanner.core.findings import Finding
from promoplanner.core.model import FlyerItem
from promoplanner.services.carried import carried_items
from promoplanner.services.guards import ItemRights, item_rights
from promoplanner.services.item_bulk import item_ids
from promoplanner.services.item_reads import items_by_id
from promoplanner.services.items import ItemQuery, count_items, list_items
from promoplanner.ui.items import cells
from promoplanner.ui.items.columns import COLUMNS, REQUIRED, Editor, column_title
from promoplanner.ui.items.commands import ItemEditor
from promoplanner.ui.items.conflicts import CONFLICT, ConflictMark
from promoplanner.ui.items.drafts import Draft
from promoplanner.ui.items.model_pending import PendingMixin
from promoplanner.ui.items.model_rows import RowsMixin
from promoplanner.ui.items.rows import RowOrder
from promoplanner.ui.labels import listing

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PENDING = QColor("#f8c8c8")
FINDING = QColor("#fff1c9")
LOCKED = QColor("#e2e2e2")
GREY = QColor("#808080")


class ItemsTableModel(RowsMixin, PendingMixin, QAbstractTableModel):
    """Items of one phase, fetched and sorted by the database a page at a time."""

    edit_refused = Signal(int, int, str)  # row, column, message (of an item's cell)
    draft_changed = Signal(int, int)  # row, column: what a new row lacks or has wrong changed
    draft_saved = Signal(int)  # id of the item a completed new row became
    pending_changed = Signal()  # a refused entry was accepted, discarded or dropped
    conflict_found = Signal(int, int)  # row, column: a colleague changed the cell meanwhile
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
        self._conflicts: dict[tuple[int, str], ConflictMark] = {}  # also in _pending
        self._findings: dict[int, list[Finding]] = {}
        self._rights: ItemRights | None = None
        self._now = self.session.ctx.clock.now()  # the moment the grey rows are judged at
        self.names = cells.Names(self.session)
        self.order = RowOrder()  # rows being typed stay where they are (see rows.py)
        self._held_as: dict[int, tuple] = {}  # held item id -> its placement when held
        self._adding = False  # a new row is being saved: its refresh comes after
        self._refresh_wanted = False
        self.carried: frozenset[int] = frozenset()  # items carried over, still to confirm

    # -- what is shown ------------------------------------------------------------------
    def query(self) -> ItemQuery | None:
        """The query the table shows."""
        return self._query

    def set_query(self, query: ItemQuery | None) -> None:
        """Show another phase, filter or order."""
        self.beginResetModel()
        if self._query is None or query is None or query.phase_id != self._query.phase_id:
            self._drafts.clear()
        self.order.release()  # another order or filter: every row goes to its place
        self._query = query
        self._reload()
        self.endResetModel()
        self.pending_changed.emit()

    def refresh(self) -> None:
        """Read again after a change; keeps the rows in place when their number is unchanged."""
        if self._query is None:
            return
        if self._adding:  # the new row's save is under way; it refreshes when done
            self._refresh_wanted = True
            return
        before = self._count
        self.names = cells.Names(self.session)
        count = count_items(self.session.ctx, self._query)
        if count == before:
            self._refresh_in_place()
            return
        self.beginResetModel()
        self.order.release()  # rows came or went: held rows would not fit any more
        self._reload()
        self.endResetModel()

    def reload_carried(self) -> None:
        """Read again which items are still to confirm, and repaint the table's rows."""
        if self._query is not None:
            self.carried = carried_items(self.session.ctx, self._query.phase_id)
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def refresh_items(self, ids: Iterable[int]) -> bool:
        """Read just those items again, when each is on a cached page and still in the phase.

        One query for an edit however long the phase; whether it could be done so (False:
        an item came, went or left the pages read, and the caller refreshes the whole table).
        """
        wanted = set(ids)
        if self._query is None or not wanted or self._adding:
            return False
        located = {
            item.id: (page, offset)
            for page, rows in self._pages.items()
            for offset, item in enumerate(rows)
            if item.id in wanted
        }
        if len(located) != len(wanted):
            return False
        fresh = items_by_id(self.session.ctx, wanted)
        if any(
            i not in fresh
            or fresh[i].deleted_at
            or fresh[i].phase_id != self._query.phase_id
            or self.placement(fresh[i]) != self.placement(self._pages[p][o])
            for i, (p, o) in located.items()
        ):  # it sorts elsewhere now, or the filters hide it: the table is read again
            return False
        last = len(COLUMNS) - 1
        for item_id, (page, offset) in located.items():
            self._pages[page][offset] = fresh[item_id]
            row = self.order.to_table(page * self.PAGE + offset)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _refresh_in_place(self) -> None:
        """Read the rows again with the table's shape unchanged (an open editor survives)."""
        assert self._query is not None
        self._pages.clear()
        self._rights = item_rights(self.session.ctx, self._query.phase_id)
        self.carried = carried_items(self.session.ctx, self._query.phase_id)
        self._now = self.session.ctx.clock.now()
        self._place_held()
        self._drop_stale_pending()
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _place_held(self) -> None:
        if self._query is not None and self.order.needs_positions():
            ids = item_ids(self.session.ctx, self._query)
            self.order.place({item_id: at for at, item_id in enumerate(ids)})

    def _reload(self) -> None:
        self._pages.clear()
        if self._query is None:
            self._count, self._rights, self.carried = 0, None, frozenset()
            return
        self._count = count_items(self.session.ctx, self._query)
        self._rights = item_rights(self.session.ctx, self._query.phase_id)
        self.carried = carried_items(self.session.ctx, self._query.phase_id)
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
            self._conflicts = {k: v for k, v in self._conflicts.items() if k[0] in alive}
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
        row = self.order.to_database(row) if self.order.held else row
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
                    return self.order.to_table(page * self.PAGE + offset)
        if self._query is None:
            return None
        ids = item_ids(self.session.ctx, self._query)
        return self.order.to_table(ids.index(item_id)) if item_id in ids else None

    def rows_of(self, ids: list[int]) -> list[int]:
        """The rows showing those items, top first; items the filters hide are left out."""
        if self._query is None:
            return []
        wanted = set(ids)
        shown = item_ids(self.session.ctx, self._query)  # one query, not one per item
        rows = [self.order.to_table(at) for at, item_id in enumerate(shown) if item_id in wanted]
        return sorted(rows)

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

    def drafts(self) -> list[Draft]:
        """The new rows, top first."""
        return list(self._drafts)

    def typed_drafts(self) -> list[tuple[int, Draft]]:
        """(row, draft) of each new row the person typed something into."""
        return [(self._count + n, d) for n, d in enumerate(self._drafts) if d.typed()]

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
            if pending and item is not None and (item.id, column.field or "") in self._conflicts:
                return QBrush(CONFLICT)
            return self._background(item, pending)
        if role == Qt.ItemDataRole.ForegroundRole:
            if pending and item is not None and (item.id, column.field or "") in self._conflicts:
                return QBrush(QColor("#5a3a00"))
            if pending:
                return QBrush(QColor("#a00000"))
            return QBrush(GREY) if self.lock_reason(item) else None
        if role == Qt.ItemDataRole.FontRole and item is not None and item.id in self.carried:
            font = QFont()
            font.setItalic(True)  # carried over from last year: a draft until confirmed
            return font
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
                    "%1", listing(missing)
                )
            return None
        lines = [f.message() for f in self._findings.get(item.id, ())]
        if item.id in self.carried:
            lines.append(
                translate(
                    "ItemColumns",
                    "Carried over from the earlier campaign: check it, then confirm it "
                    "(right-click → Confirm carried items).",
                )
            )
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
            return self.set_draft(index, column.field or "", value)
        key = (item.id, column.field or "")
        old = getattr(item, key[1])
        if key not in self._pending and cells.same(old, value):
            return True
        was_pending = self._pending.pop(key, None) is not None
        self._conflicts.pop(key, None)
        self.hold(index.row())  # the row stays under the cursor, whatever it sorts like now
        try:
            self.editor.edit(item, key[1], value, old)
        except Conflict as error:
            self._conflicted(index, item.id, value, error)
            return True
        except PromoError as error:
            self._pending[key] = (cells.typed_text(self.names, column, value), error.message())
            self.dataChanged.emit(index, index)
            self.edit_refused.emit(index.row(), index.column(), error.message())
            return True
        self.dataChanged.emit(index, index)
        if was_pending:
            self.pending_changed.emit()
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Let the database sort by the column."""
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))
