"""The main window's menus and shortcuts; most act on the screen shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from promoplanner.ui.campaigns.menu import add_campaign_menu
from promoplanner.ui.screens import SCREENS
from promoplanner.ui.settings import SettingsDialog, save_language, saved_language

if TYPE_CHECKING:
    from promoplanner.ui.main_window import MainWindow


def _action(window, menu, text, keys, slot, name) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if keys:
        # Unique sequences only: a key bound twice to one action fires neither ("ambiguous").
        unique: dict[str, QKeySequence] = {}
        for key in keys:
            sequence = QKeySequence(key)
            unique.setdefault(sequence.toString(), sequence)
        action.setShortcuts(list(unique.values()))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def forward(window: MainWindow, method: str) -> bool:
    """Call the method on the screen shown, else on the focused field; whether one took it."""
    target = getattr(window.current_screen(), method, None)
    if callable(target):
        target()
        return True
    focused = QApplication.focusWidget()
    target = getattr(focused, method, None) if method in ("undo", "redo") else None
    if callable(target):
        target()
        return True
    window.statusBar().showMessage(
        QCoreApplication.translate("Menus", "Nothing to do here for this command."), 4000
    )
    return False


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """File, Edit, View and Help menus with the usual desktop shortcuts."""
    bar = window.menuBar()
    acts: dict[str, QAction] = {}
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    acts["open"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Open database…"),
        [QKeySequence.StandardKey.Open],
        lambda: open_database(window),
        "action_open",
    )
    acts["new_database"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&New database…"),
        ["Ctrl+Shift+N"],
        lambda: _new_database(window),
        "action_new_database",
    )
    acts["set_up_store"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Set &up this store…"),
        [],
        lambda: _set_up_store(window),
        "action_set_up_store",
    )
    _sheet_actions(window, file_menu, acts)
    acts["print"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Print…"),
        [QKeySequence.StandardKey.Print],
        lambda: print_current(window),
        "action_print",
    )
    file_menu.addSeparator()
    acts["switch_user"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "S&witch user…"),
        [],
        window.switch_user,
        "action_switch_user",
    )
    acts["change_password"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Change my password…"),
        [],
        lambda: change_own_password(window),
        "action_change_password",
    )
    acts["settings"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "S&ettings…"),
        ["Ctrl+,"],
        lambda: open_settings(window),
        "action_settings",
    )
    file_menu.addSeparator()
    acts["quit"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Quit"),
        [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
        window.close,
        "action_quit",
    )

    edit = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    acts["undo"] = _action(
        window,
        edit,
        QCoreApplication.translate("Menus", "&Undo"),
        [QKeySequence.StandardKey.Undo],
        lambda: forward(window, "undo"),
        "action_undo",
    )
    acts["redo"] = _action(
        window,
        edit,
        QCoreApplication.translate("Menus", "&Redo"),
        ["Ctrl+Shift+Z", "Ctrl+Y"],
        lambda: forward(window, "redo"),
        "action_redo",
    )
    edit.addSeparator()
    acts["new"] = _action(
        window,
        edit,
        QCoreApplication.translate("Menus", "&New"),
        [QKeySequence.StandardKey.New],
        lambda: forward(window, "new_record"),
        "action_new",
    )
    acts["save"] = _action(
        window,
        edit,
        QCoreApplication.translate("Menus", "&Save"),
        [QKeySequence.StandardKey.Save],
        lambda: forward(window, "save"),
        "action_save",
    )
    acts["find"] = _action(
        window,
        edit,
        QCoreApplication.translate("Menus", "&Find"),
        [QKeySequence.StandardKey.Find],
        lambda: forward(window, "focus_search"),
        "action_find",
    )

    view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    for number, spec in enumerate(SCREENS, start=1):
        acts[f"screen_{spec.key}"] = _action(
            window,
            view,
            spec.title(),
            [f"Ctrl+{number}"],
            lambda _=False, key=spec.key: window.show_screen(key),
            f"action_screen_{spec.key}",
        )
    view.addSeparator()
    acts["change_log"] = _action(
        window,
        view,
        QCoreApplication.translate("Menus", "Change &log…"),
        ["Ctrl+Shift+H"],
        lambda: show_change_log(window),
        "action_change_log",
    )

    acts.update(add_campaign_menu(window, bar))
    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    acts["help"] = _action(
        window,
        help_menu,
        QCoreApplication.translate("Menus", "&Help"),
        [QKeySequence.StandardKey.HelpContents, "F1"],
        lambda: show_help(window),
        "action_help",
    )
    return acts


def show_change_log(window: MainWindow) -> None:
    """View → Change log: the history of a phase (the one the items screen shows)."""
    from promoplanner.ui.history import ChangeLogDialog  # loaded on first use
    from promoplanner.ui.items.toolbar import default_phase

    filters = getattr(window.current_screen(), "filters", None)
    phase = filters.phase_id() if hasattr(filters, "phase_id") else None
    snapshot = window.session.snapshot()
    if phase is None and snapshot is not None:
        phase = default_phase(snapshot, window.session.ctx.clock.now())
    window.change_log = ChangeLogDialog(window.session, phase, window)
    window.change_log.open()


def change_own_password(window: MainWindow) -> None:
    """File → Change my password: the dialog over the window; the status bar says when done."""
    from promoplanner.ui.people.password_dialog import ask_own_password  # loaded on first use

    window.password_dialog = ask_own_password(
        window.session, window, lambda said: window.statusBar().showMessage(said, 8000)
    )


def _set_up_store(window: MainWindow) -> None:
    from promoplanner.ui.firstrun.assistant import offer_first_run

    if offer_first_run(window) is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Menus", "The store is set up already; change it on the Store screen."
            ),
            10000,
        )


def _new_database(window: MainWindow) -> None:
    from promoplanner.ui.firstrun.new_database import new_database

    new_database(window)


def _sheet_actions(window: MainWindow, menu, acts: dict[str, QAction]) -> None:
    """File → Import, Export and Blank template (ui/imports)."""

    def run(name: str):
        def call() -> None:
            from promoplanner.ui.imports import actions  # loaded on first use

            getattr(actions, name)(window)

        return call

    menu.addSeparator()
    for key, label, name in (
        ("import", QCoreApplication.translate("Menus", "&Import items…"), "import_items_file"),
        ("export", QCoreApplication.translate("Menus", "E&xport items…"), "export_items_file"),
        ("template", QCoreApplication.translate("Menus", "Blank &template…"),
         "blank_template_file"),
    ):  # fmt: skip
        acts[key] = _action(window, menu, label, [], run(name), f"action_{key}")
    menu.addSeparator()


def open_database(window: MainWindow) -> None:
    """Ask for a database file and let the application open it."""
    dialog = getattr(window, "file_dialog", QFileDialog)
    path, _ = dialog.getOpenFileName(
        window,
        QCoreApplication.translate("Menus", "Open database"),
        "",
        QCoreApplication.translate(
            "Menus", "promoplanner databases (*.sqlite *.db);;All files (*)"
        ),
    )
    if path:
        window.database_open_requested.emit(path)


# The document Ctrl+P makes from each screen that has no print command of its own.
PRINT_DOCUMENTS = {
    "dashboard": "calendar",
    "planning": "flyer_proof",
    "items": "flyer_proof",
    "events": "calendar",
    "contest": "bracket",
    "checks": "display_check",
}


def print_current(window: MainWindow) -> None:
    """Ctrl+P: the screen's own print command, else the Documents screen on its document."""
    if forward_quiet(window, "print_document"):
        return
    key = PRINT_DOCUMENTS.get(window.current_key())
    documents = window.show_screen("documents")
    if key and hasattr(documents, "choose"):
        documents.choose(key)


