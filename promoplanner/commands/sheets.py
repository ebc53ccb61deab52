"""``import items``, ``export items`` and ``template``: buyers' spreadsheets in and out."""

from __future__ import annotations

import argparse
import json
import sys

from promoplanner.commands.signing import open_context
from promoplanner.core.clock import Clock
from promoplanner.core.i18n import text

BAD_ROWS_EXIT = 1  # some rows are bad: they are listed and nothing was written


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``import items FILE --phase P``, ``export items --phase P -o FILE``, ``template``."""
    imp = sub.add_parser("import", help=text("cli.cmd_import"))
    imp.add_argument("what", choices=["items"])
    imp.add_argument("file")
    imp.add_argument("--campaign", help=text("cli.opt_campaign"))
    imp.add_argument("--phase", required=True, help=text("cli.opt_phase"))
    imp.add_argument("--buyer", help=text("cli.opt_import_buyer"))
    imp.add_argument("--dry-run", action="store_true", help=text("cli.opt_dry_run"))
    imp.add_argument("--map", action="append", default=[], metavar="WORD=FIELD",
                     help=text("cli.opt_map"))  # fmt: skip
    imp.add_argument("--json", action="store_true", help=text("cli.opt_json"))
    exp = sub.add_parser("export", help=text("cli.cmd_export"))
    exp.add_argument("what", choices=["items"])
    exp.add_argument("--campaign", help=text("cli.opt_campaign"))
    exp.add_argument("--phase", required=True, help=text("cli.opt_phase"))
    exp.add_argument("--floor", help=text("cli.opt_floor"))
    exp.add_argument("--buyer", help=text("cli.opt_export_buyer"))
    exp.add_argument("-o", "--output", required=True, help=text("cli.opt_sheet_output"))
    tpl = sub.add_parser("template", help=text("cli.cmd_template"))
    tpl.add_argument("-o", "--output", required=True, help=text("cli.opt_sheet_output"))


def _phase(ctx, args):
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot

    snap = load_snapshot(ctx, find_campaign(ctx, args.campaign).id)
    return find_phase(snap, args.phase)


def cmd_import(args: argparse.Namespace, clock: Clock) -> int:
    """Check every row; write them all (one transaction) or, with any bad row, none."""
    from promoplanner.core.import_preview import RowState
    from promoplanner.services.headers import parse_answers, remember_headers, remembered_headers
    from promoplanner.services.imports import import_preview, preview_import, problem_text
    from promoplanner.sheets.reading import read_sheet

    answers = parse_answers(args.map)
    ctx = open_context(args, clock)
    phase = _phase(ctx, args)
    if answers:
        remember_headers(ctx, answers)
    sheet = read_sheet(args.file, remembered_headers(ctx))
    for column in sheet.header.unknown:
        print(f"promoplanner: {text('sheet.unknown_columns', columns=_column(column))}",
              file=sys.stderr)  # fmt: skip
    preview = preview_import(ctx, phase.id, sheet, buyer=args.buyer)
    counts = preview.counts()
    problems = preview.problems()
    written = False
    if not problems and not args.dry_run:
        import_preview(ctx, preview)
        written = True
    summary = {
        "phase": phase.number, "source": sheet.name, "rows": len(preview.rows),
        "skipped_empty": sheet.skipped_empty, "new": counts[RowState.NEW],
        "changed": counts[RowState.CHANGED], "unchanged": counts[RowState.UNCHANGED],
        "bad_rows": counts[RowState.BAD], "written": written,
        "problems": [
            {"row": p.number, "column": p.column or None, "header": p.header or None,
             "field": p.error.field, "message": p.message()}
            for p in problems
        ],
    }  # fmt: skip
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif problems:
        bad = counts[RowState.BAD]
        print(text("sheet.bad_rows", count=bad), file=sys.stderr)
        for problem in problems:
            print("  " + problem_text(problem), file=sys.stderr)
    else:
        key = "sheet.imported" if written else "sheet.dry_run"
        print(text(key, source=sheet.name, new=summary["new"], changed=summary["changed"],
                   unchanged=summary["unchanged"], phase=phase.number))  # fmt: skip
        if sheet.skipped_empty:
            print(text("sheet.skipped_empty", count=sheet.skipped_empty))
    return BAD_ROWS_EXIT if problems else 0


def _column(column) -> str:
    return f"{column.letter} “{column.header}”"


def cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    """Write a phase's items as .csv (UTF-8 with BOM) or .xlsx."""
    from promoplanner.services.exports import export_table
    from promoplanner.services.store import store_layout
    from promoplanner.services.submissions import find_buyer
    from promoplanner.sheets.writing import file_kind, write_table

    file_kind(args.output)  # refuse a wrong name before reading anything
    ctx = open_context(args, clock)
    phase = _phase(ctx, args)
    floor = store_layout(ctx).floor_by_code(args.floor) if args.floor else None
    buyer = find_buyer(ctx, args.buyer) if args.buyer else None
    table = export_table(ctx, phase.id, floor.id if floor else None, buyer)
    write_table(args.output, table)
    print(text("export.written", count=len(table.rows), path=args.output))
    return 0


def cmd_template(args: argparse.Namespace, clock: Clock) -> int:
    """Write the blank list buyers fill in: headers, an example, drop-down lists."""
    from promoplanner.services.exports import template_table
    from promoplanner.sheets.writing import file_kind, write_template

    file_kind(args.output)
    ctx = open_context(args, clock)
    write_template(args.output, template_table(ctx))
    print(text("template.written", path=args.output))
    return 0


COMMANDS = {"import": cmd_import, "export": cmd_export, "template": cmd_template}
