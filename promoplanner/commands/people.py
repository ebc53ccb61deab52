"""``people``: the planners' management of accounts from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context, sign_in_password
from promoplanner.core.clock import Clock
from promoplanner.core.columns import column
from promoplanner.core.enums import Role
from promoplanner.core.i18n import text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``people list|add|disable|enable|password``."""
    people = sub.add_parser("people", help=text("cli.cmd_people"))
    actions = people.add_subparsers(dest="action")
    listing = actions.add_parser("list", help=text("cli.people_list"))
    listing.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    add = actions.add_parser("add", help=text("cli.people_add"))
    add.add_argument("user_name")
    add.add_argument("--name", default="", help=text("cli.opt_display_name"))
    add.add_argument(
        "--role", action="append", required=True, choices=[r.value for r in Role],
        help=text("cli.opt_role"),
    )  # fmt: skip
    add.add_argument("--floor", action="append", default=[], help=text("cli.opt_floor"))
    for name in ("disable", "enable"):
        cmd = actions.add_parser(name, help=text(f"cli.people_{name}"))
        cmd.add_argument("user_name")
    password = actions.add_parser("password", help=text("cli.people_password"))
    password.add_argument("user_name", nargs="?", help=text("cli.opt_password_user"))
    password.add_argument("--own", action="store_true", help=text("cli.opt_own_password"))


def handle(args: argparse.Namespace, clock: Clock) -> int:
    """Run the people action asked for."""
    from promoplanner.core.errors import DomainError
    from promoplanner.services import passwords, people
    from promoplanner.services.store import store_layout

    if not getattr(args, "action", None):
        raise DomainError("cli.action_needed", field="action")
    if args.action == "password" and (args.own or not args.user_name):
        return _own_password(args, clock)
    ctx = open_context(args, clock)
    if args.action == "list":
        return _list(people.list_people(ctx), args.json)
    if args.action == "add":
        layout = store_layout(ctx)
        floors = [layout.floor_by_code(code).id for code in args.floor]
        password = new_password()
        person = people.add_person(
            ctx, args.user_name, password, args.role, display_name=args.name,
            buyer_floor_ids=floors,
        )  # fmt: skip
        print(text("cli.person_added", user=person.user_name, name=person.name))
        return 0
    target = people.person_by_user_name(ctx, args.user_name)
    if args.action == "password":
        passwords.set_password(ctx, target.id, new_password())
    else:
        people.set_active(ctx, target.id, args.action == "enable")
    print(text(f"cli.person_{args.action}d", user=target.user_name))
    return 0


def _own_password(args: argparse.Namespace, clock: Clock) -> int:
    """``people password --own``: the sign-in password is the current one, then the new."""
    from promoplanner.core.errors import DomainError
    from promoplanner.services.passwords import change_own_password

    user = (args.user or "").strip()
    if not user or (args.user_name and args.user_name.strip() != user):
        raise DomainError("cli.own_password_user", field="user")
    current = sign_in_password(user)
    ctx = open_context(args, clock, password=current)
    change_own_password(ctx, current, new_password())
    print(text("cli.own_password_changed", user=user))
    return 0


def new_password(variable: str = "PROMOPLANNER_NEW_PASSWORD") -> str:
    """The new account's password: from the environment variable, else asked twice."""
    import getpass
    import os

    from promoplanner.core.errors import DomainError

    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise DomainError("cli.new_password_from", field="password", variable=variable)
    first = getpass.getpass(text("cli.new_password_prompt"))
    if getpass.getpass(text("cli.new_password_again")) != first:
        raise DomainError("cli.passwords_differ", field="password")
    return first


def _list(found, as_json: bool) -> int:
    rows = [
        {
            "user": info.person.user_name,
            "name": info.person.display_name,
            "roles": sorted(r.value for r in info.person.roles),
            "floors": list(info.person.floor_ids),
            "active": info.person.active,
        }
        for info in found
    ]
    if as_json:
        json.dump({"people": rows}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        roles = "、".join(text(f"role.{r}") for r in row["roles"])
        state = "" if row["active"] else f"  ({text('cli.person_inactive')})"
        print(f"{column(row['user'], 16)} {column(row['name'], 16)} {roles}{state}")
    return 0


COMMANDS = {"people": handle}
