"""A phase's change log: every recorded change, filtered by person, action and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from promoplanner.core.audit import Action
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.ui.history.lines import HistoryLine, LogFilter, history_lines
from promoplanner.ui.history.model import (
    HistoryTableModel,
    ValueWords,
    action_label,
    history_table,
    people_names,
)
from promoplanner.ui.items.cells import Names
from promoplanner.ui.session import AppSession

WIDTHS = (280, 80, 70, 220, 120, 100)


class ChangeLogDialog(QDialog):
    """Read-only log of a phase's changes, newest first, with filters."""

    def __init__(self, session: AppSession, phase_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change log"))
        self.people = people_names(session)
        self.model = HistoryTableModel(ValueWords(Names(session)), self.people, True, self)
        self.phase = QComboBox(self)
        self.person = QComboBox(self)
        self.action = QComboBox(self)
        self.day = QComboBox(self)
        self.table = history_table(self.model, WIDTHS, self)
        self.count = QLabel(self)
        self._lines: list[HistoryLine] = []
        self._build()
        snapshot = session.snapshot()
        for p in snapshot.phases if snapshot else ():
            self.phase.addItem(f"{p.number} {p.name}", p.id)
        if phase_id is not None and self.phase.findData(phase_id) >= 0:
            self.phase.setCurrentIndex(self.phase.findData(phase_id))
        self.phase.currentIndexChanged.connect(self.read)
        for combo in (self.person, self.action, self.day):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.read()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Phase:"), self.phase),
            (self.tr("Person:"), self.person),
            (self.tr("Action:"), self.action),
            (self.tr("Day:"), self.day),
        ):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(combo)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The history is kept as it was written; nobody can change it."))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(note)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(1120, 520)

    def read(self) -> None:
        """Read the chosen phase's history and offer the people, actions and days in it."""
        phase_id = self.phase.currentData()
        entries = list_history(self.session.ctx, HistoryQuery(phase_id=phase_id)) if (
            phase_id is not None) else []  # fmt: skip
        self._lines = history_lines(entries)
        users = sorted({e.user for e in entries}, key=lambda u: self.people.get(u, u))
        actions = sorted({e.action for e in entries}, key=lambda a: action_label(a))
        days = sorted({line.day for line in self._lines}, reverse=True)
        for combo, everyone, choices in (
            (self.person, self.tr("Everybody"), [(self.people.get(u, u), u) for u in users]),
            (self.action, self.tr("Every action"), [(action_label(a), a.value) for a in actions]),
            (self.day, self.tr("Every day"), [(d.isoformat(), d.isoformat()) for d in days]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, data in choices:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self.apply_filter()

    def choose(
        self, person: str | None = None, action: Action | None = None, day: date | None = None
    ) -> None:
        """Set the filters as a person would pick them (None: any)."""
        wanted = (
            (self.person, person),
            (self.action, action.value if action else None),
            (self.day, day.isoformat() if day else None),
        )
        for combo, value in wanted:
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def apply_filter(self, *_args) -> None:
        """Show the lines the filters keep."""
        action, day = self.action.currentData(), self.day.currentData()
        chosen = LogFilter(
            self.person.currentData(),
            Action(action) if action else None,
            date.fromisoformat(day) if day else None,
        )
        self.model.set_lines(chosen.apply(self._lines))
        self.count.setText(
            self.tr("%1 of %2 changes shown")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self._lines)))
        )
