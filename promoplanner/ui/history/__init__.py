"""The history on screen: an item's changes and a phase's change log (read-only)."""

from promoplanner.ui.history.change_log import ChangeLogDialog
from promoplanner.ui.history.item_dialog import ItemHistoryDialog

__all__ = ["ChangeLogDialog", "ItemHistoryDialog"]
