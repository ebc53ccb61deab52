"""An item's history: every change of it, who made it and when, deletes and restores too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
)

from promoplanner.core.audit import ObjectKind
from promoplanner.core.model import FlyerItem
from promoplanner.services.history import object_history
from promoplanner.ui.history.lines import history_lines
from promoplanner.ui.history.model import (
    HistoryTableModel,
    ValueWords,
    history_table,
    people_names,
)
from promoplanner.ui.items.cells import Names
from promoplanner.ui.session import AppSession

WIDTHS = (280, 80, 70, 120, 110, 110)


class ItemHistoryDialog(QDialog):
    """Read-only list of an item's changes, newest first."""

    def __init__(self, session: AppSession, item: FlyerItem, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", item.name))
        words = ValueWords(Names(session))
        self.model = HistoryTableModel(words, people_names(session), False, self)
        self.model.set_lines(history_lines(object_history(session.ctx, ObjectKind.ITEM, item.id)))
        self.table = history_table(self.model, WIDTHS, self)
        title = QLabel(self)
        barcode = f" · {item.barcode}" if item.barcode else ""
        title.setText(f"<b>{item.name}</b>{barcode}")
        self.summary = QLabel(self)
        self.summary.setText(
            self.tr("%1 changes, newest first. The history cannot be edited.").replace(
                "%1", str(self.model.rowCount())
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
