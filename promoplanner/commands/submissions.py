"""``submission submit|approve|return|list`` and ``late``: lists handed in, the cutoff's record."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.columns import column
from promoplanner.core.i18n import text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``submission ACTION --phase P`` and ``late --phase P``."""
    submission = sub.add_parser("submission", help=text("cli.cmd_submission"))
    actions = submission.add_subparsers(dest="action")
    for name in ("submit", "approve", "return", "list"):
        action = actions.add_parser(name, help=text(f"cli.submission_{name}"))
        action.add_argument("--campaign", help=text("cli.opt_campaign"))
        action.add_argument("--phase", required=True, help=text("cli.opt_phase"))
        if name in ("approve", "return"):
            action.add_argument("--buyer", required=True, help=text("cli.opt_buyer_name"))
            action.add_argument("--comment", default="", help=text("cli.opt_comment"))
        if name == "return":
            action.add_argument("--item", action="append", default=[], metavar="ID=COMMENT",
                                help=text("cli.opt_item_comment"))  # fmt: skip
        if name == "list":
            action.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    late = sub.add_parser("late", help=text("cli.cmd_late"))
    late.add_argument("--campaign", help=text("cli.opt_campaign"))
    late.add_argument("--phase", help=text("cli.opt_phase"))
    late.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    late.add_argument("--waive", metavar="BUYER", help=text("cli.opt_waive"))
    late.add_argument("--reason", default="", help=text("cli.opt_reason"))
    late.add_argument("--rule", choices=["fixed", "per-item"], help=text("cli.opt_rule"))
    late.add_argument("--amount", help=text("cli.opt_amount"))


def _snap_phase(ctx, args):
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot

    snap = load_snapshot(ctx, find_campaign(ctx, args.campaign).id)
    return snap, (find_phase(snap, args.phase) if args.phase else None)


def cmd_submission(args: argparse.Namespace, clock: Clock) -> int:
    """Submit one's list, approve or return a buyer's, or list where each stands."""
    from promoplanner.core.errors import DomainError
    from promoplanner.services import submissions as service

    if not getattr(args, "action", None):
        raise DomainError("cli.action_needed", field="action")
    ctx = open_context(args, clock)
    _snap, phase = _snap_phase(ctx, args)
    assert phase is not None
    if args.action == "list":
        found = service.list_submissions(ctx, phase.id)
        rows = [
            {"buyer": s.buyer_name, "state": s.state.value,
             "at": s.at.isoformat(timespec="minutes") if s.at else None, "comment": s.comment}
            for s in found
        ]  # fmt: skip
        if args.json:
            json.dump({"phase": phase.number, "submissions": rows}, sys.stdout,
                      ensure_ascii=False, indent=2)  # fmt: skip
            sys.stdout.write("\n")
        else:
            for r in rows:
                state = text(f"submission.{r['state']}")
                at = (r["at"] or "—").replace("T", " ")
                line = f"{column(r['buyer'], 8)} {column(state, 10)} {at:<16} {r['comment']}"
                print(line.rstrip())
        return 0
    if args.action == "submit":
        done = service.submit_items(ctx, phase.id)
    else:
        buyer_id = service.find_buyer(ctx, args.buyer)
        if args.action == "approve":
            done = service.approve_submission(ctx, phase.id, buyer_id, args.comment)
        else:
            done = service.return_submission(
                ctx, phase.id, buyer_id, args.comment, _item_comments(args.item)
            )
    print(text("submission.done", buyer=done.buyer_name,
               state=text(f"submission.{done.state.value}"), phase=phase.name))  # fmt: skip
    return 0


def _item_comments(pairs: list[str]) -> dict[int, str]:
    from promoplanner.core.errors import DomainError

    found = {}
    for pair in pairs:
        ident, sep, comment = pair.partition("=")
        if not sep or not ident.strip().isdigit():
            raise DomainError("cli.bad_change", field="item", value=pair)
        found[int(ident)] = comment
    return found


def cmd_late(args: argparse.Namespace, clock: Clock) -> int:
    """Print the records frozen at the phase's deadline; set the rule or waive with a reason."""
    from promoplanner.core.errors import DomainError
    from promoplanner.services import late as service

    ctx = open_context(args, clock)
    snap, phase = _snap_phase(ctx, args)
    if args.rule:
        rule = service.set_assessment_rule(ctx, snap.campaign.id, args.rule, args.amount)
        print(text("late.rule_set", rule=rule_text(rule)))
        if phase is None:
            return 0
    if phase is None:
        raise DomainError("cli.phase_needed", field="phase")
    if args.waive:
        record = service.find_record(ctx, phase.id, args.waive)
        service.waive_assessment(ctx, record.id, args.reason)
        print(text("late.waived", buyer=record.buyer_name, reason=args.reason.strip()))
        return 0
    listed = service.late_list(ctx, phase.id)
    due = max((d.due for d in listed.deadlines), default=None)
    buyers = [
        {"buyer": r.buyer_name, "deadline": r.due.isoformat(timespec="minutes"),
         "submitted_at": r.submitted_at.isoformat(timespec="minutes") if r.submitted_at else None,
         "items": r.items, "short": r.short, "assessment": f"{r.assessment:.2f}",
         "waived": r.waived}
        for r in listed.records
    ]  # fmt: skip
    if args.json:
        data = {"phase": phase.number,
                "deadline": due.isoformat(timespec="minutes") if due else None,
                "buyers": buyers,
                "not_assessed": [{"deadline": d.due.isoformat(timespec="minutes"),
                                  "set_at": w.isoformat(timespec="minutes")}
                                 for d, w in listed.unassessed]}  # fmt: skip
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for deadline, when in listed.unassessed:
        print(text("late.past_when_set", phase=phase.number, due=f"{deadline.due:%Y-%m-%d %H:%M}",
                   set_at=f"{when:%Y-%m-%d %H:%M}"))  # fmt: skip
    if not listed.records:
        if not listed.unassessed:
            print(text("late.not_yet", due=f"{due:%Y-%m-%d %H:%M}" if due else "—"))
        return 0
    # One header per deadline: a phase may have more than one, each with its own records.
    for deadline_id in dict.fromkeys(r.deadline_id for r in listed.records):
        records = [r for r in listed.records if r.deadline_id == deadline_id]
        first = records[0]
        heading = "late.header" if first.id else "late.header_trial"  # id 0: not stored
        print(text(heading, phase=phase.number, due=f"{first.due:%Y-%m-%d %H:%M}",
                   recorded=f"{first.recorded_at:%Y-%m-%d %H:%M}"))  # fmt: skip
        for r in records:
            submitted = (
                r.submitted_at.isoformat(sep=" ", timespec="minutes")
                if r.submitted_at else text("late.not_submitted")
            )  # fmt: skip
            print(text("late.line", buyer=r.buyer_name, submitted=submitted, items=r.items,
                       short=r.short, assessment=f"{r.assessment:.2f}",
                       waived=text("late.waived_mark") if r.waived else ""))  # fmt: skip
    return 0


def rule_text(rule) -> str:
    """The rule in words."""
    from promoplanner.core.late import AssessmentKind

    if rule.kind is AssessmentKind.PER_ITEM:
        return text("late.rule_per_item", amount=f"{rule.amount:.2f}")
    if rule.amount is None:
        return text("late.rule_fixed_deadline")
    return text("late.rule_fixed", amount=f"{rule.amount:.2f}")


COMMANDS = {"submission": cmd_submission, "late": cmd_late}
