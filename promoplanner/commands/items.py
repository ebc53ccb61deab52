"""``items``: a phase's flyer items for scripts: list them, set fields with a version check."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.i18n import text

CONFLICT_EXIT = 3  # a version conflict; 2 is any other refusal


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``items list --phase P [--floor F] [--json]`` and ``items set ID FIELD=VALUE…``."""
    items = sub.add_parser("items", help=text("cli.cmd_items"))
    actions = items.add_subparsers(dest="action")
    listing = actions.add_parser("list", help=text("cli.items_list"))
    listing.add_argument("--campaign", help=text("cli.opt_campaign"))
    listing.add_argument("--phase", required=True, help=text("cli.opt_phase"))
    listing.add_argument("--floor", help=text("cli.opt_floor"))
    listing.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    setting = actions.add_parser("set", help=text("cli.items_set"))
    setting.add_argument("item_id", type=int)
    setting.add_argument("changes", nargs="+", metavar="FIELD=VALUE")
    setting.add_argument("--if-version", type=int, help=text("cli.opt_if_version"))


def handle(args: argparse.Namespace, clock: Clock) -> int:
    """List a phase's items, or change one item's fields."""
    from promoplanner.core.errors import DomainError

    if not getattr(args, "action", None):
        raise DomainError("cli.action_needed", field="action")
    ctx = open_context(args, clock)
    return _list(ctx, args) if args.action == "list" else _set(ctx, args)


def _list(ctx, args: argparse.Namespace) -> int:
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.items import ItemQuery, list_items
    from promoplanner.services.store import store_layout

    snap = load_snapshot(ctx, find_campaign(ctx, args.campaign).id)
    phase = find_phase(snap, args.phase)
    layout = store_layout(ctx)
    floor = layout.floor_by_code(args.floor) if args.floor else None
    items = list_items(ctx, ItemQuery(phase.id, floor.id if floor else None))
    rows = [_item_json(i, phase.number, layout) for i in items]
    if args.json:
        json.dump({"items": rows}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in rows:
        print(
            f"{r['id']:>6} v{r['version']:<3} {r['floor']:<4} {r['barcode']:<14} "
            f"{r['regular_price']:>9} {r['promo_price']:>9}  {r['name']}"
        )
    return 0


def _item_json(item, phase_number: int, layout) -> dict:
    floors = {f.id: f.code for f in layout.floors}
    departments = {d.id: d.name_zh or d.name_en for d in layout.departments}
    buyers = {b.id: b.name for b in layout.buyers}
    return {
        "id": item.id,
        "version": item.version,
        "phase": phase_number,
        "floor": floors.get(item.floor_id),
        "department": departments.get(item.department_id) if item.department_id else None,
        "buyer": buyers.get(item.buyer_id) if item.buyer_id else None,
        "name": item.name,
        "spec": item.spec,
        "unit": item.unit,
        "barcode": item.barcode,
        "regular_price": f"{item.regular_price:.2f}",
        "promo_price": f"{item.promo_price:.2f}",
        "sensitive": item.sensitive,
        "tier": item.tier.value if item.tier else None,
        "photo": item.photo,
    }


# Names a script may use for the fields, besides the fields' own (floor for floor_id ...).
ALIASES = {"floor": "floor_id", "department": "department_id", "buyer": "buyer_id"}


def _set(ctx, args: argparse.Namespace) -> int:
    from promoplanner.core.errors import Conflict, DomainError
    from promoplanner.services.items import update_item

    changes = {}
    for pair in args.changes:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise DomainError("cli.bad_change", field="changes", value=pair)
        changes[ALIASES.get(field.strip(), field.strip())] = value
    try:
        item = update_item(ctx, args.item_id, changes, seen_version=args.if_version)
    except Conflict as conflict:
        print(f"promoplanner: {conflict.message()}", file=sys.stderr)
        return CONFLICT_EXIT
    print(text("cli.item_set", id=item.id, name=item.name, version=item.version))
    return 0


COMMANDS = {"items": handle}
