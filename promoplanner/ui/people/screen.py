"""The People screen: accounts, their roles and buyer floors, passwords, disabling.

Nobody is deleted (the history keeps every name): an account is disabled instead.
Only somebody with the right to manage people changes anything; the others see the list.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.model import Department
from promoplanner.core.people import ROLE_ORDER, Person, Right
from promoplanner.services import people
from promoplanner.services.passwords import set_password
from promoplanner.services.people import PersonInfo
from promoplanner.services.store_setup import store_detail
from promoplanner.services.write import may
from promoplanner.ui.firstrun.assistant import words
from promoplanner.ui.labels import role_label
from promoplanner.ui.people.departments import DepartmentPicker
from promoplanner.ui.people.password_dialog import ChangePasswordDialog, ask_own_password
from promoplanner.ui.session import AppSession
from promoplanner.ui.store.section import SectionWidget
from promoplanner.ui.widgets.field_error import ERROR_STYLE

# The buttons a person without the right to manage people does not get to press.
REFUSED = object()  # what _run returns when the service said no


class PeopleScreen(QWidget):
    """Everybody who can sign in; a planner adds people, changes roles, floors and
    departments, resets passwords and disables or enables accounts; everybody changes
    their own password."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.infos: list[PersonInfo] = []
        self.all_departments: tuple[Department, ...] = ()  # retired ones too (a buyer may hold)
        self.password_dialog: ChangePasswordDialog | None = None
        self._pending = False
        self.section = s = SectionWidget(
            self.tr("People"),
            [
                self.tr("User name"),
                self.tr("Name shown"),
                self.tr("Roles"),
                self.tr("Floors (as buyer)"),
                self.tr("Departments (as buyer)"),
                self.tr("State"),
            ],
            "people_table",
        )
        self.user_name = s.field(self.tr("User name:"), "user_name", QLineEdit())
        self.user_name.setPlaceholderText(self.tr("letters and digits, e.g. wangjianguo"))
        self.display_name = s.field(self.tr("Name shown:"), "display_name", QLineEdit())
        roles = QWidget()
        line = QHBoxLayout(roles)
        line.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role_{role.value}")
            self.role_boxes[role] = box
            line.addWidget(box)
        line.addStretch(1)
        s.field(self.tr("Roles:"), "roles", roles)
        self.floors = s.field(self.tr("Floors (as buyer):"), "floors", QLineEdit())
        self.floors.setPlaceholderText(self.tr("codes, e.g. 1F 2F"))
        self.departments = s.field(
            self.tr("Departments (as buyer):"), "departments", DepartmentPicker()
        )
        self.floors.textChanged.connect(lambda: self._offer_departments(self.departments.kept()))
        self.password = s.field(self.tr("Password:"), "password", QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("for a new person, or to reset one"))
        self.again = s.field(self.tr("The same password again:"), "again", QLineEdit())
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = {
            "new_person": s.button(self.tr("New person"), "new_person", self.new_person),
            "add_person": s.button(self.tr("Add person"), "add_person", self.add_person),
            "save_person": s.button(self.tr("Save changes"), "save_person", self.save_person),
            "reset_password": s.button(
                self.tr("Reset password"), "reset_password", self.reset_password, True
            ),
            "disable_person": s.button(
                self.tr("Disable"), "disable_person", lambda: self.set_active(False), True
            ),
            "enable_person": s.button(
                self.tr("Enable"), "enable_person", lambda: self.set_active(True), True
            ),
        }
        # Everybody's own, not a planner's job: outside the buttons only planners press.
        self.own_password = s.button(
            self.tr("Change my password…"), "change_own_password", self.change_own_password, True
        )
        s.chosen.connect(self._chosen)
        self.note = QLabel(
            self.tr(
                "Nobody is ever deleted: the history keeps every name. A person who leaves "
                "is disabled and can no longer sign in."
            )
        )
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("people_status")
        self.status.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(s, 1)
        column.addWidget(self.note)
        column.addWidget(self.status)
        session.data_changed.connect(self._data_changed)
        session.actor_changed.connect(self._signed_in_changed)
        self.refresh()

    # --- showing -------------------------------------------------------------------------
    def _data_changed(self, kind: str) -> None:
        if kind in ("people", "store") and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def _signed_in_changed(self) -> None:
        """Somebody else works now: nothing of what the last person typed stays in view."""
        self.section.errors.clear()
        self._say("")
        self.refresh()
        if self.chosen() is not None:
            self._chosen()
        else:
            self.new_person()

    def may_manage(self) -> bool:
        """Whether the person signed in manages people (else the screen is read-only)."""
        return may(self.session.ctx, Right.MANAGE_PEOPLE)

    def refresh(self) -> None:
        """Read everybody again; the form keeps what is being typed."""
        self._pending = False
        self.infos = people.list_people(self.session.ctx)
        self.all_departments = store_detail(self.session.ctx).departments
        layout = self.session.layout()
        codes = {f.id: f.code for f in layout.floors}
        self.section.fill(
            [
                (
                    info.person.id,
                    (
                        info.person.user_name,
                        info.person.display_name,
                        self.roles_text(info.person),
                        " ".join(codes.get(i, "?") for i in info.person.floor_ids),
                        self.departments_text(info.person),
                        self.tr("active") if info.person.active else self.tr("disabled"),
                    ),
                    not info.person.active,
                )
                for info in self.infos
            ]
        )
        managing = self.may_manage()
        for button in self.buttons.values():
            button.setEnabled(managing)
        self.section.errors.set_read_only(not managing)
        for box in self.role_boxes.values():
            box.setEnabled(managing)
        self.departments.set_read_only(not managing)
        self.own_password.setEnabled(self.session.person is not None)
        if not managing:
            self._say(self.tr("Only the planning department manages people."))
        elif self.status.text() == self.tr("Only the planning department manages people."):
            self._say("")

    def roles_text(self, person: Person) -> str:
        """The person's roles in words, planning first."""
        return self.tr(", ").join(role_label(r) for r in ROLE_ORDER if r in person.roles)

    def departments_text(self, person: Person) -> str:
        """The departments the person buys for, as 2F/洗化 (set on the buyer's record)."""
        codes = {f.id: f.code for f in self.session.layout().floors}
        names = {d.id: f"{codes.get(d.floor_id, '?')}/{d.name_zh}" for d in self.all_departments}
        return " ".join(names[i] for i in person.department_ids if i in names)

    def chosen(self) -> PersonInfo | None:
        """The person chosen in the table."""
        row_id = self.section.current_id()
        return next((i for i in self.infos if i.person.id == row_id), None)

    def _chosen(self) -> None:
        info = self.chosen()
        if info is None:
            return
        person = info.person
        self.section.errors.clear()
        self.user_name.setText(person.user_name)
        self.display_name.setText(person.display_name)
        for role, box in self.role_boxes.items():
            box.setChecked(role in person.roles)
        codes = {f.id: f.code for f in self.session.layout().floors}
        self.floors.setText(" ".join(codes.get(i, "") for i in person.floor_ids))
        self._offer_departments(person.department_ids)
        self.password.clear()
        self.again.clear()

    # --- the form's values ---------------------------------------------------------------
    def chosen_roles(self) -> list[Role]:
        """The roles ticked."""
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def floor_ids(self) -> list[int]:
        """The floors typed as codes (1F 2F); an unknown code is refused in words."""
        layout = self.session.layout()
        ids = []
        for code in words(self.floors.text()):
            floor = next((f for f in layout.floors if f.code.lower() == code.lower()), None)
            if floor is None:
                raise DomainError("input.unknown_reference", field="floors", value=code)
            ids.append(floor.id)
        return ids

    def _offer_departments(self, ticked) -> None:
        """The departments of the floors typed (unknown codes are left to Save to refuse)."""
        layout = self.session.layout()
        typed = {code.lower() for code in words(self.floors.text())}
        floors = [f for f in layout.floors if f.code.lower() in typed]
        self.departments.offer(floors, self.all_departments, ticked)
        self.departments.set_read_only(self.section.errors.read_only)

    def _password(self) -> str:
        if self.password.text() != self.again.text():
            self.section.errors.mark("again", self.tr("The two passwords differ."))
            raise _Differ
        return self.password.text()

    # --- doing ---------------------------------------------------------------------------
    def _run(self, call, *args, fallback: str = "user_name", **kwargs):
        """Run a people service; a refusal marks the field it names and says it below."""
        try:
            result = self.session.change("people", call, *args, **kwargs)
        except PromoError as exc:
            self._refused(exc, fallback)
            return REFUSED
        self._say("")
        return result

    def _refused(self, exc: PromoError, fallback: str = "user_name") -> None:
        self.section.errors.show(exc, fallback=fallback)
        self._say(exc.message(), refused=True)

    def _say(self, message: str, refused: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if refused else "")
        self.status.setText(message)

    def new_person(self) -> None:
        """An empty form for somebody new (Add person makes the account)."""
        self.section.table.clearSelection()
        self.section.errors.clear()
        for field in (self.user_name, self.display_name, self.floors, self.password, self.again):
            field.clear()
        self._offer_departments(())
        for box in self.role_boxes.values():
            box.setChecked(False)
        self.user_name.setFocus()

    def add_person(self) -> Person | None:
        """Add the person of the form (a buyer buys for the floors typed)."""
        self.section.errors.clear()
        try:
            password, floor_ids = self._password(), self.floor_ids()
        except _Differ:
            self._say(self.tr("The two passwords differ."), refused=True)
            return None
        except DomainError as exc:
            self._refused(exc)
            return None
        made = self._run(
            people.add_person,
            self.user_name.text(),
            password,
            self.chosen_roles(),
            display_name=self.display_name.text(),
            buyer_floor_ids=floor_ids,
            buyer_department_ids=self.departments.ticked(),
        )
        if made is REFUSED:
            return None
        self.refresh()
        self.section.choose(made.id)
        self._say(self.tr("%1 can sign in now.").replace("%1", made.name))
        return made

    def save_person(self) -> Person | None:
        """Save the chosen person's name shown, roles and floors."""
        info = self.chosen()
        if info is None:
            return None
        self.section.errors.clear()
        try:
            floor_ids = self.floor_ids()
        except DomainError as exc:
            self._refused(exc)
            return None
        saved = self._run(
            people.update_person,
            info.person.id,
            display_name=self.display_name.text(),
            roles=self.chosen_roles(),
            buyer_floor_ids=floor_ids,
            buyer_department_ids=self.departments.ticked(),
            seen_version=info.version,
            fallback="roles",
        )
        if saved is REFUSED:
            return None
        self._follow(saved)
        self.refresh()
        self._say(self.tr("Saved."))
        return saved

    def reset_password(self) -> bool:
        """Give the chosen person the password typed (twice)."""
        info = self.chosen()
        if info is None:
            return False
        self.section.errors.clear()
        try:
            password = self._password()
        except _Differ:
            self._say(self.tr("The two passwords differ."), refused=True)
            return False
        if self._run(set_password, info.person.id, password, fallback="password") is REFUSED:
            return False
        self.password.clear()
        self.again.clear()
        self._say(
            self.tr("%1 signs in with the new password from now on.").replace(
                "%1", info.person.name
            )
        )
        return True

    def set_active(self, active: bool) -> Person | None:
        """Disable the chosen person's account (nobody is deleted) or enable it again."""
        info = self.chosen()
        if info is None:
            return None
        self.section.errors.clear()
        changed = self._run(people.set_active, info.person.id, active)
        if changed is REFUSED:
            return None
        self._follow(changed)
        self.refresh()
        self._say(
            (self.tr("%1 can sign in again.") if active else self.tr("%1 cannot sign in now."))
            .replace("%1", changed.name)
        )  # fmt: skip
        return changed

    def change_own_password(self) -> ChangePasswordDialog:
        """The dialog for the person signed in: current password, then the new one twice."""
        self.password_dialog = ask_own_password(self.session, self, self._say)
        return self.password_dialog

    def _follow(self, person: Person) -> None:
        """When the person changed is the one signed in, the window follows their new roles."""
        if self.session.person is not None and self.session.person.id == person.id:
            self.session.signed_in(person)

    def help_text(self) -> str:
        """What the screen is for."""
        return self.tr(
            "People: who may sign in. Choose a person to change their name shown, roles, "
            "floors or departments (Save changes), type a password twice to reset it, or "
            "disable an account. New person empties the form, Add person makes the account; "
            "a buyer needs their floors, and buys for the departments ticked among them. "
            "A user name never changes. Change my password… asks for your current password "
            "and the new one twice."
        )


class _Differ(Exception):
    """The two passwords typed differ (marked on the field already)."""
