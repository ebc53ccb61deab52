"""The open ties of the contest evening: the organiser's two choices, or re-run time boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core import bracket as b
from promoplanner.services.contest_run import ContestRun

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class TiesBox(QGroupBox):
    """Each open tie, said in words, with its choices or the re-run times still to type.

    Its strings keep the ContestRunPanel context, so their translations are the panel's.
    It is built again only when the ties change: a re-run time being typed stays.
    """

    decided = Signal(object, object)  # the tied names, the TieBreak chosen
    rerun_typed = Signal(str, str)  # a tied name, the re-run time typed

    def __init__(self, parent=None) -> None:
        super().__init__(translate("ContestRunPanel", "Tie to decide"), parent)
        self.column = QVBoxLayout(self)
        self._shown: tuple | None = None

    def show_ties(self, run: ContestRun, now: b.Standing) -> None:
        """Show the open ties of the contest as it stands."""
        key = (run.contest.id, now.ties)
        if key == self._shown:
            return
        self._shown = key
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.setVisible(bool(now.ties))
        for tie in now.ties:
            self.column.addWidget(self._tie(run, tie))

    def _tie(self, run: ContestRun, tie: b.Tie) -> QWidget:
        row = QWidget()
        line = QVBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        about = QLabel(b.describe_tie(run.state, tie))
        about.setWordWrap(True)
        line.addWidget(about)
        names = [run.name(e) for e in tie.entrant_ids]
        if tie.rerun_missing:
            for e in tie.rerun_missing:
                tied = run.name(e)
                edit = QLineEdit()
                edit.setObjectName("rerun_field")
                edit.setPlaceholderText(
                    translate("ContestRunPanel", "Re-run time of %1").replace("%1", tied)
                )
                edit.returnPressed.connect(
                    lambda name=tied, edit=edit: self.rerun_typed.emit(name, edit.text())
                )
                line.addWidget(edit)
            return row
        choices = QHBoxLayout()
        rerun = QPushButton(translate("ContestRunPanel", "Re-run between them"))
        rerun.setObjectName("tie_rerun")
        rerun.clicked.connect(lambda _c=False, n=names: self.decided.emit(n, b.TieBreak.RERUN))
        earlier = QPushButton(translate("ContestRunPanel", "Earlier registration goes first"))
        earlier.setObjectName("tie_registration")
        earlier.clicked.connect(
            lambda _c=False, n=names: self.decided.emit(n, b.TieBreak.EARLIER_REGISTRATION)
        )
        choices.addWidget(rerun)
        choices.addWidget(earlier)
        line.addLayout(choices)
        return row
