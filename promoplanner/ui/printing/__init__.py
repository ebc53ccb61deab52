"""Printing a document to a printer: the PDF's pages painted at the printer's resolution."""

from promoplanner.ui.printing.job import print_pdf, set_up_printer

__all__ = ["print_pdf", "set_up_printer"]
