"""Build the source plan's June campaign (篇四) as a ready-to-use demo for any year: the
store, its people and the flyer items, around the campaign june_template.py builds."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import Role, ZoneKind
from promoplanner.core.fields import parse_display_form, parse_flag, parse_tier
from promoplanner.core.june_plan import JunePlan, coming_june_year, june_plan
from promoplanner.core.people import Right, hash_password
from promoplanner.services.campaigns import proposed_holidays
from promoplanner.services.context import Context
from promoplanner.services.june_template import june_campaign
from promoplanner.services.people import has_people
from promoplanner.services.store import ensure_buyer, ensure_department, ensure_floor
from promoplanner.services.write import Work, require_right, writing
from promoplanner.storage import tables as t

# code, English, Chinese, end racks, pile-display spots
FLOORS = (
    ("1F", "Food", "食品", 12, 14),
    ("2F", "General merchandise", "百货", 10, 12),
    ("3F", "Clothing", "服装", 6, 4),
)
DEPARTMENTS = {
    "1F": (
        ("fresh", "Fresh food", "生鲜"),
        ("grocery", "Grocery", "粮油副食"),
        ("snacks", "Snacks", "休闲食品"),
        ("drinks", "Drinks", "酒水饮料"),
        ("dairy", "Chilled & dairy", "冷藏乳品"),
        ("health", "Health foods", "营养保健"),
    ),
    "2F": (
        ("personal_care", "Personal care", "洗化"),
        ("household", "Household", "家居日用"),
        ("appliances", "Small appliances", "小家电"),
        ("seasonal", "Seasonal goods", "季节用品"),
    ),
    "3F": (
        ("menswear", "Menswear", "男装"),
        ("womenswear", "Womenswear", "女装"),
        ("kidswear", "Kidswear", "童装"),
        ("shoes", "Shoes & socks", "鞋袜"),
    ),
}
BUYERS = (("王建国", "1F"), ("李秀英", "1F"), ("张伟", "2F"), ("刘芳", "2F"), ("陈静", "3F"))
# What the source plan puts in each Phase-2 zone: departments, name words, and words that
# keep an item out (spirits are not "summer beer, drinks and mineral water").
ZONE_GOODS = {
    ZoneKind.PRICE_AND_TASTING: ({"drinks"}, (), ("老窖", "特曲", "陈酿", "劲酒", "海之蓝")),
    ZoneKind.SEASONAL_DISPLAY: (
        {"seasonal"},
        ("扇", "洗发", "沐浴", "花露水", "痱子粉", "爽身粉", "凉席", "凉枕", "夏凉"),
        ("折扇",),
    ),
    # 百种营养品、男士化妆品、剃须刀、领带
    ZoneKind.HOLIDAY_COUNTER: ({"health"}, ("剃须", "领带", "洁面", "护肤", "止汗"), ()),
}


@dataclass(frozen=True)
class DemoResult:
    """What building the demo did."""

    campaign_id: int
    name: str
    year: int
    created: bool
    items: int


def demo_name(year: int) -> str:
    """The demo campaign's name for a year."""
    return f"{year}年6月 夏日新选择"


@dataclass(frozen=True)
class DemoContents:
    """What ``demo --replace`` would delete: the demo campaign, its items and proofs."""

    name: str
    items: int
    proofs: int


def demo_contents(ctx: Context, year: int | None = None) -> DemoContents | None:
    """The demo campaign of the year as it stands (None when there is none), read only."""
    name = demo_name(demo_year(ctx.clock.now(), year))
    with ctx.uow.reading() as session:
        campaign_id = session.scalar(select(t.CampaignRow.id).where(t.CampaignRow.name == name))
        if campaign_id is None:
            return None
        proofs = session.scalar(
            select(func.count(t.FlyerProofRow.id))
            .join(t.PhaseRow, t.PhaseRow.id == t.FlyerProofRow.phase_id)
            .where(t.PhaseRow.campaign_id == campaign_id)
        )
        return DemoContents(name, _item_count(session, campaign_id), proofs or 0)


def check_may_replace(ctx: Context) -> None:
    """Refuse ``demo --replace`` before anything is copied, unless a planner may rebuild it."""
    if has_people(ctx):
        require_right(ctx, Right.EDIT_CAMPAIGN)


def demo_year(now: datetime, year: int | None = None) -> int:
    """The demo's year (default: the coming June), refused outside the lunar tables.

    Checked before anything is opened or written, so a clock set to 2100 (``--now``) is
    the same one-line refusal as ``--year 2100``.
    """
    if year is None:
        proposed_holidays(now.year)  # the clock's own year must be computable first
        year = coming_june_year(now)
    proposed_holidays(year)  # refuses years outside the lunar calendar's tables
    return year


def load_demo(ctx: Context, year: int | None = None, replace: bool = False) -> DemoResult:
    """Create the June campaign of the source plan; run twice, it changes nothing.

    On a database nobody can sign in to yet, it needs no sign-in and makes the demo's
    people (DEMO_PEOPLE, password "demo"); otherwise a planner builds or replaces it.
    """
    year = demo_year(ctx.clock.now(), year)
    plan = june_plan(year)
    name = demo_name(year)
    with writing(ctx, signed_in=False) as work:
        session = work.session
        first = not session.scalar(select(func.count()).select_from(t.PersonRow))
        existing = session.scalar(select(t.CampaignRow).where(t.CampaignRow.name == name))
        if existing is not None and not replace:
            count = _item_count(session, existing.id)
            return DemoResult(existing.id, name, year, False, count)
        if not first:
            work.require(Right.EDIT_CAMPAIGN)
        if existing is not None:
            work.record(Action.DELETE, ObjectRef(ObjectKind.CAMPAIGN, existing.id, name),
                        reason="demo --replace", campaign_id=existing.id)  # fmt: skip
            session.delete(existing)
            session.flush()
        floors = _store(session)
        campaign = june_campaign(session, plan, name, floors)
        items = _items(session, work.now, campaign, floors, plan)
        if first:
            _people(work, floors)
        work.record(
            Action.CREATE, ObjectRef(ObjectKind.CAMPAIGN, campaign.id, name),
            after={"items": items, "year": year}, campaign_id=campaign.id, reason="demo",
        )  # fmt: skip
        for kind in (ChangeKind.CAMPAIGN, ChangeKind.PLANNING, ChangeKind.ITEMS, ChangeKind.STORE):
            work.changed(kind, [campaign.id])
        return DemoResult(campaign.id, name, year, True, items)


