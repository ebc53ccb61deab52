"""Signing in and passwords: the sign-in, its slow-down after wrong passwords, changing
one's own password and a planner's reset of somebody else's."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select

from promoplanner.core.audit import Action
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotSignedIn, SignInRefused
from promoplanner.core.people import Right, password_matches, unknown_user_hash
from promoplanner.services.context import Context
from promoplanner.services.people import new_password_hash, person_ref, person_row, person_value
from promoplanner.services.write import Work, writing
from promoplanner.storage import tables as t

FREE_TRIES = 3  # wrong passwords in a row before each further try must wait
FIRST_WAIT = timedelta(seconds=5)
LONGEST_WAIT = timedelta(minutes=5)


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


def set_password(ctx: Context, person_id: int, password: str) -> None:
    """A planner resets somebody else's password (one's own needs the current one)."""
    secret = new_password_hash(password)
    with writing(ctx) as work:
        work.require(Right.MANAGE_PEOPLE)
        if work.person is not None and work.person.id == person_id:
            # Else whoever finds a planner's screen unlocked could take the account over.
            raise DomainError("people.own_password_needs_current", field="password")
        _store_password(work, person_row(work.session, person_id), secret)


def change_own_password(ctx: Context, current: str, new: str) -> None:
    """The person signed in gives themselves a new password, after typing the current one.

    The current password is checked as at sign-in: a wrong one counts towards the same
    slow-down, and after three in a row each further try must wait longer.
    """
    secret = new_password_hash(new)
    if ctx.actor is None:
        raise NotSignedIn("people.not_signed_in")
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        row = person_row(session, ctx.actor.id)
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
        _store_password(work, person_row(work.session, ctx.actor.id), secret)


def _store_password(work: Work, row: t.PersonRow, secret: str) -> None:
    row.password_hash = secret
    row.failed_sign_ins, row.last_failed_at = 0, None
    person = person_value(work.session, row)
    work.record(Action.PASSWORD, person_ref(person))  # the hash itself is never written down
    work.changed(ChangeKind.PEOPLE, [row.id])
