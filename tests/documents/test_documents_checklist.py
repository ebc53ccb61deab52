"""The buyer checklist, read back: deadlines, floors against quota, lateness, items."""

from __future__ import annotations

from datetime import datetime

from signed_in import as_user
from sqlalchemy import select

from promoplanner.core.clock import FixedClock
from promoplanner.printing import checklist_pdf
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


def test_a_short_floor_after_the_deadline_is_late_with_its_assessment(
    sale_ctx, snapshot, phase, read_pdf
):
    p2 = phase(2)
    clothing = snapshot.floors[2]
    with sale_ctx.uow.transaction() as session:
        rows = session.scalars(
            select(t.FlyerItemRow).where(
                t.FlyerItemRow.phase_id == p2.id, t.FlyerItemRow.floor_id == clothing.id
            )
        ).all()
        for row in rows[25:]:
            session.delete(row)
    buyer = next(b for b in snapshot.buyers if clothing.id in b.floor_ids)
    pdf = read_pdf(checklist_pdf(sale_ctx, p2.id, buyer.id))
    assert pdf.has(f"Buyer: {buyer.name}")
    assert len({b.name for b in snapshot.buyers if pdf.has(f"Buyer: {b.name}")}) == 1
    assert pdf.has("late by")
    assert pdf.has("3F Clothing short; assessment 50.00 yuan")
    assert pdf.has("5 items, 0 sensitive")  # 25 entered, at least 30 wanted
    assert pdf.has("Your items (25)")
