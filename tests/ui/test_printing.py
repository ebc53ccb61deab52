"""Printing to a printer: every page of the document reaches the print job."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from promoplanner.printing import calendar_pdf, checklist_pdf
from promoplanner.ui.printing import print_pdf, set_up_printer
from tests.ui.conftest import phase_of


def pdf_printer(path, resolution=96) -> QPrinter:
    """A printer that prints into a PDF file (as a test can read it back)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def test_a_print_job_paints_every_page(qapp, gui_session, tmp_path):
    pdf = checklist_pdf(gui_session.ctx, phase_of(gui_session, 2).id)
    pages = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert pages > 1
    printer = pdf_printer(tmp_path / "printed.pdf")
    assert set_up_printer(printer, pdf) == pages
    assert print_pdf(pdf, printer) == pages
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    for page in printed.pages:  # each sheet carries the page's picture
        assert page["/Resources"]["/XObject"], page
    sizes = {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in printed.pages
    }
    assert sizes == {(595, 842)}  # A4 portrait, as the checklist is


def test_the_calendar_prints_landscape_and_a_page_range_prints_only_those(
    qapp, gui_session, tmp_path
):
    pdf = calendar_pdf(gui_session.ctx)
    printer = pdf_printer(tmp_path / "calendar.pdf")
    set_up_printer(printer, pdf)
    printer.setFromTo(1, 1)
    assert print_pdf(pdf, printer) == 1
    (page,) = PdfReader(tmp_path / "calendar.pdf").pages
    assert float(page.mediabox.width) > float(page.mediabox.height)


@pytest.fixture
def documents(qtbot, window):
    screen = window.show_screen("documents")
    screen.choose("calendar")
    screen.make()
    qtbot.waitUntil(lambda: screen.pdf is not None, timeout=60_000)
    return screen


def test_print_goes_through_the_print_dialog(documents, tmp_path):
    chosen = []

    class FakePrintDialog:
        def __init__(self, printer, _parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "paper.pdf"))
            printer.setResolution(72)
            chosen.append(printer)

        def exec(self):
            return QDialog.DialogCode.Accepted

    documents.print_dialog = FakePrintDialog
    assert documents.print_button.isEnabled()
    documents.print_button.click()
    assert chosen and (tmp_path / "paper.pdf").exists()
    assert "sent to" in documents.status.text()


def test_a_cancelled_print_dialog_prints_nothing(documents, tmp_path):
    class Cancelled:
        def __init__(self, printer, _parent):
            printer.setOutputFileName(str(tmp_path / "never.pdf"))

        def exec(self):
            return QDialog.DialogCode.Rejected

    documents.print_dialog = Cancelled
    assert documents.print_paper() is None
    assert not (tmp_path / "never.pdf").exists() and documents.status.text() == "Not printed."


def test_without_a_pdf_viewer_open_says_so(documents):
    documents.open_url = lambda _url: False  # the desktop has nothing to open a PDF with
    assert documents.open_pdf() is None
    assert "No PDF viewer" in documents.status.text()
