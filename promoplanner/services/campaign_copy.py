"""Copying an earlier campaign to a new year, each phase following its holiday.

Phases, floor quotas, deadlines, activities, zones and the contest move by their phase's
distance (core/year_copy.py); the holidays move to their new dates; the items may come
along as a draft list for the buyers, prices kept, each marked "to be confirmed" until
its buyer confirms it. A phase that would fall outside the new campaign's dates is
refused with its holiday's new date, so the planner can move it (``moves``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.enums import HolidayKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.i18n import Words
from promoplanner.core.people import Right
from promoplanner.core.year_copy import (
    DatedHoliday,
    DatedPhase,
    PhaseMove,
    YearCopy,
    plan_year_copy,
)
from promoplanner.services.campaign_new import (
    CampaignDates,
    NewCampaign,
    campaign_dates,
    campaign_name,
    new_campaign_row,
    record_campaign,
)
from promoplanner.services.context import Context
from promoplanner.services.write import Work, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

ITEM_COPIED = (
    "floor_id",
    "department_id",
    "buyer_id",
    "name",
    "barcode",
    "spec",
    "unit",
    "regular_price",
    "promo_price",
    "tier",
    "sensitive",
    "display_form",
    "photo",
    "notes",
)
ITEM_FIELDS = ("name", "barcode", "regular_price", "promo_price", "floor_id")


def shift_phase(session: Session, phase: t.PhaseRow, days: int) -> None:
    """Move a phase and everything dated in it by `days` (the template's moved phases)."""
    step = timedelta(days=days)
    phase.start, phase.end = phase.start + step, phase.end + step
    for deadline in phase.deadlines:
        deadline.due = deadline.due + step
    for rows in (
        session.scalars(select(t.ActivityRow).where(t.ActivityRow.phase_id == phase.id)),
        session.scalars(select(t.DisplayZoneRow).where(t.DisplayZoneRow.phase_id == phase.id)),
    ):
        for row in rows:
            row.start, row.end = row.start + step, row.end + step
    for contest in session.scalars(select(t.ContestRow).where(t.ContestRow.phase_id == phase.id)):
        contest.day += step
        contest.registration_opens += step


def outside_refusal(
    move: PhaseMove,
    kind: HolidayKind | None,
    day: date | None,
    first: date,
    last: date,
) -> DomainError:
    """The refusal for a phase left outside the campaign's dates, with a day to move it to."""
    days = (move.end - move.start).days
    suggest = first if move.start < first else max(first, last - timedelta(days=days))
    common = {
        "number": move.number,
        "name": move.name,
        "start": move.start,
        "end": move.end,
        "first": first,
        "last": last,
        "suggest": suggest,
    }
    if kind is None or day is None:
        return DomainError("campaign.phase_outside", field="moves", **common)
    return DomainError(
        "campaign.holiday_outside",
        field="moves",
        holiday=Words(f"holiday.{kind.value}"),
        day=day,
        **common,
    )


def _source(session: Session, campaign_id: int) -> t.CampaignRow:
    row = session.scalar(
        select(t.CampaignRow)
        .where(t.CampaignRow.id == campaign_id)
        .options(
            selectinload(t.CampaignRow.phases).selectinload(t.PhaseRow.quotas),
            selectinload(t.CampaignRow.phases).selectinload(t.PhaseRow.deadlines),
            selectinload(t.CampaignRow.holidays),
        )
    )
    if row is None:
        raise NotFound("not_found.campaign", value=campaign_id)
    return row


def _target_dates(
    source: t.CampaignRow,
    year: int | str,
    month: int | str | None,
    first_day: date | str | None,
    last_day: date | str | None,
) -> CampaignDates:
    """The copy's dates: as given, else the source's month (or own dates) in the new year."""
    if first_day not in (None, "") or month not in (None, ""):
        return campaign_dates(year, month, first_day, last_day)
    dates = campaign_dates(year, source.month)
    if source.first_day and source.last_day:
        years = dates.year - source.year
        return campaign_dates(
            dates.year,
            None,
            source.first_day + relativedelta(years=years),
            source.last_day + relativedelta(years=years),
        )
    return dates


def _plan(
    source: t.CampaignRow, dates: CampaignDates, moves: Mapping[int, date] | None
) -> YearCopy:
    first, last = dates.period
    return plan_year_copy(
        [DatedPhase(p.number, p.name, p.start, p.end) for p in source.phases],
        [DatedHoliday(h.kind, h.day, h.name) for h in source.holidays],
        dates.year - source.year,
        first,
        last,
        moves,
    )


def copy_plan(
    ctx: Context,
    source_id: int,
    year: int | str,
    month: int | str | None = None,
    *,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    moves: Mapping[int, date] | None = None,
) -> YearCopy:
    """Where a copy would put each phase and holiday (a preview; nothing is written)."""
    with ctx.uow.reading() as session:
        source = _source(session, source_id)
        return _plan(source, _target_dates(source, year, month, first_day, last_day), moves)


def copy_campaign(
    ctx: Context,
    source_id: int,
    name: str,
    year: int | str,
    month: int | str | None = None,
    *,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    moves: Mapping[int, date] | None = None,
    carry_items: bool = False,
) -> NewCampaign:
    """Copy a campaign to a new year; with carry_items its items become a draft list."""
    shown = campaign_name(name)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        source = _source(session, source_id)
        dates = _target_dates(source, year, month, first_day, last_day)
        plan = _plan(source, dates, moves)
        if plan.outside:
            move = plan.outside[0]
            anchor = move.anchor
            raise outside_refusal(
                move,
                anchor.kind if anchor else None,
                anchor.new if anchor else None,
                plan.first,
                plan.last,
            )
        row = new_campaign_row(
            work,
            shown,
            dates,
            theme=source.theme,
            notes=source.notes,
            sales_target=source.sales_target,
            stretch_target=source.stretch_target,
            tier_a=source.tier_a,
            tier_b=source.tier_b,
            tier_c=source.tier_c,
            deep_discount_limit=source.deep_discount_limit,
        )
        for moved in plan.holidays:
            session.add(
                t.HolidayRow(campaign_id=row.id, kind=moved.kind, name=moved.name, day=moved.new)
            )
        notes: list[Words] = []
        items = 0
        retired = {
            f.id: f.code
            for f in session.scalars(select(t.FloorRow).where(t.FloorRow.retired_at.is_not(None)))
        }
        for old in source.phases:
            new = _copy_phase(session, old, row, plan.shift_of(old.number), retired, notes)
            if carry_items:
                items += _carry_items(work, old, new, retired, notes)
        session.flush()
        session.refresh(row)
        record_campaign(work, row, copied_from=source.name, items=items)
        return NewCampaign(
            convert.campaign(row),
            tuple(convert.holiday(h) for h in row.holidays),
            len(row.phases),
            items,
            tuple({(n.key, str(n.params)): n for n in notes}.values()),
        )


def _copy_phase(
    session: Session,
    old: t.PhaseRow,
    campaign: t.CampaignRow,
    shift: int,
    retired: Mapping[int, str],
    notes: list[Words],
) -> t.PhaseRow:
    step = timedelta(days=shift)
    new = t.PhaseRow(
        campaign_id=campaign.id,
        number=old.number,
        name=old.name,
        theme=old.theme,
        start=old.start + step,
        end=old.end + step,
        flyer_target=old.flyer_target,
        print_run=old.print_run,
        negotiation_scope=old.negotiation_scope,
    )
    session.add(new)
    session.flush()
    for quota in old.quotas:
        if quota.floor_id in retired:
            notes.append(Words("campaign.copy_floor_retired", floor=retired[quota.floor_id]))
            continue
        session.add(
            t.FloorQuotaRow(
                phase_id=new.id,
                floor_id=quota.floor_id,
                min_items=quota.min_items,
                max_items=quota.max_items,
                min_sensitive=quota.min_sensitive,
                negotiation_scope=quota.negotiation_scope,
            )
        )
    for deadline in old.deadlines:
        session.add(
            t.DeadlineRow(
                phase_id=new.id,
                due=deadline.due + step,
                what=deadline.what,
                assessment=deadline.assessment,
            )
        )
    for a in session.scalars(select(t.ActivityRow).where(t.ActivityRow.phase_id == old.id)):
        session.add(
            t.ActivityRow(
                phase_id=new.id,
                kind=a.kind,
                name=a.name,
                description=a.description,
                threshold=a.threshold,
                add_on_price=a.add_on_price,
                gift=a.gift,
                gift_stock=a.gift_stock,
                start=a.start + step,
                end=a.end + step,
                location=a.location,
            )
        )
    for z in session.scalars(select(t.DisplayZoneRow).where(t.DisplayZoneRow.phase_id == old.id)):
        session.add(
            t.DisplayZoneRow(
                phase_id=new.id,
                floor_id=None if z.floor_id in retired else z.floor_id,
                name=z.name,
                kind=z.kind,
                display_form=z.display_form,
                location=z.location,
                start=z.start + step,
                end=z.end + step,
            )
        )
    for c in session.scalars(select(t.ContestRow).where(t.ContestRow.phase_id == old.id)):
        session.add(
            t.ContestRow(
                phase_id=new.id,
                name=c.name,
                day=c.day + step,
                registration_opens=c.registration_opens + step,
                location=c.location,
                group_size=c.group_size,
                cans_per_entrant=c.cans_per_entrant,
                prize_1=c.prize_1,
                prize_2=c.prize_2,
                prize_3=c.prize_3,
            )
        )
    session.flush()
    return new


def _carry_items(
    work: Work, old: t.PhaseRow, new: t.PhaseRow, retired: Mapping[int, str], notes: list[Words]
) -> int:
    """Copy the phase's live items as a draft list, each marked to be confirmed."""
    session = work.session
    gone_departments = set(
        session.scalars(select(t.DepartmentRow.id).where(t.DepartmentRow.retired_at.is_not(None)))
    )
    gone_buyers = set(session.scalars(select(t.BuyerRow.id).where(t.BuyerRow.active.is_(False))))
    pairs: list[tuple[int, t.FlyerItemRow]] = []
    for item in session.scalars(
        select(t.FlyerItemRow)
        .where(t.FlyerItemRow.phase_id == old.id, t.FlyerItemRow.deleted_at.is_(None))
        .order_by(t.FlyerItemRow.id)
    ):
        if item.floor_id in retired:
            notes.append(Words("campaign.copy_floor_retired", floor=retired[item.floor_id]))
            continue
        values = {key: getattr(item, key) for key in ITEM_COPIED}
        if values["department_id"] in gone_departments:
            values["department_id"] = None
        if values["buyer_id"] in gone_buyers:
            values["buyer_id"] = None
        copy = t.FlyerItemRow(phase_id=new.id, created_at=work.now, updated_at=work.now, **values)
        pairs.append((item.id, copy))
    session.add_all([copy for _, copy in pairs])
    session.flush()
    session.add_all(
        t.CarriedItemRow(item_id=copy.id, from_item_id=old_id, carried_at=work.now)
        for old_id, copy in pairs
    )
    _zone_links(session, old, new, {old_id: copy.id for old_id, copy in pairs})
    for old_id, copy in pairs:
        after = row_values(copy, ITEM_FIELDS) | {"carried_from": old_id, "to_confirm": True}
        work.record(
            Action.CREATE,
            ObjectRef(ObjectKind.ITEM, copy.id, copy.name),
            after=after,
            phase_id=new.id,
            campaign_id=new.campaign_id,
        )
    return len(pairs)


def _zone_links(session: Session, old: t.PhaseRow, new: t.PhaseRow, ids: Mapping[int, int]) -> None:
    """The new phase's zones show the copies of the items the old zones showed."""
    old_zones = session.scalars(
        select(t.DisplayZoneRow)
        .where(t.DisplayZoneRow.phase_id == old.id)
        .order_by(t.DisplayZoneRow.id)
    ).all()
    new_zones = session.scalars(
        select(t.DisplayZoneRow)
        .where(t.DisplayZoneRow.phase_id == new.id)
        .order_by(t.DisplayZoneRow.id)
    ).all()
    rows = [
        {"zone_id": fresh.id, "item_id": ids[item.id]}
        for stale, fresh in zip(old_zones, new_zones, strict=True)
        for item in stale.items
        if item.id in ids
    ]
    if rows:
        session.execute(t.zone_item.insert(), rows)
