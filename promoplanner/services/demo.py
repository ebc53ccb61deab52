"""Build the source plan's June campaign (篇四) as a ready-to-use demo for any year."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import ActivityKind, DisplayForm, HolidayKind, Role, ZoneKind
from promoplanner.core.fields import parse_display_form, parse_flag, parse_tier
from promoplanner.core.holidays import childrens_day
from promoplanner.core.june_plan import JunePlan, coming_june_year, june_plan
from promoplanner.core.people import Right, hash_password
from promoplanner.services.campaigns import proposed_holidays
from promoplanner.services.context import Context
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
THEME = "夏日新选择，感受0°C"
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
# The source plan's two phases.
PHASE_NAMES = {1: "端午节促销", 2: "父亲节促销"}
# The floors the source plan's quotas and zones name (food, general merchandise, clothing).
TEMPLATE_FLOORS = tuple(code for code, *_ in FLOORS)
# Assessment for a late buyer (篇五 of the source names 20 or 50 yuan per missed duty).
LATE_ASSESSMENT = Decimal("50.00")


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


def june_campaign(
    session: Session, plan: JunePlan, name: str, floors: Mapping[str, t.FloorRow]
) -> t.CampaignRow:
    """The source plan's June campaign without its items, on the floors of those codes.

    The demo builds it on its own floors; the June template on the store's (a quota or
    zone of a floor code the store has not is left out: see TEMPLATE_FLOORS).
    """
    campaign = t.CampaignRow(
        name=name,
        year=plan.year,
        month=6,
        theme=THEME,
        notes=(
            "以两个节日为工作核心，全力做好节日特色销售，推出2期特价商品促销。"
            "销售计划（万元）由企划部填写。"
        ),
        tier_a=2,
        tier_b=3,
        tier_c=1,
        deep_discount_limit=Decimal("0.70"),
    )
    session.add(campaign)
    campaign.holidays = [
        t.HolidayRow(kind=HolidayKind.CHILDRENS_DAY, name="", day=childrens_day(plan.year)),
        t.HolidayRow(kind=HolidayKind.DRAGON_BOAT, name="", day=plan.dragon_boat),
        t.HolidayRow(kind=HolidayKind.FATHERS_DAY, name="", day=plan.fathers_day),
    ]
    p1_start, p1_end = plan.phase1
    p2_start, p2_end = plan.phase2
    phase1 = t.PhaseRow(
        number=1,
        name=PHASE_NAMES[1],
        theme="端午特卖 情系万家",
        start=p1_start,
        end=p1_end,
        flyer_target=90,
        print_run=3000,
        negotiation_scope="端午特色商品，应季商品",
    )
    phase2 = t.PhaseRow(
        number=2,
        name=PHASE_NAMES[2],
        theme=THEME,
        start=p2_start,
        end=p2_end,
        flyer_target=180,
        print_run=5000,
        negotiation_scope="父亲节特色商品，应季商品",
    )
    campaign.phases = [phase1, phase2]
    session.flush()
    _quotas(phase1, phase2, floors)
    phase1.deadlines = [
        t.DeadlineRow(
            due=plan.deadline1,
            assessment=LATE_ASSESSMENT,
            what="各采购将特价商品明细交企划部排版制作海报；按期未完成以工作失误进行考核",
        )
    ]
    phase2.deadlines = [
        t.DeadlineRow(
            due=plan.deadline2,
            assessment=LATE_ASSESSMENT,
            what="各采购将特价商品组织到位，拍片制作海报；按期未完成以工作失误进行考核",
        )
    ]
    _activities(session, plan, phase1, phase2, floors)
    session.flush()
    return campaign


def _quotas(phase1: t.PhaseRow, phase2: t.PhaseRow, floor: Mapping[str, t.FloorRow]) -> None:
    table = (
        (phase1, "1F", 40, 50, 10, "端午特色商品，应季商品"),
        (phase1, "2F", 30, 40, 8, "夏凉应季用品，清洁防晒"),
        (phase1, "3F", 10, 20, 0, ""),
        # The source omits Phase 2's 1F; the remainder of 180 with Phase 1's minimum.
        (phase2, "1F", 60, 80, 10, "父亲节特色商品，应季商品（来源未列，按余数设定）"),
        (phase2, "2F", 70, 80, 8, "夏凉应季用品，清洁防晒"),
        (phase2, "3F", 30, 40, 0, ""),
    )
    for phase, code, low, high, sensitive, scope in table:
        if code not in floor:
            continue
        phase.quotas.append(
            t.FloorQuotaRow(
                floor_id=floor[code].id,
                min_items=low,
                max_items=high,
                min_sensitive=sensitive,
                negotiation_scope=scope,
            )
        )


def _activities(
    session: Session,
    plan: JunePlan,
    phase1: t.PhaseRow,
    phase2: t.PhaseRow,
    floors: Mapping[str, t.FloorRow],
) -> None:
    floor = {code: row.id for code, row in floors.items()}
    tie_start, tie_end = plan.tie_gift
    fest_start, fest_end = plan.beer_festival
    taste_start, taste_end = plan.square_tasting
    p2_start, p2_end = plan.phase2
    session.add_all(
        [
            t.ActivityRow(
                phase_id=phase1.id,
                kind=ActivityKind.THRESHOLD_ENTRY,
                name="情浓端午 粽香快乐",
                description="一次性购物满50元，凭单张购物小票参加包粽子活动，在规定时间内包多少送多少。",
                threshold=Decimal("50.00"),
                gift="自包粽子",
                start=plan.zongzi_event,
                end=plan.zongzi_event,
                location="店内活动区",
                add_on_price=None,
                gift_stock=None,
            ),
            t.ActivityRow(
                phase_id=phase2.id,
                kind=ActivityKind.ADD_ON_GIFT,
                name="健康老爸更潇洒",
                description="凡在本店一次性消费满50元，凭当日机打购物小票加5元即可获赠领带一条。",
                threshold=Decimal("50.00"),
                add_on_price=Decimal("5.00"),
                gift="领带 1条",
                gift_stock=800,
                start=tie_start,
                end=tie_end,
                location="服务台",
            ),
            t.ActivityRow(
                phase_id=phase2.id,
                kind=ActivityKind.FESTIVAL,
                name="第一届啤酒节——冰凉到底",
                description="百种夏凉啤酒、饮料特价销售。",
                threshold=None,
                add_on_price=None,
                gift="",
                gift_stock=None,
                start=fest_start,
                end=fest_end,
                location="一层酒水区",
            ),
            t.ActivityRow(
                phase_id=phase2.id,
                kind=ActivityKind.TASTING,
                name="啤酒节店前广场品尝",
                description="店前广场百种夏凉啤酒、饮料现场免费品尝及特价销售。",
                threshold=None,
                add_on_price=None,
                gift="",
                gift_stock=None,
                start=taste_start,
                end=taste_end,
                location="店前广场",
            ),
        ]
    )
    session.add_all(
        [
            t.DisplayZoneRow(
                phase_id=phase2.id,
                floor_id=floor.get("1F"),
                name="商品特卖、品尝专区",
                kind=ZoneKind.PRICE_AND_TASTING,
                display_form=DisplayForm.MASS,
                location="一层主通道",
                start=p2_start,
                end=p2_end,
            ),
            t.DisplayZoneRow(
                phase_id=phase2.id,
                floor_id=floor.get("2F"),
                name="夏凉用品陈列专区",
                kind=ZoneKind.SEASONAL_DISPLAY,
                display_form=DisplayForm.END_CAP,
                location="二层扶梯口",
                start=p2_start,
                end=p2_end,
            ),
            t.DisplayZoneRow(
                phase_id=phase2.id,
                floor_id=floor.get("2F"),
                name="父亲节商品专柜",
                kind=ZoneKind.HOLIDAY_COUNTER,
                display_form=DisplayForm.CROSS,
                location="二层中厅",
                start=p2_start,
                end=plan.fathers_day,
            ),
            t.ContestRow(
                phase_id=phase2.id,
                name="喝啤酒比赛",
                day=plan.contest_day,
                registration_opens=plan.registration_opens,
                location="店前广场",
                group_size=4,
                cans_per_entrant=5,
                prize_1="",
                prize_2="",
                prize_3="",
            ),
        ]
    )


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
