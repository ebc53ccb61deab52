"""Importing a buyer's sheet: every row checked as the grid checks it, then one transaction.

A preview checks every row (rights, deadline, prices, barcodes, references, the same
barcode twice in the file) on a session that writes nothing, and says per row whether it
adds an item, changes the phase's item with that barcode, or leaves it as it is. The
import checks every row again under the write lock and writes all of them with their
history, or — when any row is bad, the deadline passed meanwhile, or Cancel was pressed —
none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.fields import FIELDS_BY_NAME, FieldsRefused, label_problems
from promoplanner.core.i18n import Language, WordList, Words, text
from promoplanner.core.import_preview import (
    ImportPreview,
    ImportRow,
    PreviewRow,
    RowProblem,
    RowState,
    RowVerdict,
    classify,
    with_problems,
)
from promoplanner.core.people import Right
from promoplanner.core.sheet import Header, Sheet, missing_columns, row_values
from promoplanner.services import items as item_service
from promoplanner.services.context import Context
from promoplanner.services.write import Work, checking_only, writing
from promoplanner.storage import tables as t

BLOCK = 1000  # rows written per flush: bounded memory for a head office's 50,000
REPORTED = 20  # problems a refusal lists before it only counts the rest

Progress = Callable[[int, int], None]  # (rows done, rows in all), checking then writing
Cancelled = Callable[[], bool]


class ImportCancelled(DomainError):
    """The person pressed Cancel; nothing of the import was kept."""


class ImportRefused(DomainError):
    """Rows of the sheet are bad; each problem is listed, and nothing was imported."""

    def __init__(self, problems: Sequence[RowProblem], rows: int) -> None:
        self.problems = list(problems)
        self.rows = rows  # how many rows are bad
        first = problems[0].error
        super().__init__("sheet.bad_rows", field=first.field, count=rows)

    def message(self, language: Language | str | None = None) -> str:
        """The count, then each problem with its row number and column."""
        lines = [text("sheet.bad_rows", language, count=self.rows)]
        lines += [problem_text(p, language) for p in self.problems[:REPORTED]]
        if len(self.problems) > REPORTED:
            lines.append(text("sheet.more_rows", language, count=len(self.problems) - REPORTED))
        return "\n".join(lines)


def problem_text(problem: RowProblem, language: Language | str | None = None) -> str:
    """ "Row 12, column D (原价): …" as the preview and the refusal say it."""
    if problem.column:
        return text(
            "sheet.row_problem", language, row=problem.number, column=problem.column,
            header=problem.header, reason=problem.message(language),
        )  # fmt: skip
    return text(
        "sheet.row_problem_no_column", language, row=problem.number,
        reason=problem.message(language),
    )  # fmt: skip


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    source: str
    phase_id: int
    created: tuple[int, ...]
    changed: tuple[int, ...]
    unchanged: int


def preview_import(
    ctx: Context,
    phase_id: int,
    sheet: Sheet,
    *,
    buyer: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """Every row of the sheet checked, with what importing it would do; nothing is written."""
    with checking_only(ctx) as work:
        defaults = import_defaults(work, buyer)
        _check_columns(sheet.header, defaults)
        rows = []
        for row in sheet.rows:
            values, problems = row_values(sheet.header, row)
            rows.append(ImportRow(row.number, values, tuple(problems)))
        verdicts = _verdicts(
            work, phase_id, rows, defaults, progress=progress, cancelled=cancelled, total=len(rows)
        )[0]
    preview_rows = [
        PreviewRow(r.number, dict(r.values), v, cell_problems=list(r.problems))
        for r, v in zip(rows, verdicts, strict=True)
    ]
    return ImportPreview(
        phase_id, sheet.name, sheet.header, preview_rows, sheet.skipped_empty, defaults
    )


def recheck_preview(ctx: Context, preview: ImportPreview) -> ImportPreview:
    """Check the preview's rows again (after a fix or a row left out); the same preview."""
    with checking_only(ctx) as work:
        verdicts = _verdicts(work, preview.phase_id, preview.rows_to_check(), preview.defaults)[0]
    preview.apply(verdicts)
    return preview


