"""Copy and paste on the item table: blocks from Excel or WPS saved whole, or not at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from promoplanner.core.errors import PromoError
from promoplanner.services.item_bulk import REPORTED_ROWS, refused_rows
from promoplanner.ui.items import paste
from promoplanner.ui.items.columns import COLUMN_INDEX, column_title
from promoplanner.ui.labels import joined, listing

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def block_message(error: PromoError) -> str:
    """Every refused row of a pasted block (the first REPORTED_ROWS), one per line."""
    refused = refused_rows(error)
    if not refused:
        return error.message()
    lines = []
    for row in refused[:REPORTED_ROWS]:
        cause = row.cause
        where = translate("ItemsScreen", "Pasted row %1").replace("%1", str(row.row))
        if cause.field in COLUMN_INDEX:
            where = f"{where}, {column_title(cause.field)}"
        lines.append(joined(where, cause.message()))
    if len(refused) > REPORTED_ROWS:
        more = len(refused) - REPORTED_ROWS
        lines.append(
            translate("ItemsScreen", "… and %1 more refused rows.").replace("%1", str(more))
        )
    lines.append(translate("ItemsScreen", "Nothing of this paste was saved."))
    return "\n".join(lines)


def ignored_note(block: list[list[str]]) -> str:
    """“ Columns not known, left out: 序号, 备注2.” (empty when every column was known)."""
    unknown = paste.unknown_columns(block)
    if not unknown:
        return ""
    return " " + translate("ItemsScreen", "Columns not known, left out: %1.").replace(
        "%1", listing(unknown)
    )


class ItemClipboard:
    """Pastes blocks into the screen's table and copies cells out of it."""

    def __init__(self, screen) -> None:
        self.screen = screen

    def paste(self, clip: str, as_new_rows: bool) -> None:
        """Paste tab-separated text; all of it is saved, or none and the strip says why."""
        screen = self.screen
        model, table = screen.model, screen.table
        block = paste.parse_block(clip)
        query = model.query()
        if not block or query is None or screen.refuse_when_locked():
            return
        current = table.currentIndex()
        try:
            if as_new_rows or not current.isValid() or model.item_at(current.row()) is None:
                self._paste_new_rows(block, query.phase_id)
                return
            selected = table.selectionModel().selectedIndexes()
            if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
                targets = [(i.row(), i.column()) for i in selected]
                changes = paste.fill(block[0][0], targets, model.item_at)
            else:
                changes = paste.overwrites(block, current.row(), current.column(), model.item_at)
            if changes:
                screen.editor.update_many(changes)
                screen.strip.hint(
                    translate("ItemsScreen", "Rows changed: %1.").replace("%1", str(len(changes)))
                    + ignored_note(block)
                )
        except paste.PasteOutside as outside:
            screen.show_error(
                translate(
                    "ItemsScreen", "Pasted row %1 falls below the last item; nothing was pasted."
                ).replace("%1", str(outside.row)),
                sticky=True,
            )
        except PromoError as error:
            screen.show_error(block_message(error) + ignored_note(block), sticky=True)

    def _paste_new_rows(self, block: list[list[str]], phase_id: int) -> None:
        screen = self.screen
        defaults: dict[str, object] = {}
        floor = screen.default_floor()
        if floor is not None:
            defaults["floor_id"] = floor
        rows = paste.new_rows(block, defaults)
        if any("floor_id" not in row for row in rows):
            # Asking the services would refuse every row with "Floor: required"; say instead
            # what the person can do about it.
            screen.show_error(
                translate(
                    "ItemsScreen",
                    "These rows have no floor. Choose a floor in the Floor filter above, or "
                    "include a Floor column in the copied rows. Nothing of this paste was saved.",
                ),
                sticky=True,
            )
            return
        added = screen.editor.add_many(phase_id, rows)
        screen.strip.hint(
            translate("ItemsScreen", "Rows added: %1.").replace("%1", str(len(added)))
            + ignored_note(block)
        )
        screen.show_rows([item.id for item in added])

    def copy(self) -> None:
        """Copy the selected cells as tab-separated text (Excel and WPS read it)."""
        indexes = self.screen.table.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), {})[index.column()] = str(index.data() or "")
        columns = sorted({i.column() for i in indexes})
        block = [[cells.get(c, "") for c in columns] for _r, cells in sorted(rows.items())]
        QGuiApplication.clipboard().setText(paste.copy_text(block))
