"""The display check that closes the loop, driven as the floor manager (赵敏) drives it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.display_check import CheckRound
from promoplanner.core.errors import DomainError, NotAllowed
from promoplanner.services.display import (
    display_day,
    open_fix_tasks,
    phase_pass_rate,
    record_display_check,
)
from promoplanner.services.display_setup import set_item_plu, set_scale_pattern, set_walk_order
from promoplanner.services.store import store_layout
from promoplanner.storage import tables as t

DAY = date(2027, 6, 20)  # Father's Day phase (2027-06-19 to 06-28)


def floor_id(ctx, code):
    return store_layout(ctx).floor_by_code(code).id


def records(ctx) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(t.CheckRecordRow))


def ok(fm, day, code, **extra):
    return record_display_check(fm, day, code, placed="yes", tag="ok", pop="yes", stock="full",
                                **extra)  # fmt: skip


def test_a_day_with_two_failures_closes_its_loop(demo_ctx, clock):
    fm = as_user(demo_ctx, "floor")
    one_f = floor_id(demo_ctx, "1F")
    lines = display_day(demo_ctx, DAY, one_f).floors[0].lines
    a, b, c, d = (ln.item for ln in lines[:4])
    clock.at = datetime(2027, 6, 20, 9, 30)
    record_display_check(fm, DAY, a.barcode, placed="no", tag="ok", pop="yes", stock="full",
                         problem="堆头未到位", fixer="李明", due="2027-06-20 12:00")  # fmt: skip
    record_display_check(fm, DAY, b.barcode, placed="yes", tag="wrong", pop="yes", stock="low",
                         problem="价签仍是原价", fixer="王芳", due="2027-06-21 10:00")  # fmt: skip
    ok(fm, DAY, c.barcode)
    record_display_check(fm, DAY, d.barcode, placed="yes", tag="wrong", pop="no", stock="out",
                         problem="换价签", fixer="王芳", due="2027-06-20 15:00")  # fmt: skip
    clock.at = datetime(2027, 6, 20, 18, 0)
    ok(fm, DAY, d.barcode, round="evening")  # D fixed the same day: both checks on record

    day = display_day(demo_ctx, DAY, one_f)
    floor = day.floors[0]
    line_d = day.line_for(d.id)
    assert [(ch.round, ch.tag_ok, ch.ok) for ch in line_d.history] == [
        (CheckRound.MORNING, False, False),
        (CheckRound.EVENING, True, True),
    ]
    assert line_d.latest.checker == "赵敏" and line_d.latest.at == datetime(2027, 6, 20, 18, 0)
    assert (floor.pass_rate.right, floor.pass_rate.checked) == (2, 4)
    assert floor.pass_rate.display == "50.0%"
    assert {f.item.id for f in floor.open_fixes} == {a.id, b.id}
    overdue = {f.item.id: f.overdue for f in floor.open_fixes}
    assert overdue == {a.id: True, b.id: False}  # A was due at noon

    clock.at = datetime(2027, 6, 21, 9, 0)
    next_day = display_day(demo_ctx, date(2027, 6, 21), one_f).floors[0]
    assert [(f.item.id, f.state.task.fixer, f.overdue) for f in next_day.open_fixes] == [
        (a.id, "李明", True),
        (b.id, "王芳", False),
    ]
    assert next_day.pass_rate.checked == 0 and next_day.pass_rate.display == "—"
    ok(fm, date(2027, 6, 21), a.barcode)  # the re-check finds A right: its task is done
    after = display_day(demo_ctx, date(2027, 6, 21), one_f).floors[0]
    assert [f.item.id for f in after.open_fixes] == [b.id]
    assert [f.item.id for f in open_fix_tasks(demo_ctx)] == [b.id]
    rates = phase_pass_rate(demo_ctx, 2)
    assert (rates.rate.right, rates.rate.checked) == (3, 5)  # item-days over the phase
    assert rates.open_fixes == 1 and rates.overdue == 0
    assert [(f.code, r.display) for f, r in rates.floors] == [("1F", "60.0%")]
    # the history of the day before is untouched by the next day's checks
    assert len(display_day(demo_ctx, DAY, one_f).line_for(a.id).history) == 1
    assert records(demo_ctx) == 6


def test_bad_input_is_refused_and_changes_nothing(demo_ctx, clock):
    fm = as_user(demo_ctx, "floor")
    one_f, two_f = floor_id(demo_ctx, "1F"), floor_id(demo_ctx, "2F")
    item = display_day(demo_ctx, DAY, one_f).floors[0].lines[0].item
    clock.at = datetime(2027, 6, 20, 9, 30)

    def refused(key, *args, **kwargs):
        with pytest.raises(DomainError) as err:
            record_display_check(fm, *args, **kwargs)
        assert err.value.key == key
        assert err.value.message().count("\n") == 0

    fail = {"placed": "no", "tag": "ok", "pop": "yes", "stock": "full"}
    fine = {"placed": "yes", "tag": "ok", "pop": "yes", "stock": "full"}
    refused("display.day_outside", date(2027, 6, 15), item.barcode, **fine)
    refused("display.unknown_barcode", DAY, "6900000000017", **fine)
    refused("display.not_on_floor_list", DAY, item.barcode, floor_id=two_f, **fine)
    on_sale = {ln.item.barcode for f in display_day(demo_ctx, DAY).floors for ln in f.lines}
    phase_1 = [ln.item.barcode for f in display_day(demo_ctx, date(2027, 6, 9)).floors
               for ln in f.lines]  # fmt: skip
    refused("display.not_on_list", DAY, next(b for b in phase_1 if b not in on_sale), **fine)
    refused("fix.required", DAY, item.barcode, **fail)
    refused("fix.no_fixer", DAY, item.barcode, problem="x", fixer=" ", due="2027-06-20 12:00",
            **fail)  # fmt: skip
    refused("fix.due_before_check", DAY, item.barcode, fixer="李明", due="2027-06-20 09:00",
            **fail)  # fmt: skip
    refused("checks.future_day", date(2027, 6, 21), item.barcode, **fine)
    refused("display.not_stock", DAY, item.barcode, **{**fine, "stock": "plenty"})
    with pytest.raises(NotAllowed):
        record_display_check(as_user(demo_ctx, "buyer-food"), DAY, item.barcode, **fine)
    assert records(demo_ctx) == 0


def test_walking_order_and_goods_sold_by_weight(demo_ctx, clock):
    one_f = floor_id(demo_ctx, "1F")
    fm = as_user(demo_ctx, "floor")
    departments = [d for d in store_layout(demo_ctx).departments if d.floor_id == one_f]
    walk = list(reversed([d.id for d in departments]))
    set_walk_order(fm, one_f, walk)
    lines = display_day(demo_ctx, DAY, one_f).floors[0].lines
    seen = []
    for line in lines:
        if line.department and (not seen or seen[-1] != line.department.id):
            seen.append(line.department.id)
    assert seen == [d for d in walk if d in seen]
    with pytest.raises(DomainError) as err:  # 2F's department on 1F's walk
        two_f_dept = next(d for d in store_layout(demo_ctx).departments if d.floor_id != one_f)
        set_walk_order(fm, one_f, [two_f_dept.id])
    assert err.value.key == "walk.not_this_floor"

    item = lines[0].item
    set_scale_pattern(demo_ctx, "2 PPPPP VVVVV C")
    assert set_item_plu(demo_ctx, item.id, "123") == "123"
    assert display_day(demo_ctx, DAY, one_f).line_for(item.id).plu == "123"
    clock.at = datetime(2027, 6, 20, 9, 30)
    label = "2000123012346"  # PLU 00123, price 01234, check digit 6
    check = ok(fm, DAY, label, floor_id=one_f)
    assert check.item_id == item.id
    assert ok(fm, DAY, "123").item_id == item.id  # the PLU typed by hand
    other = lines[1].item
    with pytest.raises(DomainError) as err:
        set_item_plu(demo_ctx, other.id, "00123")
    assert err.value.key == "plu.taken"
