"""The main window: navigation between the screens, menus, status bar, remembered layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.findings import SubjectKind
from promoplanner.ui.labels import in_a_row, joined
from promoplanner.ui.menus import build_menus
from promoplanner.ui.screens import SCREENS, make_screen
from promoplanner.ui.settings import app_settings
from promoplanner.ui.unsaved import Outcome, ask_unsaved, settle

if TYPE_CHECKING:
    from promoplanner.ui.session import AppSession

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


def _warm_up_pinyin() -> None:
    import threading

    from promoplanner.core.collation import warm_up

    threading.Thread(target=warm_up, name="pinyin-warm-up", daemon=True).start()


class MainWindow(QMainWindow):
    """Sidebar of screens, each made on first show; menus act on the screen shown."""

    database_open_requested = Signal(str)
    database_create_requested = Signal(str)  # File → New database: a file that does not exist
    # The save / discard / cancel question; tests replace it (a real dialog waits for a click).
    ask_unsaved = staticmethod(ask_unsaved)
    session: AppSession  # set by attach

    def __init__(self, session: AppSession | None = None, parent=None) -> None:
        """The window's frame at once; its data when a session is given (else see attach)."""
        super().__init__(parent)
        self._shown_row = -1
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
        central = QWidget()
        self.central_column = QVBoxLayout(central)
        self.central_column.setContentsMargins(0, 0, 0, 0)
        self.central_column.setSpacing(0)
        self.central_column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.set_up_banner: QWidget | None = None  # made in attach when the store needs it
        self._build_campaign_bar()
        self.setStatusBar(QStatusBar())
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.actions_by_name = build_menus(self)
        self.menuBar().setEnabled(False)  # the commands need the database: see attach
        self._own_keys: dict[str, list] = {}
        self._restore_geometry()
        if session is not None:
            self.attach(session)

    def attach(self, session: AppSession) -> None:
        """Fill the frame from the database: the campaign, the status bar, the last screen.

        Kept apart from the frame so the program can paint its window before it loads
        the database layer (SQLAlchemy, the services) and signs somebody in.
        """
        from promoplanner.ui.campaigns.picker import CampaignPickerWidget
        from promoplanner.ui.status_bar import MainStatusBar

        self.session = session
        self.campaign_picker = CampaignPickerWidget(session)
        self.campaign_bar.addWidget(self.campaign_picker)
        self.setStatusBar(MainStatusBar(session))
        self.menuBar().setEnabled(True)
        self.sidebar.currentRowChanged.connect(self._show_row)
        keys = [s.key for s in SCREENS]
        last = str(app_settings().value("window/screen", "dashboard"))
        row = keys.index(last if last in keys else "dashboard")
        if self.sidebar.currentRow() == row:  # the frame's list made it current already
            self._show_row(row)
        else:
            self.sidebar.setCurrentRow(row)
        # Saving an item's name sorts it by pinyin; pypinyin's dictionaries take most of a
        # second to load, so they load in a thread once the screen is up, not on a keystroke.
        QTimer.singleShot(500, _warm_up_pinyin)
        self.update_set_up()

    def update_set_up(self) -> None:
        """Show the "set up this store" banner while the store is not set up (hidden after)."""
        from promoplanner.ui.firstrun.banner import SetUpBannerWidget

        if self.set_up_banner is None:
            self.set_up_banner = SetUpBannerWidget(self)
            self.central_column.insertWidget(0, self.set_up_banner)
        self.set_up_banner.refresh()  # type: ignore[attr-defined]

    def attached(self) -> bool:
        """Whether the window shows a database yet (attach has run)."""
        return hasattr(self, "session")

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
        leaving = self._screens.get(SCREENS[self._shown_row].key) if self._shown_row >= 0 else None
        if leaving is not None and row != self._shown_row:
            question = self.tr("Save your changes before going to “%1”?").replace(
                "%1", SCREENS[row].title()
            )
            if not self.settle_unsaved(question, [leaving]):
                self._follow_sidebar()  # stay where the work is
                # The click that asked is still being handled: the list would select the
                # clicked row once it ends, highlighting a screen that is not shown.
                QTimer.singleShot(0, self._follow_sidebar)
                return
        self._shown_row = row
        key = SCREENS[row].key
        widget = self.screen(key)
        self.stack.setCurrentWidget(self._holders[key])
        self._yield_shortcuts(widget)

    def _follow_sidebar(self) -> None:
        """Current and highlighted row of the sidebar: the screen shown, always."""
        if self._shown_row < 0:
            return
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(
            self._shown_row, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.sidebar.blockSignals(False)

    def _yield_shortcuts(self, screen: QWidget) -> None:
        """Leave to the screen the keys it binds itself (two owners of a key fire neither)."""
        taken = {
            key.toString() for action in screen.findChildren(QAction) for key in action.shortcuts()
        }
        for name, action in self.actions_by_name.items():
            own = self._own_keys.setdefault(name, action.shortcuts())
            action.setShortcuts([k for k in own if k.toString() not in taken])

    # --- unsaved work --------------------------------------------------------------------
    def settle_unsaved(self, question: str, screens: list[QWidget] | None = None) -> bool:
        """Ask once about the unsaved work (of every screen, or those given); whether to go on.

        When something could not be saved, its screen is shown with the reason beside the
        field, and the status bar says why the program did not go on.
        """
        keys = {id(widget): key for key, widget in self._screens.items()}
        chosen = list(self._screens.values()) if screens is None else screens
        titled = [_Titled(w, _title(keys[id(w)]) if id(w) in keys else "") for w in chosen]
        outcome: Outcome = settle(titled, lambda work: self.ask_unsaved(self, work, question))
        if outcome.not_saved:
            holder = outcome.holder.screen if isinstance(outcome.holder, _Titled) else None
            key = keys.get(id(holder))
            if key is not None and key != self.current_key():
                self._shown_row = -1  # nothing left to ask about while showing it
                self.show_screen(key)
            self.statusBar().showMessage(
                self.tr("Not saved: %1").replace("%1", in_a_row(list(outcome.not_saved))), 15000
            )
        return outcome.go_on

    def open_subject(self, kind: str, obj_id: int) -> None:
        """Open the screen of the object a finding concerns and select it there."""
        key = SUBJECT_SCREENS.get(SubjectKind(kind), "planning")
        screen = self.show_screen(key)
        select = getattr(screen, "select_object", None)
        if callable(select):
            select(str(kind), obj_id)

    # --- who is signed in ----------------------------------------------------------------
    def switch_user(self) -> bool:
        """File → Switch user: unsaved work settled first, then the sign-in dialog (not blocking).

        Cancel in the dialog keeps the person signed in now. A database nobody can sign in
        to yet offers the first-run assistant instead. False when the person stayed.
        """
        from promoplanner.services.people import has_people

        if not has_people(self.session.ctx):
            from promoplanner.ui.app import offer_first_run

            offer_first_run(self)
            return False
        if not self.settle_unsaved(self.tr("Save your changes before somebody else signs in?")):
            return False
        from promoplanner.ui.signin.dialog import SignInDialog

        self.sign_in_dialog = SignInDialog(self.session, self)
        self.sign_in_dialog.open()
        return True

    def _build_campaign_bar(self) -> None:
        """The campaign every screen works on (Campaign → New adds to it); its picker in attach."""
        bar = QToolBar(self.tr("Campaign"))
        bar.setObjectName("campaign_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Campaign: ")))
        self.campaign_bar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # --- remembered layout ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
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

    def save_layout(self) -> None:
        """Remember size, splitter and screen for the next start."""
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.attached():  # a frame still opening has no screen of its own to remember
            settings.setValue("window/screen", self.current_key())
        for screen in self._screens.values():
            save = getattr(screen, "save_layout", None)
            if callable(save):
                save(settings)

    def closeEvent(self, event) -> None:
        """Ctrl+Q, Alt+F4, the title bar's ✕: unsaved work is saved or dropped first, as asked."""
        if not self.settle_unsaved(self.tr("Save your changes before closing promoplanner?")):
            event.ignore()
            return
        self.save_layout()
        for screen in self._screens.values():
            finish = getattr(screen, "finish_jobs", None)
            if callable(finish):
                finish()  # a document still being made must end before its thread is freed
        super().closeEvent(event)


def _title(key: str) -> str:
    return next(spec.title() for spec in SCREENS if spec.key == key)


class _Titled:
    """A screen's unsaved work with the screen's title in front of each line."""

    def __init__(self, screen: QWidget, title: str) -> None:
        self.screen = screen
        self.title = title

    def unsaved_work(self) -> list[str]:
        """The screen's lines, each as “Screen: what”."""
        lines = getattr(self.screen, "unsaved_work", lambda: [])()
        return [joined(self.title, line) if self.title else line for line in lines]

    def save_unsaved(self) -> list[str]:
        """Save the screen's work; what could not be saved, each as “Screen: what, why”."""
        refused = self.screen.save_unsaved()  # type: ignore[attr-defined]
        return [joined(self.title, line) if self.title else line for line in refused]

    def discard_unsaved(self) -> None:
        """Drop the screen's work."""
        self.screen.discard_unsaved()  # type: ignore[attr-defined]
