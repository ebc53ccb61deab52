"""A progress bar of items against a [min, max] quota, coloured by where the count stands."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SHORT, MET, OVER, NONE = QColor("#e0a030"), QColor("#3c9a5f"), QColor("#c0392b"), QColor("#999")


def state_color(count: int, low: int | None, high: int | None) -> QColor:
    """Amber below the minimum, green within, red above the maximum, grey without quota."""
    if low is None:
        return NONE
    if count < low:
        return SHORT
    if high is not None and count > high:
        return OVER
    return MET


class QuotaBarWidget(QWidget):
    """Count drawn against a shaded [min, max] band, with the figures written on it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.count, self.low, self.high = 0, None, None
        self.setMinimumHeight(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, count: int, low: int | None, high: int | None) -> None:
        """Show count items against a quota of low..high (high None: minimum only)."""
        self.count, self.low, self.high = count, low, high
        label = (
            str(count)
            if low is None
            else (f"{count} / {low}–{high}" if high is not None else f"{count} / ≥{low}")
        )
        self.setAccessibleDescription(label)
        self._label = label
        self.update()

    def color(self) -> QColor:
        """The colour of the bar for its state."""
        return state_color(self.count, self.low, self.high)

    def sizeHint(self) -> QSize:
        return QSize(220, 20)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label = getattr(self, "_label", "")
        text_width = painter.fontMetrics().horizontalAdvance(label) + 10
        whole = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        rect = whole.adjusted(0, 0, -text_width, 0)  # the figures stand right of the bar
        scale = max(self.count, self.high or 0, self.low or 0, 1) * 1.1
        painter.setPen(QPen(QColor("#bbb")))
        painter.setBrush(QColor("#f4f4f4"))
        painter.drawRoundedRect(rect, 3, 3)
        if self.low is not None:
            top = self.high if self.high is not None else self.low
            x0 = rect.left() + rect.width() * self.low / scale
            x1 = rect.left() + rect.width() * top / scale
            band = QRectF(x0, rect.top() + 1, max(x1 - x0, 2), rect.height() - 2)
            painter.fillRect(band, QColor("#cfdcec"))
        width = rect.width() * min(self.count / scale, 1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color())
        bar = QRectF(rect.left(), rect.top() + 5, width, rect.height() - 10)
        painter.drawRoundedRect(bar, 2, 2)
        painter.setPen(QColor("#222"))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        painter.drawText(whole, align, label)
        painter.end()
