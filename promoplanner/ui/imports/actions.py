"""File → Import, Export and Blank template: the file dialogs and what follows them.

The dialogs that would block sit behind attributes of the window a test swaps
(``file_dialog``, ``ask_headers``); refusals go to the status bar in the user's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.core.fields import FIELDS
from promoplanner.core.sheet import IGNORE, Column, Sheet
from promoplanner.services.exports import export_table, template_table
from promoplanner.services.headers import remember_headers, remembered_headers
from promoplanner.sheets.reading import read_sheet
from promoplanner.sheets.writing import write_table, write_template
from promoplanner.ui.imports.dialog import ImportDialog


class HeaderMappingDialog(QDialog):
    """Asks once what each unknown header of a sheet means; the answer is remembered."""

    def __init__(self, unknown: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns the program does not know"))
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for column in unknown:
            combo = QComboBox()
            combo.addItem(self.tr("— leave this column out —"), IGNORE)
            for field in FIELDS:
                combo.addItem(field.label(), field.name)
            self.choices[column.header] = combo
            form.addRow(f"{column.letter} “{column.header}”", combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column_layout = QVBoxLayout(self)
        column_layout.addWidget(
            QLabel(self.tr("What does each of these columns hold? You are asked only once."))
        )
        column_layout.addLayout(form)
        column_layout.addWidget(buttons)

    def answers(self) -> dict[str, str]:
        """Header word -> field ("" to leave the column out)."""
        return {word: str(combo.currentData()) for word, combo in self.choices.items()}


def ask_headers(parent: QWidget, unknown: Sequence[Column]) -> dict[str, str] | None:
    """The person's answers, or None when they cancelled."""
    dialog = HeaderMappingDialog(unknown, parent)
    return dialog.answers() if dialog.exec() else None


def _say(window, message: str) -> None:
    window.statusBar().showMessage(message, 15000)


def import_items_file(window) -> ImportDialog | None:
    """Ask for a sheet, ask about unknown headers once, then open its preview."""
    dialog = getattr(window, "file_dialog", QFileDialog)
    path, _ = dialog.getOpenFileName(
        window,
        QCoreApplication.translate("Imports", "Import items"),
        "",
        QCoreApplication.translate("Imports", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
    )
    return open_import(window, path) if path else None


def open_import(window, path: str, phase_id: int | None = None) -> ImportDialog | None:
    """The preview dialog of the sheet at path (shown, not blocking), or None when refused."""
    session = window.session
    try:
        sheet = read_sheet(path, remembered_headers(session.ctx))
        sheet = _mapped(window, sheet, path)
    except PromoError as refused:
        _say(window, refused.message())
        return None
    if sheet is None:
        return None
    dialog = ImportDialog(session, sheet, phase_id or _phase_of(window), window)
    dialog.setObjectName("import_dialog")
    dialog.imported.connect(lambda result: _say(window, _imported_text(result)))
    dialog.show()
    dialog.check()
    return dialog


def _mapped(window, sheet: Sheet, path: str) -> Sheet | None:
    unknown = [c for c in sheet.header.unknown if c.header.strip()]
    if not unknown:
        return sheet
    ask: Callable = getattr(window, "ask_headers", ask_headers)
    answers = ask(window, unknown)
    if answers is None:
        return None
    remember_headers(window.session.ctx, answers)
    return read_sheet(path, remembered_headers(window.session.ctx))


def _phase_of(window) -> int | None:
    picker = getattr(window.current_screen(), "phase_picker", None)
    phase_id = getattr(picker, "phase_id", None)
    return phase_id() if callable(phase_id) else None


def _imported_text(result) -> str:
    return (
        QCoreApplication.translate("Imports", "Imported: %1 new, %2 changed, %3 unchanged items.")
        .replace("%1", str(len(result.created)))
        .replace("%2", str(len(result.changed)))
        .replace("%3", str(result.unchanged))
    )


def export_items_file(window) -> Path | None:
    """Write the phase shown (or the first) to a .csv or .xlsx the person names."""
    session = window.session
    snap = session.snapshot()
    if snap is None or not snap.phases:
        return None
    phase_id = _phase_of(window) or snap.phases[0].id
    dialog = getattr(window, "file_dialog", QFileDialog)
    suggested = f"phase-{snap.phase(phase_id).number}.xlsx"
    path, _ = dialog.getSaveFileName(
        window,
        QCoreApplication.translate("Imports", "Export items"),
        suggested,
        QCoreApplication.translate("Imports", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not path:
        return None
    try:
        table = export_table(session.ctx, phase_id)
        write_table(path, table)
    except (PromoError, OSError) as refused:
        _say(window, refused.message() if isinstance(refused, PromoError) else str(refused))
        return None
    written = QCoreApplication.translate("Imports", "%1 items written to %2.")
    _say(window, written.replace("%1", str(len(table.rows))).replace("%2", path))
    return Path(path)


def blank_template_file(window) -> Path | None:
    """Write the blank list buyers fill in (with drop-down lists in the .xlsx)."""
    dialog = getattr(window, "file_dialog", QFileDialog)
    path, _ = dialog.getSaveFileName(
        window, QCoreApplication.translate("Imports", "Blank template"), "items-template.xlsx",
        QCoreApplication.translate("Imports", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )  # fmt: skip
    if not path:
        return None
    try:
        write_template(path, template_table(window.session.ctx))
    except (PromoError, OSError) as refused:
        _say(window, refused.message() if isinstance(refused, PromoError) else str(refused))
        return None
    _say(
        window,
        QCoreApplication.translate("Imports", "Blank list written to %1.").replace("%1", path),
    )
    return Path(path)