# The demo's people: user name, name shown, roles, the floor a buyer buys for.
DEMO_PEOPLE = (
    ("planner", "周敏", (Role.PLANNER,), None),
    ("buyer-food", "王建国", (Role.BUYER,), "1F"),
    ("buyer-general", "张伟", (Role.BUYER,), "2F"),
    ("buyer-clothing", "陈静", (Role.BUYER,), "3F"),
    ("floor", "赵敏", (Role.FLOOR_MANAGER,), None),
)
DEMO_PASSWORD = "demo"


@lru_cache(maxsize=1)
def _demo_password_hash() -> str:
    # One hash for every demo account: the password is public anyway, and the demo loads
    # in tests hundreds of times; a store's own people each get their own salt.
    return hash_password(DEMO_PASSWORD)


def _people(work: Work, floors: dict[str, t.FloorRow]) -> None:
    """The demo's planner, three buyers (the demo buyers of their floors) and floor manager."""
    session = work.session
    for user, shown, roles, floor in DEMO_PEOPLE:
        row = t.PersonRow(
            user_name=user, display_name=shown, password_hash=_demo_password_hash(),
            active=True, created_at=work.now,
        )  # fmt: skip
        row.roles = [t.PersonRoleRow(role=r) for r in roles]
        session.add(row)
        session.flush()
        if floor is not None:
            buyer = session.scalar(select(t.BuyerRow).where(t.BuyerRow.name == shown))
            if buyer is not None:
                buyer.person_id = row.id
        work.record(Action.CREATE, ObjectRef(ObjectKind.PERSON, row.id, f"{shown} ({user})"),
                    after={"user_name": user, "roles": [r.value for r in roles]})  # fmt: skip
        work.changed(ChangeKind.PEOPLE, [row.id])


def _item_count(session: Session, campaign_id: int) -> int:
    return len(
        session.scalars(
            select(t.FlyerItemRow.id).join(t.PhaseRow).where(t.PhaseRow.campaign_id == campaign_id)
        ).all()
    )


def _store(session: Session) -> dict[str, t.FloorRow]:
    floors = {}
    for order, (code, en, zh, racks, piles) in enumerate(FLOORS):
        floor = ensure_floor(session, code, en, zh, order, racks, piles)
        floors[code] = floor
        for d_order, (d_code, d_en, d_zh) in enumerate(DEPARTMENTS[code]):
            ensure_department(session, floor, d_code, d_en, d_zh, d_order)
    for name, code in BUYERS:
        ensure_buyer(session, name, [floors[code]])
    return floors


def demo_rows() -> list[dict[str, str]]:
    """The demo's flyer items as written in the shipped list."""
    data = resources.files("promoplanner.demo").joinpath("items.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def _items(
    session: Session,
    now: datetime,
    campaign: t.CampaignRow,
    floors: dict[str, t.FloorRow],
    plan: JunePlan,
) -> int:
    phases = {p.number: p for p in campaign.phases}
    departments = {(d.floor_id, d.code): d for d in session.scalars(select(t.DepartmentRow))}
    buyers = {b.name: b for b in session.scalars(select(t.BuyerRow))}
    overlap = phases[1].start <= phases[2].end and phases[2].start <= phases[1].end
    phase1_prices: dict[str, Decimal] = {}
    rows = []
    for rec in demo_rows():
        number = int(rec["phase"])
        floor = floors[rec["floor"]]
        promo = Decimal(rec["promo_price"])
        if number == 1:
            phase1_prices[rec["barcode"]] = promo
        elif overlap and rec["barcode"] in phase1_prices:
            # In years where the phases share a day the till holds one price per code.
            promo = phase1_prices[rec["barcode"]]
        rows.append(
            t.FlyerItemRow(
                phase_id=phases[number].id,
                floor_id=floor.id,
                department_id=departments[(floor.id, rec["department"])].id,
                buyer_id=buyers[rec["buyer"]].id,
                name=rec["name"],
                barcode=rec["barcode"],
                spec=rec["spec"],
                unit=rec["unit"],
                regular_price=Decimal(rec["regular_price"]),
                promo_price=promo,
                tier=parse_tier(rec["tier"]),
                sensitive=parse_flag(rec["sensitive"]),
                display_form=parse_display_form(rec["display_form"]),
                photo="",
                notes="",
                created_at=now,
                updated_at=now,
            )
        )
    session.add_all(rows)
    session.flush()
    zones = {
        z.kind: z
        for z in session.scalars(
            select(t.DisplayZoneRow).where(t.DisplayZoneRow.phase_id == phases[2].id)
        )
    }
    by_id = {d.id: d.code for d in departments.values()}
    phase2 = [r for r in rows if r.phase_id == phases[2].id]
    for kind, (codes, words, unwanted) in ZONE_GOODS.items():
        zones[kind].items = [
            r
            for r in phase2
            if (by_id.get(r.department_id or 0) in codes or any(w in r.name for w in words))
            and not any(w in r.name for w in unwanted)
        ]
    return len(rows)
