"""Buyers' spreadsheets in the GUI: the import preview, export and the blank template."""

from promoplanner.ui.imports.dialog import ImportDialog
from promoplanner.ui.imports.model import ImportPreviewTableModel

__all__ = ["ImportDialog", "ImportPreviewTableModel"]
