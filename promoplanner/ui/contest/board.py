"""The board for the square: a full-screen window a floor manager puts on a TV.

It shows the round being raced heat by heat (each time, who goes through) and, once the
final is in, the podium. What does not fit at a size a crowd can read is split into
pages that turn by themselves; the heat being raced stays on every page. It follows every
change the session announces for this contest, and those made on other PCs through a
small poll while it is shown (ui/contest/watch.py). Keys: Page Up/Down or the arrows turn the
pages, Space pauses the turning, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core import bracket as b
from promoplanner.core.changes import ChangeKind
from promoplanner.services import contest_run as service
from promoplanner.ui.contest.board_pages import BoardPages
from promoplanner.ui.contest.watch import ContestWatch
from promoplanner.ui.session import AppSession

MEDALS = ("#d4a017", "#a8a9ad", "#cd7f32")
PAGE_SECONDS = 8  # long enough to find one's name on a page, short enough to see them all
TEXT_PX = 30  # names and times: read from across the square
HEADER_PX = 30
NAME_EMS = 8  # a card is at least this many letters wide for the name, before eliding
RACING = "#ffcc33"
DONE = "#99aabb"
THROUGH = "#66ff99"
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Right)
BACK_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Left)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class ContestBoard(QWidget):
    """Large text on a dark ground: the current heats page by page, then the podium."""

    def __init__(self, session: AppSession, contest_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.contest_id = contest_id
        self.run: service.ContestRun | None = None
        self.pages = BoardPages()
        self.page_text = ""
        self.setWindowTitle(self.tr("Contest board"))
        self.setObjectName("contest_board")
        self.setStyleSheet(
            "#contest_board { background: #101820; } QLabel { color: white; }"
            " #heat_card { border: 2px solid #2c3e50; border-radius: 8px; }"
            f" #racing_card {{ border: 4px solid {RACING}; border-radius: 8px;"
            " background: #1c2a38; }"
        )
        self.title = QLabel()
        self.title.setObjectName("board_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(_font(40, True))
        self.title.setStyleSheet(f"color: {RACING}")
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.page_label = QLabel()
        self.page_label.setObjectName("board_page")
        self.page_label.setFont(_font(24, True))
        self.page_label.setStyleSheet(f"color: {RACING}")
        self.hint = QLabel()
        self.hint.setFont(_font(16))
        self.hint.setStyleSheet("color: #778899")
        footer = QHBoxLayout()
        footer.addWidget(self.page_label)
        footer.addStretch(1)
        footer.addWidget(self.hint)
        column = self._column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.body, 1)
        column.addLayout(footer)
        self.timer = QTimer(self)
        self.timer.setInterval(PAGE_SECONDS * 1000)  # a test sets a shorter one
        self.timer.timeout.connect(self._turn)
        session.data_changed.connect(self._changed)
        self.watch = ContestWatch(session, self, self._shown)
        self.watch.moved.connect(self.refresh)
        self.refresh()

    # --- following the contest -------------------------------------------------------

    def _changed(self, kind: str) -> None:
        if kind != "contest":
            return
        changes = self.session.current_changes()
        ids = changes.ids.get(ChangeKind.CONTEST) if changes is not None else None
        if ids is None or self.contest_id in ids:  # another contest's result: not ours
            self.refresh()

    def _shown(self):
        return self.contest_id, self.run.stamp if self.run is not None else None

    def refresh(self) -> None:
        """Read the contest as stored now and show it."""
        self.run = service.contest_run(self.session.ctx, self.contest_id)
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new size fits another number of heats: lay the pages out again."""
        super().resizeEvent(event)
        if self.run is not None:
            self._show()

    # --- keys and the timer --------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page keys and arrows turn the pages, Space pauses the turning, Esc closes."""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS or key in BACK_KEYS:
            self.pages.step(1 if key in NEXT_KEYS else -1)
            self._show()  # and the timer starts again: the page chosen stays its time
        elif key == Qt.Key.Key_Space:
            self.pages.toggle_pause()
            self._show()
        else:
            super().keyPressEvent(event)

    def _turn(self) -> None:
        self.pages.turn()
        self._show()

    def _time_pages(self) -> None:
        if self.pages.count > 1 and not self.pages.paused:
            self.timer.start()  # (re)started: a full interval on the page just shown
        else:
            self.timer.stop()

    # --- what is on the screen ---------------------------------------------------------

    def lines(self) -> list[str]:
        """What the board shows, line by line (for tests and screen readers)."""
        found = [self.title.text()]
        found += [w.text() for w in self.body.findChildren(QLabel) if w.text()]
        if self.page_label.text():
            found.append(self.page_label.text())
        return found

    def shown_heats(self) -> tuple[str, ...]:
        """The ids of the heats on the screen now, the one being raced first."""
        return self.pages.shown

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for i in range(self.grid.rowCount()):
            self.grid.setRowStretch(i, 0)
        for i in range(self.grid.columnCount()):
            self.grid.setColumnStretch(i, 0)

    def _fill_below(self, row: int) -> None:
        """The space left goes below the last row, so the rows keep their height."""
        grow = QSizePolicy.Policy.Expanding
        self.grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, grow), row, 0)
        self.grid.setRowStretch(row, 1)

    def _put(self, widget: QWidget, *where: int) -> None:
        self.grid.addWidget(widget, *where)
        widget.show()  # at once: the board is already on the screen

    def _show(self) -> None:
        run = self.run
        assert run is not None
        now = run.standing
        self._clear()
        self.page_text = ""
        current = now.current
        if now.phase is b.ContestPhase.FINISHED and current is not None:
            self.pages.lay_out((), None, 1)
            self._podium(run, current)
        elif current is None:
            self.pages.lay_out((), None, 1)
            self.title.setText(
                f"{run.contest.name} · "
                + self.tr("%1 entrants registered").replace(
                    "%1", str(len(run.state.active_entrants))
                )
            )
        else:
            self._round(run, now, current)
        self.page_label.setText(self.page_text)
        if self.pages.count > 1:
            keys = self.tr("Page Up/Down: turn the page · Space: pause · Esc: close the board")
        else:
            keys = self.tr("Esc: close the board")
        self.hint.setText(keys)
        self._column.activate()  # placed now: a grab or a look at once sees this page
        self.grid.activate()
        self._time_pages()

    def _podium(self, run: service.ContestRun, final: b.RoundStanding) -> None:
        podium = self.tr("Podium")  # outside the f-string: lupdate finds only plain calls
        self.title.setText(f"{run.contest.name} · {podium}")
        for n, winner in enumerate(run.standing.podium):
            if winner is None:
                continue
            result = run.state.result(final.round.number, winner)
            place = self.tr("Place %1").replace("%1", str(n + 1))
            self._put(self._label(place, 44, MEDALS[n], True), n, 0)
            self._put(self._label(run.name(winner), 56, MEDALS[n], True), n, 1)
            self._put(self._label(str(result or ""), 44, MEDALS[n]), n, 2)
            prize = run.contest.prizes[n]
            if prize:
                self._put(self._label(prize, 32), n, 3)
        self._fill_below(b.PODIUM)

    def _round(self, run: service.ContestRun, now: b.Standing, current: b.RoundStanding) -> None:
        final = current.round.is_final
        heading = self.tr("Final") if final else self.tr("Round %1").replace("%1", str(now.round))
        self.title.setText(f"{run.contest.name} · {heading}")
        by_id = {hs.heat.id: hs for hs in current.heats}
        # the heat being raced: the first one with a time missing, on every page
        racing = next((hs.heat.id for hs in current.heats if not hs.complete), None)
        columns, rows, width, height = self._fit(run, current)
        self.pages.lay_out(list(by_id), racing, columns * rows)
        for i, heat in enumerate(self.pages.shown):
            card = self._card(run, current, by_id[heat], heat == racing, width)
            card.setFixedSize(width, height)
            self.grid.addWidget(card, i % rows, i // rows, Qt.AlignmentFlag.AlignHCenter)
            card.show()  # down each column, as a page is read
        for i in range(len(self.pages.shown), columns * rows):
            blank = QWidget()  # a last page with fewer heats keeps the cards' places
            blank.setFixedHeight(height)
            self._put(blank, i % rows, i // rows)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)
        self._fill_below(rows)
        if self.pages.count > 1:
            page = (
                self.tr("Page %1 of %2")
                .replace("%1", str(self.pages.index + 1))
                .replace("%2", str(self.pages.count))
            )
            if self.pages.paused:
                page += " · " + self.tr("paused (Space turns on)")
            self.page_text = page

    def _fit(self, run: service.ContestRun, current: b.RoundStanding) -> tuple[int, int, int, int]:
        """How many columns and rows of heat cards fit, and how wide and high a card is."""
        text = QFontMetrics(_font(TEXT_PX))
        spacing = self.grid.spacing()
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        footer = max(self.page_label.sizeHint().height(), self.hint.sizeHint().height())
        height = (
            self.height()
            - margins.top()
            - margins.bottom()
            - self.title.sizeHint().height()
            - footer
            - 2 * self._column.spacing()
        )
        least = text.horizontalAdvance("M" * NAME_EMS) + self._side_width(text) + 40
        columns = max(1, (width + spacing) // (least + spacing))
        card_width = max(least, (width - (columns - 1) * spacing) // columns)
        biggest = max(current.heats, key=lambda hs: len(hs.results))
        sample = self._card(run, current, biggest, True, card_width)
        card_height = sample.sizeHint().height()
        sample.deleteLater()
        rows = max(1, (height + spacing) // (card_height + spacing))
        if len(current.heats) <= columns * rows:  # all fit: side by side, no empty rows
            columns = min(columns, len(current.heats))
            rows = -(-len(current.heats) // columns)
        # a name is found next to its time: a card is never much wider than it needs
        card_width = min(2 * least, max(least, (width - (columns - 1) * spacing) // columns))
        return columns, rows, card_width, card_height

    @staticmethod
    def _side_width(text: QFontMetrics) -> int:
        """Room for a time and a mark beside a name."""
        return text.horizontalAdvance("888.88") + text.horizontalAdvance("QQ") + 24

    def _card(
        self,
        run: service.ContestRun,
        current: b.RoundStanding,
        hs: b.HeatStanding,
        racing: bool,
        width: int,
    ) -> QFrame:
        card = QFrame()
        card.setObjectName("racing_card" if racing else "heat_card")
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.setVerticalSpacing(2)
        final = current.round.is_final
        title = self.tr("Final") if final else self.tr("Heat %1").replace("%1", hs.heat.id)
        if racing:
            title = self.tr("%1 · racing now").replace("%1", title)
        grid.addWidget(self._label(title, HEADER_PX, RACING if racing else DONE, True), 0, 0, 1, 3)
        metrics = QFontMetrics(_font(TEXT_PX))
        name_width = max(40, width - self._side_width(metrics) - 40)
        for row, (entrant, result) in enumerate(hs.results, start=1):
            # q is marked as soon as the engine is sure of it: core/bracket/standing.py
            # gives a fastest loser's place before the round is in only when no time
            # still to come can take it (see _sure_by_time there).
            if entrant in hs.by_time:
                mark = "q"
            elif entrant in hs.by_place:
                mark = "Q"
            else:
                place = current.places.get(entrant) if final else None
                mark = str(place) if place else ""
            color = THROUGH if mark in ("Q", "q") else "white"
            name = metrics.elidedText(run.name(entrant), Qt.TextElideMode.ElideRight, name_width)
            grid.addWidget(self._label(name, TEXT_PX, color), row, 0)
            time = self._label("" if result is None else str(result), TEXT_PX, color)
            time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(time, row, 1)
            grid.addWidget(self._label(mark, TEXT_PX, color, True), row, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(hs.results) + 1, 1)  # a heat of fewer keeps its lines at the top
        return card

    def _label(self, text: str, size: int, color: str = "white", bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setFont(_font(size, bold))
        label.setStyleSheet(f"color: {color}")
        return label
