"""Opening the database for a command, signed in as --user when one is named."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from promoplanner.core.clock import Clock
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import text

OPENED: list = []  # engines to dispose when the command ends


def open_context(
    args: argparse.Namespace,
    clock: Clock,
    *,
    create: bool = False,
    nobody_yet: bool = False,
    password: str | None = None,
    meanwhile: Callable[[], object] | None = None,
):
    """The database of --db, signed in as --user (password from the environment or asked).

    With nobody_yet (``demo``), a database nobody can sign in to yet opens without the
    sign-in: a PROMOPLANNER_USER left in the shell names somebody who does not exist there.
    `password`, when the command read it already (people password --own), is not asked again.
    ``meanwhile`` (loading code the command needs) runs while the password is checked.
    """
    from promoplanner.services.context import connect
    from promoplanner.services.passwords import sign_in
    from promoplanner.services.people import has_people

    ctx = connect(args.db, clock=clock, create=create)
    OPENED.append(ctx.uow.engine)
    user = getattr(args, "user", None)
    if user and nobody_yet and not has_people(ctx):
        return ctx
    if user:
        given = sign_in_password(user) if password is None else password
        ctx = sign_in(ctx, user, given, meanwhile=meanwhile)
    return ctx


def sign_in_password(user: str) -> str:
    """PROMOPLANNER_PASSWORD, else asked on the terminal without echo."""
    given = os.environ.get("PROMOPLANNER_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise DomainError("cli.password_needed", field="password", user=user)
    try:
        return getpass.getpass(text("cli.password_prompt", user=user))
    except EOFError:
        raise DomainError("cli.password_needed", field="password", user=user) from None


def pretend_notice(clock: Clock) -> None:
    """Say on stderr that the clock stands still (--now), so nobody mistakes it for today."""
    if clock.pretended:
        moment = f"{clock.now():%Y-%m-%d %H:%M}"
        print(f"promoplanner: {text('clock.pretended', now=moment)}", file=sys.stderr)
