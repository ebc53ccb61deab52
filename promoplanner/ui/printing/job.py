"""A print job: each page of a PDF rendered by QtPdf at the printer's resolution and painted.

A page is rendered in bands (strips a few hundred pixels high), so an A3 proof at 600 dpi
never needs one 280 MB image; each band is painted where it belongs on the sheet, the page
scaled to the printable area and kept in proportion.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

BAND = 512  # device pixels of one rendered strip


def _document(pdf: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def set_up_printer(printer: QPrinter, pdf: bytes) -> int:
    """Give the printer the document's paper size and orientation (its first page); pages."""
    document, buffer = _document(pdf)
    pages = document.pageCount()
    if pages:
        size = document.pagePointSize(0)
        landscape = size.width() > size.height()
        upright = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        layout = QPageLayout(
            QPageSize(
                upright, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch
            ),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        printer.setPageLayout(layout)
        printer.setFromTo(1, pages)
    document.close()
    buffer.close()
    return pages


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the PDF's pages (those the print dialog chose) on the printer; how many."""
    document, buffer = _document(pdf)
    count = document.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    painted = 0
    painter = QPainter()
    if count and painter.begin(printer):
        try:
            for page in range(first - 1, last):
                if painted:
                    printer.newPage()
                _paint_page(painter, printer, document, page)
                painted += 1
        finally:
            painter.end()
    document.close()
    buffer.close()
    return painted


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    area.moveTo(0, 0)
    size = document.pagePointSize(page)
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = round(size.width() * scale), round(size.height() * scale)
    left = (area.width() - width) // 2
    top = (area.height() - height) // 2
    for band_top in range(0, height, BAND):
        band = min(BAND, height - band_top)
        options = QPdfDocumentRenderOptions()
        # The part of the page (in page points, scaled) that this strip shows.
        options.setScaledClipRect(QRect(0, band_top, width, band))
        options.setScaledSize(QSize(width, height))
        image = document.render(page, QSize(width, band), options)
        white = QImage(image.size(), QImage.Format.Format_RGB32)
        white.fill(0xFFFFFFFF)  # QtPdf leaves the paper transparent
        over = QPainter(white)
        over.drawImage(0, 0, image)
        over.end()
        painter.drawImage(QRectF(left, top + band_top, width, band), white)
