"""An in-program preview of a PDF: its pages rendered with QtPdf, one under the other."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 12  # enough to judge the layout; the viewer shows the rest


def _on_white(image: QImage) -> QPixmap:
    # QtPdf leaves the paper transparent; a page must look like paper.
    paper = QPixmap(image.size())
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PdfPreviewWidget(QScrollArea):
    """Shows the first pages of a PDF at the width of the view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setStyleSheet("background: #777;")
        self.column = QVBoxLayout(self.inner)
        self.column.setSpacing(14)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.page_count = 0
        self.pages: list[QLabel] = []

    def clear(self, message: str = "") -> None:
        """Empty the preview, optionally with a message in its place."""
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.pages = []
        self.page_count = 0
        if message:
            label = QLabel(message)
            label.setWordWrap(True)
            label.setStyleSheet("color: white; padding: 24px;")
            self.column.addWidget(label)

    def show_pdf(self, pdf: bytes) -> int:
        """Render the pages of the PDF; return how many pages it has."""
        from PySide6.QtPdf import QPdfDocument  # only when a document is previewed

        self.clear()
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        self.page_count = document.pageCount()
        width = max(400, self.viewport().width() - 40)
        for page in range(min(self.page_count, MAX_PAGES)):
            size = document.pagePointSize(page)
            scale = width / size.width() if size.width() else 1.0
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            label = QLabel()
            label.setPixmap(_on_white(document.render(page, target)))
            self.column.addWidget(label)
            self.pages.append(label)
        if self.page_count > MAX_PAGES:
            more = QLabel(
                self.tr("… %1 more pages: open the document to see them all.").replace(
                    "%1", str(self.page_count - MAX_PAGES)
                )
            )
            more.setStyleSheet("color: white; padding: 12px;")
            self.column.addWidget(more)
        document.close()
        buffer.close()
        return self.page_count
