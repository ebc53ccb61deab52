"""Planners' activities (gift with purchase, events) and display zones of a phase."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import ActivityKind, DisplayForm, ZoneKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Activity, DisplayZone
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_count, parse_day, parse_money
from promoplanner.services.context import Context
from promoplanner.services.write import Work, check_seen, note_update, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t


def _enum(kind, value, field):
    try:
        return kind(value)
    except ValueError:
        raise DomainError("input.unknown_reference", field=field, value=value) from None


ACTIVITY_FIELDS = (
    "kind", "name", "description", "threshold", "add_on_price", "gift", "gift_stock",
    "start", "end", "location",
)  # fmt: skip
ZONE_FIELDS = ("kind", "display_form", "name", "location", "floor_id", "start", "end")


def activity_values(values: Mapping[str, object]) -> dict[str, object]:
    """The typed values of an activity's fields, refused before anything is read."""
    typed: dict[str, object] = {}
    for key, value in values.items():
        if key == "kind":
            typed[key] = _enum(ActivityKind, value, key)
        elif key in ("name", "gift", "location"):
            typed[key] = clean_text(str(value), key, required=key == "name")
        elif key == "description":
            typed[key] = clean_text(str(value), key, limit=2000, multiline=True)
        elif key in ("threshold", "add_on_price"):
            typed[key] = None if value in (None, "") else parse_money(str(value), key)
        elif key == "gift_stock":
            typed[key] = (
                None if value in (None, "") else parse_count(str(value), key, 0, 10_000_000)
            )
        elif key in ("start", "end"):
            typed[key] = parse_day(value, key)  # type: ignore[arg-type]
        else:
            raise DomainError("input.unknown_field", field=str(key))
    return typed


def save_activity(
    ctx: Context,
    phase_id: int,
    values: Mapping[str, object],
    activity_id: int | None = None,
    *,
    seen_version: int | None = None,
) -> Activity:
    """Create or change an activity; its dates must fall inside its phase."""
    typed = activity_values(values)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        row: t.ActivityRow | None = None
        if activity_id is not None:
            row = session.get(t.ActivityRow, activity_id, with_for_update=True)
            if row is None or row.phase_id != phase_id:
                raise NotFound("not_found.activity", value=activity_id)
        current = row_values(row, ACTIVITY_FIELDS) if row is not None else {}
        merged = ({k: getattr(row, k) for k in ACTIVITY_FIELDS} if row else {}) | typed
        _check_dates(phase, merged.get("start"), merged.get("end"))
        if merged.get("kind") is None or not merged.get("name"):
            raise DomainError("input.required", field="name" if not merged.get("name") else "kind")
        if row is None:
            row = t.ActivityRow(phase_id=phase_id, description="", gift="", location="")
            session.add(row)
        else:
            check_seen(work, row, seen_version, _ref(ObjectKind.ACTIVITY, row), typed)
        for key, value in typed.items():
            setattr(row, key, value)
        session.flush()
        _note(work, ObjectKind.ACTIVITY, row, current, ACTIVITY_FIELDS)
        return convert.activity(row)


def _ref(kind: ObjectKind, row: t.ActivityRow | t.DisplayZoneRow) -> ObjectRef:
    return ObjectRef(kind, row.id, row.name)


def _note(work: Work, kind: ObjectKind, row, before: dict, fields: tuple[str, ...]) -> None:
    after = row_values(row, fields)
    if before:
        note_update(work, _ref(kind, row), before, after, ChangeKind.EVENTS, phase_id=row.phase_id)
    else:
        work.record(Action.CREATE, _ref(kind, row), after=after, phase_id=row.phase_id)
        work.changed(ChangeKind.EVENTS, [row.id], row.phase_id)


