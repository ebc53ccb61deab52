"""The source plan's June campaign (篇四) without its items: holidays, the two phases with
their floor quotas and buyer deadlines, activities, display zones and the contest.

The demo builds it on its own floors, the June template on the store's.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy.orm import Session

from promoplanner.core.enums import ActivityKind, DisplayForm, HolidayKind, ZoneKind
from promoplanner.core.holidays import childrens_day
from promoplanner.core.june_plan import JunePlan
from promoplanner.storage import tables as t

THEME = "夏日新选择，感受0°C"
# The source plan's two phases.
PHASE_NAMES = {1: "端午节促销", 2: "父亲节促销"}
# The floors the source plan's quotas and zones name (food, general merchandise, clothing).
TEMPLATE_FLOORS = ("1F", "2F", "3F")
# Assessment for a late buyer (篇五 of the source names 20 or 50 yuan per missed duty).
LATE_ASSESSMENT = Decimal("50.00")


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
