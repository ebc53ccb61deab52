"""People: the store's first planner and the planners' management of accounts.

Nobody is ever deleted (the history keeps every name): an account is disabled instead,
and the last active planner cannot be. Signing in and passwords are in passwords.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from promoplanner.core.audit import Action, ObjectKind, ObjectRef, json_value
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.people import Person, Right, hash_password
from promoplanner.core.validation import clean_text
from promoplanner.services.context import Context
from promoplanner.services.write import Work, check_seen, rights_of, writing
from promoplanner.storage import tables as t

USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_PASSWORD = 4  # the demo's "demo"; a store sets longer ones


@dataclass(frozen=True)
class PersonInfo:
    """A person as the planners' people list shows them (never the password hash)."""

    person: Person
    created_at: datetime
    version: int


def person_value(session: Session, row: t.PersonRow) -> Person:
    """The person of the row, with their roles and, as a buyer, buyer record and floors."""
    buyer = session.scalar(select(t.BuyerRow).where(t.BuyerRow.person_id == row.id))
    return Person(
        id=row.id,
        user_name=row.user_name,
        display_name=row.display_name,
        roles=frozenset(r.role for r in row.roles),
        active=row.active,
        buyer_id=buyer.id if buyer is not None else None,
        floor_ids=tuple(sorted(f.id for f in buyer.floors)) if buyer is not None else (),
        department_ids=(
            tuple(sorted(d.id for d in buyer.departments)) if buyer is not None else ()
        ),
    )


def has_people(ctx: Context) -> bool:
    """Whether anybody can sign in to this database yet."""
    with ctx.uow.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(t.PersonRow)))


def person_by_user_name(ctx: Context, user_name: str) -> Person:
    """The person with that user name (for screens and tests; signs nobody in)."""
    with ctx.uow.reading() as session:
        row = session.scalar(select(t.PersonRow).where(t.PersonRow.user_name == user_name))
        if row is None:
            raise NotFound("people.unknown", user=user_name)
        return person_value(session, row)


def list_people(ctx: Context) -> list[PersonInfo]:
    """Everybody, active first, by user name."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.PersonRow).order_by(t.PersonRow.active.desc(), t.PersonRow.user_name)
        ).all()
        return [PersonInfo(person_value(session, r), r.created_at, r.version) for r in rows]


def create_first_planner(
    ctx: Context, user_name: str, password: str, display_name: str = ""
) -> Person:
    """The store's first planner, on a database nobody can sign in to yet."""
    with writing(ctx, signed_in=False) as work:
        return first_planner(work, user_name, password, display_name)


def first_planner(work: Work, user_name: str, password: str, display_name: str = "") -> Person:
    """Make the store's first planner in the change under way, which goes on as them."""
    if work.session.scalar(select(func.count()).select_from(t.PersonRow)):
        raise DomainError("people.first_planner_exists")
    person = _add(work, user_name, password, display_name, [Role.PLANNER], ())
    work.person, work.rights = person, rights_of(work.session, person)
    return person


def add_person(
    ctx: Context,
    user_name: str,
    password: str,
    roles: Iterable[Role | str],
    *,
    display_name: str = "",
    buyer_floor_ids: Iterable[int] = (),
    buyer_department_ids: Iterable[int] | None = None,
) -> Person:
    """A new account (a planner's job); a buyer gets a buyer record for their floors and,
    if given, departments of those floors."""
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        return _add(
            work, user_name, password, display_name, roles, buyer_floor_ids, buyer_department_ids
        )


