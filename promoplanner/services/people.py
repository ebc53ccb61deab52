"""People: signing in, the store's first planner, and the planners' management of accounts.

Nobody is ever deleted (the history keeps every name): an account is disabled instead,
and the last active planner cannot be.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from promoplanner.core.audit import Action, ObjectKind, ObjectRef, json_value
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound, NotSignedIn, SignInRefused
from promoplanner.core.people import (
    Person,
    Right,
    hash_password,
    password_matches,
    unknown_user_hash,
)
from promoplanner.core.validation import clean_text
from promoplanner.services.context import Context
from promoplanner.services.write import Work, check_seen, rights_of, writing
from promoplanner.storage import tables as t

USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_PASSWORD = 4  # the demo's "demo"; a store sets longer ones
FREE_TRIES = 3  # wrong passwords in a row before each further try must wait
FIRST_WAIT = timedelta(seconds=5)
LONGEST_WAIT = timedelta(minutes=5)


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


def sign_in(
    ctx: Context, user_name: str, password: str, *, meanwhile: Callable[[], object] | None = None
) -> Context:
    """The context acting as the person, once the password matches.

    The same refusal for an unknown name and a wrong password (so names cannot be
    guessed); a disabled account is named only to somebody who knows its password.
    After three wrong passwords in a row, each further try must wait longer.
    ``meanwhile`` (a command loading the code it will need, never reading data) runs
    while the password is checked.
    """
    name = user_name.strip()
    with ctx.uow.reading() as session:
        row = session.scalar(select(t.PersonRow).where(t.PersonRow.user_name == name))
        if row is None:
            _checked(password, unknown_user_hash(), meanwhile)  # the time of a real check
            raise SignInRefused("people.sign_in_refused", field="user_name")
        now = ctx.clock.now()
        wait = _wait_left(row, now)
        if wait is not None:
            raise SignInRefused("people.slow_down", user=name, seconds=wait)
        person = person_value(session, row)
        matches = _checked(password, row.password_hash, meanwhile)
        person_id, counted = row.id, row.failed_sign_ins
    if not matches or counted:  # a right password with no wrong ones to forget writes nothing
        _count_try(ctx, person_id, matches, now)
    if not matches:
        raise SignInRefused("people.sign_in_refused", field="password")
    if not person.active:
        raise SignInRefused("people.disabled", user=name)
    return ctx.acting_as(person)


def _checked(password: str, stored: str, meanwhile: Callable[[], object] | None) -> bool:
    """Whether the password matches; the hash in a thread of its own while meanwhile runs.

    scrypt runs outside Python's lock, so on a second core it costs the command nothing
    while meanwhile (importing, say, the PDF library) keeps this one busy. The hash is
    as strong as ever, and the answer is awaited before anything is read as the person.
    """
    if meanwhile is None:
        return password_matches(password, stored)
    outcome: list = []

    def check() -> None:
        try:
            outcome.append(password_matches(password, stored))
        except BaseException as exc:  # raised again below, in the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    try:
        meanwhile()
    finally:
        worker.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0] is True


def _wait_left(row: t.PersonRow, now: datetime) -> int | None:
    if row.failed_sign_ins < FREE_TRIES or row.last_failed_at is None:
        return None
    wait = min(FIRST_WAIT * 2 ** (row.failed_sign_ins - FREE_TRIES), LONGEST_WAIT)
    if row.last_failed_at > now:
        # Counted by a clock --now set ahead: waiting for that day would lock the account.
        return None
    left = row.last_failed_at + wait - now
    return max(1, int(left.total_seconds() + 0.999)) if left > timedelta(0) else None


def _count_try(ctx: Context, person_id: int, matches: bool, now: datetime) -> None:
    """Remember a wrong password (or forget the count after a right one)."""
    try:
        with ctx.uow.transaction() as session:
            row = session.get(t.PersonRow, person_id)
            if row is None:
                return
            if matches and row.failed_sign_ins:
                row.failed_sign_ins, row.last_failed_at = 0, None
            elif not matches:
                row.failed_sign_ins += 1
                row.last_failed_at = now
    except DomainError:  # a read-only copy: signing in still works, only not counted
        pass


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
    secret = _password(password)
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
    work.record(Action.CREATE, _ref(person), after=_values(person))
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
        row = _row(session, person_id)
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
        check_seen(work, row, seen_version, _ref(before), {"display_name": shown})
        row.display_name = shown
        row.roles = [t.PersonRoleRow(role=r) for r in sorted(kinds)]
        if Role.BUYER in kinds:
            _link_buyer(session, row, shown, floors, departments)
        flag_modified(row, "display_name")  # roles live in other rows; the version still rises
        session.flush()
        after = person_value(session, row)
        _note(work, Action.UPDATE, before, after)
        return after


def set_password(ctx: Context, person_id: int, password: str) -> None:
    """A planner resets somebody else's password (one's own needs the current one)."""
    secret = _password(password)
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        if work.person is not None and work.person.id == person_id:
            # Else whoever finds a planner's screen unlocked could take the account over.
            raise DomainError("people.own_password_needs_current", field="password")
        _store_password(work, _row(work.session, person_id), secret)


def change_own_password(ctx: Context, current: str, new: str) -> None:
    """The person signed in gives themselves a new password, after typing the current one.

    The current password is checked as at sign-in: a wrong one counts towards the same
    slow-down, and after three in a row each further try must wait longer.
    """
    secret = _password(new)
    if ctx.actor is None:
        raise NotSignedIn("people.not_signed_in")
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        row = _row(session, ctx.actor.id)
        wait = _wait_left(row, now)
        if wait is not None:
            raise SignInRefused("people.slow_down", user=row.user_name, seconds=wait)
        matches = password_matches(current, row.password_hash)
    if not matches:
        _count_try(ctx, ctx.actor.id, False, now)
        raise SignInRefused("people.current_password_wrong", field="current_password")
    if new == current:
        raise DomainError("people.password_unchanged", field="password")
    with writing(ctx) as work:
        _store_password(work, _row(work.session, ctx.actor.id), secret)


def _store_password(work: Work, row: t.PersonRow, secret: str) -> None:
    row.password_hash = secret
    row.failed_sign_ins, row.last_failed_at = 0, None
    person = person_value(work.session, row)
    work.record(Action.PASSWORD, _ref(person))  # the hash itself is never written down
    work.changed(ChangeKind.PEOPLE, [row.id])


def set_active(ctx: Context, person_id: int, active: bool) -> Person:
    """Disable an account (nobody is deleted) or enable it again."""
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        row = _row(work.session, person_id)
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
    work.record(action, _ref(after), {k: old[k] for k in keys}, {k: new[k] for k in keys})
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


def _ref(person: Person) -> ObjectRef:
    return ObjectRef(ObjectKind.PERSON, person.id, f"{person.name} ({person.user_name})")


def _row(session: Session, person_id: int) -> t.PersonRow:
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


def _password(value: str) -> str:
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
