"""The contest evening: draw a round, one card per heat with a time field each, the podium.

Type ``12.34`` and press Enter: the time is stored and the next field takes the focus (the
next entrant of the heat, then the first of the next heat). An emptied field with Enter
(or Delete) takes the result back. Q marks who goes through by place, q by time.

Every change names the version the screen showed (a time: its heat's; anything else: the
contest's). When a colleague's laptop changed it meanwhile, the refusal says who and when,
what was typed stays in its field, and Reload shows what is stored with it still typed.

A colleague's change is read while the screen is shown (ui/contest/watch.py via the
screen), and a time typed but not saved stays in its field through it. When the colleague
stored that very entrant's time (or redrew the heat) meanwhile, the heat keeps the version
the person typed on: their Enter is refused with who and when, never a silent overwrite.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core import bracket as b
from promoplanner.core.contest import early_draw_warning
from promoplanner.core.errors import Conflict, PromoError
from promoplanner.services import contest_run as service
from promoplanner.services.contest_run import ContestRun
from promoplanner.ui.contest.heat_card import HeatCard, TimeField
from promoplanner.ui.contest.ties_box import TiesBox
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.ask import confirm as ask

CARD_COLUMNS = 3


class ContestRunPanel(QWidget):
    """Draws, results, ties, the final and the podium of one contest."""

    board_wanted = Signal()

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest_id: int | None = None
        self.run: ContestRun | None = None
        self.cards: dict[str, HeatCard] = {}
        self._drawn: tuple | None = None  # the round the cards were built for
        self._fresh: ContestRun | None = None  # what a change of ours just returned
        self._filled: ContestRun | None = None  # the copy the fields show
        # heats whose typed time was stored or redrawn under it: the version it was typed on
        self._held: dict[str, int] = {}
        self.status = QLabel()
        self.status.setObjectName("contest_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("run_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("run_reload")
        self.reload_button.setToolTip(self.tr("Show the contest as stored now."))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        # a time refused because its heat changed meanwhile: (heat, entrant, typed)
        self._refused: tuple[str, str, str] | None = None
        self.draw_button = QPushButton(self.tr("Draw round 1"))
        self.draw_button.setObjectName("draw_round")
        self.draw_button.clicked.connect(self.draw)
        self.redraw_button = QPushButton(self.tr("Draw again"))
        self.redraw_button.clicked.connect(self.redraw)
        self.board_button = QPushButton(self.tr("Board for a TV"))
        self.board_button.clicked.connect(self.board_wanted.emit)
        self.withdraw_picker = QComboBox()
        self.withdraw_button = QPushButton(self.tr("Withdraw / no-show"))
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        for w in (self.draw_button, self.redraw_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_picker)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.board_button)
        self.heats = QWidget()
        self.heats_grid = QGridLayout(self.heats)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.heats)
        self.ties_box = TiesBox()
        self.ties_box.decided.connect(self.decide)
        self.ties_box.rerun_typed.connect(self.rerun)
        self.podium_box = QGroupBox(self.tr("Podium"))
        podium_grid = QGridLayout(self.podium_box)
        self.podium_names: list[QLabel] = []
        self.given: list[QCheckBox] = []
        for n in range(3):
            place = QLabel(self.tr("Place %1").replace("%1", str(n + 1)))
            name = QLabel("—")
            name.setObjectName(f"podium_{n + 1}")
            given = QCheckBox(self.tr("Prize handed out"))
            given.setObjectName(f"prize_given_{n + 1}")
            given.toggled.connect(lambda on, place=n + 1: self.hand_out(place, on))
            podium_grid.addWidget(place, n, 0)
            podium_grid.addWidget(name, n, 1)
            podium_grid.addWidget(given, n, 2)
            self.podium_names.append(name)
            self.given.append(given)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.status)
        errors = QHBoxLayout()
        errors.addWidget(self.error, 1)
        errors.addWidget(self.reload_button)
        column.addLayout(errors)
        column.addWidget(scroll, 1)
        column.addWidget(self.ties_box)
        column.addWidget(self.podium_box)

    # --- reading ------------------------------------------------------------------------
    def show_contest(self, contest_id: int | None) -> None:
        """Show that contest as stored."""
        self.contest_id = contest_id
        if contest_id is None:
            self.run = None
            self._build_cards()
            return
        fresh, self._fresh = self._fresh, None
        ours = fresh is not None and fresh.contest.id == contest_id
        if ours:
            self.run = fresh  # the change we made returned it: no need to read it again
        else:
            self.run = service.contest_run(self.session.ctx, contest_id)
        self._build_cards(carry=not ours, hold=True)
        self._fill()

    def _build_cards(self, carry: bool = False, hold: bool = False) -> None:
        """Cards for the round drawn last; `carry` keeps typed times of a redrawn round.

        With `hold` a carried time keeps the version of the heat it was typed in, so its
        Enter is refused: it was typed for a heat somebody else drew again.
        """
        run = self.run
        last = run.state.last_round if run else None
        key = (last.number, last.seed, last.heats) if last else None
        if key == self._drawn:
            return
        kept = self._typed_times() if carry and last and self._drawn_round() == last.number else {}
        self._drawn = key
        self._held = {}
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        if run is None or last is None:
            return
        for n, heat in enumerate(last.heats):
            title = self.tr("Final") if last.is_final else self.tr("Heat %1").replace("%1", heat.id)
            card = HeatCard(title, [run.name(e) for e in heat.entrant_ids])
            card.setObjectName(f"heat_{heat.id}")
            for row, field in enumerate(card.fields):
                field.returnPressed.connect(lambda heat=heat.id, row=row: self.enter(heat, row))
                field.cleared.connect(lambda heat=heat.id, row=row: self.clear(heat, row))
            card.reload_button.clicked.connect(self.reload)
            self.heats_grid.addWidget(
                card, n // CARD_COLUMNS, n % CARD_COLUMNS, Qt.AlignmentFlag.AlignTop
            )
            card.show()  # at once: the first time field takes the focus straight after a draw
            self.cards[heat.id] = card
        for row in range(self.heats_grid.rowCount()):
            self.heats_grid.setRowStretch(row, 0)
        self.heats_grid.setRowStretch((len(last.heats) - 1) // CARD_COLUMNS + 1, 1)
        self._put_back(kept, hold)

    def _drawn_round(self) -> int | None:
        return self._drawn[0] if self._drawn else None

    def _typed_times(self) -> dict[str, tuple[str, int | None, bool]]:
        """Times typed and not stored, by entrant: (typed, version typed on, had the focus)."""
        seen = self._filled.heat_versions if self._filled is not None else {}
        return {
            card.names[row]: (field.text(), self._held.get(heat, seen.get(heat)), field.hasFocus())
            for heat, card in self.cards.items()
            for row, field in enumerate(card.fields)
            if field.typed
        }

    def _put_back(self, kept: dict[str, tuple[str, int | None, bool]], hold: bool) -> None:
        """Typed times into the entrants' fields of the new cards."""
        for heat, card in self.cards.items():
            for row, name in enumerate(card.names):
                if name not in kept:
                    continue
                typed, version, focused = kept[name]
                card.fields[row].setText(typed)
                if hold and version is not None:
                    self._held.setdefault(heat, version)
                if focused:
                    card.fields[row].setFocus()

    def _fill(self) -> None:
        run = self.run
        assert run is not None
        now = run.standing
        self.error.setText("")
        self.reload_button.hide()
        current = now.current
        before = self._filled.heat_versions if self._filled is not None else {}
        if current is not None:
            places = current.places if current.round.is_final else {}
            for hs in current.heats:
                card = self.cards.get(hs.heat.id)
                if card is None:
                    continue
                for row, (entrant, result) in enumerate(hs.results):
                    field = card.fields[row]
                    stored = "" if result is None else str(result)
                    if field.typed and stored != field.stored and hs.heat.id in before:
                        # stored meanwhile under what is being typed: Enter must be told
                        self._held.setdefault(hs.heat.id, before[hs.heat.id])
                    field.show_stored(stored)
                    if entrant in hs.by_time:
                        mark = "q"
                    elif entrant in hs.by_place:
                        mark = "Q"
                    else:
                        mark = str(places.get(entrant, ""))
                    card.marks[row].setText(mark)
        self._status(now)
        self.ties_box.show_ties(run, now)
        self._podium(now)
        draw_refusal = b.draw_refusal(run.state, now)
        self.draw_button.setEnabled(draw_refusal is None)
        self.redraw_button.setEnabled(
            bool(run.state.rounds) and b.redraw_refusal(run.state) is None
        )
        nxt = len(run.state.rounds) + 1
        if now.awaiting is b.Awaiting.NOTHING and run.state.rounds:
            self.draw_button.setText(self.tr("Final drawn"))
        elif now.next_field and b.is_final(len(now.next_field), run.state.group_size):
            self.draw_button.setText(self.tr("Draw the final"))
        else:
            self.draw_button.setText(self.tr("Draw round %1").replace("%1", str(nxt)))
        chosen = self.withdraw_picker.currentText()
        self.withdraw_picker.clear()
        for e in run.state.entrants:
            if run.state.withdrawal(e.id) is None:
                self.withdraw_picker.addItem(e.name)
        self.withdraw_picker.setCurrentIndex(max(0, self.withdraw_picker.findText(chosen)))
        self._filled = run

    def _status(self, now: b.Standing) -> None:
        run = self.run
        assert run is not None
        texts = {
            b.Awaiting.DRAW: self.tr("Ready to draw."),
            b.Awaiting.REDRAW: self.tr("Somebody withdrew from the drawn round: draw it again."),
            b.Awaiting.RESULTS: self.tr("Type each time and press Enter (DNF or DQ also)."),
            b.Awaiting.DECISION: self.tr("A tie waits for your decision."),
            b.Awaiting.RERUN: self.tr("Enter the re-run times of the tied."),
            b.Awaiting.NOTHING: self.tr("The contest is over."),
        }
        notice = b.walkover_notice(run.state)
        if now.awaiting is b.Awaiting.NOTHING and any(run.prizes_given):
            notice = self.tr(
                "The contest is over and prizes are handed out: the final's times are locked. "
                "To correct one, untick “Prize handed out” first."
            )
        head = (
            self.tr("Round %1 · %2 entrants · %3 gift cans")
            .replace("%1", str(now.round))
            .replace("%2", str(len(run.state.active_entrants)))
            .replace("%3", str(b.gift_cans(run.state)))
        )
        self.status.setText(f"{head}\n{notice or texts[now.awaiting]}")

    def _podium(self, now: b.Standing) -> None:
        run = self.run
        assert run is not None
        final = run.state.last_round if now.phase is b.ContestPhase.FINISHED else None
        self.podium_box.setVisible(final is not None and final.is_final)
        for n, winner in enumerate(now.podium):
            label = self.podium_names[n]
            if winner is None:
                label.setText("—")
            else:
                result = run.state.result(final.number, winner) if final else None
                prize = run.contest.prizes[n]
                label.setText(
                    " · ".join(p for p in (run.name(winner), str(result or ""), prize) if p)
                )
            box = self.given[n]
            box.blockSignals(True)
            box.setChecked(run.prizes_given[n])
            box.setEnabled(winner is not None)
            box.blockSignals(False)
        self._lock_final(now)

    def _lock_final(self, now: b.Standing) -> None:
        """A prize handed out gives the podium away: the final's times turn read-only."""
        run = self.run
        current = now.current
        locked = bool(run and current and current.round.is_final and any(run.prizes_given))
        for card in self.cards.values():
            for field in card.fields:
                field.setReadOnly(locked)

    # --- acting -------------------------------------------------------------------------
    def _change(self, call, *args, **kwargs) -> ContestRun:
        """Run a contest service through the session, keeping what it returned."""

        def keep(ctx, *more, **named):
            self._fresh = call(ctx, *more, **named)
            return self._fresh

        try:
            return self.session.change("contest", keep, self.contest_id, *args, **kwargs)
        finally:
            self._fresh = None

    def _do(self, call, *args) -> bool:
        """A change of the whole bracket, naming the contest's version shown."""
        if self.contest_id is None:
            return False
        seen = self.run.version if self.run is not None else None
        try:
            self.run = self._change(call, *args, seen_version=seen)
        except PromoError as exc:
            self.error.setText(exc.message())
            self.reload_button.setVisible(isinstance(exc, Conflict))
            return False
        self._build_cards()
        self._fill()
        return True

    def reload(self) -> None:
        """Read the contest as stored now (after a refusal because it changed meanwhile)."""
        refused, self._refused = self._refused, None
        if self.contest_id is None:
            return
        self.run = service.contest_run(self.session.ctx, self.contest_id)
        self._build_cards(carry=True)
        self._fill()
        self._held = {}  # the person sees what is stored now: what they type goes on that
        if refused is not None:
            self._type_again(*refused)

    def _type_again(self, heat: str, name: str, typed: str) -> None:
        """Put a refused time back in the entrant's field (their heat may have been redrawn)."""
        order = sorted(self.cards.items(), key=lambda hc: hc[0] != heat)
        for _heat, card in order:
            if name in card.names:
                for other in self.cards.values():
                    other.error.hide()
                    other.reload_button.hide()
                field = card.fields[card.names.index(name)]
                field.setText(typed)
                field.setFocus()
                field.selectAll()
                card.error.setText(
                    self.tr("Reloaded: the heat shows what is stored now. Press Enter to save %1.")
                    .replace("%1", typed)
                )  # fmt: skip
                card.error.show()
                return

    def draw(self) -> None:
        """Draw the first or the next round (the final when it is due)."""
        run = self.run
        today = self.session.ctx.clock.now().date()
        warning = early_draw_warning(run.contest, today, len(run.state.rounds)) if run else None
        if warning and not self.confirm(warning):
            return
        if self._do(service.draw_round):
            self.focus_first_empty()

    def confirm(self, question: str) -> bool:
        """Ask before a draw that ends registration early (tests replace this)."""
        return ask(
            self, self.tr("Draw before the contest day?"), question,
            self.tr("Draw round 1 anyway"), self.tr("Not yet"),
        )  # fmt: skip

    def redraw(self) -> None:
        """Draw the current round again (before any of its results)."""
        if self._do(service.redraw_round):
            self.focus_first_empty()

    def withdraw(self) -> None:
        """Take the chosen entrant out before their round races."""
        name = self.withdraw_picker.currentText()
        if name:
            self._do(service.withdraw_entrant, name)

    def decide(self, names: list[str], way: b.TieBreak) -> None:
        """The organiser's choice for a tie."""
        self._do(service.decide_tie, names, way)

    def rerun(self, name: str, typed: str) -> None:
        """A re-run time typed for one of the tied."""
        self._do(service.record_rerun_result, name, typed)

    def hand_out(self, place: int, given: bool) -> None:
        """Tick the prize of a place as handed out (or take the tick back)."""
        self._do(service.hand_out_prize, place, given)

    def _fields(self) -> list[tuple[str, int, TimeField]]:
        return [(h, row, f) for h, card in self.cards.items() for row, f in enumerate(card.fields)]

    def enter(self, heat: str, row: int) -> None:
        """Store the time typed in a field, then go to the next field."""
        card = self.cards[heat]
        field = card.fields[row]
        typed = field.text().strip()
        card.error.hide()
        card.reload_button.hide()
        if not typed:
            self.clear(heat, row)
        else:
            try:
                self.run = self._change(
                    service.record_result, heat, card.names[row], typed,
                    seen_version=self._heat_version(heat),
                )  # fmt: skip
            except PromoError as exc:
                self._refuse_time(card, exc, (heat, card.names[row], typed))
                field.selectAll()
                return  # what was typed stays, ready to correct
            field.saved()
            self._held.pop(heat, None)
            self._fill()
        fields = self._fields()
        index = next(i for i, (h, r, _f) in enumerate(fields) if (h, r) == (heat, row))
        if index + 1 < len(fields):
            fields[index + 1][2].setFocus()
            fields[index + 1][2].selectAll()

    def _heat_version(self, heat: str) -> int | None:
        if heat in self._held:
            return self._held[heat]
        return self.run.heat_versions.get(heat) if self.run is not None else None

    def _refuse_time(self, card: HeatCard, exc: PromoError, typed: tuple[str, str, str]) -> None:
        """Say why a time was refused beside its heat; offer Reload when it changed meanwhile."""
        card.error.setText(exc.message())
        card.error.show()
        conflict = isinstance(exc, Conflict)
        card.reload_button.setVisible(conflict)
        self._refused = typed if conflict and typed[2] else None  # a take-back: nothing to keep

    def clear(self, heat: str, row: int) -> None:
        """Take the result of a field back (Delete, or Enter on an emptied field)."""
        card = self.cards[heat]
        card.fields[row].clear()
        card.error.hide()
        card.reload_button.hide()
        if self.contest_id is None:
            return
        try:
            self.run = self._change(
                service.clear_result, heat, card.names[row], seen_version=self._heat_version(heat)
            )
        except PromoError as exc:
            self._refuse_time(card, exc, (heat, card.names[row], ""))
            return
        card.fields[row].saved()
        self._held.pop(heat, None)
        self._build_cards()
        self._fill()

    def focus_first_empty(self) -> None:
        """Put the cursor in the first field without a time."""
        for _h, _r, field in self._fields():
            if not field.text():
                field.setFocus()
                return
