"""The history on screen: an item's changes and a phase's change log (read-only)."""

from promoplanner.ui.history.change_log import ChangeLogDialog
from promoplanner.ui.history.item_dialog import ItemHistoryDialog


def show_item_history(session, item, parent) -> ItemHistoryDialog:
    """Open the item's history beside the grid (not waiting for it to close)."""
    dialog = ItemHistoryDialog(session, item, parent)
    dialog.open()
    return dialog


__all__ = ["ChangeLogDialog", "ItemHistoryDialog", "show_item_history"]
