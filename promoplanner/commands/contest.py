"""``contest register|withdraw|draw|redraw|result|rerun|tie|prize|show``: the beer contest."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.columns import column
from promoplanner.core.i18n import text

ACTIONS = ("register", "withdraw", "draw", "redraw", "result", "rerun", "tie", "prize", "show")
# The changes that may name the version they were made on (contest show --json gives them).
# Not register: two desks registering two people both land; it raises the version, so a
# draw --if-version made on the list before it exits 3 (services/contest_versions.py).
CHECKED = ("withdraw", "draw", "redraw", "result", "rerun", "tie", "prize")
CONFLICT_EXIT = 3  # a version conflict, as for items set; 2 is any other refusal


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``contest ACTION [--contest NAME]``."""
    contest = sub.add_parser("contest", help=text("cli.cmd_contest"))
    actions = contest.add_subparsers(dest="action")
    for name in ACTIONS:
        action = actions.add_parser(name, help=text(f"cli.contest_{name}"))
        action.add_argument("--campaign", help=text("cli.opt_campaign"))
        action.add_argument("--contest", help=text("cli.opt_contest"))
        if name in CHECKED:
            action.add_argument("--if-version", type=int, help=text("cli.opt_contest_if_version"))
        if name == "register":
            action.add_argument("names", nargs="+", metavar="NAME")
            action.add_argument("--phone", default="", help=text("cli.opt_contest_phone"))
        elif name == "withdraw":
            action.add_argument("entrant", metavar="NAME")
        elif name in ("draw", "redraw"):
            action.add_argument("--seed", type=int, help=text("cli.opt_contest_seed"))
        elif name == "result":
            action.add_argument("heat", metavar="HEAT")
            action.add_argument("entrant", metavar="NAME")
            action.add_argument("result", metavar="SECONDS|DNF|DQ")
        elif name == "rerun":
            action.add_argument("entrant", metavar="NAME")
            action.add_argument("result", metavar="SECONDS|DNF|DQ")
        elif name == "tie":
            action.add_argument("names", nargs="+", metavar="NAME")
            way = action.add_mutually_exclusive_group(required=True)
            way.add_argument("--rerun", dest="way", action="store_const", const="rerun")
            way.add_argument("--registration", dest="way", action="store_const",
                             const="earlier_registration")  # fmt: skip
        elif name == "prize":
            action.add_argument("place", type=int, choices=(1, 2, 3))
            action.add_argument("--undo", action="store_true", help=text("cli.opt_contest_undo"))
        elif name == "show":
            action.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    # The prizes of places 1 to 3 (the source plan leaves them blank); the sheet prints them.
    prizes = actions.add_parser("prizes", help=text("cli.contest_prizes"))
    prizes.add_argument("--campaign", help=text("cli.opt_campaign"))
    prizes.add_argument("--contest", help=text("cli.opt_contest"))
    prizes.add_argument("--if-version", type=int, help=text("cli.opt_contest_if_version"))
    for place in ("first", "second", "third"):
        prizes.add_argument(place, metavar=place.upper())


