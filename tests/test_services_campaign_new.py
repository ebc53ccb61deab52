"""New campaigns: blank, from the June template, copied to a new year; bad input refused."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from new_store import new_store
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.enums import HolidayKind
from promoplanner.core.errors import DomainError, NotAllowed
from promoplanner.core.rules import check_campaign
from promoplanner.services import floors
from promoplanner.services.campaign_copy import copy_campaign, copy_plan
from promoplanner.services.campaign_new import create_campaign, create_from_template
from promoplanner.services.campaigns import find_campaign, list_campaigns, load_snapshot
from promoplanner.services.carried import carried_items, confirm_items
from promoplanner.services.demo import load_demo
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.june_template import TEMPLATE_FLOORS
from promoplanner.services.store import store_layout
from promoplanner.storage import tables as t


def count(ctx, table) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(table))


@pytest.fixture
def store_ctx(ctx):
    return new_store(ctx)


def test_a_blank_campaign_takes_the_holidays_of_its_month(store_ctx):
    made = create_campaign(
        store_ctx, "2026年中秋国庆", 2026, None, first_day="2026-09-18", last_day="2026-10-07",
        theme="月圆人团圆", sales_target="1200000", stretch_target="1500000.00",
    )  # fmt: skip
    c = made.campaign
    assert (c.year, c.month, c.period) == (2026, 9, (date(2026, 9, 18), date(2026, 10, 7)))
    assert c.sales_target == Decimal("1200000.00")
    assert [(h.kind, h.day) for h in made.holidays] == [
        (HolidayKind.MID_AUTUMN, date(2026, 9, 25)),
        (HolidayKind.NATIONAL_DAY, date(2026, 10, 1)),
    ]
    snap = load_snapshot(store_ctx, c.id)
    assert snap.phases == () and len(snap.holidays) == 2
    entry = list_history(store_ctx, HistoryQuery(object=(ObjectKind.CAMPAIGN, c.id)))[0]
    assert entry.action is Action.CREATE and entry.after["first_day"] == "2026-09-18"


@pytest.mark.parametrize(
    ("args", "kwargs", "key", "field"),
    [
        (("A", 2026, 13), {}, "campaign.no_such_month", "month"),
        (("A", 2026, 0), {}, "campaign.no_such_month", "month"),
        (("A", 2026, "June"), {}, "campaign.no_such_month", "month"),
        (("A", 2026, None), {}, "campaign.month_needed", "month"),
        (("A", 2026), {"first_day": "2026-10-07", "last_day": "2026-09-18"},
         "input.end_before_start", "last_day"),
        (("A", 2026), {"first_day": "2026-10-07"}, "campaign.both_days", "last_day"),
        (("A", 1800, 6), {}, "input.year_out_of_range", "year"),
        (("", 2026, 6), {}, "input.required", "name"),
        (("A", 2026, 6), {"sales_target": "100", "stretch_target": "90"},
         "input.stretch_below_target", "stretch_target"),
    ],
)  # fmt: skip
def test_bad_campaign_input_is_refused_and_nothing_made(store_ctx, args, kwargs, key, field):
    before = count(store_ctx, t.HistoryRow)
    with pytest.raises(DomainError) as refused:
        create_campaign(store_ctx, *args, **kwargs)
    assert (refused.value.key, refused.value.field) == (key, field)
    assert count(store_ctx, t.CampaignRow) == 0 and count(store_ctx, t.HistoryRow) == before


def test_a_campaign_name_used_twice_is_refused(store_ctx):
    create_campaign(store_ctx, "2026年中秋", 2026, 9)
    with pytest.raises(DomainError) as refused:
        create_campaign(store_ctx, " 2026年中秋 ", 2027, 9)
    assert refused.value.key == "campaign.name_taken" and "2026年中秋" in refused.value.message()
    with pytest.raises(DomainError):
        create_from_template(store_ctx, "2026年中秋", 2027)
    assert [c.name for c in list_campaigns(store_ctx)] == ["2026年中秋"]


def test_only_a_planner_makes_a_campaign(store_ctx):
    from promoplanner.core.enums import Role
    from promoplanner.services.people import add_person

    add_person(store_ctx, "wang", "secret-2", [Role.BUYER], display_name="王建国")
    buyer = as_user(store_ctx, "wang")
    with pytest.raises(NotAllowed):
        create_campaign(buyer, "X", 2026, 9)


def test_the_june_template_is_the_demo_without_its_items(store_ctx, tmp_path, clock):
    made = create_from_template(store_ctx, "2027年6月", 2027)
    snap = load_snapshot(store_ctx, made.campaign.id)
    assert [(p.name, p.start, p.end, p.flyer_target) for p in snap.phases] == [
        ("端午节促销", date(2027, 6, 9), date(2027, 6, 10), 90),
        ("父亲节促销", date(2027, 6, 19), date(2027, 6, 28), 180),
    ]
    assert snap.items == () and len(snap.quotas) == 6 and len(snap.deadlines) == 2
    assert len(snap.activities) == 4 and len(snap.zones) == 3 and len(snap.contests) == 1
    assert made.notes == ()
    # The same plan the demo builds, but for this store's floors and without items.
    from promoplanner.services.context import connect

    other = connect(str(tmp_path / "demo.sqlite"), clock=clock)
    load_demo(other, 2027)
    demo = load_snapshot(other, find_campaign(other).id)
    assert [(p.start, p.end, p.theme) for p in demo.phases] == [
        (p.start, p.end, p.theme) for p in snap.phases
    ]
    assert [(a.name, a.start) for a in demo.activities] == [
        (a.name, a.start) for a in snap.activities
    ]
    # The demo's store has every floor the plan's quotas name: none of them is left out.
    assert [f.code for f in demo.floors] == list(TEMPLATE_FLOORS) and len(demo.quotas) == 6
    other.uow.engine.dispose()


def test_the_template_leaves_out_a_floor_the_store_has_not(store_ctx):
    clothing = store_layout(store_ctx).floor_by_code("3F")
    floors.remove_floor(store_ctx, clothing.id)  # unused: deleted
    made = create_from_template(store_ctx, "2027年6月", 2027)
    assert [n.key for n in made.notes] == ["campaign.template_floor_left_out"]
    assert len(load_snapshot(store_ctx, made.campaign.id).quotas) == 4


def test_the_template_in_a_year_dragon_boat_leaves_june_says_so_and_waits(store_ctx):
    with pytest.raises(DomainError) as refused:
        create_from_template(store_ctx, "2028年6月", 2028)
    message = refused.value.message()
    assert refused.value.key == "campaign.holiday_outside"
    assert "2028-05-28" in message and "Dragon Boat" in message and "2028-06-01" in message
    assert count(store_ctx, t.CampaignRow) == 0
    made = create_from_template(store_ctx, "2028年6月", 2028, moves={1: date(2028, 6, 1)})
    snap = load_snapshot(store_ctx, made.campaign.id)
    first = snap.phases[0]
    assert (first.start, first.end) == (date(2028, 6, 1), date(2028, 6, 2))
    # Its deadline and the zongzi event moved with it.
    assert [d.due for d in snap.deadlines if d.phase_id == first.id] == [datetime(2028, 5, 29, 12)]
    assert [a.start for a in snap.activities if a.phase_id == first.id] == [date(2028, 6, 1)]


def june_with_items(ctx):
    """The 2026 demo campaign (with its 270 items) in the database of ctx."""
    load_demo(ctx, 2026)
    return as_user(ctx, "planner")


def test_a_copy_moves_every_date_with_its_phases_holiday(ctx):
    planner = june_with_items(ctx)
    source = find_campaign(planner)
    made = copy_campaign(planner, source.id, "2027年6月", 2027, carry_items=False)
    old, new = load_snapshot(planner, source.id), load_snapshot(planner, made.campaign.id)
    assert [(p.start, p.end) for p in new.phases] == [
        (date(2027, 6, 9), date(2027, 6, 10)),
        (date(2027, 6, 19), date(2027, 6, 28)),
    ]
    assert {h.kind: h.day for h in new.holidays} == {
        HolidayKind.CHILDRENS_DAY: date(2027, 6, 1),
        HolidayKind.DRAGON_BOAT: date(2027, 6, 9),
        HolidayKind.FATHERS_DAY: date(2027, 6, 20),
    }
    shifts = [(n.start - o.start).days for o, n in zip(old.phases, new.phases, strict=True)]
    assert shifts == [355, 364]  # Dragon Boat 10 days earlier, Father's Day one (a year on)
    shift = {o.id: n for o, n in zip(old.phases, shifts, strict=True)}
    assert [d.due for d in new.deadlines] == [datetime(2027, 6, 6, 12), datetime(2027, 6, 14, 8)]
    assert [(a.name, a.start, a.end) for a in new.activities] == [
        (a.name, a.start + timedelta(shift[a.phase_id]), a.end + timedelta(shift[a.phase_id]))
        for a in old.activities
    ]
    assert [(c.day, c.registration_opens) for c in new.contests] == [
        (date(2027, 6, 27), date(2027, 6, 19))
    ]
    assert len(new.quotas) == 6 and new.items == () and made.items == 0
    assert not [f for f in check_campaign(new, datetime(2027, 5, 1)) if f.code.startswith("dates")]


def test_a_copy_carries_the_items_as_a_draft_for_the_buyers(ctx):
    planner = june_with_items(ctx)
    source = find_campaign(planner)
    made = copy_campaign(planner, source.id, "2027年6月", 2027, 6, carry_items=True)
    new = load_snapshot(planner, made.campaign.id)
    old = load_snapshot(planner, source.id)
    assert made.items == len(new.items) == len(old.items) == 270
    assert sorted((i.barcode, i.promo_price) for i in new.items) == sorted(
        (i.barcode, i.promo_price) for i in old.items
    )
    assert new.carried_item_ids == {i.id for i in new.items}
    assert [len(z.item_ids) for z in new.zones] == [len(z.item_ids) for z in old.zones]
    findings = check_campaign(new, datetime(2027, 5, 1))
    assert {f.code for f in findings} >= {"items_to_confirm"}
    phase = new.phases[0]
    food = store_layout(planner).floor_by_code("1F")
    buyer = as_user(planner, "buyer-food")
    wang = buyer.actor.buyer_id
    theirs = [i for i in new.items if i.phase_id == phase.id and i.buyer_id == wang]
    assert confirm_items(buyer, phase.id, floor_id=food.id) == len(theirs) > 0
    left = carried_items(planner, phase.id)
    assert left and not left & {i.id for i in theirs}
    other = next(i for i in new.items if i.id in left)
    with pytest.raises(NotAllowed):
        confirm_items(buyer, phase.id, [other.id])  # not theirs to confirm
    assert confirm_items(buyer, phase.id) == 0  # nothing else of theirs is left
    assert carried_items(planner, phase.id) == left
    assert confirm_items(planner, phase.id) == len(left)
    assert carried_items(planner, phase.id) == frozenset()


def test_a_copy_to_2028_says_dragon_boat_leaves_june_until_the_phase_is_moved(ctx):
    planner = june_with_items(ctx)
    source = find_campaign(planner)
    preview = copy_plan(planner, source.id, 2028)
    assert [p.number for p in preview.outside] == [1]
    with pytest.raises(DomainError) as refused:
        copy_campaign(planner, source.id, "2028年6月", 2028, carry_items=True)
    assert refused.value.key == "campaign.holiday_outside" and "2028-05-28" in str(refused.value)
    assert len(list_campaigns(planner)) == 1
    made = copy_campaign(planner, source.id, "2028年6月", 2028, moves={1: date(2028, 6, 1)})
    new = load_snapshot(planner, made.campaign.id)
    assert [(p.start, p.end) for p in new.phases] == [
        (date(2028, 6, 1), date(2028, 6, 2)),
        (date(2028, 6, 17), date(2028, 6, 26)),
    ]


def test_a_copy_to_2033_lands_on_children_day(ctx):
    planner = june_with_items(ctx)
    made = copy_campaign(planner, find_campaign(planner).id, "2033年6月", 2033)
    new = load_snapshot(planner, made.campaign.id)
    assert [(p.start, p.end) for p in new.phases] == [
        (date(2033, 6, 1), date(2033, 6, 2)),
        (date(2033, 6, 18), date(2033, 6, 27)),
    ]


def test_a_copy_leaves_out_a_retired_floor(ctx):
    planner = june_with_items(ctx)
    clothing = store_layout(planner).floor_by_code("3F")
    assert floors.remove_floor(planner, clothing.id).retired
    made = copy_campaign(planner, find_campaign(planner).id, "2027年6月", 2027, carry_items=True)
    new = load_snapshot(planner, made.campaign.id)
    assert clothing.id not in {q.floor_id for q in new.quotas} | {i.floor_id for i in new.items}
    assert [n.key for n in made.notes] == ["campaign.copy_floor_retired"]
    assert clothing.id not in [f.id for f in new.floors]
    old = load_snapshot(planner, find_campaign(planner, "2026年6月 夏日新选择").id)
    assert clothing.id in [f.id for f in old.floors]  # the old campaign still shows it
