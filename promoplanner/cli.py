"""The command line: parse arguments, call services, print; never a traceback for users."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence

from promoplanner.commands.signing import OPENED, open_context, pretend_notice
from promoplanner.core.clock import Clock, FixedClock, SystemClock
from promoplanner.core.columns import column
from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.i18n import set_language, text
from promoplanner.core.validation import parse_moment


class UsageError(Exception):
    """Bad command-line arguments."""


def _argparse_text(message: str) -> str:
    """argparse's gettext hook: its messages in the language of the command line."""
    from promoplanner.core.i18n import Language, current_language
    from promoplanner.core.messages import MESSAGES

    said = MESSAGES.get(f"argparse.{message}")
    if said is None:
        return message
    template = said[1] if current_language() is Language.ZH else said[0]
    return PLACEHOLDER.sub(_percent, template.replace("%", "%%"))


PLACEHOLDER = re.compile(r"\{(\w*)(!r)?\}")


def _percent(found: re.Match[str]) -> str:
    """{name} -> %(name)s, {name!r} -> %(name)r, {} -> %s (see core/messages/cli_usage.py)."""
    kind = "r" if found.group(2) else "s"
    return f"%({found.group(1)}){kind}" if found.group(1) else f"%{kind}"


argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks it up per message
GLOBAL_OPTIONS = ("--db", "--lang", "--now", "--user", "--quit-after-start")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """All commands and options, with help in the current language."""
    parser = _Parser(prog="promoplanner", description=text("cli.description"))
    parser.add_argument("--db", default=os.environ.get("PROMOPLANNER_DB"), help=text("cli.opt_db"))
    parser.add_argument("--lang", choices=["en", "zh"], help=text("cli.opt_lang"))
    parser.add_argument(
        "--now", default=os.environ.get("PROMOPLANNER_NOW"), help=text("cli.opt_now")
    )
    parser.add_argument(
        "--user", default=os.environ.get("PROMOPLANNER_USER"), help=text("cli.opt_user")
    )
    parser.add_argument(
        "--quit-after-start", action="store_true", help=text("cli.opt_quit_after_start")
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = sub.add_parser("demo", help=text("cli.cmd_demo"))
    demo.add_argument("--year", type=int, help=text("cli.opt_year"))
    demo.add_argument("--replace", action="store_true", help=text("cli.opt_replace"))
    demo.add_argument("--yes", action="store_true", help=text("cli.opt_yes"))
    for name in ("check", "status"):
        cmd = sub.add_parser(name, help=text(f"cli.cmd_{name}"))
        cmd.add_argument("--json", action="store_true", help=text("cli.opt_json"))
        cmd.add_argument("--campaign", help=text("cli.opt_campaign"))
    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[argparse._SubParsersAction], None]]:
    from promoplanner import print_commands
    from promoplanner.commands import (
        campaigns,
        contest,
        display,
        history,
        items,
        people,
        sheets,
        store,
        submissions,
    )

    groups = (print_commands, people, history, items, store, campaigns, sheets, submissions,
              display, contest)  # fmt: skip
    for group in groups:
        COMMANDS.update(group.COMMANDS)  # the groups do not import cli: no import cycle
    return [group.register for group in groups]


