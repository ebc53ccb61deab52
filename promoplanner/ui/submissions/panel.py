"""Each buyer's list for a phase: its state, the planner's word, the record at the cutoff."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.late import LateRecord
from promoplanner.core.model import FlyerItem
from promoplanner.core.people import Right
from promoplanner.core.submissions import Submission, SubmissionState
from promoplanner.services.late import waive_assessment
from promoplanner.services.submissions import (
    approve_submission,
    list_submissions,
    return_submission,
    submit_items,
)
from promoplanner.services.write import may
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession

BUYER, STATE, SINCE, COMMENT, RECORD = range(5)
STATE_COLOURS = {
    SubmissionState.DRAFT: "#777777",
    SubmissionState.SUBMITTED: "#1f5f8b",
    SubmissionState.APPROVED: "#1e7b34",
    SubmissionState.RETURNED: "#b00020",
}


class ReturnDialog(QDialog):
    """Why the list goes back, and a word on any of the buyer's items."""

    def __init__(self, buyer: str, items: list[FlyerItem], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return %1's list").replace("%1", buyer))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("return_comment")
        self.items = QTableWidget(len(items), 2)
        self.items.setObjectName("return_items")
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("What to change")])
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().hide()
        self._ids = [i.id for i in items]
        for row, item in enumerate(items):
            name = QTableWidgetItem(f"{item.name} {item.spec}".strip())
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items.setItem(row, 0, name)
            self.items.setItem(row, 1, QTableWidgetItem(""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Why does the list go back?")))
        column.addWidget(self.comment)
        column.addWidget(QLabel(self.tr("Comments on single items (optional):")))
        column.addWidget(self.items, 1)
        column.addWidget(buttons)
        self.resize(560, 480)

    def item_comments(self) -> dict[int, str]:
        """Item id -> comment, for the rows given one."""
        found = {}
        for row, ident in enumerate(self._ids):
            cell = self.items.item(row, 1)
            if cell is not None and cell.text().strip():
                found[ident] = cell.text().strip()
        return found


class SubmissionsPanelWidget(QWidget):
    """The buyers of one phase: list state, comments, the late record, and what to do next."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_id: int | None = None
        self.submissions: list[Submission] = []
        self.records: dict[int, LateRecord] = {}
        self.mine = QLabel()
        self.mine.setObjectName("my_submission")
        self.mine.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("submissions_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Buyer"), self.tr("List"), self.tr("Since"), self.tr("Comment"),
             self.tr("At the deadline")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setMinimumHeight(150)  # five buyers without scrolling on a laptop
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._fit_columns()
        self.table.itemSelectionChanged.connect(self._enable)
        self.submit_button = QPushButton(self.tr("Submit my list"))
        self.submit_button.setObjectName("submit_list")
        self.submit_button.clicked.connect(self.submit)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve_list")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setObjectName("return_list")
        self.return_button.clicked.connect(self.return_list)
        self.waive_button = QPushButton(self.tr("Waive assessment…"))
        self.waive_button.setObjectName("waive_assessment")
        self.waive_button.clicked.connect(self.waive)
        self.message = QLabel()
        self.message.setObjectName("submission_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        for button in (self.submit_button, self.approve_button, self.return_button,
                       self.waive_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.mine)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        # Dialogs that would block, swapped by tests.
        self.ask_return = self._ask_return
        self.ask_reason = self._ask_reason
        follow_changes(session, self, self._data_changed)  # only while shown
        session.actor_changed.connect(self.refresh)

    def set_phase(self, phase_id: int | None) -> None:
        """Show the buyers of that phase."""
        self.phase_id = phase_id
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("submissions", "items", "planning", "store"):
            self.refresh()

    def refresh(self) -> None:
        """Read the phase's submissions and late records again."""
        self.table.setRowCount(0)
        self.submissions, self.records = [], {}
        snap = self.session.snapshot()
        if snap is None or all(p.id != self.phase_id for p in snap.phases):
            self.phase_id = None  # removed, or of another campaign: the picker chooses again
        if self.phase_id is None:
            self.mine.setText("")
            self._enable()
            return
        ctx = self.session.ctx
        self.submissions = list_submissions(ctx, self.phase_id)
        for record in sorted((snap.late_records or ()) if snap else (), key=lambda r: r.due):
            if record.phase_id == self.phase_id:
                self.records[record.buyer_id] = record
        self.table.setRowCount(len(self.submissions))
        for row, sub in enumerate(self.submissions):
            self._fill(row, sub)
        self.table.setMinimumWidth(self._least_width())
        self._share_width()
        self._show_mine()
        self._enable()

    def _fit_columns(self) -> None:
        # The dashboard gives the panel a third of a laptop screen: sized to their contents,
        # the comment and the late record pushed the last column out of sight. The short
        # columns keep their contents' width, the record takes what it needs up to 60 % of
        # the rest, the comment the remainder; both wrap, and rows grow to show all lines.
        header = self.table.horizontalHeader()
        for column in (BUYER, STATE, SINCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(24)  # as before: not cramped
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Share the table's width again whenever it changes."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        header = self.table.horizontalHeader()
        short = sum(header.sectionSize(c) for c in (BUYER, STATE, SINCE))
        rest = self.table.viewport().width() - short
        # The record says what the deadline cost the buyer: it comes first, the comment (in
        # full in its tooltip and in the buyer's own view) keeps at least 40 % of the rest.
        comment = max(header.sectionSizeHint(COMMENT), rest * 2 // 5)
        wanted = max(header.sectionSizeHint(RECORD), self._one_line_width(RECORD))
        header.resizeSection(
            RECORD, max(min(wanted, rest - comment), header.sectionSizeHint(RECORD))
        )
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        needed = header.height() + rows + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(max(150, min(needed, 320)))  # wrapped rows stay in view

    def _one_line_width(self, column: int) -> int:
        # sizeHintForColumn() of a wrapping view answers the width the column has already.
        metrics = self.table.fontMetrics()
        cells = [self.table.item(r, column) for r in range(self.table.rowCount())]
        widest = max((metrics.horizontalAdvance(c.text()) for c in cells if c), default=0)
        margin = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin)
        return widest + 2 * (margin + 1) + 2

    def _least_width(self) -> int:
        """Room for every column's header and short cells: narrower, the dashboard scrolls."""
        header = self.table.horizontalHeader()
        short = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in (BUYER, STATE, SINCE)
        )
        wrapped = 2 * max(header.sectionSizeHint(c) for c in (COMMENT, RECORD))
        bar = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
        return short + wrapped + 2 * self.table.frameWidth() + bar

    def _fill(self, row: int, sub: Submission) -> None:
        state = QTableWidgetItem(self.state_text(sub.state))
        state.setForeground(QColor(STATE_COLOURS[sub.state]))
        comment = sub.comment
        if sub.item_comments:
            comment += "".join(f" · {c.item_name}: {c.comment}" for c in sub.item_comments)
        record = self.records.get(sub.buyer_id)
        cells = [
            QTableWidgetItem(sub.buyer_name),
            state,
            QTableWidgetItem(sub.at.strftime("%m-%d %H:%M") if sub.at else "—"),
            QTableWidgetItem(comment),
            QTableWidgetItem(self.record_text(record) if record else ""),
        ]
        if record is not None and record.is_late and not record.waived:
            cells[RECORD].setForeground(QColor("#b00020"))
        cells[COMMENT].setToolTip(comment)
        cells[RECORD].setToolTip(cells[RECORD].text())
        for column, cell in enumerate(cells):
            self.table.setItem(row, column, cell)

    def state_text(self, state: SubmissionState) -> str:
        """The state in words."""
        return {
            SubmissionState.DRAFT: self.tr("draft"),
            SubmissionState.SUBMITTED: self.tr("submitted"),
            SubmissionState.APPROVED: self.tr("approved"),
            SubmissionState.RETURNED: self.tr("returned"),
        }[state]

    def record_text(self, record: LateRecord) -> str:
        """What the record frozen at the deadline says."""
        if not record.is_late:
            return self.tr("on time (%1 items)").replace("%1", str(record.items))
        text = (
            self.tr("%1 short, assessment %2 yuan")
            .replace("%1", str(record.short))
            .replace("%2", f"{record.assessment:.2f}")
        )
        return text + (self.tr(" (waived)") if record.waived else "")

    def _show_mine(self) -> None:
        person = self.session.ctx.actor
        own = next((s for s in self.submissions if person and s.buyer_id == person.buyer_id), None)
        if own is None:
            self.mine.setText("")
            return
        if own.state is SubmissionState.RETURNED:
            lines = [self.tr("Your list was returned: %1").replace("%1", own.comment)]
            lines += [f"• {c.item_name}: {c.comment}" for c in own.item_comments]
            self.mine.setText("\n".join(lines))
            self.mine.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.mine.setText(self.tr("Your list: %1").replace("%1", self.state_text(own.state)))
            self.mine.setStyleSheet("")

    def _selected(self) -> Submission | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.submissions[rows[0].row()] if rows else None

    def select_buyer(self, name: str) -> None:
        """Select the buyer's row."""
        for row, sub in enumerate(self.submissions):
            if sub.buyer_name == name:
                self.table.selectRow(row)

    def _enable(self) -> None:
        ctx = self.session.ctx
        person = ctx.actor
        chosen = self._selected()
        reviewer = may(ctx, Right.REVIEW_SUBMISSIONS)
        own = next((s for s in self.submissions if person and s.buyer_id == person.buyer_id), None)
        self.submit_button.setVisible(own is not None)
        self.submit_button.setEnabled(
            own is not None and own.state in (SubmissionState.DRAFT, SubmissionState.RETURNED)
        )
        for button in (self.approve_button, self.return_button):
            button.setVisible(reviewer)
        self.approve_button.setEnabled(
            chosen is not None and chosen.state is SubmissionState.SUBMITTED
        )
        self.return_button.setEnabled(
            chosen is not None
            and chosen.state in (SubmissionState.SUBMITTED, SubmissionState.APPROVED)
        )
        record = self.records.get(chosen.buyer_id) if chosen else None
        self.waive_button.setVisible(may(ctx, Right.WAIVE_ASSESSMENT))
        self.waive_button.setEnabled(record is not None and record.is_late and not record.waived)

    def _change(self, call, *args) -> bool:
        try:
            self.session.change("submissions", call, *args)
        except PromoError as refused:
            self.message.setText(refused.message())
            return False
        self.message.setText("")
        return True

    def submit(self) -> None:
        """The signed-in buyer hands in their list."""
        if self.phase_id is not None:
            self._change(submit_items, self.phase_id)

    def approve(self) -> None:
        """Accept the selected buyer's list."""
        chosen = self._selected()
        if chosen is not None and self.phase_id is not None:
            self._change(approve_submission, self.phase_id, chosen.buyer_id)

    def return_list(self) -> None:
        """Send the selected buyer's list back with a comment (and comments on items)."""
        chosen = self._selected()
        snap = self.session.snapshot()
        if chosen is None or self.phase_id is None or snap is None:
            return
        items = [i for i in snap.items_of(self.phase_id) if i.buyer_id == chosen.buyer_id]
        answer = self.ask_return(chosen.buyer_name, items)
        if answer is not None:
            comment, notes = answer
            self._change(return_submission, self.phase_id, chosen.buyer_id, comment, notes)

    def waive(self) -> None:
        """Let the selected late buyer off the assessment, with a reason."""
        chosen = self._selected()
        record = self.records.get(chosen.buyer_id) if chosen else None
        if record is None:
            return
        reason = self.ask_reason(record.buyer_name)
        if reason is not None:
            self._change(waive_assessment, record.id, reason)

    def _ask_return(self, buyer: str, items: list[FlyerItem]):
        dialog = ReturnDialog(buyer, items, self)
        if not dialog.exec():
            return None
        return dialog.comment.toPlainText(), dialog.item_comments()

    def _ask_reason(self, buyer: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, self.tr("Waive assessment"),
            self.tr("Why is %1 let off the assessment?").replace("%1", buyer),
        )  # fmt: skip
        return text if ok else None