def _add(
    work: Work,
    user_name: str,
    password: str,
    display_name: str,
    roles: Iterable[Role | str],
    buyer_floor_ids: Iterable[int],
    buyer_department_ids: Iterable[int] | None = None,
) -> Person:
    name = account_name(user_name)
    shown = clean_text(display_name, "display_name", limit=100) or name
    kinds = _roles(roles)
    floor_ids = list(buyer_floor_ids)
    listed = work.session.scalar(
        select(t.BuyerRow).where(t.BuyerRow.name == shown, t.BuyerRow.person_id.is_(None))
    )  # a buyer the store listed before (store buyer add): the account takes their record
    if Role.BUYER in kinds and not floor_ids and listed is not None:
        floor_ids = [f.id for f in listed.floors]
    floors = _floors(work.session, floor_ids, kinds)
    held = list(listed.departments) if listed is not None else []
    departments = _departments(work.session, buyer_department_ids, floors, held)
    secret = new_password_hash(password)
    session = work.session
    if session.scalar(select(t.PersonRow.id).where(t.PersonRow.user_name == name)):
        raise DomainError("people.user_name_taken", field="user_name", user=name)
    row = t.PersonRow(
        user_name=name, display_name=shown, password_hash=secret, active=True,
        created_at=work.now,
    )  # fmt: skip
    row.roles = [t.PersonRoleRow(role=r) for r in sorted(kinds)]
    session.add(row)
    session.flush()
    if Role.BUYER in kinds:
        _link_buyer(session, row, shown, floors, departments)
    person = person_value(session, row)
    work.record(Action.CREATE, person_ref(person), after=_values(person))
    work.changed(ChangeKind.PEOPLE, [row.id])
    return person


def update_person(
    ctx: Context,
    person_id: int,
    *,
    display_name: str | None = None,
    roles: Iterable[Role | str] | None = None,
    buyer_floor_ids: Iterable[int] | None = None,
    buyer_department_ids: Iterable[int] | None = None,
    seen_version: int | None = None,
) -> Person:
    """Change a person's name shown, roles, buyer floors or departments (a planner's job).

    Departments are those of the buyer's floors; left out, the ones held on floors the
    buyer keeps stay.
    """
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        session = work.session
        row = person_row(session, person_id)
        before = person_value(session, row)
        kinds = _roles(roles) if roles is not None else before.roles
        floors = (
            _floors(session, buyer_floor_ids, kinds)
            if buyer_floor_ids is not None
            else _floors(session, before.floor_ids, kinds)
        )
        shown = (
            clean_text(display_name, "display_name", limit=100) or row.user_name
            if display_name is not None
            else row.display_name
        )
        buyer = _buyer_of(session, row, shown)
        held = list(buyer.departments) if buyer is not None else []
        departments = _departments(session, buyer_department_ids, floors, held)
        if Role.PLANNER in before.roles and Role.PLANNER not in kinds:
            _refuse_last_planner(session, row)
        check_seen(work, row, seen_version, person_ref(before), {"display_name": shown})
        row.display_name = shown
        row.roles = [t.PersonRoleRow(role=r) for r in sorted(kinds)]
        if Role.BUYER in kinds:
            _link_buyer(session, row, shown, floors, departments)
        flag_modified(row, "display_name")  # roles live in other rows; the version still rises
        session.flush()
        after = person_value(session, row)
        _note(work, Action.UPDATE, before, after)
        return after


def set_active(ctx: Context, person_id: int, active: bool) -> Person:
    """Disable an account (nobody is deleted) or enable it again."""
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        row = person_row(work.session, person_id)
        before = person_value(work.session, row)
        if not active and Role.PLANNER in before.roles:
            _refuse_last_planner(work.session, row)
        row.active = active
        work.session.flush()
        after = person_value(work.session, row)
        _note(work, Action.UPDATE, before, after)
        return after


def _refuse_last_planner(session: Session, row: t.PersonRow) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(t.PersonRow)
        .join(t.PersonRoleRow)
        .where(
            t.PersonRoleRow.role == Role.PLANNER,
            t.PersonRow.active.is_(True),
            t.PersonRow.id != row.id,
        )
    )
    if not others:
        raise DomainError("people.last_planner", user=row.user_name)


def _link_buyer(
    session: Session,
    row: t.PersonRow,
    shown: str,
    floors: list[t.FloorRow],
    departments: list[t.DepartmentRow],
) -> t.BuyerRow:
    """The person's buyer record (made or renamed), buying for exactly those floors and
    departments."""
    buyer = _buyer_of(session, row, shown)
    if buyer is None:
        buyer = t.BuyerRow(name=shown, active=True)
        session.add(buyer)
    buyer.person_id = row.id
    buyer.floors, buyer.departments = floors, departments
    flag_modified(buyer, "name")  # the links live in other tables; the version still rises
    session.flush()
    return buyer


