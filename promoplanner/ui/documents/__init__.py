"""Documents: make each PDF, preview it in the program, save it or open it in a viewer."""

from promoplanner.ui.documents.screen import DocumentsScreen

__all__ = ["DocumentsScreen"]
