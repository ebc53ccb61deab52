"""The Store screen: the store's name and city, its floors with their golden positions and
departments, and its buyers; add, rename, reorder, retire (a floor in use is never deleted)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.errors import PromoError
from promoplanner.services import buyers, floors
from promoplanner.services.store_setup import StoreDetail, store_detail, update_store
from promoplanner.ui.firstrun.assistant import words
from promoplanner.ui.refresh import follow_changes
from promoplanner.ui.session import AppSession
from promoplanner.ui.store.section import SectionWidget
from promoplanner.ui.widgets.decimal_edit import CountEdit
from promoplanner.ui.widgets.field_error import ERROR_STYLE


class StoreScreen(QWidget):
    """Everything about the store itself, for the planning department."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: StoreDetail | None = None
        self._pending = False
        self._store_box()
        self._floors_box()
        self._departments_box()
        self._buyers_box()
        self.status = QLabel()
        self.status.setObjectName("store_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.floor_section, 5)
        row.addWidget(self.department_section, 3)
        row.addWidget(self.buyer_section, 4)
        column = QVBoxLayout(self)
        column.addWidget(self.store_group)
        column.addLayout(row, 1)
        column.addWidget(self.status)
        follow_changes(session, self, self._data_changed)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _store_box(self) -> None:
        self.store_group = QGroupBox(self.tr("Store"))
        line = QHBoxLayout(self.store_group)
        form = QFormLayout()
        self.store_name = QLineEdit()
        self.store_name.setObjectName("store_screen_name")
        self.city = QLineEdit()
        form.addRow(self.tr("Name:"), self.store_name)
        line.addLayout(form, 2)
        city_form = QFormLayout()
        city_form.addRow(self.tr("City:"), self.city)
        line.addLayout(city_form, 1)
        save = QPushButton(self.tr("Save store"))
        save.clicked.connect(self.save_store)
        line.addWidget(save)

    def _floors_box(self) -> None:
        s = SectionWidget(
            self.tr("Floors"),
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("English"),
                self.tr("End racks"),
                self.tr("Pile spots"),
                self.tr("State"),
            ],
            "store_floors",
        )
        self.floor_code = s.field(self.tr("Code:"), "code", QLineEdit())
        self.floor_name = s.field(self.tr("Name:"), "name", QLineEdit())
        self.floor_name_en = s.field(self.tr("In English:"), "name_en", QLineEdit())
        self.end_racks = s.field(self.tr("End racks:"), "end_racks", CountEdit("end_racks"))
        self.pile_spots = s.field(self.tr("Pile spots:"), "pile_spots", CountEdit("pile_spots"))
        s.button(self.tr("Add floor"), "add_floor", self.add_floor)
        s.button(self.tr("Save floor"), "save_floor", self.save_floor)
        s.button(self.tr("Up"), "floor_up", lambda: self._move(floors.move_floor, s, -1), True)
        s.button(self.tr("Down"), "floor_down", lambda: self._move(floors.move_floor, s, 1), True)
        s.button(self.tr("Remove"), "remove_floor", self.remove_floor, True)
        s.button(self.tr("Bring back"), "restore_floor", self.restore_floor, True)
        s.chosen.connect(self._floor_chosen)
        self.floor_section = s

    def _departments_box(self) -> None:
        s = SectionWidget(
            self.tr("Departments of the floor"),
            [self.tr("Name"), self.tr("English"), self.tr("State")],
            "store_departments",
        )
        s.table.horizontalHeader().setSectionResizeMode(
            0, s.table.horizontalHeader().ResizeMode.Stretch
        )
        self.department_name = s.field(self.tr("Name:"), "name", QLineEdit())
        self.department_name_en = s.field(self.tr("In English:"), "name_en", QLineEdit())
        s.button(self.tr("Add department"), "add_department", self.add_department)
        s.button(self.tr("Save"), "save_department", self.save_department)
        s.button(
            self.tr("Up"), "department_up", lambda: self._move(floors.move_department, s, -1), True
        )
        s.button(
            self.tr("Down"),
            "department_down",
            lambda: self._move(floors.move_department, s, 1),
            True,
        )
        s.button(self.tr("Remove"), "remove_department", self.remove_department, True)
        s.button(self.tr("Bring back"), "restore_department", self.restore_department, True)
        s.chosen.connect(self._department_chosen)
        self.department_section = s

    def _buyers_box(self) -> None:
        s = SectionWidget(
            self.tr("Buyers"),
            [self.tr("Name"), self.tr("Floors"), self.tr("Account"), self.tr("State")],
            "store_buyers",
        )
        s.table.horizontalHeader().setSectionResizeMode(
            0, s.table.horizontalHeader().ResizeMode.Stretch
        )
        self.buyer_name = s.field(self.tr("Name:"), "name", QLineEdit())
        self.buyer_floors = s.field(self.tr("Floors:"), "floors", QLineEdit())
        self.buyer_floors.setPlaceholderText(self.tr("codes, e.g. 1F 2F"))
        s.button(self.tr("Add buyer"), "add_buyer", self.add_buyer)
        s.button(self.tr("Save buyer"), "save_buyer", self.save_buyer)
        s.button(self.tr("Up"), "buyer_up", lambda: self._move(buyers.move_buyer, s, -1), True)
        s.button(self.tr("Down"), "buyer_down", lambda: self._move(buyers.move_buyer, s, 1), True)
        s.button(self.tr("Retire"), "retire_buyer", lambda: self._buyer_active(False), True)
        s.button(self.tr("Bring back"), "restore_buyer", lambda: self._buyer_active(True), True)
        s.chosen.connect(self._buyer_chosen)
        self.buyer_section = s

    # --- showing -------------------------------------------------------------------------
    def _data_changed(self, kind: str) -> None:
        if kind in ("store", "people") and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Read the store again and show it (the forms keep what is being typed)."""
        self._pending = False
        detail = self.detail = store_detail(self.session.ctx)
        if detail.store is not None:
            self.store_name.setText(detail.store.name)
            self.city.setText(detail.store.city)
        state = {True: self.tr("retired"), False: ""}
        in_use = self.tr("in use")
        self.floor_section.fill(
            [
                (
                    f.id,
                    (
                        f.code,
                        f.name_zh,
                        f.name_en,
                        str(f.end_racks),
                        str(f.pile_spots),
                        state[True]
                        if f.retired
                        else (in_use if f.id in detail.floors_in_use else ""),
                    ),
                    f.retired,
                )
                for f in detail.floors
            ]
        )
        codes = {f.id: f.code for f in detail.floors}
        self.buyer_section.fill(
            [
                (
                    b.id,
                    (
                        b.name,
                        " ".join(codes.get(i, "?") for i in b.floor_ids),
                        self.tr("yes") if b.person_id else "",
                        state[not b.active],
                    ),
                    not b.active,
                )
                for b in detail.buyers
            ]
        )
        self._show_departments()

    def _show_departments(self) -> None:
        floor_id = self.floor_section.current_id()
        detail = self.detail
        rows = [
            (d.id, (d.name_zh, d.name_en, self.tr("retired") if d.retired else ""), d.retired)
            for d in (detail.departments if detail else ())
            if d.floor_id == floor_id
        ]
        self.department_section.fill(rows)

    def _floor(self, floor_id: int | None):
        return (
            next((f for f in self.detail.floors if f.id == floor_id), None) if self.detail else None
        )

    def _floor_chosen(self) -> None:
        floor = self._floor(self.floor_section.current_id())
        if floor is not None:
            self.floor_section.errors.clear()
            self.floor_code.setText(floor.code)
            self.floor_name.setText(floor.name_zh)
            self.floor_name_en.setText(floor.name_en)
            self.end_racks.set_value(floor.end_racks)
            self.pile_spots.set_value(floor.pile_spots)
        self._show_departments()

    def _department_chosen(self) -> None:
        row_id = self.department_section.current_id()
        department = (
            next((d for d in self.detail.departments if d.id == row_id), None)
            if self.detail
            else None
        )
        if department is not None:
            self.department_section.errors.clear()
            self.department_name.setText(department.name_zh)
            self.department_name_en.setText(department.name_en)

    def _buyer_chosen(self) -> None:
        row_id = self.buyer_section.current_id()
        buyer = (
            next((b for b in self.detail.buyers if b.id == row_id), None) if self.detail else None
        )
        if buyer is not None and self.detail is not None:
            self.buyer_section.errors.clear()
            codes = {f.id: f.code for f in self.detail.floors}
            self.buyer_name.setText(buyer.name)
            self.buyer_floors.setText(" ".join(codes.get(i, "") for i in buyer.floor_ids))

    # --- doing ---------------------------------------------------------------------------
    def _run(self, section: SectionWidget | None, call, *args, fallback="name", **kwargs):
        """Run a store service; a refusal marks the field it names (or says so below)."""
        if section is not None:
            section.errors.clear()
        try:
            result = self.session.change("store", call, *args, **kwargs)
        except PromoError as exc:
            if section is not None:
                section.errors.show(exc, fallback=fallback)
            self._say(exc.message(), refused=True)
            return None
        self._say("")
        return result

    def _say(self, message: str, refused: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if refused else "")
        self.status.setText(message)

    def save_store(self) -> None:
        """Save the store's name and city."""
        self._run(None, update_store, self.store_name.text(), self.city.text())

    def add_floor(self) -> None:
        """Add the floor of the form."""
        made = self._run(
            self.floor_section,
            floors.add_floor,
            self.floor_code.text(),
            self.floor_name.text(),
            self.floor_name_en.text(),
            self.end_racks.text() or "0",
            self.pile_spots.text() or "0",
            fallback="code",
        )
        if made is not None:
            self.refresh()
            self.floor_section.choose(made.id)

    def save_floor(self) -> None:
        """Save the chosen floor's code, names and golden positions."""
        from promoplanner.services.store import set_golden_spots

        floor = self._floor(self.floor_section.current_id())
        if floor is None:
            return
        done = self._run(
            self.floor_section,
            floors.rename_floor,
            floor.id,
            code=self.floor_code.text(),
            name=self.floor_name.text(),
            name_en=self.floor_name_en.text(),
            seen_version=floor.version,
            fallback="code",
        )
        if done is not None:
            self._run(
                self.floor_section,
                set_golden_spots,
                floor.id,
                self.end_racks.text() or "0",
                self.pile_spots.text() or "0",
                fallback="end_racks",
            )

    def remove_floor(self) -> None:
        """Delete the chosen floor, or retire it when it is in use."""
        floor = self._floor(self.floor_section.current_id())
        if floor is None:
            return
        removed = self._run(self.floor_section, floors.remove_floor, floor.id)
        if removed is not None:
            self._removed(removed)

    def restore_floor(self) -> None:
        """Offer a retired floor again."""
        floor_id = self.floor_section.current_id()
        if floor_id is not None:
            self._run(self.floor_section, floors.restore_floor, floor_id)

    def _removed(self, removed) -> None:
        key = (
            self.tr(
                "%1 is in use, so it was retired: old campaigns still show it, new ones no "
                "longer offer it."
            )
            if removed.retired
            else self.tr("%1 was deleted.")
        )
        self._say(key.replace("%1", removed.label))

    def add_department(self) -> None:
        """Add the department of the form to the chosen floor."""
        floor_id = self.floor_section.current_id()
        if floor_id is None:
            self._say(self.tr("Choose the floor the department belongs to."), refused=True)
            return
        made = self._run(
            self.department_section,
            floors.add_department,
            floor_id,
            self.department_name.text(),
            self.department_name_en.text(),
        )
        if made is not None:
            self.refresh()
            self.department_section.choose(made.id)

    def save_department(self) -> None:
        """Save the chosen department's names."""
        row_id = self.department_section.current_id()
        if row_id is not None:
            self._run(
                self.department_section,
                floors.rename_department,
                row_id,
                self.department_name.text(),
                self.department_name_en.text(),
            )

    def remove_department(self) -> None:
        """Delete the chosen department, or retire it when it is in use."""
        row_id = self.department_section.current_id()
        if row_id is not None:
            removed = self._run(self.department_section, floors.remove_department, row_id)
            if removed is not None:
                self._removed(removed)

    def restore_department(self) -> None:
        """Offer a retired department again."""
        row_id = self.department_section.current_id()
        if row_id is not None:
            self._run(self.department_section, floors.restore_department, row_id)

    def add_buyer(self) -> None:
        """Add the buyer of the form."""
        made = self._run(
            self.buyer_section,
            buyers.add_buyer,
            self.buyer_name.text(),
            words(self.buyer_floors.text()),
        )
        if made is not None:
            self.refresh()
            self.buyer_section.choose(made.id)

    def save_buyer(self) -> None:
        """Save the chosen buyer's name and floors."""
        row_id = self.buyer_section.current_id()
        if row_id is not None:
            self._run(
                self.buyer_section,
                buyers.update_buyer,
                row_id,
                name=self.buyer_name.text(),
                floors=words(self.buyer_floors.text()),
            )

    def _buyer_active(self, active: bool) -> None:
        row_id = self.buyer_section.current_id()
        if row_id is not None:
            self._run(self.buyer_section, buyers.set_buyer_active, row_id, active)

    def _move(self, call, section: SectionWidget, steps: int) -> None:
        row_id = section.current_id()
        if row_id is not None:
            self._run(section, call, row_id, steps)

    def help_text(self) -> str:
        """What this screen is for."""
        return self.tr(
            "The store itself: its name and city, its floors (code, name, end racks and "
            "pile-display spots) and their departments, and its buyers. Choose a row to change "
            "it in the form below. A floor or department in use is retired, never deleted: old "
            "campaigns still show it, new ones no longer offer it."
        )
