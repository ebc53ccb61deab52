"""Reading the history: what changed, by whom and when; nothing here can change it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from promoplanner.core.audit import Action, HistoryEntry, ObjectKind, ObjectRef
from promoplanner.services.context import Context
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class HistoryQuery:
    """Which entries to read: of a phase, a person, an object, an action, since a day."""

    phase_id: int | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    action: Action | None = None
    object: tuple[ObjectKind, int] | None = None
    limit: int | None = None


def list_history(ctx: Context, query: HistoryQuery = HistoryQuery()) -> list[HistoryEntry]:
    """The matching entries, oldest first."""
    h = t.HistoryRow
    what = select(h).order_by(h.id)
    if query.phase_id is not None:
        what = what.where(h.phase_id == query.phase_id)
    if query.user:
        what = what.where(h.user_name == query.user.strip())
    if query.since is not None:
        what = what.where(h.at >= datetime.combine(query.since, time.min))
    if query.until is not None:
        what = what.where(h.at <= datetime.combine(query.until, time.max))
    if query.action is not None:
        what = what.where(h.action == query.action.value)
    if query.object is not None:
        kind, ident = query.object
        what = what.where(h.object_kind == kind.value, h.object_id == ident)
    if query.limit is not None:
        what = what.order_by(None).order_by(h.id.desc()).limit(query.limit)
    with ctx.uow.reading() as session:
        entries = [_entry(r) for r in session.scalars(what)]
    if query.limit is not None:
        entries.reverse()
    return entries


def object_history(ctx: Context, kind: ObjectKind, ident: int) -> list[HistoryEntry]:
    """Every entry about one object (an item's history), oldest first."""
    return list_history(ctx, HistoryQuery(object=(kind, ident)))


def _entry(row: t.HistoryRow) -> HistoryEntry:
    return HistoryEntry(
        id=row.id,
        at=row.at,
        real_at=row.real_at,
        user=row.user_name,
        action=Action(row.action),
        object=ObjectRef(ObjectKind(row.object_kind), row.object_id, row.label),
        before=json.loads(row.before) if row.before else None,
        after=json.loads(row.after) if row.after else None,
        phase_id=row.phase_id,
        campaign_id=row.campaign_id,
        reason=row.reason,
    )