def make_clock(value: str | None) -> Clock:
    """The system clock, or a fixed one from --now / PROMOPLANNER_NOW."""
    if not value:
        return SystemClock()
    return FixedClock(parse_moment(value, "now"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run promoplanner with the given arguments; return the exit status."""
    started = _process_start()
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        _early_language(args_list)  # so the help and usage errors speak it too
        args = build_parser().parse_args(args_list)
        if args.lang:
            set_language(args.lang)
        clock = make_clock(args.now)
        if args.command is None:
            from promoplanner.ui.app import run_gui

            return run_gui(
                args.db,
                clock,
                quit_after_start=args.quit_after_start,
                started=started,
                language=args.lang,
                user=args.user,
            )
        status = COMMANDS[args.command](args, clock)
        pretend_notice(clock)  # after the work; a refusal stays the one line it is
        return status
    except UsageError as exc:
        print(f"promoplanner: {text('cli.bad_arguments')}{_colon()}{exc}", file=sys.stderr)
        misplaced = _misplaced_global(args_list)
        if misplaced:
            print(f"promoplanner: {text('cli.global_option_first', **misplaced)}", file=sys.stderr)
        return 2
    except PromoError as exc:
        return _refuse(_naming_option(exc, args_list))
    except BrokenPipeError:
        # The reader of our output went away (`promoplanner status | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        return _refuse(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not _database_error(exc):
            raise
        return _refuse(text("db.failed", reason=_first_line(exc)))
    finally:
        while OPENED:  # close the database files the command opened
            OPENED.pop().dispose()


def _colon() -> str:
    """The colon after a label: full-width in Chinese."""
    from promoplanner.core.i18n import Language, current_language

    return "：" if current_language() is Language.ZH else ": "


def _misplaced_global(args: list[str]) -> dict[str, str] | None:
    """A global option (--lang, --db, …) written after the command, and that command."""
    command = next((a for a in args if a in COMMANDS), None)
    if command is None:
        return None
    after = args[args.index(command) + 1 :]
    for arg in after:
        option = arg.split("=", 1)[0]
        if option in GLOBAL_OPTIONS:
            return {"option": option, "command": command}
    return None


def _naming_option(exc: PromoError, args: list[str]) -> str:
    """The refusal, led by the option it is about when that option was typed (--end-racks)."""
    if not exc.field:
        return exc.message()
    option = "--" + exc.field.replace("_", "-")
    if any(a == option or a.startswith(option + "=") for a in args):
        return text("cli.option_refused", option=option, message=exc.message())
    return exc.message()


def _early_language(args: list[str]) -> None:
    for n, arg in enumerate(args):
        value = (
            arg.split("=", 1)[1]
            if arg.startswith("--lang=")
            else (args[n + 1] if arg == "--lang" and n + 1 < len(args) else None)
        )
        if value in ("en", "zh"):
            set_language(value)


def _database_error(exc: Exception) -> bool:
    """Whether the exception is SQLAlchemy's (imported only by commands that use a database)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    # A command that never imported SQLAlchemy cannot have raised one of its errors.
    return loaded is not None and isinstance(exc, loaded.SQLAlchemyError)


def _refuse(message: str) -> int:
    print(f"promoplanner: {message}", file=sys.stderr)
    return 2


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return (str(orig or exc).strip().splitlines() or [""])[0]


def _process_start() -> float:
    import time

    return time.monotonic()


def _context(
    args: argparse.Namespace, clock: Clock, *, create: bool = False, nobody_yet: bool = False
):
    return open_context(args, clock, create=create, nobody_yet=nobody_yet)


def cmd_demo(args: argparse.Namespace, clock: Clock) -> int:
    """Load the source plan's June campaign."""
    from promoplanner.services.demo import (
        check_may_replace,
        demo_contents,
        demo_year,
        load_demo,
    )
    from promoplanner.storage.database import backup_copy

    demo_year(clock.now(), args.year)  # a year we cannot build is refused before any file
    ctx = _context(args, clock, create=True, nobody_yet=True)
    doomed = demo_contents(ctx, args.year) if args.replace else None
    if doomed is not None:
        check_may_replace(ctx)  # a refusal leaves no copy behind either
        kept = backup_copy(ctx.uow.engine, "before-demo-replace")
        if kept is not None:
            print(text("db.backup_before_replace", path=kept))
        else:
            # A server keeps no copy of its own: say what goes, and go only when told to.
            counts = {"name": doomed.name, "items": doomed.items, "proofs": doomed.proofs}
            if not args.yes:
                raise DomainError("cli.replace_needs_yes", field="yes", **counts)
            print(text("cli.replace_deletes", **counts))
    result = load_demo(ctx, args.year, replace=args.replace)
    key = "cli.demo_created" if result.created else "cli.demo_exists"
    print(text(key, name=result.name, items=result.items, db=ctx.database.label))
    return 0


def cmd_check(args: argparse.Namespace, clock: Clock) -> int:
    """Print the rule findings; exit 1 when any is an error."""
    from promoplanner.services.reports import check, check_json

    report = check(_context(args, clock), args.campaign)
    if args.json:
        _print_json(check_json(report))
    else:
        if not report.findings:
            print(text("cli.no_findings", name=report.snapshot.campaign.name))
        for f in report.findings:
            print(f"{column(text('severity.' + f.severity.value), 8)} {f.code:<26} {f.message()}")
    return 1 if report.has_errors else 0


def cmd_status(args: argparse.Namespace, clock: Clock) -> int:
    """Print items against quotas and deadlines per phase and floor."""
    from promoplanner.services.campaigns import find_campaign, load_snapshot
    from promoplanner.services.reports import status_json

    ctx = _context(args, clock)
    data = status_json(ctx, load_snapshot(ctx, find_campaign(ctx, args.campaign).id))
    if args.json:
        _print_json(data)
        return 0
    c = data["campaign"]
    print(f"{c['name']} — {c['theme']}" if c["theme"] else c["name"])
    for h in data["holidays"]:
        print(f"  {h['date']}  {h['name']}")
    for p in data["phases"]:
        print()
        print(text("cli.status_phase", **p))
        print("  " + text("cli.status_header"))
        for f in p["floors"]:
            print(
                "  "
                + text("cli.status_floor", **{k: ("—" if v is None else v) for k, v in f.items()})
            )
        for d in p["deadlines"]:
            print(
                "  "
                + text(
                    "cli.status_deadline",
                    due=d["due"].replace("T", " "),
                    state=text("deadline." + d["state"]),
                    what=d["what"],
                )
            )
    return 0


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


COMMANDS: dict[str, Callable[[argparse.Namespace, Clock], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "status": cmd_status,
}