def remove_activity(ctx: Context, activity_id: int, *, seen_version: int | None = None) -> None:
    """Drop an activity."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.ActivityRow, activity_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.activity", value=activity_id)
        _remove(work, ObjectKind.ACTIVITY, row, ACTIVITY_FIELDS, seen_version)


def _remove(work: Work, kind: ObjectKind, row, fields: tuple[str, ...], seen: int | None) -> None:
    check_seen(work, row, seen, _ref(kind, row), {"name": None})
    work.record(Action.DELETE, _ref(kind, row), before=row_values(row, fields),
                phase_id=row.phase_id)  # fmt: skip
    work.changed(ChangeKind.EVENTS, [row.id], row.phase_id)
    work.session.delete(row)


def zone_values(values: Mapping[str, object]) -> dict[str, object]:
    """The typed values of a zone's fields (floor checked later), refused before any read."""
    typed: dict[str, object] = {}
    for key, value in values.items():
        if key == "kind":
            typed[key] = _enum(ZoneKind, value, key)
        elif key == "display_form":
            typed[key] = _enum(DisplayForm, value, key)
        elif key in ("name", "location"):
            typed[key] = clean_text(str(value), key, required=key == "name")
        elif key == "floor_id":
            typed[key] = value
        elif key in ("start", "end"):
            typed[key] = parse_day(value, key)  # type: ignore[arg-type]
        else:
            raise DomainError("input.unknown_field", field=str(key))
    return typed


def save_zone(
    ctx: Context,
    phase_id: int,
    values: Mapping[str, object],
    zone_id: int | None = None,
    item_ids: Iterable[int] | None = None,
    *,
    seen_version: int | None = None,
) -> DisplayZone:
    """Create or change a display zone (and, if given, its items) in one transaction."""
    typed = zone_values(values)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        row: t.DisplayZoneRow | None = None
        if zone_id is not None:
            row = session.get(t.DisplayZoneRow, zone_id, with_for_update=True)
            if row is None or row.phase_id != phase_id:
                raise NotFound("not_found.zone", value=zone_id)
        if "floor_id" in typed:
            typed["floor_id"] = _floor_reference(session, typed["floor_id"])
        merged = ({k: getattr(row, k) for k in ZONE_FIELDS} if row else {}) | typed
        _check_dates(phase, merged.get("start"), merged.get("end"))
        if not merged.get("name"):
            raise DomainError("input.required", field="name")
        items = _zone_items(session, phase_id, item_ids) if item_ids is not None else None
        current = row_values(row, (*ZONE_FIELDS, "item_ids")) if row is not None else {}
        if row is None:
            row = t.DisplayZoneRow(phase_id=phase_id, location="")
            session.add(row)
        else:
            check_seen(work, row, seen_version, _ref(ObjectKind.ZONE, row), typed)
        for key, value in typed.items():
            setattr(row, key, value)
        if items is not None:
            row.items = items
        session.flush()
        _note(work, ObjectKind.ZONE, row, current, (*ZONE_FIELDS, "item_ids"))
        return convert.zone(row)


def assign_zone_items(
    ctx: Context, zone_id: int, item_ids: Iterable[int], *, seen_version: int | None = None
) -> DisplayZone:
    """Set which of the phase's items are shown in the zone."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.DisplayZoneRow, zone_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.zone", value=zone_id)
        items = _zone_items(work.session, row.phase_id, item_ids)
        check_seen(work, row, seen_version, _ref(ObjectKind.ZONE, row), {"items": None})
        before = row_values(row, ("item_ids",))
        row.items = items
        flag_modified(row, "name")  # the links live in zone_item; the zone's version rises
        work.session.flush()
        _note(work, ObjectKind.ZONE, row, before, ("item_ids",))
        return convert.zone(row)


def _zone_items(session: Session, phase_id: int, item_ids: Iterable[int]) -> list[t.FlyerItemRow]:
    ids = set(item_ids)
    items = list(
        session.scalars(
            select(t.FlyerItemRow).where(
                t.FlyerItemRow.id.in_(ids), t.FlyerItemRow.deleted_at.is_(None)
            )
        )
    )
    if len(items) != len(ids):
        raise DomainError("input.zone_item_gone", field="items")
    if any(i.phase_id != phase_id for i in items):
        raise DomainError("input.zone_item_other_phase", field="items")
    return items


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


def remove_zone(ctx: Context, zone_id: int, *, seen_version: int | None = None) -> None:
    """Drop a display zone."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.DisplayZoneRow, zone_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.zone", value=zone_id)
        _remove(work, ObjectKind.ZONE, row, (*ZONE_FIELDS, "item_ids"), seen_version)


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
