"""The campaign month as a calendar: holidays, phase spans, deadlines and events.

A campaign whose days (its own or its phases') reach into more than one month gets a row
above the week days to step between those months: ‹ and › with the mouse, Page Up and
Page Down with the keys.
"""

from __future__ import annotations

import calendar as cal
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from promoplanner.core.i18n import current_language, text
from promoplanner.core.model import CampaignSnapshot

HEAD = 22  # the row of week-day names
PHASE_COLORS = [QColor("#cfe2f3"), QColor("#d9ead3"), QColor("#fce5cd"), QColor("#ead1dc")]


class MonthCalendarWidget(QWidget):
    """A month grid; each day lists its holiday, phases, deadlines and events."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.snapshot: CampaignSnapshot | None = None
        self.today: date | None = None
        self.months: list[tuple[int, int]] = []  # every month the campaign touches
        self.shown = 0  # index into months
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)

    def sizeHint(self) -> QSize:
        return QSize(760, 480)

    def set_campaign(self, snapshot: CampaignSnapshot | None, today: date) -> None:
        """Show the campaign's month (the one holding today, when it runs), marking today."""
        same = (
            snapshot is not None
            and self.snapshot is not None
            and (snapshot.campaign.id == self.snapshot.campaign.id)
        )
        self.snapshot, self.today = snapshot, today
        months = snapshot.months() if snapshot else []
        if not same or months != self.months:
            self.months = months
            key = (today.year, today.month)
            self.shown = months.index(key) if key in months else 0
        self.update()

    def month(self) -> tuple[int, int] | None:
        """The year and month shown."""
        return self.months[self.shown] if self.months else None

    def step(self, by: int) -> None:
        """Show an earlier (-1) or a later (+1) month of the campaign."""
        if self.months:
            self.shown = max(0, min(len(self.months) - 1, self.shown + by))
            self.update()

    def _title_height(self) -> int:
        return 26 if len(self.months) > 1 else 0

    def _arrows(self) -> tuple[QRectF, QRectF]:
        title = self._title_height()
        return QRectF(0, 0, 40, title), QRectF(self.width() - 40, 0, 40, title)

    def mousePressEvent(self, event) -> None:
        earlier, later = self._arrows()
        point = QPointF(event.position())
        if self._title_height() and earlier.contains(point):
            self.step(-1)
        elif self._title_height() and later.contains(point):
            self.step(1)
        else:
            super().mousePressEvent(event)

    def _grid(self) -> tuple[tuple[int, int], list[list[date]], float, float, float]:
        """The month shown, its weeks, the top of the day cells and a cell's width and height
        (what painting draws and what the mouse is matched against)."""
        snap = self.snapshot
        assert snap is not None
        year, month = self.month() or (snap.campaign.year, snap.campaign.month)
        weeks = cal.Calendar(firstweekday=0).monthdatescalendar(year, month)
        top = self._title_height() + HEAD
        return (year, month), weeks, top, self.width() / 7, (self.height() - top) / len(weeks)

    def day_at(self, point: QPointF) -> date | None:
        """The day whose cell holds the point (None on the title or the week-day row)."""
        if self.snapshot is None:
            return None
        _month, weeks, top, cell_w, cell_h = self._grid()
        row, col = int((point.y() - top) // cell_h), int(point.x() // cell_w)
        if point.y() < top or not (0 <= row < len(weeks) and 0 <= col < 7):
            return None
        return weeks[row][col]

    def day_tooltip(self, day: date) -> str:
        """Everything on a day in full: a narrow cell cuts its lines short with "…"."""
        snap = self.snapshot
        if snap is None:
            return ""
        full = {  # a deadline's line in the cell is its time; here also what is due
            self.tr("Deadline %1").replace("%1", d.due.strftime("%H:%M")): d.task()
            for d in snap.deadlines
            if d.due.date() == day
        }
        lines = [
            f"{note} · {full[note]}" if note in full else note for note, _ in self.day_notes(day)
        ]
        lines += [
            self.tr("Phase %1: %2").replace("%1", str(p.number)).replace("%2", p.name)
            for p in snap.phases
            if p.covers(day)
        ]
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(QPointF(event.pos()))
            tip = self.day_tooltip(day) if day is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        else:
            super().keyPressEvent(event)

    def day_tag(self, day: date) -> str:
        """The tag written in a day's corner: "Today" on today, else nothing."""
        return self.tr("Today") if day == self.today else ""

    def day_notes(self, day: date) -> list[tuple[str, QColor]]:
        """Lines written in a day's cell, with their colour (also used by tests)."""
        snap = self.snapshot
        if snap is None:
            return []
        notes: list[tuple[str, QColor]] = []
        for h in snap.holidays:
            if h.day == day:
                notes.append((h.name or text(f"holiday.{h.kind.value}"), QColor("#c0392b")))
        for d in snap.deadlines:
            if d.due.date() == day:
                notes.append(
                    (
                        self.tr("Deadline %1").replace("%1", d.due.strftime("%H:%M")),
                        QColor("#8e0000"),
                    )
                )
        for a in snap.activities:
            if a.start <= day <= a.end:
                notes.append((a.name, QColor("#5b3a8c")))
        for c in snap.contests:
            if c.day == day:
                notes.append((c.name, QColor("#1f5f8b")))
        return notes

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        snap = self.snapshot
        if snap is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No campaign yet."))
            return
        (year, month), weeks, top, cell_w, cell_h = self._grid()
        locale = QLocale(
            QLocale.Language.Chinese
            if current_language().value == "zh"
            else QLocale.Language.English
        )
        title = self._title_height()
        if title:
            self._paint_title(painter, locale, date(year, month, 1))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for col in range(7):
            rect = QRectF(col * cell_w, title, cell_w, HEAD)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                locale.dayName(col + 1, QLocale.FormatType.ShortFormat),
            )
        for row, week in enumerate(weeks):
            for col, day in enumerate(week):
                rect = QRectF(col * cell_w, top + row * cell_h, cell_w, cell_h)
                self._paint_day(painter, rect, day, day.month == month, small)
        painter.end()

    def _paint_title(self, painter: QPainter, locale: QLocale, first: date) -> None:
        earlier, later = self._arrows()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#222"))
        name = locale.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
        zh = current_language().value == "zh"
        heading = f"{first.year}年{first.month}月" if zh else f"{name} {first.year}"
        painter.drawText(QRectF(0, 0, self.width(), earlier.height()),
                         Qt.AlignmentFlag.AlignCenter, heading)  # fmt: skip
        for rect, arrow, usable in (
            (earlier, "‹", self.shown > 0),
            (later, "›", self.shown < len(self.months) - 1),
        ):
            painter.setPen(QColor("#1f5f8b") if usable else QColor("#bbb"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, arrow)
        painter.setFont(self.font())

    def _paint_day(
        self, painter: QPainter, rect: QRectF, day: date, inside: bool, small: QFont
    ) -> None:
        snap = self.snapshot
        assert snap is not None
        painter.setPen(QPen(QColor("#c8c8c8")))
        background = QColor("white") if inside else QColor("#f3f3f3")
        painter.fillRect(rect, background)
        for index, phase in enumerate(snap.phases):
            if phase.covers(day):
                band = QRectF(rect.left(), rect.bottom() - 16, rect.width(), 16)
                painter.fillRect(band, PHASE_COLORS[index % len(PHASE_COLORS)])
                painter.setPen(QColor("#333"))
                painter.setFont(small)
                label = self.tr("Phase %1").replace("%1", str(phase.number))
                painter.drawText(band.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor("#c8c8c8")))
        painter.drawRect(rect)
        painter.setFont(self.font())
        painter.setPen(QColor("#222") if inside else QColor("#aaa"))
        painter.drawText(
            rect.adjusted(4, 2, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        tag = self.day_tag(day)
        if tag:
            self._paint_today(painter, rect, tag, small)
        painter.setFont(small)
        line_h = painter.fontMetrics().height()
        y = rect.top() + 4 + line_h
        for note, color in self.day_notes(day) if inside else []:
            if y + line_h > rect.bottom() - 16:
                break
            painter.setPen(color)
            elided = painter.fontMetrics().elidedText(
                note, Qt.TextElideMode.ElideRight, int(rect.width() - 8)
            )
            painter.drawText(
                QRectF(rect.left() + 4, y, rect.width() - 8, line_h),
                Qt.AlignmentFlag.AlignLeft,
                elided,
            )
            y += line_h
        if self.today is not None and day < self.today:
            # A light veil: past days stay readable but step back behind today and what is ahead.
            painter.fillRect(rect.adjusted(1, 1, 0, 0), QColor(235, 235, 235, 140))

    def _paint_today(self, painter: QPainter, rect: QRectF, tag: str, small: QFont) -> None:
        # A thick orange frame and a filled tag: unlike any selection frame, it reads as "today".
        orange = QColor("#e8710a")
        painter.setPen(QPen(orange, 3))
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(tag) + 10
        pill = QRectF(rect.right() - width - 4, rect.top() + 4, width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(orange)
        painter.drawRoundedRect(pill, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, tag)
