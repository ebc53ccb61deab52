"""The buyer checklist, read back: deadlines, floors against quota, lateness, items."""

from __future__ import annotations

from datetime import datetime

from signed_in import as_user
from sqlalchemy import select

from promoplanner.core.clock import FixedClock
from promoplanner.printing import checklist_pdf
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.storage import tables as t


def test_one_sheet_per_buyer_with_their_floors_and_items(sale_ctx, snapshot, phase, read_pdf):
    p2 = phase(2)
    pdf = read_pdf(checklist_pdf(sale_ctx, p2.id))
    for buyer in snapshot.buyers:
        pages = pdf.pages_with(f"Buyer: {buyer.name}")
        assert pages, buyer.name
        mine = [i for i in snapshot.items_of(p2.id) if i.buyer_id == buyer.id]
        assert pdf.has(f"Your items ({len(mine)})")
        for item in mine:
            found = pdf.pages_with(item.name)
            assert set(found) & set(pages), (buyer.name, item.name)
    # Buyers of the food floor come first.
    food_buyers = [b for b in snapshot.buyers if snapshot.floors[0].id in b.floor_ids]
    first = min(pdf.pages_with(f"Buyer: {food_buyers[0].name}"))
    assert first == 0


def test_deadline_passed_with_floor_complete_is_not_late(sale_ctx, phase, read_pdf):
    pdf = read_pdf(checklist_pdf(sale_ctx, phase(2).id))
    assert pdf.has("nothing missing")
    assert pdf.has("No late assessment.")
    assert not pdf.has("Late:")


def test_time_left_before_the_deadline(sale_db, snapshot, phase, read_pdf):
    ctx = as_user(
        connect(str(sale_db), clock=FixedClock(datetime(2027, 6, 10, 8, 0)), create=False),
        "planner",
    )
    due = next(d for d in snapshot.deadlines if d.phase_id == phase(2).id).due
    left = due - datetime(2027, 6, 10, 8, 0)
    pdf = read_pdf(checklist_pdf(ctx, phase(2).id))
    hours = int(left.total_seconds() // 3600)
    assert pdf.has(f"{hours // 24} d {hours % 24} h left")
    ctx.uow.engine.dispose()


def test_a_short_floor_after_the_deadline_is_late_with_its_assessment(sale_ctx, read_pdf):
    # The rows go before anybody looks after the deadline (and leave no history): at the
    # deadline the floor had only 25, and the record frozen at the first look says so.
    with sale_ctx.uow.transaction() as session:
        clothing = session.scalar(select(t.FloorRow).where(t.FloorRow.code == "3F"))
        p2 = session.scalar(select(t.PhaseRow).where(t.PhaseRow.number == 2))
        rows = session.scalars(
            select(t.FlyerItemRow).where(
                t.FlyerItemRow.phase_id == p2.id, t.FlyerItemRow.floor_id == clothing.id
            )
        ).all()
        for row in rows[25:]:
            session.delete(row)
        p2_id, clothing_id = p2.id, clothing.id
    snapshot = load_snapshot(sale_ctx, find_campaign(sale_ctx).id)
    buyer = next(b for b in snapshot.buyers if clothing_id in b.floor_ids)
    p2 = snapshot.phase(p2_id)
    pdf = read_pdf(checklist_pdf(sale_ctx, p2.id, buyer.id))
    assert pdf.has(f"Buyer: {buyer.name}")
    assert len({b.name for b in snapshot.buyers if pdf.has(f"Buyer: {b.name}")}) == 1
    assert pdf.has("late by")
    assert pdf.has("3F Clothing short; assessment 50.00 yuan")
    assert pdf.has("5 items, 0 sensitive")  # 25 entered, at least 30 wanted
    assert pdf.has("Your items (25)")


def test_each_buyer_is_told_what_is_wrong_with_their_own_rows(sale_db, read_pdf):
    before = as_user(
        connect(str(sale_db), clock=FixedClock(datetime(2027, 5, 20, 9, 0)), create=False),
        "buyer-clothing",
    )
    from promoplanner.services.items import update_item

    snap = load_snapshot(before, find_campaign(before).id)
    p1 = snap.phases[0]
    mine = next(i for i in snap.items_of(p1.id) if i.buyer_id == before.actor.buyer_id)
    update_item(before, mine.id, {"unit": ""})
    pdf = read_pdf(checklist_pdf(before, p1.id))
    pages = pdf.pages_with("Buyer: 陈静")
    assert set(pdf.pages_with("What to fix in your rows (1)")) <= set(pages)
    assert set(pdf.pages_with(f"{mine.name} — ")) & set(pages)
    assert set(pdf.pages_with("lacks its name or unit")) & set(pages)
    others = pdf.pages_with("Your rows: nothing to fix.")
    assert others and not set(others) & set(pages)
    assert pdf.has("Your list: draft")
    before.uow.engine.dispose()


def test_after_the_deadline_the_sheet_reads_the_record_not_todays_items(sale_ctx, read_pdf):
    pdf = read_pdf(checklist_pdf(sale_ctx, find_phase_id(sale_ctx, 1)))
    assert pdf.has("Recorded at the deadline") and pdf.has("list not submitted")


def find_phase_id(ctx, number):
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    return next(p.id for p in snap.phases if p.number == number)


def test_a_buyers_items_run_by_department_then_pinyin_with_the_unassigned_last(
    sale_ctx, snapshot, phase
):
    """A trial finding: items without a department came first, and departments by id."""
    from promoplanner.core.collation import pinyin_key
    from promoplanner.services.documents import checklist_data
    from promoplanner.services.items import add_item

    p2, food = phase(2), snapshot.floors[0]
    buyer = next(b for b in snapshot.buyers if food.id in b.floor_ids)
    add_item(
        sale_ctx,
        p2.id,
        {
            "name": "阿胶枣",
            "regular_price": "20.00",
            "promo_price": "15.00",
            "floor_id": food.id,
            "buyer_id": buyer.id,
        },
    )
    sheet = next(s for s in checklist_data(sale_ctx, p2.id, buyer.id).sheets)
    items = list(sheet.items)
    assert items[-1].name == "阿胶枣" and items[-1].department_id is None
    order = {d.id: d.sort_order for d in snapshot.departments}
    placed = [i for i in items if i.department_id is not None]
    assert [order[i.department_id] for i in placed] == sorted(
        order[i.department_id] for i in placed
    )
    for dept in {i.department_id for i in placed}:
        names = [i.name for i in placed if i.department_id == dept]
        assert names == sorted(names, key=pinyin_key)