def forward_quiet(window: MainWindow, method: str) -> bool:
    """Call the method on the screen shown if it has one."""
    target = getattr(window.current_screen(), method, None)
    if callable(target):
        target()
        return True
    return False


def open_settings(window: MainWindow) -> None:
    """The language."""
    dialog = SettingsDialog(window)
    before = saved_language() or ""
    if dialog.exec():
        save_language(dialog.chosen_language())
        if dialog.chosen_language() != before:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Menus", "The new language is used from the next start."
                ),
                8000,
            )


def show_help(window: MainWindow) -> None:
    """What the screen shown is for and its shortcuts."""
    screen = window.current_screen()
    text = getattr(screen, "help_text", None)
    body = text() if callable(text) else ""
    general = QCoreApplication.translate(
        "Menus",
        "Ctrl+1…9 switch screens. Ctrl+N new, Ctrl+S save, Ctrl+F find, Ctrl+Z undo, "
        "Ctrl+Shift+Z redo, Ctrl+P print, Ctrl+O open another database.\n"
        "A value the program refuses stays in its field, marked in red with the reason "
        "beside it, until you correct it or press Discard.",
    )
    QMessageBox.information(
        window,
        QCoreApplication.translate("Menus", "Help"),
        (body + "\n\n" if body else "") + general,
    )
