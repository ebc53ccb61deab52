"""Reads that return core values: whole campaign snapshots and item lists in bulk."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from promoplanner.core import model
from promoplanner.storage import convert
from promoplanner.storage import tables as t


def floors(session: Session) -> tuple[model.Floor, ...]:
    """All floors in floor order."""
    rows = session.scalars(select(t.FloorRow).order_by(t.FloorRow.sort_order, t.FloorRow.code))
    return tuple(convert.floor(r) for r in rows)


def items_of_phases(session: Session, phase_ids: list[int]) -> tuple[model.FlyerItem, ...]:
    """Live items of the phases, read as plain rows (fast for tens of thousands)."""
    if not phase_ids:
        return ()
    table = t.FlyerItemRow.__table__
    result = session.execute(
        select(table)
        .where(table.c.phase_id.in_(phase_ids), table.c.deleted_at.is_(None))
        .order_by(table.c.id)
    )
    return tuple(convert.item_from_mapping(r) for r in result.mappings())


def snapshot(session: Session, campaign_id: int) -> model.CampaignSnapshot:
    """Everything about one campaign, as frozen values."""
    row = session.get(t.CampaignRow, campaign_id)
    if row is None:
        raise LookupError(campaign_id)
    phase_rows = session.scalars(
        select(t.PhaseRow)
        .where(t.PhaseRow.campaign_id == campaign_id)
        .options(selectinload(t.PhaseRow.quotas), selectinload(t.PhaseRow.deadlines))
        .order_by(t.PhaseRow.number)
    ).all()
    phase_ids = [p.id for p in phase_rows]
    in_phases = t.PhaseRow.id.in_(phase_ids)
    zone_rows = session.scalars(
        select(t.DisplayZoneRow).join(t.PhaseRow).where(in_phases).order_by(t.DisplayZoneRow.id)
    ).all()
    # The zones' item ids by one plain read of the link table (not every item as an object).
    zone_items: dict[int, list[int]] = {z.id: [] for z in zone_rows}
    if zone_rows:
        link, item = t.zone_item, t.FlyerItemRow.__table__
        for zone_id, item_id in session.execute(
            select(link.c.zone_id, link.c.item_id)
            .join(item, item.c.id == link.c.item_id)
            .where(link.c.zone_id.in_(list(zone_items)), item.c.deleted_at.is_(None))
        ):  # a deleted item keeps its link for its restore, but shows in no zone
            zone_items[zone_id].append(item_id)
    return model.CampaignSnapshot(
        campaign=convert.campaign(row),
        floors=floors(session),
        phases=tuple(convert.phase(p) for p in phase_rows),
        quotas=tuple(convert.quota(q) for p in phase_rows for q in p.quotas),
        deadlines=tuple(convert.deadline(d) for p in phase_rows for d in p.deadlines),
        items=items_of_phases(session, phase_ids),
        buyers=tuple(
            convert.buyer(b)
            for b in session.scalars(
                select(t.BuyerRow)
                .options(selectinload(t.BuyerRow.floors))
                .order_by(t.BuyerRow.name)
            )
        ),
        departments=tuple(
            convert.department(d)
            for d in session.scalars(
                select(t.DepartmentRow).order_by(
                    t.DepartmentRow.floor_id, t.DepartmentRow.sort_order
                )
            )
        ),
        activities=tuple(
            convert.activity(a)
            for a in session.scalars(
                select(t.ActivityRow)
                .join(t.PhaseRow)
                .where(in_phases)
                .order_by(t.ActivityRow.start, t.ActivityRow.id)
            )
        ),
        zones=tuple(convert.zone(z, zone_items[z.id]) for z in zone_rows),
        contests=tuple(
            convert.contest(c)
            for c in session.scalars(
                select(t.ContestRow).join(t.PhaseRow).where(in_phases).order_by(t.ContestRow.id)
            )
        ),
        holidays=tuple(convert.holiday(h) for h in row.holidays),
    )
