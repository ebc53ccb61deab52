"""The history: every change writes who, when, what, before and after; nothing edits it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from signed_in import as_user

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.clock import SystemClock
from promoplanner.core.enums import ActivityKind, HolidayKind, Role
from promoplanner.core.errors import Conflict
from promoplanner.services import campaigns, contest, events, planning, store
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.display import record_display_check
from promoplanner.services.history import HistoryQuery, list_history, object_history
from promoplanner.services.item_bulk import add_items, delete_items, restore_items
from promoplanner.services.items import add_item, get_item, update_item
from promoplanner.services.people import add_person, set_active

NEW = {"name": "端午绿豆糕", "regular_price": "12.80", "promo_price": "9.90", "floor_id": "1F"}


def snap_of(ctx):
    return load_snapshot(ctx, find_campaign(ctx).id)


def latest(ctx, n=1):
    return list_history(ctx, HistoryQuery(limit=n))


def test_an_item_change_records_who_when_and_the_values_before_and_after(demo_ctx, clock):
    snap = snap_of(demo_ctx)
    item = snap.items[0]
    update_item(demo_ctx, item.id, {"promo_price": "0.99", "notes": item.notes})
    (entry,) = latest(demo_ctx)
    assert (entry.user, entry.action, entry.at) == ("planner", Action.UPDATE, clock.now())
    assert entry.object.kind is ObjectKind.ITEM and entry.object.id == item.id
    assert item.name in entry.object.label and item.barcode in entry.object.label
    assert entry.before == {"promo_price": f"{item.promo_price:.2f}"}  # only what changed
    assert entry.after == {"promo_price": "0.99"}
    assert entry.phase_id == item.phase_id
    assert entry.pretended and entry.real_at != entry.at  # --now: both times kept


def test_a_change_that_changes_nothing_writes_no_history(demo_ctx):
    item = snap_of(demo_ctx).items[0]
    before = len(list_history(demo_ctx))
    same = update_item(demo_ctx, item.id, {"promo_price": str(item.promo_price)})
    assert same.version == item.version and len(list_history(demo_ctx)) == before


def test_every_kind_of_change_leaves_its_entry(demo_ctx, clock):
    snap = snap_of(demo_ctx)
    p1, p2 = snap.phases
    food = snap.floors[0]
    made = []

    def did(kind, action):
        entry = latest(demo_ctx)[0]
        made.append((entry.object.kind, entry.action))
        assert (entry.object.kind, entry.action) == (kind, action), entry

    campaigns.update_campaign(demo_ctx, snap.campaign.id, {"sales_target": "1200000"})
    did(ObjectKind.CAMPAIGN, Action.UPDATE)
    campaigns.set_holiday(demo_ctx, snap.campaign.id, HolidayKind.OTHER, "2027-06-18", "店庆")
    did(ObjectKind.HOLIDAY, Action.CREATE)
    planning.update_phase(demo_ctx, p1.id, {"print_run": 3200})
    did(ObjectKind.PHASE, Action.UPDATE)
    quota = next(q for q in snap.quotas if q.phase_id == p1.id and q.floor_id == food.id)
    planning.set_quota(demo_ctx, p1.id, food.id, 40, 50, 11)
    did(ObjectKind.QUOTA, Action.UPDATE)
    planning.remove_quota(demo_ctx, quota.id)
    did(ObjectKind.QUOTA, Action.DELETE)
    planning.set_deadline(demo_ctx, p1.id, "2027-06-02 12:00", "样品", "20")
    did(ObjectKind.DEADLINE, Action.CREATE)
    item = add_item(demo_ctx, p1.id, NEW)
    did(ObjectKind.ITEM, Action.CREATE)
    delete_items(demo_ctx, [item.id])
    did(ObjectKind.ITEM, Action.DELETE)
    restore_items(demo_ctx, [item.id])
    did(ObjectKind.ITEM, Action.RESTORE)
    activity = events.save_activity(
        demo_ctx, p2.id, {"kind": ActivityKind.TASTING, "name": "试饮", "start": p2.start,
                          "end": p2.start},
    )  # fmt: skip
    did(ObjectKind.ACTIVITY, Action.CREATE)
    events.remove_activity(demo_ctx, activity.id)
    did(ObjectKind.ACTIVITY, Action.DELETE)
    zone = snap.zones[0]
    events.assign_zone_items(demo_ctx, zone.id, zone.item_ids[:1])
    did(ObjectKind.ZONE, Action.UPDATE)
    store.set_golden_spots(demo_ctx, food.id, 15, 15)
    did(ObjectKind.FLOOR, Action.UPDATE)
    add_person(demo_ctx, "new.buyer", "secret", [Role.BUYER], buyer_floor_ids=[food.id])
    did(ObjectKind.PERSON, Action.CREATE)
    clock.at = datetime(2027, 6, 20, 9, 0)
    sale_item = next(i for i in snap.items if i.phase_id == p2.id)
    record_display_check(demo_ctx, date(2027, 6, 20), sale_item.barcode, placed="yes", tag="ok",
                         pop="yes", stock="full")  # fmt: skip
    did(ObjectKind.CHECK, Action.CREATE)
    the_contest = snap.contests[0]
    entrant = contest.register_entrant(demo_ctx, the_contest.id, "张三")
    did(ObjectKind.ENTRANT, Action.CREATE)
    contest.remove_entrant(demo_ctx, entrant.id)
    did(ObjectKind.ENTRANT, Action.DELETE)
    contest.set_prizes(demo_ctx, the_contest.id, "啤酒一箱", "", "")
    did(ObjectKind.CONTEST, Action.UPDATE)
    assert len(made) == 18 and len(set(made)) == 18


def test_the_history_cannot_be_changed_or_deleted_even_in_the_database(demo_ctx, db_path):
    update_item(demo_ctx, snap_of(demo_ctx).items[0].id, {"notes": "记录"})
    with sqlite3.connect(db_path) as conn:
        for statement in ("UPDATE history SET user_name = 'someone'", "DELETE FROM history"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    assert latest(demo_ctx)[0].user == "planner"


def test_an_item_history_lists_each_step_of_its_life(demo_ctx):
    item = add_item(demo_ctx, snap_of(demo_ctx).phases[0].id, NEW)
    food = as_user(demo_ctx, "buyer-food")
    update_item(food, item.id, {"promo_price": "8.80"})  # an item of nobody on their floor
    delete_items(demo_ctx, [item.id])
    restore_items(demo_ctx, [item.id])
    steps = [(e.user, e.action) for e in object_history(demo_ctx, ObjectKind.ITEM, item.id)]
    assert steps == [
        ("planner", Action.CREATE),
        ("buyer-food", Action.UPDATE),
        ("planner", Action.DELETE),
        ("planner", Action.RESTORE),
    ]


def test_history_filters_by_person_phase_and_day(demo_ctx, clock):
    snap = snap_of(demo_ctx)
    p1, p2 = snap.phases
    update_item(demo_ctx, snap.items_of(p1.id)[0].id, {"notes": "一"})
    clock.at = datetime(2027, 5, 22, 9, 0)
    food = as_user(demo_ctx, "buyer-food")
    own = next(i for i in snap.items_of(p2.id) if i.buyer_id == food.actor.buyer_id)
    update_item(food, own.id, {"notes": "二"})
    assert {e.user for e in list_history(demo_ctx, HistoryQuery(user="buyer-food"))} == {
        "buyer-food"
    }
    by_phase = list_history(demo_ctx, HistoryQuery(phase_id=p2.id))
    assert [e.after for e in by_phase] == [{"notes": "二"}]
    since = list_history(demo_ctx, HistoryQuery(since=date(2027, 5, 22)))
    assert [e.user for e in since] == ["buyer-food"]


def test_a_stale_version_is_refused_with_both_values_and_who_changed_it(demo_ctx):
    item = snap_of(demo_ctx).items[0]
    food = as_user(demo_ctx, "buyer-food")
    assert item.buyer_id == food.actor.buyer_id
    update_item(food, item.id, {"promo_price": "1.11"}, seen_version=item.version)
    with pytest.raises(Conflict) as conflict:
        update_item(demo_ctx, item.id, {"promo_price": "2.22"}, seen_version=item.version)
    error = conflict.value
    assert error.theirs == {"promo_price": get_item(demo_ctx, item.id).promo_price}
    assert str(error.mine["promo_price"]) == "2.22" and error.who == "王建国"
    assert "1.11" in error.message("en") and "2.22" in error.message("en")
    assert "王建国" in error.message("zh") and "保留" in error.message("zh")
    assert str(get_item(demo_ctx, item.id).promo_price) == "1.11"  # nothing was lost
    kept = update_item(demo_ctx, item.id, {"promo_price": "2.22"}, seen_version=item.version + 1)
    assert str(kept.promo_price) == "2.22"  # "keep mine": the newer version named


def test_a_disabled_person_still_signed_in_can_change_nothing(demo_ctx):
    food = as_user(demo_ctx, "buyer-food")
    set_active(demo_ctx, food.actor.id, False)
    item = snap_of(demo_ctx).items[0]
    from promoplanner.core.errors import NotAllowed

    with pytest.raises(NotAllowed):
        update_item(food, item.id, {"notes": "after I left"})


def test_without_a_pretended_clock_the_entry_has_one_time(demo_ctx):
    ctx = demo_ctx.__class__(demo_ctx.uow, demo_ctx.actor, SystemClock(), demo_ctx.database)
    update_item(ctx, snap_of(ctx).items[0].id, {"notes": "真实时间"})
    entry = latest(ctx)[0]
    assert not entry.pretended and entry.at == entry.real_at


def test_a_refused_block_writes_no_history(demo_ctx):
    before = len(list_history(demo_ctx))
    bad = {**NEW, "promo_price": "99"}
    with pytest.raises(Exception):  # noqa: B017  (the refusal's type is tested elsewhere)
        add_items(demo_ctx, snap_of(demo_ctx).phases[0].id, [NEW, bad])
    assert len(list_history(demo_ctx)) == before