def cmd_contest(args: argparse.Namespace, clock: Clock) -> int:
    """Register, draw, enter results and show the contest."""
    from promoplanner.core.errors import Conflict, DomainError
    from promoplanner.services import contest as registration
    from promoplanner.services import contest_run as service

    if not getattr(args, "action", None):
        raise DomainError("cli.action_needed", field="action")
    ctx = open_context(args, clock)
    contest_id = service.find_contest(ctx, args.contest, args.campaign)
    if args.action == "register":
        for name in args.names:
            registration.register_entrant(ctx, contest_id, name, args.phone)
        run = service.contest_run(ctx, contest_id)
        print(text("cli.contest_registered", names=", ".join(args.names),
                   count=len(run.state.active_entrants)))  # fmt: skip
        return 0
    if args.action == "draw":
        from promoplanner.core.contest import early_draw_warning

        before = service.contest_run(ctx, contest_id)
        today = clock.now().date()
        warning = early_draw_warning(before.contest, today, len(before.state.rounds))
        if warning:  # the draw goes ahead (a script asked for it), but not unsaid
            print(f"promoplanner: {warning}", file=sys.stderr)
    if args.action == "prizes":
        try:
            named = registration.set_prizes(
                ctx, contest_id, args.first, args.second, args.third, seen_version=args.if_version
            ).prizes
        except Conflict as conflict:
            print(f"promoplanner: {conflict.message()}", file=sys.stderr)
            return CONFLICT_EXIT
        listed = "; ".join(f"{n}. {p or '—'}" for n, p in enumerate(named, 1))
        print(text("cli.contest_prizes_set", prizes=listed))
        return 0
    try:
        run = _act(service, ctx, contest_id, args)
    except Conflict as conflict:
        print(f"promoplanner: {conflict.message()}", file=sys.stderr)
        return CONFLICT_EXIT
    if args.action == "show" and args.json:
        json.dump(run.json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if args.action in ("draw", "redraw"):
        from promoplanner.core.bracket import walkover_notice

        notice = walkover_notice(run.state)
        if notice:
            print(notice)
    print(describe(run))
    return 0


def _act(service, ctx, contest_id: int, args: argparse.Namespace):
    action = args.action
    # None without --if-version: the command reads and changes at once, on what is stored
    seen = {"seen_version": getattr(args, "if_version", None)}
    if action == "withdraw":
        return service.withdraw_entrant(ctx, contest_id, args.entrant, **seen)
    if action == "draw":
        return service.draw_round(ctx, contest_id, args.seed, **seen)
    if action == "redraw":
        return service.redraw_round(ctx, contest_id, args.seed, **seen)
    if action == "result":
        return service.record_result(ctx, contest_id, args.heat, args.entrant, args.result, **seen)
    if action == "rerun":
        return service.record_rerun_result(ctx, contest_id, args.entrant, args.result, **seen)
    if action == "tie":
        return service.decide_tie(ctx, contest_id, args.names, args.way, **seen)
    if action == "prize":
        return service.hand_out_prize(ctx, contest_id, args.place, not args.undo, **seen)
    return service.contest_run(ctx, contest_id)


def describe(run) -> str:
    """The contest as a few lines: state, every heat of every round so far, ties, podium."""
    from promoplanner.core.bracket import describe_tie

    data = run.json()
    current = run.standing.current
    places = current.places if current is not None and current.round.is_final else {}
    place_of = {run.name(e): p for e, p in places.items()}
    lines = [
        text("cli.contest_heading", name=data["name"], state=text(f"contest.state.{data['state']}"),
             round=data["round"], entrants=len(data["entrants"]), cans=data["gift_cans"])
    ]  # fmt: skip
    for group in data["groups"]:  # earlier rounds too: the podium's road stays readable
        lines.append(text("cli.contest_heat", heat=group["id"]))
        for name in group["entrants"]:
            result = group["results"][name]
            shown = (
                "—"
                if result is None
                else (f"{result:.2f}" if isinstance(result, float) else result)
            )
            mark = "q" if name in group["by_time"] else ("Q" if name in group["advancing"] else "")
            if group["round"] == data["round"]:
                mark = str(place_of.get(name, mark))
            lines.append(f"  {column(name, 20)} {shown:>7} {mark}".rstrip())
    for tie in run.standing.ties:
        lines.append(describe_tie(run.state, tie))
    if any(data["podium"]):
        for place, name in enumerate(data["podium"], 1):
            if name is not None:
                prize = run.contest.prizes[place - 1]
                given = text("cli.contest_given") if run.prizes_given[place - 1] else ""
                lines.append(f"  {place}. {name}  {prize}  {given}".rstrip())
    return "\n".join(lines)


COMMANDS = {"contest": cmd_contest}