def _buyer_of(session: Session, row: t.PersonRow, shown: str) -> t.BuyerRow | None:
    """The person's buyer record, else the one the store listed by that name before they
    had an account."""
    buyer = session.scalar(select(t.BuyerRow).where(t.BuyerRow.person_id == row.id))
    if buyer is None:
        buyer = session.scalar(
            select(t.BuyerRow).where(t.BuyerRow.name == shown, t.BuyerRow.person_id.is_(None))
        )
    return buyer


def _note(work: Work, action: Action, before: Person, after: Person) -> None:
    old, new = _values(before), _values(after)
    keys = [k for k in new if old.get(k) != new.get(k)]
    work.record(action, person_ref(after), {k: old[k] for k in keys}, {k: new[k] for k in keys})
    work.changed(ChangeKind.PEOPLE, [after.id])
    if after.buyer_id is not None:
        work.changed(ChangeKind.STORE, [after.buyer_id])


def _values(person: Person) -> dict:
    return {
        "user_name": person.user_name,
        "display_name": person.display_name,
        "roles": json_value(sorted(r.value for r in person.roles)),
        "active": person.active,
        "floor_ids": json_value(person.floor_ids),
        "department_ids": json_value(person.department_ids),
    }


def person_ref(person: Person) -> ObjectRef:
    """The person as the history names them."""
    return ObjectRef(ObjectKind.PERSON, person.id, f"{person.name} ({person.user_name})")


def person_row(session: Session, person_id: int) -> t.PersonRow:
    """The person's row, refused when there is none."""
    row = session.get(t.PersonRow, person_id)
    if row is None:
        raise NotFound("people.unknown", user=person_id)
    return row


def account_name(value: str) -> str:
    """A user name as accounts take it (letters, digits, . _ -), refused otherwise."""
    name = value.strip()
    if not USER_NAME.fullmatch(name):
        raise DomainError("people.user_name_bad", field="user_name")
    return name


def check_password(value: str) -> None:
    """Refuse a password too short to be one (before anything is hashed or written)."""
    if not value:
        raise DomainError("people.password_empty", field="password")
    if len(value) < MIN_PASSWORD:
        raise DomainError("people.password_short", field="password", minimum=MIN_PASSWORD)


def new_password_hash(value: str) -> str:
    """The hash of a password being given, refused when it is empty or too short."""
    check_password(value)
    return hash_password(value)


def _roles(values: Iterable[Role | str]) -> frozenset[Role]:
    kinds = set()
    for value in values:
        try:
            kinds.add(Role(value))
        except ValueError:
            raise DomainError("input.unknown_reference", field="roles", value=value) from None
    if not kinds:
        raise DomainError("people.no_roles", field="roles")
    return frozenset(kinds)


def _floors(session: Session, floor_ids: Iterable[int], roles: frozenset[Role]) -> list[t.FloorRow]:
    ids = sorted(set(floor_ids))
    floors = list(session.scalars(select(t.FloorRow).where(t.FloorRow.id.in_(ids))))
    if len(floors) != len(ids):
        raise DomainError("input.unknown_reference", field="floors", value=ids)
    if Role.BUYER in roles and not floors:
        raise DomainError("people.buyer_needs_floor", field="floors")
    return floors


def _departments(
    session: Session,
    department_ids: Iterable[int] | None,
    floors: list[t.FloorRow],
    held: list[t.DepartmentRow],
) -> list[t.DepartmentRow]:
    """The departments a buyer buys for: of their floors, and in use unless held already.

    None keeps the departments held on the floors the buyer keeps.
    """
    on_floors = {f.id for f in floors}
    if department_ids is None:
        return [d for d in held if d.floor_id in on_floors]
    ids = sorted(set(department_ids))
    rows = list(session.scalars(select(t.DepartmentRow).where(t.DepartmentRow.id.in_(ids))))
    if len(rows) != len(ids):
        raise DomainError("input.unknown_reference", field="departments", value=ids)
    for department in rows:
        if department.floor_id not in on_floors:
            raise DomainError(
                "people.department_off_floors", field="departments",
                department=department.name_zh, floor=department.floor.code,
            )  # fmt: skip
        if department.retired_at is not None and department not in held:
            raise DomainError(
                "people.department_retired", field="departments", department=department.name_zh
            )
    return sorted(rows, key=lambda d: (d.floor.sort_order, d.sort_order, d.id))
