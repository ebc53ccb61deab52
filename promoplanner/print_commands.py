"""The ``print`` command of the command line: one document into one PDF file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from promoplanner.core.clock import Clock
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.i18n import text
from promoplanner.core.validation import parse_day
from promoplanner.documents import messages as _messages  # noqa: F401  (adds the texts)
from promoplanner.documents.output import (
    PartFile,
    check_output_path,
    page_count,
    remove_stale_parts,
    write_atomically,
)

if TYPE_CHECKING:
    from promoplanner.services.proofs import FlyerProof

KINDS = ("flyer", "checklist", "display-check", "bracket", "calendar")
# The module that lays each kind out (with ReportLab under it): loaded during the sign-in.
LAYOUTS = {
    "flyer": "promoplanner.documents.flyer",
    "checklist": "promoplanner.documents.checklist",
    "display-check": "promoplanner.documents.display_check",
    "bracket": "promoplanner.documents.bracket",
    "calendar": "promoplanner.documents.calendar",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``print flyer|checklist|display-check|bracket|calendar`` to the command line."""
    printer = sub.add_parser("print", help=text("cli.cmd_print"))
    kinds = printer.add_subparsers(dest="kind")  # same parser class: errors exit 2, one line
    for kind in KINDS:
        cmd = kinds.add_parser(kind, help=text("cli.print_" + kind.replace("-", "_")))
        cmd.add_argument("-o", "--output", required=True, help=text("cli.opt_output"))
        cmd.add_argument("--campaign", help=text("cli.opt_campaign"))
        if kind in ("flyer", "checklist"):
            cmd.add_argument("--phase", required=True, help=text("cli.opt_phase"))
        if kind == "checklist":
            cmd.add_argument("--buyer", help=text("cli.opt_buyer"))
        if kind == "display-check":
            cmd.add_argument("--date", help=text("cli.opt_date"))
            cmd.add_argument("--phase", help=text("cli.opt_phase"))
            cmd.add_argument("--floor", help=text("cli.opt_floor"))
        if kind == "bracket":
            cmd.add_argument("--contest", help=text("cli.opt_contest"))


def handle(args: argparse.Namespace, clock: Clock) -> int:
    """Make the document asked for and write it to --output."""
    if not getattr(args, "kind", None):
        raise DomainError("print.kind_needed", field="kind")
    from promoplanner.commands.signing import open_context
    from promoplanner.storage.database import database_file

    database = database_file(args.db)
    target = check_output_path(Path(args.output), database)  # refuse before opening anything
    # Its password's slow hash leaves time to load the document's code beside it.
    ctx = open_context(args, clock, meanwhile=lambda: import_module(LAYOUTS[args.kind]))
    pdf, proof = _printer(ctx, args, target)()
    count = page_count(pdf)
    pages = text("cli.one_page") if count == 1 else text("cli.pages", count=count)
    if proof is not None:
        print(
            text(
                "cli.printed_proof",
                path=target,
                pages=pages,
                version=proof.version,
                items=proof.item_count,
            )
        )
    else:
        print(text("cli.printed", path=target, pages=pages))
    return 0


COMMANDS = {"print": handle}  # what cli.py runs for each command added by register


def _printer(ctx, args: argparse.Namespace, target: Path) -> Callable[[], tuple[bytes, object]]:
    """What makes and writes the PDF (and the proof it records), checked before any file."""
    from promoplanner import printing
    from promoplanner.services.campaigns import (
        campaign_phases,
        find_campaign,
        find_phase,
        load_snapshot,
    )
    from promoplanner.services.store import store_layout

    database = ctx.database.file if ctx.database is not None else None

    def writing(make: Callable[[], bytes]) -> Callable[[], tuple[bytes, None]]:
        return lambda: (write_atomically(target, make, database), None)

    campaign_id = find_campaign(ctx, args.campaign).id
    kind = args.kind
    if kind == "flyer":
        # The phase alone: the proof's own read gathers everything it prints.
        phase = find_phase(campaign_phases(ctx, campaign_id), args.phase)
        if ctx.actor is None:  # nobody signed in: the same proof marked DRAFT, numbered not
            return writing(lambda: printing.flyer_proof_pdf(ctx, phase.id, record=False))
        # The version is recorded only once the file is written; a failed write records none.
        return lambda: _flyer_proof(ctx, phase.id, target, database)
    snapshot = load_snapshot(ctx, campaign_id)
    if kind == "checklist":
        phase = find_phase(snapshot, args.phase)
        buyer_id = None
        if args.buyer:
            buyer = next((b for b in snapshot.buyers if b.name == args.buyer.strip()), None)
            if buyer is None:
                raise NotFound("print.unknown_buyer", field="buyer", value=args.buyer)
            buyer_id = buyer.id
        return writing(lambda: printing.checklist_pdf(ctx, phase.id, buyer_id))
    if kind == "display-check":
        floor_id = store_layout(ctx).floor_by_code(args.floor).id if args.floor else None
        if args.date:
            day = parse_day(args.date, "date")
            # Make the sheet now, so a day outside every phase is refused before any file.
            pdf = printing.display_check_pdf(ctx, day, floor_id, campaign_id)
            return writing(lambda: pdf)
        if args.phase:
            phase = find_phase(snapshot, args.phase)
            return writing(lambda: printing.display_check_pack_pdf(ctx, phase.id, floor_id))
        raise DomainError("print.date_or_phase", field="date")
    if kind == "bracket":
        contest_id = None
        if args.contest:
            contest = next((c for c in snapshot.contests if c.name == args.contest.strip()), None)
            if contest is None:
                raise NotFound("not_found.contest", field="contest", value=args.contest)
            contest_id = contest.id
        return writing(lambda: printing.bracket_pdf(ctx, contest_id, campaign_id))
    return writing(lambda: printing.calendar_pdf(ctx, campaign_id))


def _flyer_proof(
    ctx, phase_id: int, target: Path, database: Path | None
) -> tuple[bytes, FlyerProof]:
    """Make the next numbered proof, write it beside target, record it, then move it in.

    Making and syncing the file happen before the proof is recorded, so the database is
    locked for writing only for the record itself; services/proofs.py says why the number
    and the file agree whatever fails (or is killed) in between.
    """
    from promoplanner.printing import record_flyer_proof, unrecorded_flyer_proof

    remove_stale_parts(target.parent)
    with PartFile(target) as part:  # an unwritable folder is refused before anything is made
        proof = unrecorded_flyer_proof(ctx, phase_id)
        part.write(proof.pdf)
        recorded = record_flyer_proof(ctx, proof, lambda: part.put_in_place(database), file=target)
    return proof.pdf, recorded
