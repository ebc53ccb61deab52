"""The board for the square: a full-screen window a floor manager puts on a TV.

It shows the round being raced (heat by heat, each time, who goes through) and, once the
final is in, the podium. It follows every change the contest screen makes; Esc closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from promoplanner.core import bracket as b
from promoplanner.services import contest_run as service
from promoplanner.ui.session import AppSession

MEDALS = ("#d4a017", "#a8a9ad", "#cd7f32")


class ContestBoard(QWidget):
    """Large text on a dark ground: the current heats, who goes through, then the podium."""

    def __init__(self, session: AppSession, contest_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.contest_id = contest_id
        self.setWindowTitle(self.tr("Contest board"))
        self.setObjectName("contest_board")
        self.setStyleSheet("#contest_board { background: #101820; } QLabel { color: white; }")
        self.title = QLabel()
        self.title.setObjectName("board_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 40px; font-weight: bold; color: #ffcc33")
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.hint = QLabel(self.tr("Esc closes the board"))
        self.hint.setStyleSheet("color: #778899; font-size: 14px")
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.body, 1)
        column.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        session.data_changed.connect(self._changed)
        self.refresh()

    def _changed(self, kind: str) -> None:
        if kind == "contest":
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the board."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def lines(self) -> list[str]:
        """What the board shows, line by line (for tests and screen readers)."""
        found = [self.title.text()]
        for i in range(self.grid.count()):
            item = self.grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.text():
                found.append(widget.text())
        return found

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _put(self, widget: QWidget, *where: int) -> None:
        self.grid.addWidget(widget, *where)
        widget.show()  # at once: the board is already on the screen

    def _label(self, text: str, size: int, color: str = "white", bold: bool = False) -> QLabel:
        label = QLabel(text)
        weight = "bold" if bold else "normal"
        label.setStyleSheet(f"font-size: {size}px; color: {color}; font-weight: {weight}")
        return label

    def refresh(self) -> None:
        """Show the contest as stored now."""
        run = service.contest_run(self.session.ctx, self.contest_id)
        now = run.standing
        self._clear()
        current = now.current
        if now.phase is b.ContestPhase.FINISHED and current is not None:
            self.title.setText(f"{run.contest.name} · {self.tr('Podium')}")
            for n, winner in enumerate(now.podium):
                if winner is None:
                    continue
                result = run.state.result(current.round.number, winner)
                place = self.tr("Place %1").replace("%1", str(n + 1))
                self._put(self._label(place, 44, MEDALS[n], True), n, 0)
                self._put(self._label(run.name(winner), 56, MEDALS[n], True), n, 1)
                self._put(self._label(str(result or ""), 44, MEDALS[n]), n, 2)
                prize = run.contest.prizes[n]
                if prize:
                    self._put(self._label(prize, 32), n, 3)
            return
        if current is None:
            self.title.setText(
                f"{run.contest.name} · "
                + self.tr("%1 entrants registered").replace(
                    "%1", str(len(run.state.active_entrants))
                )
            )
            return
        final = current.round.is_final
        heading = self.tr("Final") if final else self.tr("Round %1").replace("%1", str(now.round))
        self.title.setText(f"{run.contest.name} · {heading}")
        # the heat being raced first: the first one with a time missing
        heats = sorted(current.heats, key=lambda h: h.complete)
        row = 0
        for hs in heats:
            title = self.tr("Final") if final else self.tr("Heat %1").replace("%1", hs.heat.id)
            racing = not hs.complete
            self._put(self._label(title, 30, "#ffcc33" if racing else "#99aabb", True),
                                row, 0, 1, 3)  # fmt: skip
            row += 1
            for entrant, result in hs.results:
                if entrant in hs.by_time:
                    mark = "q"
                elif entrant in hs.by_place:
                    mark = "Q"
                else:
                    place = current.places.get(entrant) if final else None
                    mark = str(place) if place else ""
                color = "#66ff99" if mark in ("Q", "q") else "white"
                size = 34 if racing else 22
                self._put(self._label(run.name(entrant), size, color), row, 0)
                self._put(self._label("" if result is None else str(result), size, color),
                                    row, 1)  # fmt: skip
                self._put(self._label(mark, size, color, True), row, 2)
                row += 1
            if row > 24:  # a TV shows about this much: the heats raced stay on the screen
                break
