"""The import preview: every row as it will be saved, problems on their rows, then Import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.import_preview import ImportPreview, RowState
from promoplanner.core.sheet import Sheet
from promoplanner.services.imports import (
    ImportResult,
    import_preview,
    preview_import,
    problem_text,
    recheck_preview,
)
from promoplanner.ui.imports.model import ImportPreviewTableModel
from promoplanner.ui.imports.worker import SheetJob
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget

BIG_SHEET = 2000  # rows from which checking and importing run in a worker, with Cancel


class ImportDialog(QDialog):
    """Preview of one sheet for one phase; fix in place, leave rows out, then import."""

    imported = Signal(object)  # the ImportResult

    def __init__(self, session: AppSession, sheet: Sheet, phase_id: int | None = None,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.sheet = sheet
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.job: SheetJob | None = None
        self.progress: QProgressDialog | None = None
        self.big_sheet = BIG_SHEET
        self.setWindowTitle(self.tr("Import items — %1").replace("%1", sheet.name))
        self.phase_picker = PhasePickerWidget()
        self.phase_picker.setObjectName("import_phase")
        self.phase_picker.set_phases(session.snapshot())
        if phase_id is not None:
            self.phase_picker.choose(phase_id)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("import_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.model = ImportPreviewTableModel(session.layout(), self)
        self.table = QTableView()
        self.table.setObjectName("import_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.itemActivated.connect(self._go_to_problem)
        self.leave_out_bad = QPushButton(self.tr("Leave out the rows to fix"))
        self.leave_out_bad.setObjectName("import_leave_out")
        self.leave_out_bad.clicked.connect(self._leave_out_bad_rows)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Into phase:")))
        top.addWidget(self.phase_picker)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.setSizes([420, 140])
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_out_bad)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(splitter, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.resize(1100, 680)
        self.model.value_edited.connect(lambda _row: self.check_again())
        self.model.inclusion_changed.connect(lambda _row: self._show_state())
        self.phase_picker.currentIndexChanged.connect(lambda _i: self.check())

    # --- checking -----------------------------------------------------------------------
    def check(self) -> None:
        """Check every row of the sheet for the phase chosen (in a worker when it is big)."""
        phase_id = self.phase_picker.phase_id()
        if phase_id is None:
            return
        ctx = self.session.ctx
        if len(self.sheet.rows) >= self.big_sheet:
            self._run(
                self.tr("Checking %1 rows…").replace("%1", str(len(self.sheet.rows))),
                lambda progress, cancelled: preview_import(
                    ctx, phase_id, self.sheet, progress=progress, cancelled=cancelled
                ),
                self._checked,
            )
            return
        try:
            self._checked(preview_import(ctx, phase_id, self.sheet))
        except PromoError as refused:
            self._refused(refused.message())

    def check_again(self) -> None:
        """Check the rows again after a fix (the rules and the stored phase may have moved)."""
        if self.preview is None:
            return
        try:
            recheck_preview(self.session.ctx, self.preview)
        except PromoError as refused:
            self.error.setText(refused.message())
        self.model.refresh()
        self._show_state()

    def _checked(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self.error.setText("")
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self._show_state()

    def _refused(self, message: str) -> None:
        self.preview = None
        self.model.set_preview(None)
        self.error.setText(message)
        self._show_state()

    def _show_state(self) -> None:
        preview = self.preview
        self.problems.clear()
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            self.leave_out_bad.setEnabled(False)
            return
        counts = preview.counts()
        parts = [
            self.tr("%1 new").replace("%1", str(counts[RowState.NEW])),
            self.tr("%1 changed").replace("%1", str(counts[RowState.CHANGED])),
            self.tr("%1 unchanged").replace("%1", str(counts[RowState.UNCHANGED])),
            self.tr("%1 to fix").replace("%1", str(counts[RowState.BAD])),
            self.tr("%1 left out").replace("%1", str(counts[RowState.LEFT_OUT])),
        ]
        text = self.tr("%1 rows: %2.").replace("%1", str(len(preview.rows)))
        text = text.replace("%2", self.tr(", ").join(parts))  # Chinese lists take ，
        if preview.skipped_empty:
            text += " " + self.tr("%1 empty rows skipped.").replace(
                "%1", str(preview.skipped_empty)
            )
        if counts[RowState.BAD]:
            text += " " + self.tr(
                "Fix a value in place (double-click it) or leave its row out, then import."
            )
        self.summary.setText(text)
        for problem in preview.problems():
            item = QListWidgetItem(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, (problem.number, problem.error.field))
            self.problems.addItem(item)
        self.import_button.setEnabled(preview.ready)
        self.leave_out_bad.setEnabled(counts[RowState.BAD] > 0)

    def _leave_out_bad_rows(self) -> None:
        if self.preview is None:
            return
        for index, row in enumerate(self.preview.rows):
            if row.state is RowState.BAD:
                self.preview.leave_out(index)
        self.model.refresh()
        self._show_state()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        number, field = item.data(Qt.ItemDataRole.UserRole)
        if self.preview is None:
            return
        row = next(i for i, r in enumerate(self.preview.rows) if r.number == number)
        index = self.model.index(row, self.model.column_of(field))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()

    # --- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        """Import every row still in: all of them in one transaction, or none."""
        preview = self.preview
        if preview is None or not preview.ready:
            return
        ctx = self.session.ctx
        if len(preview.rows) >= self.big_sheet:
            self._run(
                self.tr("Importing %1 rows…").replace("%1", str(len(preview.rows))),
                lambda progress, cancelled: import_preview(
                    ctx, preview, progress=progress, cancelled=cancelled
                ),
                self._imported,
            )
            return
        try:
            self._imported(import_preview(ctx, preview))
        except PromoError as refused:
            self._import_refused(refused.message())

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.result = result
        self.session.data_changed.emit("items")
        self.imported.emit(result)
        self.accept()

    def _import_refused(self, message: str) -> None:
        self.error.setText(message)
        self.check_again()  # the rows that are now bad are marked again

    # --- the worker ---------------------------------------------------------------------
    def _run(self, label: str, work, on_done) -> None:
        self.job = SheetJob(work, self)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 100, self)
        self.progress.setObjectName("import_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.job.cancel)
        self.job.progressed.connect(self._progressed)
        self.job.done.connect(lambda result: self._job_finished(on_done, result))
        self.job.failed.connect(self._job_failed)
        self.import_button.setEnabled(False)
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(100 * done / total))

    def _job_finished(self, on_done, result) -> None:
        self._close_progress()
        on_done(result)

    def _job_failed(self, message: str) -> None:
        self._close_progress()
        if self.preview is None:
            self._refused(message)
        else:
            self.error.setText(message)
            self._show_state()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def finish_jobs(self) -> None:
        """Wait for a running job (closing the window must not free its thread)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def done(self, result: int) -> None:
        self.finish_jobs()
        super().done(result)
