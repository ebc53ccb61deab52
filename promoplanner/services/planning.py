"""Planners' edits of phases, floor quotas and buyer deadlines, and reopening a deadline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import BuyerDeadline, FloorQuota, Phase, is_default_task
from promoplanner.core.people import Right
from promoplanner.core.validation import (
    clean_text,
    parse_count,
    parse_day,
    parse_moment,
    parse_money,
)
from promoplanner.services.context import Context
from promoplanner.services.write import check_seen, note_update, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

PHASE_FIELDS = ("name", "theme", "start", "end", "flyer_target", "print_run", "negotiation_scope")
QUOTA_FIELDS = ("floor_id", "min_items", "max_items", "min_sensitive", "negotiation_scope")
DEADLINE_FIELDS = ("due", "what", "assessment")


def phase_ref(row: t.PhaseRow) -> ObjectRef:
    """How the history names a phase."""
    return ObjectRef(ObjectKind.PHASE, row.id, row.name)


def phase_changes(changes: Mapping[str, object]) -> dict[str, object]:
    """The typed values of a phase's changed fields, refused before anything is read."""
    typed: dict[str, object] = {}
    for key, value in changes.items():
        if key in ("name", "theme"):
            typed[key] = clean_text(str(value), key, required=key == "name")
        elif key == "negotiation_scope":
            typed[key] = clean_text(str(value), key, limit=2000, multiline=True)
        elif key in ("start", "end"):
            typed[key] = parse_day(value, key)  # type: ignore[arg-type]
        elif key == "flyer_target":
            typed[key] = parse_count(value, key, 0, 100_000)  # type: ignore[arg-type]
        elif key == "print_run":
            typed[key] = parse_count(value, key, 0, 10_000_000)  # type: ignore[arg-type]
        else:
            raise DomainError("input.unknown_field", field=str(key))
    return typed


def update_phase(
    ctx: Context,
    phase_id: int,
    changes: Mapping[str, object],
    *,
    seen_version: int | None = None,
) -> Phase:
    """Change a phase's name, theme, dates, flyer target, print run or negotiation scope."""
    typed = phase_changes(changes)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        row = session.get(t.PhaseRow, phase_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        start, end = typed.get("start", row.start), typed.get("end", row.end)
        if end < start:  # type: ignore[operator]
            raise DomainError("input.end_before_start", field="end", start=start, end=end)
        name = typed.get("name", row.name)
        if session.scalar(
            select(t.PhaseRow.id).where(
                t.PhaseRow.campaign_id == row.campaign_id,
                t.PhaseRow.name == name,
                t.PhaseRow.id != row.id,
            )
        ):
            raise DomainError("input.phase_name_taken", field="name", name=name)
        check_seen(work, row, seen_version, phase_ref(row), typed)
        before = row_values(row, PHASE_FIELDS)
        for key, value in typed.items():
            setattr(row, key, value)
        session.flush()
        note_update(
            work, phase_ref(row), before, row_values(row, PHASE_FIELDS), ChangeKind.PLANNING,
            phase_id=row.id, campaign_id=row.campaign_id,
        )  # fmt: skip
        return convert.phase(row)


def set_quota(
    ctx: Context,
    phase_id: int,
    floor_id: int,
    min_items: int | str,
    max_items: int | str,
    min_sensitive: int | str = 0,
    negotiation_scope: str = "",
    *,
    seen_version: int | None = None,
) -> FloorQuota:
    """Set (or create) a floor's item quota in a phase."""
    low = parse_count(min_items, "min_items", 0, 100_000)
    high = parse_count(max_items, "max_items", 0, 100_000)
    sensitive = parse_count(min_sensitive, "min_sensitive", 0, 100_000)
    scope = clean_text(negotiation_scope, "negotiation_scope", limit=2000, multiline=True)
    if high < low:
        raise DomainError("input.max_below_min", field="max_items", min=low, max=high)
    if sensitive > high:
        raise DomainError(
            "input.sensitive_above_max", field="min_sensitive", sensitive=sensitive, max=high
        )
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        floor = session.get(t.FloorRow, floor_id)
        if floor is None:
            raise NotFound("not_found.floor", value=floor_id)
        row = session.scalar(
            select(t.FloorQuotaRow)
            .where(t.FloorQuotaRow.phase_id == phase_id, t.FloorQuotaRow.floor_id == floor_id)
            .with_for_update()
        )
        ref = ObjectRef(ObjectKind.QUOTA, row.id if row else 0, f"{phase.name} {floor.code}")
        new = row is None
        if row is None:
            row = t.FloorQuotaRow(phase_id=phase_id, floor_id=floor_id)
            session.add(row)
        else:
            check_seen(work, row, seen_version, ref, {"min_items": low, "max_items": high})
        before = {} if new else row_values(row, QUOTA_FIELDS)
        row.min_items, row.max_items, row.min_sensitive = low, high, sensitive
        row.negotiation_scope = scope
        session.flush()
        ref = ObjectRef(ObjectKind.QUOTA, row.id, ref.label)
        after = row_values(row, QUOTA_FIELDS)
        if new:
            work.record(Action.CREATE, ref, after=after, phase_id=phase_id)
            work.changed(ChangeKind.PLANNING, [row.id], phase_id)
        else:
            note_update(work, ref, before, after, ChangeKind.PLANNING, phase_id=phase_id)
        return convert.quota(row)


def remove_quota(ctx: Context, quota_id: int, *, seen_version: int | None = None) -> None:
    """Drop a floor's quota from a phase."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.FloorQuotaRow, quota_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.quota", value=quota_id)
        ref = ObjectRef(ObjectKind.QUOTA, row.id, str(row.floor_id))
        check_seen(work, row, seen_version, ref, {"min_items": None})
        work.record(Action.DELETE, ref, before=row_values(row, QUOTA_FIELDS), phase_id=row.phase_id)
        work.changed(ChangeKind.PLANNING, [row.id], row.phase_id)
        work.session.delete(row)


def set_deadline(
    ctx: Context,
    phase_id: int,
    due: datetime | str,
    what: str,
    assessment: Decimal | str = Decimal("0"),
    deadline_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> BuyerDeadline:
    """Add a buyer deadline to a phase, or change one."""
    moment = parse_moment(due, "due")
    amount = parse_money(
        assessment if isinstance(assessment, str | Decimal) else str(assessment), "assessment"
    )
    typed = clean_text(what, "what", limit=2000)
    text = "" if is_default_task(typed) else typed  # the usual task: said in the reader's words
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        if moment.date() > phase.end:
            # Buyers hand in so the flyer can be laid out; after the sale is over, nobody can.
            raise DomainError(
                "deadline.after_phase", field="due", due=f"{moment:%Y-%m-%d %H:%M}",
                phase=phase.name, start=f"{phase.start:%Y-%m-%d}", end=f"{phase.end:%Y-%m-%d}",
            )  # fmt: skip
        row: t.DeadlineRow | None
        if deadline_id is None:
            row = t.DeadlineRow(phase_id=phase_id)
            session.add(row)
            before = None
        else:
            row = session.get(t.DeadlineRow, deadline_id, with_for_update=True)
            if row is None or row.phase_id != phase_id:
                raise NotFound("not_found.deadline", value=deadline_id)
            check_seen(work, row, seen_version, _deadline_ref(row), {"due": moment})
            before = row_values(row, DEADLINE_FIELDS)
        row.due, row.what, row.assessment = moment, text, amount
        session.flush()
        after = row_values(row, DEADLINE_FIELDS)
        if before is None:
            work.record(Action.CREATE, _deadline_ref(row), after=after, phase_id=phase_id)
            work.changed(ChangeKind.PLANNING, [row.id], phase_id)
        else:
            note_update(
                work, _deadline_ref(row), before, after, ChangeKind.PLANNING, phase_id=phase_id
            )
        return convert.deadline(row)


def remove_deadline(ctx: Context, deadline_id: int, *, seen_version: int | None = None) -> None:
    """Drop a deadline."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.DeadlineRow, deadline_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.deadline", value=deadline_id)
        check_seen(work, row, seen_version, _deadline_ref(row), {"due": None})
        work.record(
            Action.DELETE, _deadline_ref(row), before=row_values(row, DEADLINE_FIELDS),
            phase_id=row.phase_id,
        )  # fmt: skip
        work.changed(ChangeKind.PLANNING, [row.id], row.phase_id)
        work.session.delete(row)


