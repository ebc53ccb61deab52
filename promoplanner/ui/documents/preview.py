"""An in-program preview of a PDF: its pages rendered with QtPdf, one under the other, zoomable."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 12  # enough to judge the layout; the viewer shows the rest
# Zoom steps as a share of the page's real size on the screen (1.0: a 10 cm line is 10 cm).
STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MAX_SIDE = 6000  # pixels: a 400 % A3 page, no bigger (memory)


def _on_white(image: QImage) -> QPixmap:
    # QtPdf leaves the paper transparent; a page must look like paper.
    paper = QPixmap(image.size())
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PdfPreviewWidget(QScrollArea):
    """Shows the first pages of a PDF at the width of the view, or zoomed in and out."""

    zoom_changed = Signal(str)  # the zoom shown now: "56 %"

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
        self.zoom: float | None = None  # None: fit the width of the view
        self._pdf: bytes | None = None
        self._first_width = 595.0  # points, of the first page shown

    def clear(self, message: str = "") -> None:
        """Empty the preview, optionally with a message in its place."""
        self._pdf = None
        self._empty()
        self.page_count = 0
        if message:
            label = QLabel(message)
            label.setWordWrap(True)
            label.setStyleSheet("color: white; padding: 24px;")
            self.column.addWidget(label)

    def _empty(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.pages = []

    def show_pdf(self, pdf: bytes) -> int:
        """Render the pages of the PDF at the zoom chosen; return how many pages it has."""
        self._pdf = pdf
        pages = self._render()
        self.zoom_changed.emit(self.zoom_text())
        return pages

    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def _render(self) -> int:
        from PySide6.QtPdf import QPdfDocument  # only when a document is previewed

        pdf = self._pdf
        self._empty()
        if pdf is None:
            return 0
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        self.page_count = document.pageCount()
        self._first_width = document.pagePointSize(0).width() or 595.0
        fit = max(400, self.viewport().width() - 40)
        for page in range(min(self.page_count, MAX_PAGES)):
            size = document.pagePointSize(page)
            if self.zoom is None:
                scale = fit / size.width() if size.width() else 1.0
            else:
                scale = self.zoom * self._points_to_pixels()
            scale = min(scale, MAX_SIDE / max(size.width(), size.height(), 1.0))
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

    # --- zoom ------------------------------------------------------------------------------
    def current_zoom(self) -> float:
        """The zoom shown now as a share of real size (fit width included)."""
        if self.zoom is not None:
            return self.zoom
        if self.pages:
            shown = self.pages[0].pixmap().width()
            return shown / (self._first_width * self._points_to_pixels())
        return 1.0

    def zoom_in(self) -> None:
        """Ctrl++: the next bigger step."""
        now = self.current_zoom()
        self._set_zoom(next((s for s in STEPS if s > now + 0.01), STEPS[-1]))

    def zoom_out(self) -> None:
        """Ctrl+-: the next smaller step."""
        now = self.current_zoom()
        self._set_zoom(next((s for s in reversed(STEPS) if s < now - 0.01), STEPS[0]))

    def fit_width(self) -> None:
        """Ctrl+0: the page as wide as the view."""
        self._set_zoom(None)

    def _set_zoom(self, zoom: float | None) -> None:
        self.zoom = zoom
        if self._pdf is not None:
            self._render()
        self.zoom_changed.emit(self.zoom_text())

    def zoom_text(self) -> str:
        """The zoom as a share of the page's real size: “56 %” (fitting the width) or “150 %”."""
        return f"{round(self.current_zoom() * 100)} %"


def zoom_keys(owner: QWidget, preview: PdfPreviewWidget) -> None:
    """Ctrl++ / Ctrl+- / Ctrl+0 zoom the preview anywhere in the owner (its screen)."""
    whole = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for keys, slot in (
        ([QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"], preview.zoom_in),
        ([QKeySequence.StandardKey.ZoomOut, "Ctrl+-"], preview.zoom_out),
        (["Ctrl+0"], preview.fit_width),
    ):
        action = QAction(owner)
        unique = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}
        action.setShortcuts(list(unique.values()))
        action.setShortcutContext(whole)
        action.triggered.connect(slot)
        owner.addAction(action)
