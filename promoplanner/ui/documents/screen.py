"""Documents screen: choose a document, make it without freezing, preview, save or open it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.enums import Role, Severity
from promoplanner.core.errors import PromoError
from promoplanner.core.people import Right
from promoplanner.printing import UnrecordedProof, record_flyer_proof, unrecorded_flyer_proof
from promoplanner.services.write import may
from promoplanner.ui.documents.catalog import (
    DOCUMENTS,
    PHASE,
    DocumentSpec,
    arguments,
    maker,
    spec,
)
from promoplanner.ui.documents.choices import DocumentChoicesWidget
from promoplanner.ui.documents.names import default_name, remember_folder, save_folder
from promoplanner.ui.documents.preview import PdfPreviewWidget, zoom_keys
from promoplanner.ui.documents.worker import DocumentJob
from promoplanner.ui.printing import print_pdf, set_up_printer
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.ask import confirm


class DocumentsScreen(QWidget):
    """One place to make every PDF of the campaign."""

    # Dialogs and the system viewer sit behind attributes that tests replace.
    file_dialog = QFileDialog
    open_url = staticmethod(QDesktopServices.openUrl)
    confirm = staticmethod(confirm)
    print_dialog = QPrintDialog

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: DocumentJob | None = None
        self._live: list[DocumentJob] = []  # threads still running, cancelled ones too
        self.pdf: bytes | None = None
        self.made_key = ""
        self.made_choices: dict[str, object] = {}
        self._recorded_version: int | None = None  # of the proof shown, once kept
        # A numbered flyer proof shown but not yet kept: its version is recorded on save/open.
        self.unrecorded: UnrecordedProof | None = None
        self.list = QListWidget()
        self.list.setObjectName("documents_list")
        for document in DOCUMENTS:
            self.list.addItem(document.title())
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.choices = DocumentChoicesWidget()
        self.make_button = QPushButton(self.tr("Make document"))
        self.make_button.setObjectName("make_document")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_document")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("documents_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("save_document")
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.open_button.setObjectName("open_document")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_document")
        self.print_button.setToolTip(self.tr("Print on a printer, through the print dialog"))
        self.preview = PdfPreviewWidget()
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Bigger (Ctrl++)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("As wide as the view (Ctrl+0)"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel("")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_out_button.clicked.connect(self.preview.zoom_out)
        self.fit_button.clicked.connect(self.preview.fit_width)
        self.zoom_in_button.clicked.connect(self.preview.zoom_in)
        self.preview.zoom_changed.connect(self._zoomed)
        zoom_keys(self, self.preview)
        self.make_button.clicked.connect(self.make)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_paper)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.make)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        run_row = QHBoxLayout()
        run_row.addWidget(self.make_button)
        run_row.addWidget(self.cancel_button)
        out_row = QHBoxLayout()
        out_row.addWidget(self.save_button)
        out_row.addWidget(self.open_button)
        out_row.addWidget(self.print_button)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.addWidget(QLabel(self.tr("<b>Document</b>")))
        side_column.addWidget(self.list)
        side_column.addWidget(self.purpose)
        side_column.addWidget(self.choices)
        side_column.addLayout(run_row)
        side_column.addWidget(self.progress)
        side_column.addWidget(self.status)
        side_column.addLayout(out_row)
        side_column.addStretch(1)
        zoom_row = QHBoxLayout()
        zoom_row.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            zoom_row.addWidget(widget)
        viewer = QWidget()
        viewer_column = QVBoxLayout(viewer)
        viewer_column.setContentsMargins(0, 0, 0, 0)
        viewer_column.addLayout(zoom_row)
        viewer_column.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(viewer)
        splitter.setSizes([360, 840])
        column = QVBoxLayout(self)
        column.addWidget(splitter)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.list.currentRowChanged.connect(self._chosen)
        follow_changes(session, self, lambda _k: self._refresh_choices())
        session.campaign_changed.connect(self._refresh_choices)
        session.actor_changed.connect(self._actor_changed)
        self._refresh_choices()
        self._actor_changed()
        self.list.setCurrentRow(0)
        self._set_busy(False)

    def _zoomed(self, text: str) -> None:
        self.zoom_label.setText(text)
        self.fit_button.setChecked(self.preview.zoom is None)

    def _refresh_choices(self) -> None:
        self.choices.set_campaign(self.session.snapshot(), self.session.ctx.clock.now().date())
        self._update_make()

    def _actor_changed(self) -> None:
        actor = self.session.ctx.actor
        self.choices.set_may_record(may(self.session.ctx, Right.NUMBER_PROOFS))
        buyer = actor is not None and actor.role is Role.BUYER
        self.choices.set_acting_buyer(actor.buyer_id if buyer else None)  # type: ignore[union-attr]

    def document(self) -> DocumentSpec:
        """The document chosen in the list."""
        return DOCUMENTS[max(0, self.list.currentRow())]

    def choose(self, key: str) -> None:
        """Select a document by key."""
        self.list.setCurrentRow([d.key for d in DOCUMENTS].index(spec(key).key))

    def _chosen(self, _row: int) -> None:
        document = self.document()
        self.choices.show_only(document.choices)
        self.purpose.setText(document.purpose())
        if maker(document) is None:
            self._say(self.tr("This document is not part of this version of the program yet."))
        elif self.job is None:
            self._say("")
        self._update_make()

    def _update_make(self) -> None:
        """Make is on only when the document can be made now; when off, the strip says why."""
        missing = self.choices.missing(self.document().choices)
        self.make_button.setEnabled(
            self.job is None and maker(self.document()) is not None and not missing
        )
        if missing and self.job is None:
            self._say(missing)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._update_make()
        self.list.setEnabled(not busy)
        self.choices.setEnabled(not busy)
        has_pdf = self.pdf is not None and not busy
        self.save_button.setEnabled(has_pdf)
        self.open_button.setEnabled(has_pdf)
        self.print_button.setEnabled(has_pdf)

    def make(self) -> None:
        """Make the chosen document in a worker thread (Ctrl+Enter)."""
        if self.job is not None:
            return
        document = self.document()
        function = maker(document)
        missing = self.choices.missing(document.choices)
        if function is None or missing:
            self._say(missing, refused=bool(missing))  # Ctrl+Enter on a command that is off
            return
        choices = self.choices.values()
        args, kwargs = arguments(document, choices)
        ctx = self.session.ctx
        if document.key == "flyer_proof" and kwargs.get("record") and not self._go_on(choices):
            return
        self.made_choices = choices
        self._recorded_version = None
        if document.key == "flyer_proof" and kwargs.get("record"):
            # The preview records nothing; saving or opening it records its version.
            function, kwargs = unrecorded_flyer_proof, {}
        job = DocumentJob(lambda: function(ctx, *args, **kwargs), self)
        job.made.connect(lambda pdf, key=document.key, j=job: self._made(key, pdf, j))
        job.failed.connect(lambda message, j=job: self._failed(message, j))
        job.finished.connect(lambda j=job: self._finished(j))
        self.job = job
        self._live.append(job)
        self.pdf = None
        self.unrecorded = None
        self.preview.clear()
        self._set_busy(True)
        self._say(self.tr("Making “%1”…").replace("%1", document.title()))
        self._clock.start()
        self._ticker.start()
        job.start()

    def _go_on(self, choices: dict[str, object]) -> bool:
        """Before numbering a proof of a phase with rule errors: say how many, go on or stop."""
        phase_id = choices.get(PHASE)
        errors = [
            f
            for f in self.session.findings()
            if f.severity is Severity.ERROR and f.phase_id == phase_id
        ]
        if not errors:
            return True
        question = self.tr(
            "This phase has %n rule error(s) (the Dashboard lists them). A numbered proof "
            "goes to the buyers to check and sign: make it anyway?",
            "",
            len(errors),
        )
        go_on = self.confirm(
            self,
            self.tr("Proof with rule errors"),
            question,
            self.tr("Make the proof"),
            self.tr("Stop"),
        )
        if not go_on:
            self._say(self.tr("No proof made: first mend the rule errors, or make a draft."))
        return go_on

    def _tick(self) -> None:
        if self.job is not None:
            seconds = self._clock.elapsed() / 1000
            self.status.setText(
                self.tr("Making “%1”… %2 s")
                .replace("%1", self.document().title())
                .replace("%2", f"{seconds:.1f}")
            )

    def cancel(self) -> None:
        """Abandon the document being made; the window is free at once."""
        if self.job is None:
            return
        self.job.cancel()
        self.job = None
        self._ticker.stop()
        self._set_busy(False)
        self._say(self.tr("Cancelled."))

    def _finished(self, job: DocumentJob) -> None:
        self._done(job)
        if job in self._live:
            self._live.remove(job)
        job.deleteLater()

    def finish_jobs(self, timeout_ms: int = 60_000) -> None:
        """Wait for the threads still running (a thread destroyed while running aborts)."""
        for job in list(self._live):
            job.wait(timeout_ms)

    def _done(self, job: DocumentJob | None) -> None:
        # The result ends the wait, not the thread's end: a tick between the two would
        # overwrite the result with "Making… s" for good.
        if job is not None and self.job is job:
            self.job = None
            self._ticker.stop()
            self._set_busy(False)

    def _made(
        self, key: str, result: bytes | UnrecordedProof, job: DocumentJob | None = None
    ) -> None:
        self._done(job)
        self.unrecorded = result if isinstance(result, UnrecordedProof) else None
        pdf = result.pdf if isinstance(result, UnrecordedProof) else result
        self.pdf, self.made_key = pdf, key
        pages = self.preview.show_pdf(pdf)
        seconds = self._clock.elapsed() / 1000  # what the person waited for, preview included
        self._set_busy(self.job is not None)
        message = (
            self.tr("%n page(s), %1 KB, made in %2 s.", "", pages)
            .replace("%1", str(max(1, round(len(pdf) / 1024))))
            .replace("%2", f"{seconds:.1f}")
        )
        if self.unrecorded is not None:
            message += "\n" + self.tr(
                "Proof v%1 (not yet recorded): it is recorded when you save it or open it "
                "in the PDF viewer."
            ).replace("%1", str(self.unrecorded.stamp.version))
        self._say(message)

    def _failed(self, message: str, job: DocumentJob | None = None) -> None:
        self._done(job)
        self.pdf = None
        self._say(message, refused=True)

    def _say(self, message: str, refused: bool = False) -> None:
        """Show the outcome under the Make button; refusals in red."""
        self.status.setStyleSheet("color: #b00020;" if refused else "")
        self.status.setText(message)

    def _keep(self, path: Path) -> str | None:
        """Write the PDF to path; a numbered proof's version is recorded with it.

        None when written, else why not (in words). OSError when the file cannot be written.
        """
        assert self.pdf is not None
        if self.unrecorded is None:
            path.write_bytes(self.pdf)
            return None
        proof = self.unrecorded
        # Written beside the target first: the number is held (the database locked for
        # writing) only while the finished file is renamed into place.
        part = path.with_name(f".{path.name}.part")
        part.write_bytes(self.pdf)
        try:
            record_flyer_proof(self.session.ctx, proof, lambda: os.replace(part, path))
        except PromoError as exc:
            if exc.key == "proof.version_taken":
                # The PDF shows a number that is no longer its own: it must not be kept.
                self.pdf = self.unrecorded = None
                self.preview.clear(exc.message())
                self._set_busy(False)
            return exc.message()
        finally:
            part.unlink(missing_ok=True)
        self._recorded_version = proof.stamp.version
        self.unrecorded = None  # recorded: saving it again is the same proof round
        self.session.data_changed.emit("documents")
        return None

    def _recorded_note(self, version: int | None) -> str:
        if version is None:
            return ""
        return " " + self.tr("Proof v%1 recorded.").replace("%1", str(version))

    def save_pdf(self) -> str | None:
        """Write the document to a file the user chooses (recording a numbered proof)."""
        if self.pdf is None:
            return None
        version = self.unrecorded.stamp.version if self.unrecorded else self._recorded_version
        name = default_name(self.made_key, self.made_choices, self.session.snapshot(), version)
        path, _ = self.file_dialog.getSaveFileName(
            self,
            self.tr("Save document"),
            str(save_folder() / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        remember_folder(Path(path))
        version = self.unrecorded.stamp.version if self.unrecorded else None
        try:
            refused = self._keep(Path(path))
        except OSError as exc:
            self._say(
                self.tr("Could not save: %1").replace("%1", exc.strerror or str(exc)), refused=True
            )
            return None
        if refused:
            self._say(refused, refused=True)
            return None
        self._say(self.tr("Saved to %1").replace("%1", path) + self._recorded_note(version))
        return path

    def open_pdf(self) -> str | None:
        """Open the document in the system's PDF viewer (from a temporary copy)."""
        if self.pdf is None:
            return None
        path = Path(tempfile.gettempdir()) / f"promoplanner-{self.made_key}.pdf"
        version = self.unrecorded.stamp.version if self.unrecorded else None
        try:
            refused = self._keep(path)
        except OSError as exc:
            self._say(
                self.tr("Could not save: %1").replace("%1", exc.strerror or str(exc)), refused=True
            )
            return None
        if refused:
            self._say(refused, refused=True)
            return None
        if version is not None:
            self._say(self._recorded_note(version).strip())
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._say(
                self.tr(
                    "No PDF viewer is installed to open it. Print it with Print…, or save it "
                    "with Save as… and open it on another computer."
                ),
                refused=True,
            )
            return None
        return str(path)

    def print_paper(self) -> int | None:
        """Print the document through the print dialog; the pages printed (None: not)."""
        if self.pdf is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_printer(printer, self.pdf)
        dialog = self.print_dialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._say(self.tr("Not printed."))
            return None
        version = self.unrecorded.stamp.version if self.unrecorded else None
        if self.unrecorded is not None:  # paper is a proof round: its number is recorded
            try:
                record_flyer_proof(self.session.ctx, self.unrecorded, lambda: None)
            except PromoError as exc:
                self._say(exc.message(), refused=True)
                return None
            self.unrecorded = None
            self.session.data_changed.emit("documents")
        pages = print_pdf(self.pdf, printer)
        if not pages:
            self._say(self.tr("The printer could not be started."), refused=True)
            return None
        where = printer.outputFileName() or printer.printerName()
        self._say(
            self.tr("%n page(s) sent to %1.", "", pages).replace("%1", where)
            + self._recorded_note(version)
        )
        return pages

    # --- commands of the main window ----------------------------------------------------
    def print_document(self) -> None:
        """Ctrl+P here: make the chosen document."""
        self.make()

    def save(self) -> None:
        """Ctrl+S: save the document made."""
        self.save_pdf()

    def prepare_screenshot(self) -> None:
        """Make the campaign calendar synchronously, for tools/screens.py."""
        self.choose("calendar")
        function = maker(self.document())
        if function is not None:
            args, kwargs = arguments(self.document(), self.choices.values())
            self._clock.start()
            self._made("calendar", function(self.session.ctx, *args, **kwargs))

    def help_text(self) -> str:
        """What this screen is for."""
        return self.tr(
            "Choose a document and what it is for, then Make (Ctrl+Enter). It is made in the "
            "background — keep working, or Cancel (Esc). Look at it here, then print it (Print…), "
            "save it or open it in your PDF viewer."
        )