def reopen_deadline(
    ctx: Context,
    phase_id: int,
    until: datetime | str,
    reason: str,
    buyer_id: int | None = None,
) -> None:
    """Let buyers (one, or every buyer) change the phase's items after its deadline, until then."""
    moment = parse_moment(until, "until")
    why = clean_text(reason, "reason", limit=2000)
    if not why:
        raise DomainError("rights.reopen_reason", field="reason")
    with writing(ctx) as work:
        work.require(Right.REOPEN_DEADLINE)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        if moment <= work.now:
            raise DomainError(
                "rights.reopen_until_past", field="until", now=f"{work.now:%Y-%m-%d %H:%M}"
            )
        buyer = session.get(t.BuyerRow, buyer_id) if buyer_id is not None else None
        if buyer_id is not None and buyer is None:
            raise NotFound("not_found.buyer")
        assert work.person is not None
        row = t.DeadlineReopeningRow(
            phase_id=phase_id, buyer_id=buyer_id, until=moment, reason=why,
            by_person_id=work.person.id, at=work.now,
        )  # fmt: skip
        session.add(row)
        session.flush()
        label = f"{phase.name} — {buyer.name if buyer else '*'}"
        work.record(
            Action.REOPEN, ObjectRef(ObjectKind.PHASE, phase.id, label),
            after={"until": f"{moment:%Y-%m-%dT%H:%M}", "buyer_id": buyer_id},
            phase_id=phase_id, campaign_id=phase.campaign_id, reason=why,
        )  # fmt: skip
        work.changed(ChangeKind.PLANNING, [phase_id], phase_id)
        work.changed(ChangeKind.ITEMS, (), phase_id)


def _deadline_ref(row: t.DeadlineRow) -> ObjectRef:
    return ObjectRef(ObjectKind.DEADLINE, row.id, f"{row.due:%Y-%m-%d %H:%M}" if row.due else "")
