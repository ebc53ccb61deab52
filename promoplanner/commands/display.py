"""``display record`` and ``display show``: the daily display check from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.display_check import progress_text
from promoplanner.core.i18n import text

ROUNDS = ("morning", "midday", "evening")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``display record --date D --barcode B ...`` and ``display show --date D``."""
    display = sub.add_parser("display", help=text("cli.cmd_display"))
    actions = display.add_subparsers(dest="action")
    record = actions.add_parser("record", help=text("cli.display_record"))
    record.add_argument("--date", required=True, help=text("cli.opt_check_date"))
    record.add_argument("--barcode", required=True, help=text("cli.opt_check_barcode"))
    record.add_argument("--floor", help=text("cli.opt_floor"))
    record.add_argument("--round", help=text("cli.opt_check_round"))
    record.add_argument("--placed", required=True, help=text("cli.opt_check_placed"))
    record.add_argument("--tag", required=True, help=text("cli.opt_check_tag"))
    record.add_argument("--pop", required=True, help=text("cli.opt_check_pop"))
    record.add_argument("--stock", required=True, help=text("cli.opt_check_stock"))
    record.add_argument("--problem", default="", help=text("cli.opt_check_problem"))
    record.add_argument("--fixer", default="", help=text("cli.opt_check_fixer"))
    record.add_argument(
        "--due", default="", help=text("cli.opt_check_due", form="YYYY-MM-DD HH:MM")
    )
    show = actions.add_parser("show", help=text("cli.display_show"))
    show.add_argument("--date", required=True, help=text("cli.opt_check_date"))
    show.add_argument("--floor", help=text("cli.opt_floor"))
    show.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    pattern = actions.add_parser("scale-pattern", help=text("cli.display_scale_pattern"))
    pattern.add_argument("pattern", nargs="?", help=text("cli.opt_scale_pattern"))
    plu = actions.add_parser("plu", help=text("cli.display_plu"))
    plu.add_argument("--item", required=True, type=int, help=text("cli.opt_plu_item"))
    plu.add_argument("plu", help=text("cli.opt_plu"))


def _floor_id(ctx, code: str | None) -> int | None:
    from promoplanner.services.store import store_layout

    return store_layout(ctx).floor_by_code(code).id if code else None


def cmd_display(args: argparse.Namespace, clock: Clock) -> int:
    """Record one item's check, or show a day's checks, tasks and pass rates."""
    from promoplanner.core.errors import DomainError
    from promoplanner.services import display as service
    from promoplanner.services import display_setup as setup

    if not getattr(args, "action", None):
        raise DomainError("cli.action_needed", field="action")
    ctx = open_context(args, clock)
    if args.action == "record":
        check = service.record_display_check(
            ctx, args.date, args.barcode, round=args.round, placed=args.placed, tag=args.tag,
            pop=args.pop, stock=args.stock, problem=args.problem, fixer=args.fixer,
            due=args.due or None, floor_id=_floor_id(ctx, args.floor),
        )  # fmt: skip
        line = service.display_day(ctx, check.day).line_for(check.item_id)
        name = line.item.name if line else ""
        said = _problems(check) if check.needs_fix else text("display.recorded_ok")
        print(text("display.recorded", item=name, round=text(f"display.round.{check.round}"),
                   at=f"{check.at:%Y-%m-%d %H:%M}", result=said))  # fmt: skip
        return 0
    if args.action == "scale-pattern":
        found = setup.set_scale_pattern(ctx, args.pattern) if args.pattern else None
        found = found or service.scale_pattern(ctx)
        print(text("display.scale_pattern", pattern=found.text) if found else
              text("display.no_scale_pattern"))  # fmt: skip
        return 0
    if args.action == "plu":
        plu = setup.set_item_plu(ctx, args.item, args.plu)
        print(text("display.plu_set", item=args.item, plu=plu or "—"))
        return 0
    day = service.display_day(ctx, args.date, _floor_id(ctx, args.floor))
    data = day_json(day)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for shown, floor in zip(day.floors, data["floors"], strict=True):
        print(progress_text(shown.progress, floor["floor"]))
        for item in floor["items"]:
            latest = item["latest"]
            state = "—" if latest is None else ("ok" if latest["ok"] else "✗ " + latest["problem"])
            print(f"  {item['barcode'] or '—':<14} {item['name']}  {state}")
        for fix in floor["open_fixes"]:
            mark = "!" if fix["overdue"] else " "
            print(f" {mark}{text('display.show_fix', **fix)}")
    return 0


def _problems(check) -> str:
    return text("display.found", problems="; ".join(
        text(f"display.problem.{p.value}") for p in check.to_fix))  # fmt: skip


def _moment(value) -> str | None:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else None


def check_json(check) -> dict:
    """One check as ``display show --json`` writes it."""
    fix = check.fix
    return {
        "at": _moment(check.at),
        "round": check.round.value,
        "checker": check.checker,
        "placed": "yes" if check.placed else "no",
        "tag": "ok" if check.tag_ok else "wrong",
        "pop": "yes" if check.pop else "no",
        "stock": check.stock.value,
        "ok": check.ok,
        "problem": fix.problem if fix else None,
        "fixer": fix.fixer if fix else None,
        "due": _moment(fix.due) if fix else None,
    }


def day_json(day) -> dict:
    """The stable JSON of a day: floors, items with latest check and history, open tasks."""
    floors = []
    for floor in day.floors:
        rate = floor.pass_rate
        items = [
            {
                "barcode": line.item.barcode,
                "name": line.item.name,
                "department": line.department.code if line.department else None,
                "position": line.position,
                "latest": check_json(line.latest) if line.latest else None,
                "history": [check_json(c) for c in line.history],
            }
            for line in floor.lines
        ]
        fixes = [
            {
                "barcode": f.item.barcode,
                "name": f.item.name,
                "problem": f.state.task.problem,
                "fixer": f.state.task.fixer,
                "due": _moment(f.state.task.due),
                "overdue": f.overdue,
            }
            for f in floor.open_fixes
        ]
        floors.append({
            "floor": floor.floor.code,
            "pass_rate": round(rate.right / rate.checked, 4) if rate.checked else None,
            "listed": floor.progress.listed,
            "checked": rate.checked,
            "passed": rate.right,
            "items": items,
            "open_fixes": fixes,
        })  # fmt: skip
    return {"date": day.day.isoformat(), "floors": floors}


COMMANDS = {"display": cmd_display}
