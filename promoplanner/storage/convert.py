"""Rows to plain core values, so no ORM object leaves storage."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import RowMapping

from promoplanner.core import model
from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.core.late import LateRecord, floors_from_json
from promoplanner.core.submissions import ItemComment, Submission
from promoplanner.storage import tables as t


def floor(row: t.FloorRow) -> model.Floor:
    """A floor value."""
    return model.Floor(
        row.id,
        row.code,
        row.name_en,
        row.name_zh,
        row.sort_order,
        row.end_racks,
        row.pile_spots,
        version=row.version,
        retired=row.retired_at is not None,
    )


def department(row: t.DepartmentRow) -> model.Department:
    """A department value."""
    return model.Department(
        row.id,
        row.floor_id,
        row.code,
        row.name_en,
        row.name_zh,
        row.sort_order,
        version=row.version,
        retired=row.retired_at is not None,
    )


def buyer(row: t.BuyerRow) -> model.Buyer:
    """A buyer value with the ids of their floors and departments."""
    return model.Buyer(
        row.id,
        row.name,
        tuple(sorted(f.id for f in row.floors)),
        row.active,
        version=row.version,
        sort_order=row.sort_order,
        department_ids=tuple(sorted(d.id for d in row.departments)),
        person_id=row.person_id,
    )


def store(row: t.StoreRow) -> model.Store:
    """The store value."""
    return model.Store(row.name, row.city, version=row.version)


def campaign(row: t.CampaignRow) -> model.Campaign:
    """A campaign value."""
    return model.Campaign(
        id=row.id,
        name=row.name,
        year=row.year,
        month=row.month,
        theme=row.theme,
        sales_target=row.sales_target,
        stretch_target=row.stretch_target,
        notes=row.notes,
        tier_plan=(row.tier_a, row.tier_b, row.tier_c),
        deep_discount_limit=Decimal(row.deep_discount_limit),
        version=row.version,
        first_day=row.first_day,
        last_day=row.last_day,
    )


def holiday(row: t.HolidayRow) -> model.Holiday:
    """A holiday value."""
    return model.Holiday(row.id, row.campaign_id, row.kind, row.name, row.day, version=row.version)


def phase(row: t.PhaseRow) -> model.Phase:
    """A phase value."""
    return model.Phase(
        row.id,
        row.campaign_id,
        row.number,
        row.name,
        row.theme,
        row.start,
        row.end,
        row.flyer_target,
        row.print_run,
        row.negotiation_scope,
        version=row.version,
    )


def quota(row: t.FloorQuotaRow) -> model.FloorQuota:
    """A floor quota value."""
    return model.FloorQuota(
        row.id,
        row.phase_id,
        row.floor_id,
        row.min_items,
        row.max_items,
        row.min_sensitive,
        row.negotiation_scope,
        version=row.version,
    )


def deadline(row: t.DeadlineRow) -> model.BuyerDeadline:
    """A deadline value."""
    return model.BuyerDeadline(
        row.id, row.phase_id, row.due, row.what, row.assessment, version=row.version
    )


ITEM_COLUMNS = tuple(c.key for c in t.FlyerItemRow.__table__.columns)


def item(row: t.FlyerItemRow) -> model.FlyerItem:
    """A flyer item from its ORM row."""
    return item_from_mapping({key: getattr(row, key) for key in ITEM_COLUMNS})


def item_from_mapping(m: Mapping[str, Any] | RowMapping) -> model.FlyerItem:
    """A flyer item from column values by name (bulk reads return these fastest)."""
    tier = m["tier"]
    form = m["display_form"]
    return model.FlyerItem(
        id=m["id"],
        phase_id=m["phase_id"],
        floor_id=m["floor_id"],
        name=m["name"],
        regular_price=Decimal(m["regular_price"]),
        promo_price=Decimal(m["promo_price"]),
        department_id=m["department_id"],
        buyer_id=m["buyer_id"],
        barcode=m["barcode"],
        spec=m["spec"],
        unit=m["unit"],
        tier=PriceTier(tier) if tier else None,
        sensitive=bool(m["sensitive"]),
        display_form=DisplayForm(form) if form else None,
        photo=m["photo"],
        notes=m["notes"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        version=m["version"],
        deleted_at=m["deleted_at"],
    )


def activity(row: t.ActivityRow) -> model.Activity:
    """An activity value."""
    return model.Activity(
        id=row.id,
        phase_id=row.phase_id,
        kind=row.kind,
        name=row.name,
        start=row.start,
        end=row.end,
        description=row.description,
        threshold=row.threshold,
        add_on_price=row.add_on_price,
        gift=row.gift,
        gift_stock=row.gift_stock,
        location=row.location,
        version=row.version,
    )


def zone(row: t.DisplayZoneRow, item_ids: Iterable[int] | None = None) -> model.DisplayZone:
    """A display zone value with its item ids (read from the row unless given)."""
    return model.DisplayZone(
        id=row.id,
        phase_id=row.phase_id,
        name=row.name,
        kind=row.kind,
        display_form=row.display_form,
        start=row.start,
        end=row.end,
        floor_id=row.floor_id,
        location=row.location,
        item_ids=tuple(sorted(i.id for i in row.items) if item_ids is None else sorted(item_ids)),
        version=row.version,
    )


def contest(row: t.ContestRow) -> model.Contest:
    """A contest value."""
    return model.Contest(
        id=row.id,
        phase_id=row.phase_id,
        name=row.name,
        day=row.day,
        registration_opens=row.registration_opens,
        location=row.location,
        group_size=row.group_size,
        cans_per_entrant=row.cans_per_entrant,
        prizes=(row.prize_1, row.prize_2, row.prize_3),
        version=row.version,
    )


def entrant(row: t.ContestEntrantRow) -> model.ContestEntrant:
    """A contest entrant value."""
    return model.ContestEntrant(
        row.id, row.contest_id, row.name, row.phone, row.registered_on, version=row.version
    )


def late_record(row: t.LateRecordRow) -> LateRecord:
    """A late record value, its floors read back from their JSON."""
    return LateRecord(
        deadline_id=row.deadline_id,
        phase_id=row.phase_id,
        buyer_id=row.buyer_id,
        buyer_name=row.buyer_name,
        due=row.due,
        recorded_at=row.recorded_at,
        submitted_at=row.submitted_at,
        items=row.items,
        floors=floors_from_json(json.loads(row.floors)),
        assessment=Decimal(row.assessment).quantize(Decimal("0.01")),
        waived=row.waived,
        waive_reason=row.waive_reason,
        id=row.id,
        version=row.version,
    )


def submission(row: t.SubmissionRow, buyer_name: str, item_names: Mapping[int, str]) -> Submission:
    """A submission value with the comments on its items."""
    return Submission(
        phase_id=row.phase_id,
        buyer_id=row.buyer_id,
        buyer_name=buyer_name,
        state=row.state,
        at=row.at,
        comment=row.comment,
        item_comments=tuple(
            ItemComment(c.item_id, item_names.get(c.item_id, ""), c.comment)
            for c in row.item_comments
        ),
        submitted_at=row.submitted_at,
        id=row.id,
        version=row.version,
    )
