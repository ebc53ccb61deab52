"""Planners' activities (gift with purchase, events) and display zones of a phase."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.enums import ActivityKind, DisplayForm, Role, ZoneKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Activity, DisplayZone
from promoplanner.core.validation import clean_text, parse_count, parse_day, parse_money
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.storage import convert
from promoplanner.storage import tables as t


def _enum(kind, value, field):
    try:
        return kind(value)
    except ValueError:
        raise DomainError("input.unknown_reference", field=field, value=value) from None


def save_activity(
    ctx: Context, phase_id: int, values: Mapping[str, object], activity_id: int | None = None
) -> Activity:
    """Create or change an activity; its dates must fall inside its phase."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        row: t.ActivityRow | None
        if activity_id is None:
            row = t.ActivityRow(phase_id=phase_id, description="", gift="", location="")
            session.add(row)
        else:
            row = session.get(t.ActivityRow, activity_id)
        if row is None or row.phase_id != phase_id:
            raise NotFound("not_found.activity", value=activity_id)
        for key, value in values.items():
            if key == "kind":
                row.kind = _enum(ActivityKind, value, key)
            elif key in ("name", "gift", "location"):
                setattr(row, key, clean_text(str(value), key, required=key == "name"))
            elif key == "description":
                row.description = clean_text(str(value), key, limit=2000, multiline=True)
            elif key in ("threshold", "add_on_price"):
                setattr(row, key, None if value in (None, "") else parse_money(str(value), key))
            elif key == "gift_stock":
                row.gift_stock = (
                    None if value in (None, "") else parse_count(str(value), key, 0, 10_000_000)
                )
            elif key in ("start", "end"):
                setattr(row, key, parse_day(value, key))  # type: ignore[arg-type]
            else:
                raise DomainError("input.unknown_field", field=key)
        _check_dates(phase, row.start, row.end)
        if row.kind is None or not row.name:
            raise DomainError("input.required", field="name" if not row.name else "kind")
        session.flush()
        return convert.activity(row)


def remove_activity(ctx: Context, activity_id: int) -> None:
    """Drop an activity."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.ActivityRow, activity_id)
        if row is None:
            raise NotFound("not_found.activity", value=activity_id)
        session.delete(row)


def save_zone(
    ctx: Context,
    phase_id: int,
    values: Mapping[str, object],
    zone_id: int | None = None,
    item_ids: Iterable[int] | None = None,
) -> DisplayZone:
    """Create or change a display zone (and, if given, its items) in one transaction."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        row: t.DisplayZoneRow | None
        if zone_id is None:
            row = t.DisplayZoneRow(phase_id=phase_id, location="")
            session.add(row)
        else:
            row = session.get(t.DisplayZoneRow, zone_id)
        if row is None or row.phase_id != phase_id:
            raise NotFound("not_found.zone", value=zone_id)
        for key, value in values.items():
            if key == "kind":
                row.kind = _enum(ZoneKind, value, key)
            elif key == "display_form":
                row.display_form = _enum(DisplayForm, value, key)
            elif key in ("name", "location"):
                setattr(row, key, clean_text(str(value), key, required=key == "name"))
            elif key == "floor_id":
                row.floor_id = _floor_reference(session, value)
            elif key in ("start", "end"):
                setattr(row, key, parse_day(value, key))  # type: ignore[arg-type]
            else:
                raise DomainError("input.unknown_field", field=key)
        _check_dates(phase, row.start, row.end)
        if not row.name:
            raise DomainError("input.required", field="name")
        if item_ids is not None:
            _set_zone_items(session, row, item_ids)
        session.flush()
        return convert.zone(row)


def assign_zone_items(ctx: Context, zone_id: int, item_ids: Iterable[int]) -> DisplayZone:
    """Set which of the phase's items are shown in the zone."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.DisplayZoneRow, zone_id)
        if row is None:
            raise NotFound("not_found.zone", value=zone_id)
        _set_zone_items(session, row, item_ids)
        session.flush()
        return convert.zone(row)


def _set_zone_items(session: Session, row: t.DisplayZoneRow, item_ids: Iterable[int]) -> None:
    ids = set(item_ids)
    items = list(session.scalars(select(t.FlyerItemRow).where(t.FlyerItemRow.id.in_(ids))))
    if len(items) != len(ids):
        raise DomainError("input.zone_item_gone", field="items")
    if any(i.phase_id != row.phase_id for i in items):
        raise DomainError("input.zone_item_other_phase", field="items")
    row.items = items


def _floor_reference(session: Session, value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        floor = session.get(t.FloorRow, int(str(value)))
    except ValueError:
        floor = None
    if floor is None:
        raise DomainError("input.unknown_reference", field="floor_id", value=value)
    return floor.id


def remove_zone(ctx: Context, zone_id: int) -> None:
    """Drop a display zone."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.DisplayZoneRow, zone_id)
        if row is None:
            raise NotFound("not_found.zone", value=zone_id)
        session.delete(row)


def _check_dates(phase: t.PhaseRow, start, end) -> None:
    if start is None or end is None:
        raise DomainError("input.required", field="start" if start is None else "end")
    if end < start:
        raise DomainError("input.end_before_start", field="end", start=start, end=end)
    if not (phase.start <= start and end <= phase.end):
        raise DomainError(
            "input.outside_phase",
            field="start" if start < phase.start else "end",
            start=start,
            end=end,
            phase_start=phase.start,
            phase_end=phase.end,
        )