def import_preview(
    ctx: Context,
    preview: ImportPreview,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import the rows the preview still holds, as fixed there: all of them or none."""
    return import_items(
        ctx, preview.phase_id, preview.rows_to_check(), defaults=preview.defaults,
        source=preview.source, header=preview.header, progress=progress, cancelled=cancelled,
    )  # fmt: skip


def import_items(
    ctx: Context,
    phase_id: int,
    rows: Sequence[ImportRow],
    *,
    defaults: Mapping[str, object] | None = None,
    source: str = "",
    header: Header | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Add or change the phase's items from the rows in one transaction, with history."""
    with writing(ctx) as work:
        work.require(Right.EDIT_OWN_ITEMS, Right.EDIT_ALL_ITEMS)
        verdicts, checking, matched = _verdicts(
            work, phase_id, rows, dict(defaults or {}), locking=True,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        _refuse_bad(verdicts, header)
        total = 2 * len(verdicts)
        done = len(verdicts)
        new = [v for v in verdicts if v.state is RowState.NEW]
        created: list[int] = []
        for start in range(0, len(new), BLOCK):
            _stop_if(cancelled)
            block = new[start : start + BLOCK]
            created += item_service.insert_item_values(checking, [v.saved for v in block])
            work.flush_history()
            done += len(block)
            _report(progress, done, total)
        changed = [v for v in verdicts if v.state is RowState.CHANGED]
        for start in range(0, len(changed), BLOCK):
            _stop_if(cancelled)
            for verdict in changed[start : start + BLOCK]:
                assert verdict.item_id is not None
                item_service.apply_change(work, matched[verdict.item_id], verdict.changes)
            work.session.flush()
            work.flush_history()
            done += min(BLOCK, len(changed) - start)
            _report(progress, done, total)
        unchanged = sum(1 for v in verdicts if v.state is RowState.UNCHANGED)
        work.record(
            Action.IMPORT, ObjectRef(ObjectKind.SHEET, phase_id, source or "—"),
            after={"rows": len(verdicts), "new": len(created), "changed": len(changed),
                   "unchanged": unchanged},
            phase_id=phase_id, campaign_id=checking.phase.campaign_id,
        )  # fmt: skip
        work.changed(
            ChangeKind.ITEMS, created + [v.item_id for v in changed if v.item_id], phase_id
        )
        _stop_if(cancelled)  # Cancel up to the last moment still keeps nothing
        _report(progress, total, total)
        return ImportResult(
            source, phase_id, tuple(created),
            tuple(v.item_id for v in changed if v.item_id), unchanged,
        )  # fmt: skip


def import_defaults(work: Work, buyer: str | None) -> dict[str, object]:
    """What rows without a buyer or floor column get: the buyer named (by a planner) or the
    signed-in buyer, and that buyer's floor when they buy for one floor only."""
    defaults: dict[str, object] = {}
    session = work.session
    if buyer:
        if not work.may(Right.EDIT_ALL_ITEMS):
            raise DomainError("sheet.not_a_buyer_default", field="buyer_id")
        row = session.scalar(select(t.BuyerRow).where(t.BuyerRow.name == buyer.strip()))
        if row is None:
            raise DomainError("bulk.unknown_buyer", field="buyer_id", value=buyer.strip())
        defaults["buyer_id"] = row.id
    elif work.person is not None and work.person.buyer_id is not None:
        row = session.get(t.BuyerRow, work.person.buyer_id)
    else:
        row = None
    if row is not None and len(row.floors) == 1:
        defaults["floor_id"] = row.floors[0].id
    return defaults


def _check_columns(header: Header, defaults: Mapping[str, object]) -> None:
    missing = missing_columns(header, defaults)
    if missing:
        names = WordList(*(Words(f"column.{name}") for name in missing))
        raise DomainError("sheet.missing_columns", field=missing[0], fields=names)


def _verdicts(
    work: Work,
    phase_id: int,
    rows: Sequence[ImportRow],
    defaults: Mapping[str, object],
    *,
    locking: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    total: int | None = None,
) -> tuple[list[RowVerdict], item_service.Checking, dict[int, t.FlyerItemRow]]:
    """Each row checked against the phase as stored, every problem of each row kept."""
    full = [dict(defaults) | dict(r.values) for r in rows]
    checking = item_service.start_checking(
        work, phase_id, [item_service.barcode_of(v) for v in full]
    )
    refused = checking.rights.lock_error(work.now)
    if refused is not None:  # the deadline passed (maybe while the preview was open)
        raise refused
    matched = _matched_rows(work.session, [i for i, _ in checking.taken.values()], locking)
    verdicts = []
    for count, (row, values) in enumerate(zip(rows, full, strict=True), start=1):
        if count % 500 == 0:
            _stop_if(cancelled)
            _report(progress, count, total or 2 * len(rows))
        verdicts.append(
            with_problems(_verdict(checking, matched, row.number, values), row.problems)
        )
    return verdicts, checking, matched


def _verdict(
    checking: item_service.Checking,
    matched: Mapping[int, t.FlyerItemRow],
    number: int,
    values: Mapping[str, object],
) -> RowVerdict:
    owner = checking.taken.get(item_service.barcode_of(values))
    row = matched.get(owner[0]) if owner is not None else None
    # A row is checked as the grid checks it, the price label's fields too (Art. 7): the
    # grid marks such an item as an error; an import would bring it in unseen.
    label = label_problems({**item_service.item_values_typed(row), **values} if row else values)
    try:
        if row is not None:
            differs = item_service.checked_change(checking, row, values, None, number)
            saved = item_service.item_values_typed(row) | differs
            verdict = RowVerdict(number, classify(row.id, differs), (), row.id, saved, differs)
        else:
            typed = item_service.checked_new(checking, values, number)
            verdict = RowVerdict(number, RowState.NEW, (), None, typed)
        return with_problems(verdict, label_problems(verdict.saved))
    except FieldsRefused as refused:
        return _bad(number, refused.problems, label)
    except PromoError as error:
        return _bad(number, [error], label)


def _bad(number: int, problems: Sequence[PromoError], label: Sequence[PromoError]) -> RowVerdict:
    """A bad row's problems, with the label's empty fields not already said."""
    said = {p.field for p in problems}
    extra = [p for p in label if p.field not in said]
    return RowVerdict(number, RowState.BAD, (*problems, *extra))


def _matched_rows(session: Session, ids: Sequence[int], locking: bool) -> dict[int, t.FlyerItemRow]:
    found: dict[int, t.FlyerItemRow] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        what = select(t.FlyerItemRow).where(t.FlyerItemRow.id.in_(wanted[start : start + 500]))
        if locking:
            what = what.with_for_update()
        found.update({r.id: r for r in session.scalars(what)})
    return found


def _refuse_bad(verdicts: Sequence[RowVerdict], header: Header | None) -> None:
    bad = [v for v in verdicts if v.state is RowState.BAD]
    if bad:
        problems = []
        for verdict in bad:
            for error in verdict.problems:
                column = header.column_of(error.field) if header else None
                problems.append(
                    RowProblem(
                        verdict.number, column.letter if column else "",
                        column.header if column else _label(error.field), error,
                    )
                )  # fmt: skip
        raise ImportRefused(problems, len(bad))
    if not verdicts:
        raise DomainError("sheet.nothing_to_import")


def _label(field: str | None) -> str:
    return FIELDS_BY_NAME[field].label() if field in FIELDS_BY_NAME else ""


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("sheet.cancelled")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


__all__ = [
    "ImportCancelled", "ImportRefused", "ImportResult", "import_items",
    "import_preview", "preview_import", "problem_text", "recheck_preview",
]  # fmt: skip
