"""Activities & zones screen: lists of a phase's activities and zones, each with its form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.services.events import remove_activity, remove_zone
from promoplanner.ui.events.activity_form import ActivityFormWidget
from promoplanner.ui.events.zone_form import ZoneFormWidget
from promoplanner.ui.labels import form_label, joined
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.unsaved import ask_unsaved, settle
from promoplanner.ui.widgets.field_error import FieldErrorLabel
from promoplanner.ui.widgets.phase_picker import PhasePickerWidget


class _Section(QGroupBox):
    """A list of records, New / Remove / Save buttons, and the record's form."""

    def __init__(self, title: str, form: QWidget, parent=None) -> None:
        super().__init__(title, parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.form = form
        self.new_button = QPushButton(self.tr("New"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.save_button = QPushButton(self.tr("Save"))
        self.message = FieldErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        column.addWidget(form, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)

    def current_id(self) -> int | None:
        """Id of the record selected in the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def fill(self, rows: list[tuple[int, str]], keep: int | None) -> None:
        """List the records, selecting the one kept (without emitting)."""
        self.list.blockSignals(True)
        self.list.clear()
        for obj_id, label in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, obj_id)
            self.list.addItem(item)
            if obj_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)


class EventsScreen(QWidget):
    """The phase's gift-with-purchase and event activities, and its display zones."""

    # The save / discard / cancel question; tests replace it (a real dialog waits for a click).
    ask_unsaved = staticmethod(ask_unsaved)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_picker = PhasePickerWidget()
        self.activity_form = ActivityFormWidget(session)
        self.zone_form = ZoneFormWidget(session)
        self.activities = _Section(self.tr("Activities"), self.activity_form)
        self.activities.setObjectName("activities_section")
        self.zones = _Section(self.tr("Display zones"), self.zone_form)
        self.zones.setObjectName("zones_section")
        self.activity_id: int | None = None
        self.zone_id: int | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.activities)
        splitter.addWidget(self.zones)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Phase:")))
        header.addWidget(self.phase_picker)
        header.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(splitter, 1)
        self.phase_picker.currentIndexChanged.connect(lambda _i: self._phase_chosen())
        self.activities.list.currentItemChanged.connect(lambda *_: self._pick_activity())
        self.zones.list.currentItemChanged.connect(lambda *_: self._pick_zone())
        self.activities.new_button.clicked.connect(lambda: self._new("activity"))
        self.zones.new_button.clicked.connect(lambda: self._new("zone"))
        self.activities.save_button.clicked.connect(self.activity_form.save)
        self.zones.save_button.clicked.connect(self.zone_form.save)
        self.activities.remove_button.clicked.connect(self._remove_activity)
        self.zones.remove_button.clicked.connect(self._remove_zone)
        self.activity_form.saved.connect(lambda i: self._remember("activity", i))
        self.zone_form.saved.connect(lambda i: self._remember("zone", i))
        follow_changes(session, self, self._data_changed)
        session.campaign_changed.connect(self.refresh)
        self._last_focus = "activity"
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("events", "items", "planning", "campaign", "store"):
            self.refresh()

    def _phase_chosen(self) -> None:
        shown = self.activity_form.phase.id if self.activity_form.phase else None
        if shown is not None and shown != self.phase_picker.phase_id():
            question = self.tr("Save the changes to this phase's activity and zone first?")
            outcome = settle([self], lambda work: self.ask_unsaved(self, work, question))
            if not outcome.go_on:
                self.phase_picker.blockSignals(True)
                self.phase_picker.choose(shown)  # stay with the work
                self.phase_picker.blockSignals(False)
                return
        self.activity_id = self.zone_id = None
        self.refresh(force=True)

    def _remember(self, which: str, obj_id: int) -> None:
        if which == "activity":
            self.activity_id = obj_id
        else:
            self.zone_id = obj_id
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """List the phase's activities and zones; forms with unsaved edits are kept."""
        snap = self.session.snapshot()
        self.phase_picker.set_phases(snap)
        phase_id = self.phase_picker.phase_id()
        if snap is None or phase_id is None:
            self.setEnabled(False)
            return
        phase = snap.phase(phase_id)
        acts = [a for a in snap.activities if a.phase_id == phase_id]
        zones = [z for z in snap.zones if z.phase_id == phase_id]
        if self.activity_id not in [a.id for a in acts]:
            self.activity_id = acts[0].id if acts else None
        if self.zone_id not in [z.id for z in zones]:
            self.zone_id = zones[0].id if zones else None
        self.activities.fill(
            [(a.id, f"{span(a.start, a.end)}  {a.name}") for a in acts], self.activity_id
        )
        self.zones.fill(
            [(z.id, f"{z.name} · {form_label(z.display_form)} · {len(z.item_ids)}") for z in zones],
            self.zone_id,
        )
        if force or not self.activity_form.is_dirty():
            self.activity_form.load(
                phase, next((a for a in acts if a.id == self.activity_id), None)
            )
        if self.zone_form.floor.count() == 0:
            self.zone_form.set_store(snap)
        if force or not self.zone_form.is_dirty():
            self.zone_form.load(snap, phase, next((z for z in zones if z.id == self.zone_id), None))

    def _pick_activity(self) -> None:
        self.activity_id = self.activities.current_id()
        self._last_focus = "activity"
        snap = self.session.snapshot()
        phase = snap.phase(self.phase_picker.phase_id())
        self.activity_form.load(
            phase, next((a for a in snap.activities if a.id == self.activity_id), None)
        )

    def _pick_zone(self) -> None:
        self.zone_id = self.zones.current_id()
        self._last_focus = "zone"
        snap = self.session.snapshot()
        phase = snap.phase(self.phase_picker.phase_id())
        self.zone_form.load(
            snap, phase, next((z for z in snap.zones if z.id == self.zone_id), None)
        )

    def _new(self, which: str) -> None:
        snap = self.session.snapshot()
        phase = snap.phase(self.phase_picker.phase_id())
        self._last_focus = which
        if which == "activity":
            self.activities.list.clearSelection()
            self.activity_id = None
            self.activity_form.load(phase, None)
            self.activity_form.name.setFocus()
        else:
            self.zones.list.clearSelection()
            self.zone_id = None
            self.zone_form.load(snap, phase, None)
            self.zone_form.name.setFocus()

    def _remove_activity(self) -> None:
        if self.activity_id is None:
            return
        try:
            self.session.change("events", remove_activity, self.activity_id)
        except PromoError as exc:
            self.activities.message.show_error(exc.message())

    def _remove_zone(self) -> None:
        if self.zone_id is None:
            return
        try:
            self.session.change("events", remove_zone, self.zone_id)
        except PromoError as exc:
            self.zones.message.show_error(exc.message())

    # --- commands of the main window ----------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a new activity (or zone, when a zone was last worked on)."""
        self._new(self._last_focus)

    def save(self) -> None:
        """Ctrl+S: save both forms if they hold changes (the one last worked on if neither)."""
        if not self.unsaved_work():
            (self.zone_form if self._last_focus == "zone" else self.activity_form).save()
            return
        self.save_unsaved()

    # --- unsaved work (asked about by the main window) ------------------------------------
    def _forms(self) -> list[tuple[str, ActivityFormWidget | ZoneFormWidget]]:
        return [
            (self.tr("Activity “%1”"), self.activity_form),
            (self.tr("Display zone “%1”"), self.zone_form),
        ]

    def unsaved_work(self) -> list[str]:
        """The activity or zone form holding changes."""
        return [
            title.replace("%1", form.name.text().strip() or "…")
            for title, form in self._forms()
            if form.is_dirty()
        ]

    def save_unsaved(self) -> list[str]:
        """Save the forms holding changes; what was refused, and why."""
        refused = []
        for title, form in self._forms():
            if form.is_dirty() and not form.save():
                name = title.replace("%1", form.name.text().strip() or "…")
                refused += [joined(name, line) for line in form.errors.problems()] or [name]
        return refused

    def discard_unsaved(self) -> None:
        """Show the stored activity and zone again."""
        self.refresh(force=True)

    def focus_search(self) -> None:
        """Ctrl+F: find items to put in the zone."""
        self.zone_form.filter.setFocus()

    def select_object(self, kind: str, obj_id: int) -> None:
        """Show the activity or zone a finding concerns."""
        snap = self.session.snapshot()
        if snap is None:
            return
        pool = snap.activities if kind == "activity" else snap.zones
        record = next((r for r in pool if r.id == obj_id), None)
        if record is None:
            return
        self.phase_picker.choose(record.phase_id)
        if kind == "activity":
            self.activity_id = obj_id
        else:
            self.zone_id = obj_id
        self.refresh(force=True)
        self._last_focus = "zone" if kind == "zone" else "activity"

    def prepare_screenshot(self) -> None:
        """Show the phase with the most zones, for tools/screens.py."""
        snap = self.session.snapshot()
        if snap and snap.zones:
            phases = [z.phase_id for z in snap.zones]
            self.phase_picker.choose(max(set(phases), key=phases.count))

    def help_text(self) -> str:
        """What this screen is for."""
        return self.tr(
            "Activities are what customers join (spend 50 yuan and wrap zongzi, +5 yuan for a "
            "tie); display zones are where goods stand (mass, end-cap or cross-merchandising) "
            "and which flyer items they show. Dates must fall inside the phase."
        )


def span(start, end) -> str:
    """06-09 for one day, 06-19–06-20 for several."""
    return f"{start:%m-%d}" if start == end else f"{start:%m-%d}–{end:%m-%d}"
