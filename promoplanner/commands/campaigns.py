"""``campaign``, ``phase``, ``quota`` and ``deadline``: build campaigns from a script.

Wherever a phase is named, ``--campaign NAME`` says of which campaign (default: the only
one, else the latest); the phase is its number (1, 2) or its name.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.i18n import text

WAN = Decimal(10_000)  # targets are typed in 万元, as the planning department says them


def register(sub: argparse._SubParsersAction) -> None:
    """Add the four command groups."""
    campaign = sub.add_parser("campaign", help=text("cli.cmd_campaign"))
    actions = campaign.add_subparsers(dest="action")
    new = actions.add_parser("new", help=text("cli.campaign_new"))
    new.add_argument("--name", required=True, help=text("cli.opt_campaign_name"))
    new.add_argument("--year", required=True, help=text("cli.opt_campaign_year"))
    new.add_argument("--month", help=text("cli.opt_month"))
    new.add_argument("--start", help=text("cli.opt_campaign_start"))
    new.add_argument("--end", help=text("cli.opt_campaign_end"))
    new.add_argument("--theme", default="", help=text("cli.opt_theme"))
    new.add_argument("--target", help=text("cli.opt_target_wan"))
    new.add_argument("--stretch", help=text("cli.opt_stretch_wan"))
    source = new.add_mutually_exclusive_group()
    source.add_argument("--from-template", choices=["june"], help=text("cli.opt_template"))
    source.add_argument("--copy-of", metavar="NAME", help=text("cli.opt_copy_of"))
    new.add_argument("--with-items", action="store_true", help=text("cli.opt_with_items"))
    new.add_argument(
        "--move",
        action="append",
        default=[],
        metavar="PHASE=YYYY-MM-DD",
        help=text("cli.opt_move"),
    )
    listing = actions.add_parser("list", help=text("cli.campaign_list"))
    listing.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    confirm = actions.add_parser("confirm-items", help=text("cli.campaign_confirm"))
    _phase_options(confirm)
    confirm.add_argument("--floor", help=text("cli.opt_floor"))

    phase = sub.add_parser("phase", help=text("cli.cmd_phase"))
    phase_actions = phase.add_subparsers(dest="action")
    add = phase_actions.add_parser("add", help=text("cli.phase_add"))
    add.add_argument("--campaign", help=text("cli.opt_campaign"))
    add.add_argument("--name", required=True, help=text("cli.opt_phase_name"))
    add.add_argument("--start", required=True, help=text("cli.opt_phase_start"))
    add.add_argument("--end", required=True, help=text("cli.opt_phase_end"))
    add.add_argument("--flyer-target", default="0", help=text("cli.opt_flyer_target"))
    add.add_argument("--print-run", default="0", help=text("cli.opt_print_run"))
    add.add_argument("--theme", default="", help=text("cli.opt_theme"))
    remove = phase_actions.add_parser("remove", help=text("cli.phase_remove"))
    _phase_options(remove)
    remove.add_argument("--with-items", action="store_true", help=text("cli.opt_remove_items"))
    move = phase_actions.add_parser("move", help=text("cli.phase_move"))
    _phase_options(move)
    move.add_argument("--to", required=True, help=text("cli.opt_phase_to"))

    quota = sub.add_parser("quota", help=text("cli.cmd_quota"))
    quota_actions = quota.add_subparsers(dest="action")
    setting = quota_actions.add_parser("set", help=text("cli.quota_set"))
    _phase_options(setting)
    setting.add_argument("--floor", required=True, help=text("cli.opt_floor"))
    setting.add_argument("--min", required=True, help=text("cli.opt_min_items"))
    setting.add_argument("--max", required=True, help=text("cli.opt_max_items"))
    setting.add_argument("--sensitive", default="0", help=text("cli.opt_min_sensitive"))

    deadline = sub.add_parser("deadline", help=text("cli.cmd_deadline"))
    deadline_actions = deadline.add_subparsers(dest="action")
    setting = deadline_actions.add_parser("set", help=text("cli.deadline_set"))
    _phase_options(setting)
    setting.add_argument("--due", required=True, help=text("cli.opt_due"))
    setting.add_argument("--assessment", default="0", help=text("cli.opt_assessment"))
    setting.add_argument("--what", help=text("cli.opt_what"))


def _phase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--campaign", help=text("cli.opt_campaign"))
    parser.add_argument("--phase", required=True, help=text("cli.opt_phase"))


def _needs_action(args: argparse.Namespace) -> None:
    if not getattr(args, "action", None):
        from promoplanner.core.errors import DomainError

        raise DomainError("cli.action_needed", field="action")


def _campaign_id(ctx, name: str | None) -> int:
    from promoplanner.services.campaigns import find_campaign

    return find_campaign(ctx, name).id


def _phase(ctx, args: argparse.Namespace):
    from promoplanner.services.campaigns import find_phase, load_snapshot

    snap = load_snapshot(ctx, _campaign_id(ctx, args.campaign))
    return snap, find_phase(snap, args.phase)


def handle_campaign(args: argparse.Namespace, clock: Clock) -> int:
    """campaign new | list | confirm-items."""
    _needs_action(args)
    ctx = open_context(args, clock)
    if args.action == "list":
        return _list(ctx, args.json)
    if args.action == "confirm-items":
        from promoplanner.services.carried import confirm_items
        from promoplanner.services.store import store_layout

        snap, phase = _phase(ctx, args)
        floor = (
            store_layout(ctx, snap.campaign.id).floor_by_code(args.floor) if args.floor else None
        )
        done = confirm_items(ctx, phase.id, floor_id=floor.id if floor else None)
        print(text("cli.items_confirmed", items=done, phase=phase.name))
        return 0
    return _new(ctx, args)


def _moves(values: list[str]) -> dict[int, object]:
    from promoplanner.core.errors import DomainError
    from promoplanner.core.validation import parse_day

    moves: dict[int, object] = {}
    for value in values:
        number, sep, day = value.partition("=")
        if not sep or not number.strip().isdigit():
            raise DomainError("cli.bad_move", field="move", value=value)
        moves[int(number)] = parse_day(day, "move")
    return moves


def _wan(value: str | None, field: str) -> str | None:
    """An amount typed in 万元, as yuan for the services."""
    if value in (None, ""):
        return None
    from promoplanner.core.validation import MAX_AMOUNT, parse_money

    return str(parse_money(value, field, MAX_AMOUNT) * WAN)


def _new(ctx, args: argparse.Namespace) -> int:
    from promoplanner.core.errors import DomainError

    moves = _moves(args.move)
    if args.with_items and not args.copy_of:
        raise DomainError("cli.with_items_needs_copy", field="with_items")
    try:
        made = _make(ctx, args, moves)
    except DomainError as exc:
        if exc.key not in ("campaign.holiday_outside", "campaign.phase_outside"):
            raise
        hint = text("cli.move_hint", number=exc.params["number"], day=exc.params["suggest"])
        print(f"promoplanner: {exc.message()} {hint}", file=sys.stderr)
        return 2
    first, last = made.campaign.period
    print(
        text(
            "cli.campaign_created",
            name=made.campaign.name,
            first=first,
            last=last,
            phases=made.phases,
            items=made.items,
        )
    )
    for h in made.holidays:
        print(f"  {h.day}  {h.name or text('holiday.' + h.kind.value)}")
    for note in made.notes:
        print(f"promoplanner: {note.said()}", file=sys.stderr)
    return 0


def _make(ctx, args: argparse.Namespace, moves):
    """Blank, from the template, or a copy, as the options say."""
    from promoplanner.services.campaign_copy import copy_campaign
    from promoplanner.services.campaign_new import create_campaign, create_from_template

    if args.copy_of:
        return copy_campaign(
            ctx,
            _campaign_id(ctx, args.copy_of),
            args.name,
            args.year,
            args.month,
            first_day=args.start,
            last_day=args.end,
            moves=moves,
            carry_items=args.with_items,
        )
    if args.from_template:
        return create_from_template(
            ctx, args.name, args.year, args.from_template, month=args.month, moves=moves
        )
    return create_campaign(
        ctx,
        args.name,
        args.year,
        args.month,
        first_day=args.start,
        last_day=args.end,
        theme=args.theme,
        sales_target=_wan(args.target, "sales_target"),
        stretch_target=_wan(args.stretch, "stretch_target"),
    )


def _list(ctx, as_json: bool) -> int:
    from promoplanner.services.campaign_new import campaign_summaries

    rows = [
        {
            "name": s.campaign.name,
            "year": s.campaign.year,
            "month": s.campaign.month,
            "first_day": s.campaign.period[0].isoformat(),
            "last_day": s.campaign.period[1].isoformat(),
            "theme": s.campaign.theme,
            "sales_target": _money(s.campaign.sales_target),
            "stretch_target": _money(s.campaign.stretch_target),
            "phases": s.phases,
            "items": s.items,
        }
        for s in campaign_summaries(ctx)
    ]
    if as_json:
        json.dump({"campaigns": rows}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in rows:
        print(
            text(
                "cli.campaign_line",
                name=r["name"],
                first=r["first_day"],
                last=r["last_day"],
                phases=r["phases"],
                items=r["items"],
            )
        )
    return 0


def _money(value) -> str | None:
    return None if value is None else f"{value:.2f}"


def handle_phase(args: argparse.Namespace, clock: Clock) -> int:
    """phase add | remove | move."""
    from promoplanner.services import phases

    _needs_action(args)
    ctx = open_context(args, clock)
    if args.action == "add":
        added = phases.add_phase(
            ctx,
            _campaign_id(ctx, args.campaign),
            args.name,
            args.start,
            args.end,
            args.flyer_target,
            args.print_run,
            theme=args.theme,
        )
        print(
            text(
                "cli.phase_added",
                number=added.phase.number,
                name=added.phase.name,
                start=added.phase.start,
                end=added.phase.end,
            )
        )
        for warning in added.warnings:
            print(f"promoplanner: {text('severity.warning')}: {warning.said()}", file=sys.stderr)
        return 0
    _snap, phase = _phase(ctx, args)
    if args.action == "move":
        moved = phases.move_phase(ctx, phase.id, args.to)
        print(text("cli.phase_moved", name=moved.name, number=moved.number))
        return 0
    removed = phases.remove_phase(ctx, phase.id, with_items=args.with_items)
    print(text("cli.phase_removed", name=removed.name, items=removed.items))
    return 0


def handle_quota(args: argparse.Namespace, clock: Clock) -> int:
    """quota set."""
    from promoplanner.services.planning import set_quota
    from promoplanner.services.store import store_layout

    _needs_action(args)
    ctx = open_context(args, clock)
    snap, phase = _phase(ctx, args)
    floor = store_layout(ctx, snap.campaign.id).floor_by_code(args.floor)
    quota = set_quota(ctx, phase.id, floor.id, args.min, args.max, args.sensitive)
    print(
        text(
            "cli.quota_set_done",
            phase=phase.name,
            floor=floor.code,
            min=quota.min_items,
            max=quota.max_items,
            sensitive=quota.min_sensitive,
        )
    )
    return 0


def handle_deadline(args: argparse.Namespace, clock: Clock) -> int:
    """deadline set: a deadline of the phase at that time is changed, else one is added."""
    from promoplanner.core.validation import parse_moment
    from promoplanner.services.planning import set_deadline

    _needs_action(args)
    due = parse_moment(args.due, "due")
    ctx = open_context(args, clock)
    snap, phase = _phase(ctx, args)
    same = next((d for d in snap.deadlines if d.phase_id == phase.id and d.due == due), None)
    # Without --what the usual task, stored as no text: each reader sees it in their language.
    what = args.what if args.what is not None else (same.what if same else "")
    deadline = set_deadline(ctx, phase.id, due, what, args.assessment, same.id if same else None)
    print(
        text(
            "cli.deadline_set_done",
            phase=phase.name,
            due=f"{deadline.due:%Y-%m-%d %H:%M}",
            assessment=f"{deadline.assessment:.2f}",
        )
    )
    if deadline.due <= clock.now():
        print(text("deadline.in_past", due=f"{deadline.due:%Y-%m-%d %H:%M}"), file=sys.stderr)
    return 0


COMMANDS = {
    "campaign": handle_campaign,
    "phase": handle_phase,
    "quota": handle_quota,
    "deadline": handle_deadline,
}
