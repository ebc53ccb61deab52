"""The main window's Campaign menu: a new campaign, a phase added or removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

if TYPE_CHECKING:
    from promoplanner.ui.main_window import MainWindow


def add_campaign_menu(window: MainWindow, bar: QMenuBar) -> dict[str, QAction]:
    """Campaign → New campaign…, Add phase…, Remove phase."""
    menu = bar.addMenu(QCoreApplication.translate("CampaignMenu", "&Campaign"))
    entries = (
        ("new_campaign", "&New campaign…", "Ctrl+Shift+C", lambda: new_campaign(window)),
        ("add_phase", "&Add phase…", None, lambda: _phase_action(window, "add_phase")),
        ("remove_phase", "&Remove phase", None, lambda: _phase_action(window, "remove")),
    )
    acts = {}
    for name, label, keys, slot in entries:
        action = QAction(QCoreApplication.translate("CampaignMenu", label), window)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        acts[name] = action
    return acts


def new_campaign(window: MainWindow) -> int | None:
    """Open Campaign → New; the new campaign's id once made (and shown on every screen)."""
    from promoplanner.ui.campaigns.new_dialog import NewCampaignDialog

    dialog_class = getattr(window, "new_campaign_dialog", NewCampaignDialog)
    dialog = dialog_class(window.session, window)
    if not dialog.exec() or dialog.made is None:
        return None
    made = dialog.made
    notes = " ".join(n.said() for n in made.notes)
    window.statusBar().showMessage(
        QCoreApplication.translate("CampaignMenu", "Created “%1”.").replace(
            "%1", made.campaign.name
        )
        + (" " + notes if notes else ""),
        15000,
    )
    window.show_screen("planning")
    return made.campaign.id


def _phase_action(window: MainWindow, method: str) -> None:
    screen = window.show_screen("planning")
    actions = getattr(screen, "phase_actions", None)
    if actions is not None:
        getattr(actions, method)()
