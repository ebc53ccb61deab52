"""The bulk item services behind paste and undo: one transaction, rights asked in advance."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from datetime import datetime

import pytest
from items_fixtures import demo_item, demo_session, phase_id  # noqa: F401

from promoplanner.core.enums import Role
from promoplanner.core.errors import PromoError
from promoplanner.services.context import Actor
from promoplanner.services.item_bulk import (
    RowRefused,
    RowsRefused,
    add_items,
    delete_items,
    item_rights,
    item_values,
    refused_rows,
    update_items,
)
from promoplanner.services.items import ItemQuery, count_items, get_item, update_item


def count(session, number="1") -> int:
    return count_items(session.ctx, ItemQuery(phase_id=phase_id(session, number)))


def test_add_items_is_all_or_nothing_and_names_the_row(demo_session):
    ctx = demo_session.ctx
    rows = [
        {"name": "甲", "regular_price": "5", "promo_price": "4", "floor_id": "食品"},
        {"name": "乙", "regular_price": "5", "promo_price": "4", "floor_id": "1f",
         "department_id": "Fresh food", "buyer_id": "王建国"},
        {"name": "丙", "regular_price": "5", "promo_price": "6", "floor_id": "1F"},
    ]  # fmt: skip
    with pytest.raises(RowRefused) as refused:
        add_items(ctx, phase_id(demo_session, "1"), rows)
    assert refused.value.row == 3 and refused.value.field == "promo_price"
    assert "Row 3:" in refused.value.message("en") and "第 3 行" in refused.value.message("zh")
    assert count(demo_session) == 90
    added = add_items(ctx, phase_id(demo_session, "1"), rows[:2])
    assert count(demo_session) == 92
    assert added[1].department_id is not None and added[1].buyer_id is not None


def test_delete_then_add_back_restores_every_value(demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    gone = delete_items(demo_session.ctx, [egg.id])
    back = add_items(demo_session.ctx, egg.phase_id, [item_values(i) for i in gone])[0]
    assert item_values(back) == item_values(egg)


def test_update_items_rolls_back_every_row_when_one_is_refused(demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    duck = demo_item(demo_session, "散装红心咸鸭蛋")
    with pytest.raises(RowRefused) as refused:
        update_items(demo_session.ctx, [(egg.id, {"spec": "新"}), (duck.id, {"barcode": "123"})])
    assert refused.value.row == 2 and refused.value.field == "barcode"
    assert get_item(demo_session.ctx, egg.id).spec == egg.spec


def test_every_refused_row_is_named_and_none_is_saved(demo_session):
    good = {"name": "好", "regular_price": "5", "promo_price": "4", "floor_id": "1F"}
    dear = {"name": "贵", "regular_price": "5", "promo_price": "6", "floor_id": "1F"}
    nowhere = {"name": "无", "regular_price": "5", "promo_price": "4", "floor_id": "9F"}
    with pytest.raises(RowsRefused) as refused:
        add_items(demo_session.ctx, phase_id(demo_session, "1"), [good, dear, good, nowhere])
    assert [(r.row, r.field) for r in refused_rows(refused.value)] == [
        (2, "promo_price"),
        (4, "floor_id"),
    ]
    english, chinese = refused.value.message("en"), refused.value.message("zh")
    assert "Row 2:" in english and "Row 4: There is no floor “9F”." in english
    assert "Row 1:" not in english and english.endswith("Nothing of this block was saved.")
    assert "第 2 行" in chinese and "第 4 行" in chinese
    assert count(demo_session) == 90
    with pytest.raises(RowsRefused) as many:
        add_items(demo_session.ctx, phase_id(demo_session, "1"), [dear] * 25)
    assert len(refused_rows(many.value)) == 25
    assert "Row 20:" in many.value.message("en") and "Row 21:" not in many.value.message("en")
    assert "and 5 more rows" in many.value.message("en")
    assert count(demo_session) == 90


def test_update_items_names_every_refused_row(demo_session):
    egg = demo_item(demo_session, "新鲜鸡蛋")
    duck = demo_item(demo_session, "散装红心咸鸭蛋")
    changes = [(egg.id, {"promo_price": "999"}), (duck.id, {"barcode": "123"})]
    with pytest.raises(RowsRefused) as refused:
        update_items(demo_session.ctx, changes)
    assert [r.row for r in refused_rows(refused.value)] == [1, 2]
    assert get_item(demo_session.ctx, egg.id).promo_price == egg.promo_price


@pytest.mark.parametrize(
    ("role", "buyer", "moment", "item_name"),
    [
        (Role.PLANNER, None, datetime(2027, 6, 7, 9), "新鲜鸡蛋"),
        (Role.BUYER, "王建国", datetime(2027, 6, 1, 9), "新鲜鸡蛋"),
        (Role.BUYER, "王建国", datetime(2027, 6, 7, 9), "新鲜鸡蛋"),
        (Role.BUYER, "陈静", datetime(2027, 6, 1, 9), "新鲜鸡蛋"),
        (Role.BUYER, "李秀英", datetime(2027, 6, 1, 9), "新鲜鸡蛋"),
        (Role.FLOOR_MANAGER, None, datetime(2027, 6, 1, 9), "新鲜鸡蛋"),
    ],
)
def test_rights_in_advance_agree_with_the_service_guard(
    demo_session, clock, role, buyer, moment, item_name
):
    clock.at = moment
    buyer_id = next((b.id for b in demo_session.layout().buyers if b.name == buyer), None)
    ctx = demo_session.ctx.acting_as(Actor(role, buyer or "", buyer_id))
    item = demo_item(demo_session, item_name)
    predicted = item_rights(ctx, item.phase_id).refusal(item)
    try:
        update_item(ctx, item.id, {"notes": "x"})
        actual = None
    except PromoError as error:
        actual = error
    assert (predicted is None) == (actual is None)
    if actual is not None:
        assert predicted.key == actual.key and predicted.message() == actual.message()
