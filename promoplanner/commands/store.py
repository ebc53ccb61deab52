"""``store``: set up the store from a script: its name and first planner, floors,
departments and buyers."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.columns import column
from promoplanner.core.i18n import text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``store init|show``, ``store floor add|remove``, ``store department add`` and
    ``store buyer add``."""
    store = sub.add_parser("store", help=text("cli.cmd_store"))
    actions = store.add_subparsers(dest="action")
    init = actions.add_parser("init", help=text("cli.store_init"))
    init.add_argument("--name", required=True, help=text("cli.opt_store_name"))
    init.add_argument("--city", default="", help=text("cli.opt_city"))
    init.add_argument("--planner", metavar="USER", help=text("cli.opt_first_planner"))
    init.add_argument("--planner-name", default="", help=text("cli.opt_display_name"))
    show = actions.add_parser("show", help=text("cli.store_show"))
    show.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    floor = actions.add_parser("floor", help=text("cli.store_floor"))
    floor_actions = floor.add_subparsers(dest="floor_action")
    add = floor_actions.add_parser("add", help=text("cli.store_floor_add"))
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--name-en", default="", help=text("cli.opt_name_en"))
    add.add_argument("--end-racks", default="0", help=text("cli.opt_end_racks"))
    add.add_argument("--pile-spots", default="0", help=text("cli.opt_pile_spots"))
    remove = floor_actions.add_parser("remove", help=text("cli.store_floor_remove"))
    remove.add_argument("code")
    department = actions.add_parser("department", help=text("cli.store_department"))
    department_actions = department.add_subparsers(dest="department_action")
    add = department_actions.add_parser("add", help=text("cli.store_department_add"))
    add.add_argument("floor")
    add.add_argument("name")
    add.add_argument("--name-en", default="", help=text("cli.opt_name_en"))
    buyer = actions.add_parser("buyer", help=text("cli.store_buyer"))
    buyer_actions = buyer.add_subparsers(dest="buyer_action")
    add = buyer_actions.add_parser("add", help=text("cli.store_buyer_add"))
    add.add_argument("name")
    add.add_argument("--floor", nargs="+", action="extend", default=[], help=text("cli.opt_floor"))
    add.add_argument(
        "--department",
        nargs="+",
        action="extend",
        default=[],
        metavar="FLOOR/NAME",
        help=text("cli.opt_buyer_department"),
    )


def handle(args: argparse.Namespace, clock: Clock) -> int:
    """Run the store action asked for."""
    from promoplanner.core.errors import DomainError

    action = getattr(args, "action", None)
    sub = {
        "floor": getattr(args, "floor_action", None),
        "department": getattr(args, "department_action", None),
        "buyer": getattr(args, "buyer_action", None),
    }
    if not action or (action in sub and not sub[action]):
        raise DomainError("cli.action_needed", field="action")
    if action == "init":
        return _init(args, clock)
    ctx = open_context(args, clock)
    if action == "show":
        return _show(ctx, args.json)
    if action == "floor":
        return _floor(ctx, args)
    if action == "department":
        from promoplanner.services.floors import add_department

        made = add_department(ctx, args.floor, args.name, args.name_en)
        print(text("cli.department_added", name=made.name_zh, floor=args.floor.upper()))
        return 0
    return _buyer(ctx, args)


def _init(args: argparse.Namespace, clock: Clock) -> int:
    from promoplanner.commands.people import new_password
    from promoplanner.services.people import has_people
    from promoplanner.services.store_setup import NewPlanner, init_store

    ctx = open_context(args, clock, create=True)
    planner = None
    if args.planner:
        if has_people(ctx):
            from promoplanner.core.errors import DomainError

            raise DomainError("people.first_planner_exists", field="planner")
        planner = NewPlanner(args.planner, new_password("PROMOPLANNER_PASSWORD"), args.planner_name)
    done = init_store(ctx, args.name, args.city, planner)
    print(text("cli.store_ready", name=done.store.name, db=ctx.database.label))
    if done.planner is not None:
        print(text("cli.person_added", user=done.planner.user_name, name=done.planner.name))
    return 0


def _show(ctx, as_json: bool) -> int:
    from promoplanner.services.store_setup import store_detail

    detail = store_detail(ctx)
    codes = {f.id: f.code for f in detail.floors}
    names = {d.id: d.name_zh for d in detail.departments}
    data = {
        "store": {"name": detail.store.name, "city": detail.store.city} if detail.store else None,
        "floors": [
            {
                "code": f.code,
                "name": f.name_zh,
                "name_en": f.name_en,
                "retired": f.retired,
                "end_racks": f.end_racks,
                "pile_spots": f.pile_spots,
                "departments": [
                    {"name": d.name_zh, "retired": d.retired}
                    for d in detail.departments
                    if d.floor_id == f.id
                ],
            }
            for f in detail.floors
        ],
        "buyers": [
            {
                "name": b.name,
                "active": b.active,
                "floors": [codes[i] for i in b.floor_ids],
                "departments": [names[i] for i in b.department_ids],
                "account": b.person_id is not None,
            }
            for b in detail.buyers
        ],
    }
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    store = data["store"]
    if store:
        print(f"{store['name']}  {store['city']}")
    else:  # floors without a store row: the demo's, or a database from before store init
        print(text("store.no_name" if data["floors"] else "store.not_set_up"))
    retired = f" ({text('cli.retired')})"
    for f in data["floors"]:
        departments = "、".join(
            d["name"] + (retired if d["retired"] else "") for d in f["departments"]
        )
        print(f"{column(f['code'], 4)} {f['name']}{retired if f['retired'] else ''}  {departments}")
    for b in data["buyers"]:
        state = "" if b["active"] else retired
        print(f"  {b['name']}{state}: {', '.join(b['floors'])}")
    return 0


def _floor(ctx, args: argparse.Namespace) -> int:
    from promoplanner.services import floors
    from promoplanner.services.store import store_layout

    if args.floor_action == "add":
        made = floors.add_floor(
            ctx, args.code, args.name, args.name_en, args.end_racks, args.pile_spots
        )
        print(text("cli.floor_added", code=made.code, name=made.name_zh))
        return 0
    floor = store_layout(ctx).floor_by_code(args.code)
    removed = floors.remove_floor(ctx, floor.id)
    print(text("store.retired" if removed.retired else "store.removed", label=removed.label))
    return 0


def _buyer(ctx, args: argparse.Namespace) -> int:
    from promoplanner.core.errors import DomainError
    from promoplanner.services.buyers import add_buyer
    from promoplanner.services.store import store_layout

    layout = store_layout(ctx)
    departments = []
    for value in args.department:
        code, sep, name = value.partition("/")
        floor = layout.floor_by_code(code) if sep else None
        found = next(
            (
                d
                for d in layout.departments
                if floor is not None
                and d.floor_id == floor.id
                and name.strip().lower() in (d.name_zh.lower(), d.name_en.lower())
            ),
            None,
        )
        if found is None:
            raise DomainError(
                "store.no_such_department", field="department", name=name or value, floor=code
            )
        departments.append(found.id)
    made = add_buyer(ctx, args.name, args.floor, departments)
    codes = {f.id: f.code for f in store_layout(ctx).floors}
    print(
        text("cli.buyer_added", name=made.name, floors=", ".join(codes[i] for i in made.floor_ids))
    )
    return 0


COMMANDS = {"store": handle}
