"""``log``: the history of changes, filtered by phase, person and day."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.columns import column
from promoplanner.core.i18n import text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``log [--campaign C] [--phase P] [--user U] [--since DAY] [--json]``."""
    log = sub.add_parser("log", help=text("cli.cmd_log"))
    log.add_argument("--campaign", help=text("cli.opt_campaign"))
    log.add_argument("--phase", help=text("cli.opt_phase"))
    log.add_argument("--by", dest="by_user", metavar="USER", help=text("cli.opt_by_user"))
    log.add_argument("--since", help=text("cli.opt_since"))
    log.add_argument("--json", action="store_true", help=text("cli.opt_json"))


def handle(args: argparse.Namespace, clock: Clock) -> int:
    """Print the history entries asked for."""
    from promoplanner.core.validation import parse_day
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.history import HistoryQuery, list_history

    since = parse_day(args.since, "since") if args.since else None
    ctx = open_context(args, clock)
    phase_id = None
    if args.phase:
        snap = load_snapshot(ctx, find_campaign(ctx, args.campaign).id)
        phase_id = find_phase(snap, args.phase).id
    entries = list_history(ctx, HistoryQuery(phase_id=phase_id, user=args.by_user, since=since))
    if args.json:
        json.dump(
            {"entries": [e.as_json() for e in entries]}, sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return 0
    from promoplanner.core.audit import Action, change_text
    from promoplanner.core.columns import cells

    # as wide as the longest action in this language ("tie decided"), so columns line up
    width = max(cells(text("action." + a.value)) for a in Action)
    for e in entries:
        change = change_text(e)
        pretended = f" [{text('cli.log_real_time', at=f'{e.real_at:%Y-%m-%d %H:%M}')}]"
        print(
            f"{e.at:%Y-%m-%d %H:%M}  {column(e.user, 14)} "
            f"{column(text('action.' + e.action.value), width)} "
            f"{text('object.' + e.object.kind.value)} {e.object.label}"
            f"{'  ' + change if change else ''}{pretended if e.pretended else ''}"
        )
    return 0


COMMANDS = {"log": handle}
