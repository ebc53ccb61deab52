"""The main window: navigation between the screens, menus, status bar, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from promoplanner.core.findings import SubjectKind
from promoplanner.ui.menus import build_menus
from promoplanner.ui.screens import SCREENS, make_screen
from promoplanner.ui.session import AppSession
from promoplanner.ui.settings import actor_choices, app_settings, save_actor_key
from promoplanner.ui.status_bar import MainStatusBar

# Which screen opens the object a dashboard finding concerns.
SUBJECT_SCREENS = {
    SubjectKind.ITEM: "items",
    SubjectKind.BUYER: "items",
    SubjectKind.PHASE: "planning",
    SubjectKind.QUOTA: "planning",
    SubjectKind.DEADLINE: "planning",
    SubjectKind.CAMPAIGN: "planning",
    SubjectKind.FLOOR: "planning",
    SubjectKind.ACTIVITY: "events",
    SubjectKind.ZONE: "events",
    SubjectKind.CONTEST: "contest",
}


class MainWindow(QMainWindow):
    """Sidebar of screens, each made on first show; menus act on the screen shown."""

    database_open_requested = Signal(str)
    database_create_requested = Signal(str)  # File → New database: a file that does not exist

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("promoplanner — promotion planning"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMinimumWidth(150)
        self.stack = QStackedWidget()
        self._screens: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        for spec in SCREENS:
            self.sidebar.addItem(spec.title())
            self.stack.addWidget(QWidget())  # replaced by the real screen on first show
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1200])
        self.setCentralWidget(self.splitter)
        self._build_actor_bar()
        self._build_campaign_bar()
        self.setStatusBar(MainStatusBar(session))
        self.actions_by_name = build_menus(self)
        self._own_keys: dict[str, list] = {}
        self.sidebar.currentRowChanged.connect(self._show_row)
        self._restore()

    # --- screens -------------------------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen with that key, created now if it was never shown."""
        if key not in self._screens:
            row = [s.key for s in SCREENS].index(key)
            widget = make_screen(SCREENS[row], self.session)
            widget.setObjectName(f"screen_{key}")
            # A scroll area, so a screen taller or wider than a small laptop's stays usable.
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(widget)
            self._holders[key] = holder
            old = self.stack.widget(row)
            self.stack.insertWidget(row, holder)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._screens[key] = widget
            if key == "dashboard" and hasattr(widget, "subject_activated"):
                widget.subject_activated.connect(self.open_subject)
        return self._screens[key]

    def show_screen(self, key: str) -> QWidget:
        """Bring the screen forward (and select it in the sidebar)."""
        row = [s.key for s in SCREENS].index(key)
        self.sidebar.setCurrentRow(row)
        return self.screen(key)

    def current_key(self) -> str:
        """Key of the screen shown."""
        return SCREENS[max(0, self.sidebar.currentRow())].key

    def current_screen(self) -> QWidget:
        """The screen shown."""
        return self.screen(self.current_key())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = SCREENS[row].key
        widget = self.screen(key)
        self.stack.setCurrentWidget(self._holders[key])
        self._yield_shortcuts(widget)

    def _yield_shortcuts(self, screen: QWidget) -> None:
        """Leave to the screen the keys it binds itself (two owners of a key fire neither)."""
        taken = {
            key.toString() for action in screen.findChildren(QAction) for key in action.shortcuts()
        }
        for name, action in self.actions_by_name.items():
            own = self._own_keys.setdefault(name, action.shortcuts())
            action.setShortcuts([k for k in own if k.toString() not in taken])

    def open_subject(self, kind: str, obj_id: int) -> None:
        """Open the screen of the object a finding concerns and select it there."""
        key = SUBJECT_SCREENS.get(SubjectKind(kind), "planning")
        screen = self.show_screen(key)
        select = getattr(screen, "select_object", None)
        if callable(select):
            select(str(kind), obj_id)

    # --- who is acting -------------------------------------------------------------------
    def _build_actor_bar(self) -> None:
        bar = QToolBar(self.tr("Person"))
        bar.setObjectName("actor_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Acting as: ")))
        self.actor_combo = QComboBox()
        self.actor_combo.setObjectName("actor_combo")
        self.actor_combo.setMinimumContentsLength(14)
        self._actors: dict = {}
        self._fill_actors()
        bar.addWidget(self.actor_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.actor_combo.currentIndexChanged.connect(self._actor_chosen)

    def _fill_actors(self) -> None:
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self._actors.clear()
        for key, label, actor in actor_choices(self.session.people()):
            self.actor_combo.addItem(label, key)
            self._actors[key] = actor
        self.actor_combo.blockSignals(False)

    def choose_actor(self, key: str) -> None:
        """Act as the person with that key (user:<user name>)."""
        if self.actor_combo.findData(key) < 0:  # somebody added since the window opened
            self._fill_actors()
        index = self.actor_combo.findData(key)
        self.actor_combo.setCurrentIndex(index if index >= 0 else 0)
        self._actor_chosen()

    def _actor_chosen(self, *_args) -> None:
        key = str(self.actor_combo.currentData())
        actor = self._actors.get(key)
        if actor is not None and actor != self.session.ctx.actor:
            self.session.set_actor(actor)
        save_actor_key(key)

    def _build_campaign_bar(self) -> None:
        """The campaign every screen works on (Campaign → New adds to it)."""
        from promoplanner.ui.campaigns.picker import CampaignPickerWidget

        bar = QToolBar(self.tr("Campaign"))
        bar.setObjectName("campaign_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Campaign: ")))
        self.campaign_picker = CampaignPickerWidget(self.session)
        bar.addWidget(self.campaign_picker)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # --- remembered layout ---------------------------------------------------------------
    def _restore(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            room = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, room.width()), min(820, room.height()))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        keys = [s.key for s in SCREENS]
        last = str(settings.value("window/screen", "dashboard"))
        self.show_screen(last if last in keys else "dashboard")

    def save_layout(self) -> None:
        """Remember size, splitter and screen for the next start."""
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/screen", self.current_key())
        for screen in self._screens.values():
            save = getattr(screen, "save_layout", None)
            if callable(save):
                save(settings)

    def closeEvent(self, event) -> None:
        self.save_layout()
        for screen in self._screens.values():
            finish = getattr(screen, "finish_jobs", None)
            if callable(finish):
                finish()  # a document still being made must end before its thread is freed
        super().closeEvent(event)
