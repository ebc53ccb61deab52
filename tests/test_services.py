"""Use cases as the three kinds of user run them, on a real SQLite database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from signed_in import as_buyer, as_user

from promoplanner.core.errors import DeadlinePassed, DomainError, NotAllowed
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.contest import contest_roster, register_entrant
from promoplanner.services.demo import load_demo
from promoplanner.services.display import display_day, record_display_check
from promoplanner.services.items import (
    ItemQuery,
    add_item,
    count_items,
    get_item,
    list_items,
    update_item,
)
from promoplanner.services.planning import set_quota, update_phase
from promoplanner.services.store import store_layout

NEW_ITEM = {
    "name": "五芳斋蛋黄肉粽",
    "barcode": "6901028075831",
    "spec": "280g×2",
    "unit": "袋",
    "regular_price": "25.90",
    "promo_price": "19.90",
    "tier": "B",
    "sensitive": "否",
}


def phase_of(ctx, ref):
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    return snap, find_phase(snap, ref)


def buyer(ctx, name):
    b = next(b for b in store_layout(ctx).buyers if b.name == name)
    return as_buyer(ctx, b.id)


def floor_id(ctx, code):
    return store_layout(ctx).floor_by_code(code).id


def item_count(ctx):
    return len(load_snapshot(ctx, find_campaign(ctx).id).items)


def test_demo_meets_every_rule_and_runs_twice_without_duplicates(demo_ctx, clock):
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    assert [len(snap.items_of(p.id)) for p in snap.phases] == [90, 180]
    assert [f for f in check_campaign(snap, clock.now()) if f.is_error] == []
    again = load_demo(demo_ctx, 2027)
    assert not again.created and item_count(demo_ctx) == 270
    assert len(store_layout(demo_ctx).buyers) == 5
    replaced = load_demo(demo_ctx, 2027, replace=True)
    assert replaced.created and item_count(demo_ctx) == 270
    assert len(store_layout(demo_ctx).floors) == 3


def test_demo_for_2005_has_the_source_dates(ctx):
    load_demo(ctx, 2005)
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    p1, p2 = snap.phases
    assert (p1.start, p1.end, p1.flyer_target, p1.print_run) == (
        date(2005, 6, 11),
        date(2005, 6, 12),
        90,
        3000,
    )
    assert (p2.start, p2.end, p2.flyer_target, p2.print_run) == (
        date(2005, 6, 18),
        date(2005, 6, 27),
        180,
        5000,
    )
    assert sorted(d.due for d in snap.deadlines) == [
        datetime(2005, 6, 8, 12, 0),
        datetime(2005, 6, 13, 8, 0),
    ]
    assert snap.contests[0].day == date(2005, 6, 26)
    assert snap.contests[0].registration_opens == date(2005, 6, 18)
    assert {h.day for h in snap.holidays} == {
        date(2005, 6, 1),
        date(2005, 6, 11),
        date(2005, 6, 19),
    }


def test_demo_of_a_year_with_overlapping_phases_keeps_one_till_price(ctx):
    load_demo(ctx, 2026)  # Dragon Boat 6-19, Father's Day 6-21: the phases share 6-20
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    assert snap.phases[0].overlaps(snap.phases[1])
    now = datetime(2026, 6, 1, 9, 0)
    assert [f.code for f in check_campaign(snap, now) if f.is_error] == []


def test_buyer_adds_an_item_on_their_floor(demo_ctx):
    _, phase = phase_of(demo_ctx, 1)
    wang = buyer(demo_ctx, "王建国")
    item = add_item(wang, phase.id, {**NEW_ITEM, "floor_id": floor_id(demo_ctx, "1F")})
    stored = get_item(demo_ctx, item.id)
    assert stored.buyer_id == wang.actor.buyer_id
    assert stored.promo_price == Decimal("19.90") and stored.regular_price == Decimal("25.90")


def test_buyer_may_not_touch_another_floor(demo_ctx):
    _, phase = phase_of(demo_ctx, 1)
    wang = buyer(demo_ctx, "王建国")
    with pytest.raises(NotAllowed) as err:
        add_item(wang, phase.id, {**NEW_ITEM, "floor_id": floor_id(demo_ctx, "2F")})
    assert "2F" in err.value.message()
    assert item_count(demo_ctx) == 270


def test_after_the_deadline_buyers_items_are_read_only(demo_ctx, clock):
    snap, phase = phase_of(demo_ctx, 1)
    mine = next(i for i in snap.items_of(phase.id) if i.buyer_id is not None)
    owner = next(b for b in snap.buyers if b.id == mine.buyer_id)
    as_owner = buyer(demo_ctx, owner.name)
    update_item(as_owner, mine.id, {"promo_price": "1.00"})  # before 6-6 12:00: allowed
    clock.at = datetime(2027, 6, 6, 12, 0)
    with pytest.raises(DeadlinePassed) as err:
        update_item(as_owner, mine.id, {"promo_price": "2.00"})
    assert "2027-06-06 12:00" in err.value.message()
    assert get_item(demo_ctx, mine.id).promo_price == Decimal("1.00")
    update_item(demo_ctx, mine.id, {"promo_price": "2.00"})  # planners still can
    assert get_item(demo_ctx, mine.id).promo_price == Decimal("2.00")


def test_floor_manager_cannot_edit_items(demo_ctx):
    snap, _phase = phase_of(demo_ctx, 1)
    fm = as_user(demo_ctx, "floor")
    with pytest.raises(NotAllowed):
        update_item(fm, snap.items[0].id, {"name": "x"})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"promo_price": "30.00"}, "promo_price"),
        ({"promo_price": "abc"}, "promo_price"),
        ({"barcode": "6901028075832"}, "barcode"),
        ({"name": "新名字", "regular_price": "-1"}, "regular_price"),
        ({"name": ""}, "name"),
    ],
)
def test_refused_change_changes_nothing(demo_ctx, changes, field):
    snap, phase = phase_of(demo_ctx, 1)
    item = snap.items_of(phase.id)[0]
    with pytest.raises(DomainError) as err:
        update_item(demo_ctx, item.id, changes)
    assert err.value.field == field
    assert get_item(demo_ctx, item.id) == item


def test_same_barcode_twice_in_a_phase_is_refused(demo_ctx):
    snap, phase = phase_of(demo_ctx, 1)
    first, second = snap.items_of(phase.id)[:2]
    with pytest.raises(DomainError) as err:
        update_item(demo_ctx, second.id, {"barcode": first.barcode})
    assert first.name in err.value.message()


def test_item_listing_sorts_and_filters_in_the_database(demo_ctx):
    _, phase = phase_of(demo_ctx, 2)
    query = ItemQuery(phase.id, text="啤酒", sort="promo_price")
    beers = list_items(demo_ctx, query)
    assert count_items(demo_ctx, query) == len(beers) >= 5
    assert [b.promo_price for b in beers] == sorted(b.promo_price for b in beers)
    assert all("啤酒" in b.name or "啤酒" in b.spec or "啤酒" in b.notes for b in beers)
    page = list_items(demo_ctx, ItemQuery(phase.id), offset=10, limit=5)
    assert len(page) == 5


def test_quota_and_phase_edits_validate(demo_ctx):
    snap, phase = phase_of(demo_ctx, 1)
    with pytest.raises(DomainError) as err:
        set_quota(demo_ctx, phase.id, floor_id(demo_ctx, "1F"), 50, 40, 10)
    assert err.value.field == "max_items"
    with pytest.raises(DomainError) as err:
        update_phase(demo_ctx, phase.id, {"end": "2027-06-01"})
    assert err.value.field == "end"
    with pytest.raises(DomainError):
        update_phase(demo_ctx, phase.id, {"print_run": "three thousand"})
    assert load_snapshot(demo_ctx, snap.campaign.id) == snap
    buyer_ctx = buyer(demo_ctx, "张伟")
    with pytest.raises(NotAllowed):
        update_phase(buyer_ctx, phase.id, {"print_run": 1})


def test_display_check_sheet_and_recording(demo_ctx, clock):
    _, _phase = phase_of(demo_ctx, 2)
    day = date(2027, 6, 20)
    one_f = floor_id(demo_ctx, "1F")
    (floor_list,) = display_day(demo_ctx, day, one_f).floors
    assert len(floor_list.lines) == 70 and floor_list.floor.code == "1F"
    fm = as_user(demo_ctx, "floor")
    target = floor_list.lines[0].item
    missing = {"placed": "no", "tag": "ok", "pop": "yes", "stock": "out"}
    fix = {"fixer": "王建国", "due": "2027-06-20 14:00", "problem": "未到货"}
    with pytest.raises(DomainError) as err:  # the day has not come yet
        record_display_check(fm, day, target.barcode, **missing, **fix)
    assert err.value.key == "checks.future_day"
    clock.at = datetime(2027, 6, 20, 9, 30)
    record_display_check(fm, day, target.barcode, **missing, **fix)
    clock.at = datetime(2027, 6, 21, 9, 30)
    (tomorrow,) = display_day(demo_ctx, date(2027, 6, 21), one_f).floors
    (task,) = [t for t in tomorrow.open_fixes if t.item.id == target.id]
    assert task.overdue and task.state.task.problem == "未到货"
    with pytest.raises(DomainError) as err:  # Phase 1 items are not on sale in Phase 2
        p1_item = load_snapshot(demo_ctx, find_campaign(demo_ctx).id).items[0]
        record_display_check(fm, date(2027, 6, 21), p1_item.barcode, placed="yes", tag="ok",
                             pop="yes", stock="full")  # fmt: skip
    assert err.value.key == "display.not_on_list"


def test_contest_registration_window(demo_ctx, clock):
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    contest = snap.contests[0]
    with pytest.raises(DomainError):
        register_entrant(demo_ctx, contest.id, "李雷")  # 2027-05-20: not open yet
    clock.at = datetime(2027, 6, 19, 10, 0)
    register_entrant(demo_ctx, contest.id, "李雷", "13800000000")
    register_entrant(demo_ctx, contest.id, "韩梅梅")
    roster = contest_roster(demo_ctx, contest.id)
    assert [e.name for e in roster.entrants] == ["李雷", "韩梅梅"]
    assert roster.cans_needed == 10


def test_demo_zones_hold_what_the_source_plan_names(demo_ctx):
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    names = {i.id: i.name for i in snap.items}
    zone = {z.kind.value: [names[i] for i in z.item_ids] for z in snap.zones}
    tasting = zone["price_and_tasting"]
    assert any("啤酒" in n for n in tasting) and any("矿泉水" in n for n in tasting)
    assert not any(word in n for n in tasting for word in ("老窖", "陈酿"))
    summer = " ".join(zone["seasonal_display"])
    for goods in ("扇", "洗发", "沐浴", "花露水", "痱子粉", "凉席"):
        assert goods in summer
    counter = " ".join(zone["holiday_counter"])
    for goods in ("领带", "剃须", "男士", "汤臣倍健"):
        assert goods in counter


def test_contest_refuses_double_entries_and_non_phone_numbers(demo_ctx, clock):
    contest = load_snapshot(demo_ctx, find_campaign(demo_ctx).id).contests[0]
    clock.at = datetime(2027, 6, 20, 10, 0)
    register_entrant(demo_ctx, contest.id, "张三", "138-0013-8000")
    with pytest.raises(DomainError) as err:
        register_entrant(demo_ctx, contest.id, "张三", "138-0013-8000")
    assert err.value.key == "contest.already_registered"
    with pytest.raises(DomainError) as err:
        register_entrant(demo_ctx, contest.id, "王五", "abc")
    assert err.value.field == "phone"
    assert [e.name for e in contest_roster(demo_ctx, contest.id).entrants] == ["张三"]


def test_role_refusal_names_the_role_in_words(demo_ctx):
    _, phase = phase_of(demo_ctx, 1)
    fm = as_user(demo_ctx, "floor")
    with pytest.raises(NotAllowed) as err:
        update_phase(fm, phase.id, {"print_run": 1})
    assert "(floor management) may not do this" in err.value.message("en")
    assert "plan campaigns" in err.value.message("en")
    chinese = err.value.message("zh")
    assert "（卖场管理部）无权" in chinese and "编制促销计划" in chinese
    assert "floor_manager" not in chinese


def test_activity_dates_outside_the_phase_name_the_day_that_is_wrong(demo_ctx):
    from promoplanner.services.events import save_activity

    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    act = next(a for a in snap.activities if a.phase_id == snap.phases[1].id)
    with pytest.raises(DomainError) as err:
        save_activity(demo_ctx, act.phase_id, {"end": "2027-06-30"}, act.id)
    assert err.value.field == "end"
    with pytest.raises(DomainError) as err:
        save_activity(demo_ctx, act.phase_id, {"start": "2027-06-18"}, act.id)
    assert err.value.field == "start"
    assert load_snapshot(demo_ctx, snap.campaign.id).activities == snap.activities


def test_a_buyer_cannot_give_an_item_away(demo_ctx):
    snap, phase = phase_of(demo_ctx, 1)
    wang = buyer(demo_ctx, "王建国")
    mine = next(i for i in snap.items_of(phase.id) if i.buyer_id == wang.actor.buyer_id)
    for other in ("", None, next(b.id for b in snap.buyers if b.name == "李秀英")):
        with pytest.raises(NotAllowed):
            update_item(wang, mine.id, {"buyer_id": other})
    with pytest.raises(NotAllowed):
        add_item(wang, phase.id, {**NEW_ITEM, "floor_id": floor_id(demo_ctx, "1F"), "buyer_id": ""})
    assert get_item(demo_ctx, mine.id) == mine


def test_zone_is_saved_with_its_items_in_one_transaction(demo_ctx):
    from promoplanner.services.events import save_zone
    from promoplanner.services.items import delete_item

    snap, phase = phase_of(demo_ctx, 2)
    zone = snap.zones[0]
    gone = snap.items_of(phase.id)[0]
    delete_item(demo_ctx, gone.id)
    with pytest.raises(DomainError) as err:
        save_zone(demo_ctx, phase.id, {"name": "新名字"}, zone.id, [gone.id])
    assert err.value.key == "input.zone_item_gone"
    after = load_snapshot(demo_ctx, snap.campaign.id)
    assert next(z for z in after.zones if z.id == zone.id).name == zone.name
    with pytest.raises(DomainError):
        save_zone(demo_ctx, phase.id, {"floor_id": "abc"}, zone.id)
    with pytest.raises(DomainError):
        save_zone(demo_ctx, phase.id, {"floor_id": 999}, zone.id)
    other_phase = snap.phases[0].id
    with pytest.raises(DomainError):  # the zone belongs to phase 2
        save_zone(demo_ctx, other_phase, {"name": "x"}, zone.id)


def test_a_name_already_taken_is_a_refusal_not_a_crash(demo_ctx):
    from promoplanner.services.campaigns import list_campaigns, update_campaign

    load_demo(demo_ctx, 2028)
    first, second = sorted(list_campaigns(demo_ctx), key=lambda c: c.year)
    with pytest.raises(DomainError) as err:
        update_campaign(demo_ctx, second.id, {"name": first.name})
    assert err.value.key == "db.campaign_name_taken"


def test_search_text_is_text_not_a_pattern(demo_ctx):
    _, phase = phase_of(demo_ctx, 2)
    items = load_snapshot(demo_ctx, find_campaign(demo_ctx).id).items_of(phase.id)
    with_percent = [i.id for i in items if "%" in i.name + i.spec + i.notes]  # 汇源100%橙汁
    assert [i.id for i in list_items(demo_ctx, ItemQuery(phase.id, text="%"))] == with_percent
    assert count_items(demo_ctx, ItemQuery(phase.id, text="_")) == 0
    item = items[0]
    update_item(demo_ctx, item.id, {"notes": "Promo 100% OFF_TAG"})
    assert [i.id for i in list_items(demo_ctx, ItemQuery(phase.id, text="100% off_tag"))] == [
        item.id
    ]


def test_a_large_stores_sales_target_fits(demo_ctx):
    from promoplanner.services.campaigns import update_campaign

    campaign = find_campaign(demo_ctx)
    changed = update_campaign(
        demo_ctx, campaign.id, {"sales_target": "12000000", "stretch_target": "15000000.00"}
    )
    assert changed.sales_target == Decimal("12000000.00")  # 1,200 万元
    assert find_campaign(demo_ctx).stretch_target == Decimal("15000000.00")


def test_a_deleted_items_id_is_never_given_to_a_new_item(demo_ctx):
    from promoplanner.services.items import delete_item

    snap, phase = phase_of(demo_ctx, 1)
    last = max(snap.items, key=lambda i: i.id)
    delete_item(demo_ctx, last.id)
    new = add_item(demo_ctx, phase.id, {**NEW_ITEM, "floor_id": floor_id(demo_ctx, "1F")})
    assert new.id > last.id


def test_a_buyer_change_reads_no_floor_codes_unless_refused(demo_ctx):
    from sqlalchemy import event

    snap, phase = phase_of(demo_ctx, 1)
    wang = buyer(demo_ctx, "王建国")
    mine = next(i for i in snap.items_of(phase.id) if i.buyer_id == wang.actor.buyer_id)
    seen: list[str] = []

    def note(conn, cursor, statement, *args):
        seen.append(statement)

    engine = demo_ctx.uow.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        update_item(wang, mine.id, {"notes": "改"})
        # The buyer's own floors are read (through buyer_floor); the list of all floors not.
        reads_codes = [s for s in seen if "FROM floor" in s and "buyer_floor" not in s]
        assert reads_codes == []
        other = next(f.id for f in snap.floors if f.id != mine.floor_id)
        with pytest.raises(NotAllowed) as err:
            update_item(wang, mine.id, {"floor_id": other, "department_id": None})
    finally:
        event.remove(engine, "before_cursor_execute", note)
    code = next(f.code for f in snap.floors if f.id == other)
    assert err.value.field == "floor_id" and code in err.value.message("en")


def test_a_campaign_name_taken_is_refused_in_words_naming_the_field(demo_ctx):
    from promoplanner.services.campaigns import list_campaigns, update_campaign

    load_demo(demo_ctx, 2028)
    first, second = sorted(list_campaigns(demo_ctx), key=lambda c: c.year)
    with pytest.raises(DomainError) as err:
        update_campaign(demo_ctx, second.id, {"name": first.name})
    assert err.value.field == "name"
    assert err.value.message("en") == "A campaign of that name exists already."
    assert err.value.message("zh") == "已有同名的促销计划。"


def test_a_constraint_the_services_did_not_foresee_is_still_a_refusal_in_words(demo_ctx):
    from promoplanner.core.errors import DomainError
    from promoplanner.storage import tables as t

    buyers = len(store_layout(demo_ctx).buyers)
    with pytest.raises(DomainError) as err, demo_ctx.uow.transaction() as session:
        session.add(t.BuyerRow(name="新采购"))
        session.add(t.BuyerRow(name=None))  # NOT NULL: no use case writes this
        session.flush()
    assert err.value.key == "db.constraint"
    assert "nothing was changed" in err.value.message("en")
    assert "未做任何改动" in err.value.message("zh")
    assert len(store_layout(demo_ctx).buyers) == buyers  # the good row went too
