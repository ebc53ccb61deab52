"""Every planning rule, with the source plan's own numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from promoplanner.core.barcode import ean_check_digit
from promoplanner.core.enums import ActivityKind, DisplayForm, PriceTier, Severity, ZoneKind
from promoplanner.core.findings import SubjectKind
from promoplanner.core.model import (
    Activity,
    Buyer,
    BuyerDeadline,
    Campaign,
    CampaignSnapshot,
    Contest,
    DisplayZone,
    Floor,
    FloorQuota,
    FlyerItem,
    Phase,
)
from promoplanner.core.rules import check_campaign

F1, F2, F3 = (
    Floor(1, "1F", "Food", "食品", 0, 12, 14),
    Floor(2, "2F", "General", "百货", 1, 10, 12),
    Floor(3, "3F", "Clothing", "服装", 2, 6, 4),
)
P1 = Phase(
    1, 1, 1, "端午节促销", "端午特卖 情系万家", date(2005, 6, 11), date(2005, 6, 12), 90, 3000
)
P2 = Phase(
    2, 1, 2, "父亲节促销", "夏日新选择，感受0°C", date(2005, 6, 18), date(2005, 6, 27), 180, 5000
)
# The source plan's quotas: Phase 1 1F 40–50 (≥10 sensitive), 2F 30–40 (≥8), 3F 10–20.
QUOTAS = (
    FloorQuota(1, 1, 1, 40, 50, 10),
    FloorQuota(2, 1, 2, 30, 40, 8),
    FloorQuota(3, 1, 3, 10, 20, 0),
    FloorQuota(4, 2, 1, 60, 80, 10),
    FloorQuota(5, 2, 2, 70, 80, 8),
    FloorQuota(6, 2, 3, 30, 40, 0),
)
DEADLINES = (
    BuyerDeadline(1, 1, datetime(2005, 6, 8, 12, 0), "item lists", Decimal("50.00")),
    BuyerDeadline(2, 2, datetime(2005, 6, 13, 8, 0), "goods in place", Decimal("50.00")),
)
BEFORE = datetime(2005, 6, 1, 9, 0)
TIERS = [PriceTier.A, PriceTier.A, PriceTier.B, PriceTier.B, PriceTier.B, PriceTier.C]


def ean(n: int) -> str:
    body = f"690{n:09d}"
    return body + str(ean_check_digit(body))


def items_for(phase: Phase, floor: Floor, count: int, sensitive: int, start_id: int):
    return [
        FlyerItem(
            id=start_id + i,
            phase_id=phase.id,
            floor_id=floor.id,
            name=f"商品{start_id + i}",
            unit="袋",
            regular_price=Decimal("10.00"),
            promo_price=Decimal("8.00"),
            barcode=ean(start_id + i + phase.id * 100000),
            sensitive=i < sensitive,
            tier=TIERS[(start_id + i) % 6],
            buyer_id=floor.id,
        )
        for i in range(count)
    ]


def plan_items():
    """90 and 180 items meeting every quota of the source plan, A:B:C 2:3:1."""
    layout = [
        (P1, F1, 45, 10),
        (P1, F2, 33, 8),
        (P1, F3, 12, 0),
        (P2, F1, 70, 10),
        (P2, F2, 75, 8),
        (P2, F3, 35, 0),
    ]
    items, next_id = [], 1
    for phase, floor, count, sens in layout:
        items += items_for(phase, floor, count, sens, next_id)
        next_id += count
    return tuple(items)


def snapshot(**changes) -> CampaignSnapshot:
    base = CampaignSnapshot(
        campaign=Campaign(1, "June", 2005, 6, "夏日新选择，感受0°C"),
        floors=(F1, F2, F3),
        phases=(P1, P2),
        quotas=QUOTAS,
        deadlines=DEADLINES,
        items=plan_items(),
        buyers=(Buyer(1, "王建国", (1,)), Buyer(2, "张伟", (2,)), Buyer(3, "陈静", (3,))),
    )
    return replace(base, **changes)


def codes(findings, severity=None):
    return [f.code for f in findings if severity is None or f.severity is severity]


def drop(items, phase_id, floor_id, count, *, sensitive=False):
    """Remove count items of a floor (sensitive ones if asked)."""
    victims = [
        i
        for i in items
        if i.phase_id == phase_id and i.floor_id == floor_id and i.sensitive == sensitive
    ][:count]
    return tuple(i for i in items if i not in victims)


def test_plan_meeting_every_quota_has_no_finding():
    assert check_campaign(snapshot(), BEFORE) == []


def test_floor_below_minimum_names_phase_and_floor():
    items = drop(plan_items(), 1, 1, 6)  # 1F Phase 1: 39 items, quota 40–50
    found = [
        f for f in check_campaign(snapshot(items=items), BEFORE) if f.code == "floor_too_few_items"
    ]
    assert len(found) == 1
    assert (found[0].phase_id, found[0].floor_id, found[0].severity) == (1, 1, Severity.ERROR)
    assert "39" in found[0].message() and "40–50" in found[0].message()


def test_floor_above_maximum():
    extra = items_for(P1, F3, 9, 0, 5000)  # 3F Phase 1: 21 items, quota 10–20
    found = check_campaign(snapshot(items=plan_items() + tuple(extra)), BEFORE)
    assert "floor_too_many_items" in codes(found)
    assert any(f.floor_id == 3 and f.code == "floor_too_many_items" for f in found)


def test_sensitive_below_minimum():
    items = plan_items()
    one = next(i for i in items if i.phase_id == 2 and i.floor_id == 2 and i.sensitive)
    items = tuple(replace(i, sensitive=False) if i is one else i for i in items)
    found = check_campaign(snapshot(items=items), BEFORE)
    assert [(f.code, f.phase_id, f.floor_id) for f in found] == [("floor_too_few_sensitive", 2, 2)]
    assert "7" in found[0].message() and "8" in found[0].message()


def test_phase_total_must_equal_flyer_target():
    items = drop(plan_items(), 1, 1, 1)  # 89 of 90, floor still within 40–50
    found = check_campaign(snapshot(items=items), BEFORE)
    assert codes(found) == ["phase_total_off_target"]
    assert "89" in found[0].message() and "90" in found[0].message()


def test_quotas_that_cannot_reach_target_warn():
    tight = {1: 45, 2: 35, 3: 9}  # at most 89 items for a 90-item flyer
    quotas = tuple(replace(q, max_items=tight.get(q.id, q.max_items)) for q in QUOTAS)
    found = check_campaign(snapshot(quotas=quotas), BEFORE)
    assert codes(found, Severity.WARNING) == ["quotas_miss_target"]
    assert "89" in found[-1].message() or "89" in " ".join(f.message() for f in found)


@pytest.mark.parametrize(
    ("regular", "promo", "code"),
    [
        ("10.00", "10.00", "promo_not_below_regular"),
        ("10.00", "12.50", "promo_not_below_regular"),
        ("10.00", "0.00", "price_not_positive"),
        ("10.00", "-1.00", "price_not_positive"),
    ],
)
def test_bad_prices(regular, promo, code):
    items = list(plan_items())
    items[0] = replace(items[0], regular_price=Decimal(regular), promo_price=Decimal(promo))
    found = check_campaign(snapshot(items=tuple(items)), BEFORE)
    assert codes(found) == [code]
    assert found[0].subject.kind is SubjectKind.ITEM and found[0].subject.id == items[0].id


def test_deep_discount_is_a_warning_with_configurable_limit():
    items = list(plan_items())
    items[0] = replace(items[0], regular_price=Decimal("100.00"), promo_price=Decimal("25.00"))
    assert codes(check_campaign(snapshot(items=tuple(items)), BEFORE)) == ["discount_suspicious"]
    stricter = snapshot(items=tuple(items)).campaign
    looser = replace(stricter, deep_discount_limit=Decimal("0.80"))
    assert check_campaign(snapshot(items=tuple(items), campaign=looser), BEFORE) == []


def test_same_barcode_twice_in_a_phase():
    items = list(plan_items())
    items[1] = replace(items[1], barcode=items[0].barcode)
    found = check_campaign(snapshot(items=tuple(items)), BEFORE)
    assert codes(found) == ["barcode_duplicate"]


def test_wrong_ean13_and_ean8_check_digits():
    items = list(plan_items())
    good = items[0].barcode
    items[0] = replace(items[0], barcode=good[:-1] + str((int(good[-1]) + 1) % 10))
    items[1] = replace(items[1], barcode="96385075")  # EAN-8, right digit is 4
    found = check_campaign(snapshot(items=tuple(items)), BEFORE)
    assert codes(found) == ["barcode_check_digit", "barcode_check_digit"]
    items[1] = replace(items[1], barcode="96385074")
    assert codes(check_campaign(snapshot(items=tuple(items)), BEFORE)) == ["barcode_check_digit"]


def test_item_on_floor_without_quota():
    quotas = tuple(q for q in QUOTAS if q.id != 3)  # no 3F quota in Phase 1
    found = check_campaign(snapshot(quotas=quotas), BEFORE)
    assert codes(found) == ["floor_without_quota"]
    assert found[0].floor_id == 3 and found[0].phase_id == 1


def test_late_list_after_deadline_with_assessment():
    items = drop(plan_items(), 1, 1, 10)  # 1F short by 5 at 6-8 12:00
    after = datetime(2005, 6, 8, 12, 0)
    late = [f for f in check_campaign(snapshot(items=items), after) if f.code == "buyer_late"]
    assert len(late) == 1
    assert late[0].subject.id == 1  # 王建国 buys for 1F
    assert "50.00" in late[0].message() and "王建国" in late[0].message()
    before = [
        f
        for f in check_campaign(snapshot(items=items), datetime(2005, 6, 8, 11, 59))
        if f.code == "buyer_late"
    ]
    assert before == []


def test_dates_of_activity_zone_and_contest_inside_phase():
    act = Activity(
        1,
        2,
        ActivityKind.ADD_ON_GIFT,
        "健康老爸更潇洒",
        date(2005, 6, 18),
        date(2005, 6, 19),
        threshold=Decimal("50"),
        add_on_price=Decimal("5"),
    )
    zone = DisplayZone(
        1,
        2,
        "夏凉用品陈列专区",
        ZoneKind.SEASONAL_DISPLAY,
        DisplayForm.END_CAP,
        date(2005, 6, 18),
        date(2005, 6, 27),
    )
    contest = Contest(1, 2, "喝啤酒比赛", date(2005, 6, 26), date(2005, 6, 18))
    ok = snapshot(activities=(act,), zones=(zone,), contests=(contest,))
    assert check_campaign(ok, BEFORE) == []
    bad = snapshot(
        activities=(replace(act, end=date(2005, 6, 28)),),
        zones=(replace(zone, start=date(2005, 6, 17)),),
        contests=(replace(contest, day=date(2005, 6, 28)),),
    )
    assert sorted(codes(check_campaign(bad, BEFORE))) == [
        "activity_outside_phase",
        "contest_outside_phase",
        "zone_outside_phase",
    ]


def test_tier_mix_away_from_plan_is_a_warning():
    items = tuple(replace(i, tier=PriceTier.C) if i.phase_id == 1 else i for i in plan_items())
    found = check_campaign(snapshot(items=items), BEFORE)
    assert [(f.code, f.severity, f.phase_id) for f in found] == [
        ("tier_mix_off", Severity.WARNING, 1)
    ]
    assert "0:0:90" in found[0].message() and "2:3:1" in found[0].message()


def test_print_run_zero():
    found = check_campaign(snapshot(phases=(replace(P1, print_run=0), P2)), BEFORE)
    assert codes(found) == ["print_run_zero"]


def test_same_barcode_two_prices_in_overlapping_phases():
    p2 = replace(P2, start=date(2005, 6, 12))  # shares 6-12 with Phase 1
    items = list(plan_items())
    first = items[0]
    twin_index = next(n for n, i in enumerate(items) if i.phase_id == 2)
    items[twin_index] = replace(
        items[twin_index], barcode=first.barcode, promo_price=Decimal("7.50")
    )
    found = check_campaign(snapshot(phases=(P1, p2), items=tuple(items)), BEFORE)
    assert codes(found, Severity.ERROR) == ["barcode_two_prices"]
    # Same price, or phases apart, is fine.
    items[twin_index] = replace(items[twin_index], promo_price=first.promo_price)
    found = check_campaign(snapshot(phases=(P1, p2), items=tuple(items)), BEFORE)
    assert codes(found, Severity.ERROR) == []
    items[twin_index] = replace(items[twin_index], promo_price=Decimal("7.50"))
    assert codes(check_campaign(snapshot(items=tuple(items)), BEFORE), Severity.ERROR) == []


def test_more_golden_items_than_end_racks_and_pile_spots():
    items = list(plan_items())
    third = [n for n, i in enumerate(items) if i.phase_id == 1 and i.floor_id == 3]
    for n in third[:10]:  # 3F has 6 end racks + 4 pile spots = 10
        items[n] = replace(items[n], display_form=DisplayForm.MASS)
    assert check_campaign(snapshot(items=tuple(items)), BEFORE) == []
    items[third[10]] = replace(items[third[10]], display_form=DisplayForm.END_CAP)
    found = check_campaign(snapshot(items=tuple(items)), BEFORE)
    assert codes(found) == ["golden_positions_short"]
    assert found[0].floor_id == 3 and "11" in found[0].message()


def test_messages_exist_in_chinese():
    items = drop(plan_items(), 1, 1, 6)
    finding = next(
        f for f in check_campaign(snapshot(items=items), BEFORE) if f.code == "floor_too_few_items"
    )
    assert "配额" in finding.message("zh")
    assert "quota" in finding.message("en")


def test_struck_through_price_above_last_weeks_promotion_warns():
    p2 = replace(P2, start=date(2005, 6, 18))  # Phase 1 ended 6-12: within 7 days before
    items = list(plan_items())
    first = items[0]
    twin_index = next(n for n, i in enumerate(items) if i.phase_id == 2)
    items[twin_index] = replace(
        items[twin_index],
        barcode=first.barcode,
        regular_price=Decimal("10.00"),
        promo_price=Decimal("8.00"),
    )
    found = check_campaign(snapshot(phases=(P1, p2), items=tuple(items)), BEFORE)
    assert [(f.code, f.severity, f.phase_id) for f in found] == [
        ("strike_price_basis", Severity.WARNING, 2)
    ]
    assert "8.00" in found[0].message() and "10.00" in found[0].message()
    later = replace(P2, start=date(2005, 6, 20), end=date(2005, 6, 29))  # 6-12 is 8 days before
    assert check_campaign(snapshot(phases=(P1, later), items=tuple(items)), BEFORE) == []


def test_missing_unit_or_name_breaks_the_price_marking_rules():
    items = plan_items()
    broken = (replace(items[0], unit=" "), *items[1:])
    assert codes(check_campaign(snapshot(items=broken), BEFORE)) == ["item_label_incomplete"]
    broken = (replace(items[0], name=""), *items[1:])
    assert codes(check_campaign(snapshot(items=broken), BEFORE)) == ["item_label_incomplete"]


def test_malformed_and_missing_barcodes():
    items = list(plan_items())
    items[0] = replace(items[0], barcode="ABCDEFGHIJKLM")
    items[1] = replace(items[1], barcode="")
    found = check_campaign(snapshot(items=tuple(items)), BEFORE)
    assert [(f.code, f.severity) for f in found] == [
        ("barcode_malformed", Severity.ERROR),
        ("barcode_missing", Severity.WARNING),
    ]


def test_reversed_phase_and_quota_are_errors_of_their_own():
    quotas = tuple(replace(q, min_items=60) if q.id == 1 else q for q in QUOTAS)
    reversed_p1 = replace(P1, end=date(2005, 6, 10))
    found = check_campaign(snapshot(phases=(reversed_p1, P2), quotas=quotas), BEFORE)
    assert {"phase_dates_reversed", "quota_min_above_max"} <= set(codes(found))
    assert "60" in next(f for f in found if f.code == "quota_min_above_max").message()
