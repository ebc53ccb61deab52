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


def used_by_campaign(session: Session, campaign_id: int | None) -> dict[str, set[int]]:
    """Ids of the floors, departments and buyers the campaign's phases refer to."""
    used: dict[str, set[int]] = {"floor": set(), "department": set(), "buyer": set()}
    if campaign_id is None:
        return used
    phases = select(t.PhaseRow.id).where(t.PhaseRow.campaign_id == campaign_id)
    item = t.FlyerItemRow
    rows = session.execute(
        select(item.floor_id, item.department_id, item.buyer_id)
        .where(item.phase_id.in_(phases), item.deleted_at.is_(None))
        .distinct()
    )
    for floor_id, department_id, buyer_id in rows:
        used["floor"].add(floor_id)
        if department_id is not None:
            used["department"].add(department_id)
        if buyer_id is not None:
            used["buyer"].add(buyer_id)
    used["floor"].update(
        session.scalars(
            select(t.FloorQuotaRow.floor_id).where(t.FloorQuotaRow.phase_id.in_(phases))
        )
    )
    used["floor"].update(
        f
        for f in session.scalars(
            select(t.DisplayZoneRow.floor_id).where(t.DisplayZoneRow.phase_id.in_(phases))
        )
        if f is not None
    )
    return used


def offered_floors(session: Session, campaign_id: int | None) -> tuple[model.Floor, ...]:
    """The floors in use now, and the retired ones the campaign still refers to."""
    used = used_by_campaign(session, campaign_id)["floor"]
    return tuple(f for f in floors(session) if not f.retired or f.id in used)


def offered_departments(
    session: Session, campaign_id: int | None, used: set[int] | None = None
) -> tuple[model.Department, ...]:
    """Departments in use now (of floors in use), and retired ones the campaign refers to."""
    if used is None:
        used = used_by_campaign(session, campaign_id)["department"]
    rows = session.execute(
        select(t.DepartmentRow, t.FloorRow.retired_at)
        .join(t.FloorRow)
        .order_by(t.DepartmentRow.floor_id, t.DepartmentRow.sort_order, t.DepartmentRow.id)
    )
    return tuple(
        convert.department(d)
        for d, floor_retired in rows
        if (d.retired_at is None and floor_retired is None) or d.id in used
    )


def offered_buyers(
    session: Session, campaign_id: int | None, used: set[int] | None = None
) -> tuple[model.Buyer, ...]:
    """Active buyers in their order, and retired ones the campaign's items name."""
    if used is None:
        used = used_by_campaign(session, campaign_id)["buyer"]
    rows = session.scalars(
        select(t.BuyerRow)
        .options(selectinload(t.BuyerRow.floors), selectinload(t.BuyerRow.departments))
        .order_by(t.BuyerRow.sort_order, t.BuyerRow.name)
    )
    return tuple(convert.buyer(b) for b in rows if b.active or b.id in used)


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
    used = used_by_campaign(session, campaign_id)
    return model.CampaignSnapshot(
        campaign=convert.campaign(row),
        floors=tuple(f for f in floors(session) if not f.retired or f.id in used["floor"]),
        phases=tuple(convert.phase(p) for p in phase_rows),
        quotas=tuple(convert.quota(q) for p in phase_rows for q in p.quotas),
        deadlines=tuple(convert.deadline(d) for p in phase_rows for d in p.deadlines),
        items=items_of_phases(session, phase_ids),
        buyers=offered_buyers(session, campaign_id, used["buyer"]),
        departments=offered_departments(session, campaign_id, used["department"]),
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
        carried_item_ids=frozenset(
            session.scalars(
                select(t.CarriedItemRow.item_id)
                .join(t.FlyerItemRow, t.FlyerItemRow.id == t.CarriedItemRow.item_id)
                .where(t.FlyerItemRow.phase_id.in_(phase_ids), t.FlyerItemRow.deleted_at.is_(None))
            )
        ),
        late_records=late_records(session, phase_ids),
        submissions=submissions(session, phase_ids),
    )


def phase_snapshot(session: Session, phase_id: int) -> model.CampaignSnapshot:
    """One phase of its campaign as frozen values: the phase, its quotas and items, and the
    campaign's floors and departments (what a flyer proof prints), not the other phases'."""
    row = session.get(t.PhaseRow, phase_id)
    if row is None:
        raise LookupError(phase_id)
    campaign = session.get(t.CampaignRow, row.campaign_id)
    assert campaign is not None  # a phase's campaign is a foreign key
    # The same floors and departments as snapshot(): those in use and those the campaign uses.
    used = used_by_campaign(session, row.campaign_id)
    quotas = session.scalars(select(t.FloorQuotaRow).where(t.FloorQuotaRow.phase_id == phase_id))
    return model.CampaignSnapshot(
        campaign=convert.campaign(campaign),
        floors=tuple(f for f in floors(session) if not f.retired or f.id in used["floor"]),
        phases=(convert.phase(row),),
        quotas=tuple(convert.quota(q) for q in quotas),
        items=items_of_phases(session, [phase_id]),
        departments=offered_departments(session, row.campaign_id, used["department"]),
    )


def late_records(session: Session, phase_ids: list[int]) -> tuple[model.LateRecord, ...]:
    """The records frozen at the phases' passed deadlines, by deadline and buyer."""
    if not phase_ids:
        return ()
    r = t.LateRecordRow
    rows = session.scalars(
        select(r).where(r.phase_id.in_(phase_ids)).order_by(r.deadline_id, r.buyer_name)
    )
    return tuple(convert.late_record(x) for x in rows)


def submissions(session: Session, phase_ids: list[int]) -> tuple[model.Submission, ...]:
    """Every stored submission of the phases (a buyer without one is still a draft)."""
    if not phase_ids:
        return ()
    s = t.SubmissionRow
    rows = session.scalars(
        select(s).where(s.phase_id.in_(phase_ids)).options(selectinload(s.item_comments))
    ).all()
    names = dict(session.execute(select(t.BuyerRow.id, t.BuyerRow.name)).all())
    item_ids = [c.item_id for x in rows for c in x.item_comments]
    items = (
        dict(
            session.execute(
                select(t.FlyerItemRow.id, t.FlyerItemRow.name).where(
                    t.FlyerItemRow.id.in_(item_ids)
                )
            ).all()
        )
        if item_ids
        else {}
    )
    return tuple(convert.submission(x, names.get(x.buyer_id, ""), items) for x in rows)
