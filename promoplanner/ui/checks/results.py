"""How a check result looks: an empty box (not checked yet), a green tick, a red cross."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # True, False or None (not recorded yet)
YES = QColor("#1b7a2b")
NO = QColor("#c62828")
EMPTY_BORDER = QColor("#6d6d6d")
BOX = 16
MARGIN = 6


def legend_text() -> str:
    """What the three marks mean (header tooltips and the legend above the table)."""
    return translate(
        "CheckResults",
        "Empty box: not checked yet · green ✓: yes · red ✗: no. "
        "Click the box or press Space to change it.",
    )


def result_words(value: bool | None) -> str:
    """A result in words (tooltips, screen readers)."""
    if value is None:
        return translate("CheckResults", "Not checked yet")
    return translate("CheckResults", "yes") if value else translate("CheckResults", "no")


def draw_mark(painter: QPainter, box: QRectF, value: bool | None) -> None:
    """An empty box, a white tick on green, or a white cross on red."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if value is None:
        painter.setPen(QPen(EMPTY_BORDER, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 2, 2)
        painter.restore()
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(YES if value else NO)
    painter.drawRoundedRect(box, 3, 3)
    pen = QPen(QColor("white"), 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if value:
        painter.drawPolyline(
            [
                QPointF(x + w * 0.22, y + h * 0.52),
                QPointF(x + w * 0.42, y + h * 0.72),
                QPointF(x + w * 0.78, y + h * 0.30),
            ]
        )
    else:
        painter.drawLine(QPointF(x + w * 0.28, y + h * 0.28), QPointF(x + w * 0.72, y + h * 0.72))
        painter.drawLine(QPointF(x + w * 0.72, y + h * 0.28), QPointF(x + w * 0.28, y + h * 0.72))
    painter.restore()


def mark_pixmap(value: bool | None) -> QPixmap:
    """The mark alone, for the legend."""
    pixmap = QPixmap(BOX, BOX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_mark(painter, QRectF(0, 0, BOX, BOX), value)
    painter.end()
    return pixmap


def box_rect(cell: QRect) -> QRect:
    """Where the mark sits in a cell: at the left, centred in height."""
    return QRect(cell.left() + MARGIN, cell.center().y() - BOX // 2 + 1, BOX, BOX)


class ResultDelegate(QStyledItemDelegate):
    """Draws a result cell as one of three unmistakable marks; click or Space changes it.

    Qt's own tri-state check box draws "not recorded" as a filled square that is hard to
    tell from a tick, so the marks are drawn here. Changing goes yes -> no -> yes; the
    model records each change through the services.
    """

    def paint(self, painter: QPainter, option, index) -> None:
        """Cell background and selection as usual, then the mark and yes/no."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        value = index.data(RESULT_ROLE)
        box = box_rect(option.rect)
        draw_mark(painter, QRectF(box), value)
        if value is not None:
            painter.save()
            painter.setPen(YES.darker(120) if value else NO)
            text_rect = option.rect.adjusted(MARGIN + BOX + 6, 0, -2, 0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, int(flags), result_words(value))
            painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:
        """A click on the mark, or Space, moves the result on (not checked -> yes -> no)."""
        flags = index.flags()
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            hit = box_rect(option.rect).adjusted(-4, -4, 4, 4)
            if event.button() != Qt.MouseButton.LeftButton or not hit.contains(
                event.position().toPoint()
            ):
                return False
            if kind == QEvent.Type.MouseButtonDblClick:
                return True  # the release before it already changed the result
        elif kind == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(RESULT_ROLE) is not True
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
