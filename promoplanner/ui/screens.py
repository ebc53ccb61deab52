"""The screens of the main window, created only when first shown (start-up stays quick)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from promoplanner.ui.session import AppSession


@dataclass(frozen=True)
class ScreenSpec:
    """A screen: its key, its title (translated when asked), and where its class lives."""

    key: str
    title: Callable[[], str]
    module: str
    cls: str


SCREENS = (
    ScreenSpec(
        "dashboard",
        lambda: QCoreApplication.translate("Screens", "Dashboard"),
        "promoplanner.ui.dashboard",
        "DashboardScreen",
    ),
    ScreenSpec(
        "planning",
        lambda: QCoreApplication.translate("Screens", "Phases & quotas"),
        "promoplanner.ui.planning",
        "PlanningScreen",
    ),
    ScreenSpec(
        "items",
        lambda: QCoreApplication.translate("Screens", "Flyer items"),
        "promoplanner.ui.items",
        "ItemsScreen",
    ),
    ScreenSpec(
        "events",
        lambda: QCoreApplication.translate("Screens", "Activities & zones"),
        "promoplanner.ui.events",
        "EventsScreen",
    ),
    ScreenSpec(
        "contest",
        lambda: QCoreApplication.translate("Screens", "Contest"),
        "promoplanner.ui.contest",
        "ContestScreen",
    ),
    ScreenSpec(
        "checks",
        lambda: QCoreApplication.translate("Screens", "Daily checks"),
        "promoplanner.ui.checks",
        "DailyChecksScreen",
    ),
    ScreenSpec(
        "documents",
        lambda: QCoreApplication.translate("Screens", "Documents"),
        "promoplanner.ui.documents",
        "DocumentsScreen",
    ),
    ScreenSpec(
        "store",
        lambda: QCoreApplication.translate("Screens", "Store"),
        "promoplanner.ui.store",
        "StoreScreen",
    ),
    ScreenSpec(
        "people",
        lambda: QCoreApplication.translate("Screens", "People"),
        "promoplanner.ui.people",
        "PeopleScreen",
    ),
)


def make_screen(spec: ScreenSpec, session: AppSession) -> QWidget:
    """The screen's widget, or a plain page saying it is not there yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name != spec.module:  # a real bug inside an existing screen must show
            raise
        module = None
    cls = getattr(module, spec.cls, None)  # None too while a package is half-built
    if cls is None:
        page = QLabel(
            QCoreApplication.translate("Screens", "This screen is not part of this version yet.")
        )
        page.setObjectName(f"placeholder_{spec.key}")
        page.setWordWrap(True)
        page.setMargin(24)
        return page
    return cls(session)
