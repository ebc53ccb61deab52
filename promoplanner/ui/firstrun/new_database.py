"""File → New database: a new file chosen in a save dialog, never one that exists already."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from promoplanner.ui.main_window import MainWindow

SUFFIX = ".sqlite"


def new_database(window: MainWindow) -> str | None:
    """Ask where the new database goes and let the application create and open it."""
    dialog = getattr(window, "file_dialog", QFileDialog)
    path, _ = dialog.getSaveFileName(
        window,
        QCoreApplication.translate("FirstRun", "New database"),
        QCoreApplication.translate("FirstRun", "store.sqlite"),
        QCoreApplication.translate("FirstRun", "promoplanner databases (*.sqlite)"),
        "",
        QFileDialog.Option.DontConfirmOverwrite,  # we refuse an existing file ourselves
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(SUFFIX)
    if target.exists():
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FirstRun",
                "%1 exists already; a new database never replaces a file. Choose another "
                "name, or open it with File → Open database.",
            ).replace("%1", str(target)),
            15000,
        )
        return None
    window.database_create_requested.emit(str(target))
    return str(target)
