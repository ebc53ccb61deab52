"""Planners' edits of phases, floor quotas and buyer deadlines."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import BuyerDeadline, FloorQuota, Phase
from promoplanner.core.validation import (
    clean_text,
    parse_count,
    parse_day,
    parse_moment,
    parse_money,
)
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.storage import convert
from promoplanner.storage import tables as t


def update_phase(ctx: Context, phase_id: int, changes: Mapping[str, object]) -> Phase:
    """Change a phase's name, theme, dates, flyer target, print run or negotiation scope."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.PhaseRow, phase_id)
        if row is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        for key, value in changes.items():
            if key in ("name", "theme"):
                setattr(row, key, clean_text(str(value), key, required=key == "name"))
            elif key == "negotiation_scope":
                row.negotiation_scope = clean_text(str(value), key, limit=2000, multiline=True)
            elif key in ("start", "end"):
                setattr(row, key, parse_day(value, key))  # type: ignore[arg-type]
            elif key == "flyer_target":
                row.flyer_target = parse_count(value, key, 0, 100_000)  # type: ignore[arg-type]
            elif key == "print_run":
                row.print_run = parse_count(value, key, 0, 10_000_000)  # type: ignore[arg-type]
            else:
                raise DomainError("input.unknown_field", field=key)
        if row.end < row.start:
            raise DomainError("input.end_before_start", field="end", start=row.start, end=row.end)
        if session.scalar(
            select(t.PhaseRow.id).where(
                t.PhaseRow.campaign_id == row.campaign_id,
                t.PhaseRow.name == row.name,
                t.PhaseRow.id != row.id,
            )
        ):
            raise DomainError("input.phase_name_taken", field="name", name=row.name)
        session.flush()
        return convert.phase(row)


def set_quota(
    ctx: Context,
    phase_id: int,
    floor_id: int,
    min_items: int | str,
    max_items: int | str,
    min_sensitive: int | str = 0,
    negotiation_scope: str = "",
) -> FloorQuota:
    """Set (or create) a floor's item quota in a phase."""
    require_role(ctx, Role.PLANNER)
    low = parse_count(min_items, "min_items", 0, 100_000)
    high = parse_count(max_items, "max_items", 0, 100_000)
    sensitive = parse_count(min_sensitive, "min_sensitive", 0, 100_000)
    if high < low:
        raise DomainError("input.max_below_min", field="max_items", min=low, max=high)
    if sensitive > high:
        raise DomainError(
            "input.sensitive_above_max", field="min_sensitive", sensitive=sensitive, max=high
        )
    with ctx.uow.transaction() as session:
        if session.get(t.PhaseRow, phase_id) is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        if session.get(t.FloorRow, floor_id) is None:
            raise NotFound("not_found.floor", value=floor_id)
        row = session.scalar(
            select(t.FloorQuotaRow).where(
                t.FloorQuotaRow.phase_id == phase_id, t.FloorQuotaRow.floor_id == floor_id
            )
        )
        if row is None:
            row = t.FloorQuotaRow(phase_id=phase_id, floor_id=floor_id)
            session.add(row)
        row.min_items, row.max_items, row.min_sensitive = low, high, sensitive
        row.negotiation_scope = clean_text(
            negotiation_scope, "negotiation_scope", limit=2000, multiline=True
        )
        session.flush()
        return convert.quota(row)


def remove_quota(ctx: Context, quota_id: int) -> None:
    """Drop a floor's quota from a phase."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.FloorQuotaRow, quota_id)
        if row is None:
            raise NotFound("not_found.quota", value=quota_id)
        session.delete(row)


def set_deadline(
    ctx: Context,
    phase_id: int,
    due: datetime | str,
    what: str,
    assessment: Decimal | str = Decimal("0"),
    deadline_id: int | None = None,
) -> BuyerDeadline:
    """Add a buyer deadline to a phase, or change one."""
    require_role(ctx, Role.PLANNER)
    moment = parse_moment(due, "due")
    amount = parse_money(
        assessment if isinstance(assessment, str | Decimal) else str(assessment), "assessment"
    )
    text = clean_text(what, "what", required=True, limit=2000)
    with ctx.uow.transaction() as session:
        if session.get(t.PhaseRow, phase_id) is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        row: t.DeadlineRow | None
        if deadline_id is None:
            row = t.DeadlineRow(phase_id=phase_id)
            session.add(row)
        else:
            row = session.get(t.DeadlineRow, deadline_id)
        if row is None or row.phase_id != phase_id:
            raise NotFound("not_found.deadline", value=deadline_id)
        row.due, row.what, row.assessment = moment, text, amount
        session.flush()
        return convert.deadline(row)


def remove_deadline(ctx: Context, deadline_id: int) -> None:
    """Drop a deadline."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.DeadlineRow, deadline_id)
        if row is None:
            raise NotFound("not_found.deadline", value=deadline_id)
        session.delete(row)
