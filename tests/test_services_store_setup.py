"""A store's first morning: its name, first planner, floors, departments and buyers."""

from __future__ import annotations

import pytest
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound, NotSignedIn
from promoplanner.services import buyers, floors
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.people import add_person, person_by_user_name
from promoplanner.services.store import store_layout
from promoplanner.services.store_setup import (
    BuyerPlan,
    FloorPlan,
    NewPlanner,
    StoreSetup,
    init_store,
    set_up_store,
    store_detail,
    store_info,
)
from promoplanner.storage import tables as t

THREE_FLOORS = (
    FloorPlan("1f", "食品", "Food", 12, 14, ("生鲜", "粮油", "休闲食品", "酒水")),
    FloorPlan("2F", "百货", "General merchandise", 10, 12, ("洗化", "家居")),
    FloorPlan("3F", "服装", "Clothing", 6, 4, ("男装", "女装")),
)


def rows(ctx, table) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(table))


@pytest.fixture
def store_ctx(ctx):
    """A new store with three floors, its first planner (周敏 as planner 'zhou') signed in."""
    done = set_up_store(
        ctx,
        StoreSetup(
            "新华百货超市", "银川", NewPlanner("zhou", "secret-1", "周敏"), THREE_FLOORS,
            (BuyerPlan("王建国", ("1F",)), BuyerPlan("张伟", (), (("2F", "洗化"),))),
        ),
    )  # fmt: skip
    assert done.planner is not None
    return ctx.acting_as(done.planner)


def test_the_assistants_answers_make_the_store_in_one_go(store_ctx):
    info = store_info(store_ctx)
    assert (info.name, info.city) == ("新华百货超市", "银川")
    layout = store_layout(store_ctx)
    assert [(f.code, f.name_zh, f.name_en, f.end_racks, f.pile_spots) for f in layout.floors] == [
        ("1F", "食品", "Food", 12, 14),
        ("2F", "百货", "General merchandise", 10, 12),
        ("3F", "服装", "Clothing", 6, 4),
    ]
    food = layout.floor_by_code("1F")
    assert [d.name_zh for d in layout.departments if d.floor_id == food.id] == [
        "生鲜", "粮油", "休闲食品", "酒水",
    ]  # fmt: skip
    wang, zhang = layout.buyers
    assert (wang.name, wang.floor_ids) == ("王建国", (food.id,))
    general = layout.floor_by_code("2F")
    assert zhang.floor_ids == (general.id,) and len(zhang.department_ids) == 1
    planner = person_by_user_name(store_ctx, "zhou")
    assert planner.roles == {Role.PLANNER} and planner.name == "周敏"
    # The history names the planner for everything after the account itself.
    entries = list_history(store_ctx, HistoryQuery())
    assert entries[0].object.kind is ObjectKind.PERSON and entries[0].user == "promoplanner"
    assert {e.user for e in entries[1:]} == {"zhou"}
    assert sum(e.object.kind is ObjectKind.DEPARTMENT for e in entries) == 8


def test_store_init_names_the_store_and_makes_the_first_planner(ctx):
    done = init_store(ctx, "新华百货", "银川", NewPlanner("zhou", "secret-1"))
    assert done.planner.user_name == "zhou" and store_info(ctx).name == "新华百货"


@pytest.mark.parametrize(
    ("setup", "key"),
    [
        (StoreSetup("A"), "store.planner_needed"),
        (StoreSetup("", "", NewPlanner("zhou", "secret-1")), "input.required"),
        (StoreSetup("A", "", NewPlanner("zhou", "1")), "people.password_short"),
        (
            StoreSetup("A", "", NewPlanner("zhou", "secret-1"),
                       (FloorPlan("1F", "食品"), FloorPlan("1f", "生鲜"))),
            "store.floor_code_taken",
        ),
        (
            StoreSetup("A", "", NewPlanner("zhou", "secret-1"), (FloorPlan("1 F", "食品"),)),
            "store.floor_code_spaces",
        ),
        (
            StoreSetup("A", "", NewPlanner("zhou", "secret-1"), (FloorPlan("1F", "食品"),),
                       (BuyerPlan("王建国", ("4F",)),)),
            "not_found.floor",
        ),
        (
            StoreSetup("A", "", NewPlanner("zhou", "secret-1"), (FloorPlan("1F", "食品"),),
                       (BuyerPlan("王建国"),)),
            "store.buyer_needs_floor",
        ),
        (
            StoreSetup("A", "", NewPlanner("zhou", "secret-1"),
                       (FloorPlan("1F", "食品", departments=("生鲜", "生鲜")),)),
            "store.department_name_taken",
        ),
    ],
)  # fmt: skip
def test_a_bad_answer_is_refused_and_nothing_is_made(ctx, setup, key):
    with pytest.raises(DomainError) as refused:
        set_up_store(ctx, setup)
    assert refused.value.key == key
    for table in (t.PersonRow, t.StoreRow, t.FloorRow, t.BuyerRow, t.HistoryRow):
        assert rows(ctx, table) == 0


def test_once_people_exist_the_setup_needs_a_signed_in_planner(store_ctx):
    nobody = store_ctx.acting_as(None)
    with pytest.raises(NotSignedIn):
        floors.add_floor(nobody, "4F", "家电")
    with pytest.raises(DomainError) as refused:
        init_store(store_ctx, "Again")
    assert refused.value.key == "store.exists"
    with pytest.raises(DomainError) as refused:
        init_store(store_ctx, "Again", planner=NewPlanner("li", "secret-2"))
    assert refused.value.key == "people.first_planner_exists"


def test_a_floor_code_used_twice_is_refused(store_ctx):
    with pytest.raises(DomainError) as refused:
        floors.add_floor(store_ctx, "2f", "家电")
    assert refused.value.key == "store.floor_code_taken" and refused.value.field == "code"
    assert "2F" in refused.value.message()
    assert [f.code for f in store_layout(store_ctx).floors] == ["1F", "2F", "3F"]


def test_a_department_on_no_floor_is_refused(store_ctx):
    before = rows(store_ctx, t.DepartmentRow)
    with pytest.raises(DomainError) as refused:
        floors.add_department(store_ctx, "4F", "家电")
    assert refused.value.key == "store.department_no_floor"
    assert "4F" in refused.value.message() and "1F, 2F, 3F" in refused.value.message()
    assert rows(store_ctx, t.DepartmentRow) == before


def test_floors_and_departments_are_added_renamed_and_reordered(store_ctx):
    b1 = floors.add_floor(store_ctx, "b1", "生鲜超市", "Fresh market")
    assert b1.code == "B1" and b1.name_en == "Fresh market"
    moved = floors.move_floor(store_ctx, b1.id, -3)
    assert [f.code for f in store_layout(store_ctx).floors] == ["B1", "1F", "2F", "3F"]
    with pytest.raises(DomainError) as stale:  # the move raised its version meanwhile
        floors.rename_floor(store_ctx, b1.id, name="地下生鲜", seen_version=b1.version)
    assert stale.value.key == "conflict.changed_meanwhile"
    renamed = floors.rename_floor(store_ctx, b1.id, name="地下生鲜", seen_version=moved.version)
    assert renamed.name_zh == renamed.name_en == "地下生鲜" and renamed.version == moved.version + 1
    dept = floors.add_department(store_ctx, "B1", "水产")
    fruit = floors.add_department(store_ctx, b1.id, "水果", "Fruit")
    assert fruit.code == "fruit"
    floors.move_department(store_ctx, fruit.id, -1)
    layout = store_layout(store_ctx)
    assert [d.name_zh for d in layout.departments if d.floor_id == b1.id] == ["水果", "水产"]
    floors.rename_department(store_ctx, dept.id, "海鲜")
    with pytest.raises(DomainError) as refused:
        floors.rename_department(store_ctx, dept.id, "水果")
    assert refused.value.key == "store.department_name_taken"


def test_a_floor_in_use_is_retired_and_an_unused_one_deleted(store_ctx):
    layout = store_layout(store_ctx)
    spare = floors.add_floor(store_ctx, "5F", "仓库")
    removed = floors.remove_floor(store_ctx, spare.id)
    assert not removed.retired and "5F" not in [f.code for f in store_detail(store_ctx).floors]
    clothing = layout.floor_by_code("3F")
    add_person(store_ctx, "chen", "secret-3", [Role.BUYER], display_name="陈静",
               buyer_floor_ids=[clothing.id])  # fmt: skip
    retired = floors.remove_floor(store_ctx, clothing.id)
    assert retired.retired
    assert [f.code for f in store_layout(store_ctx).floors] == ["1F", "2F"]
    assert [(f.code, f.retired) for f in store_detail(store_ctx).floors][-1] == ("3F", True)
    with pytest.raises(DomainError) as refused:
        floors.add_floor(store_ctx, "3F", "服装")
    assert refused.value.key == "store.floor_code_retired"
    floors.restore_floor(store_ctx, clothing.id)
    assert [f.code for f in store_layout(store_ctx).floors] == ["1F", "2F", "3F"]
    entry = list_history(store_ctx, HistoryQuery(object=(ObjectKind.FLOOR, spare.id)))[-1]
    assert entry.action is Action.DELETE and entry.before["code"] == "5F"


def test_retiring_the_last_floor_is_refused(store_ctx):
    layout = store_layout(store_ctx)
    first, second, third = layout.floors
    floors.remove_floor(store_ctx, third.id)
    floors.remove_floor(store_ctx, second.id)
    before = store_detail(store_ctx)
    with pytest.raises(DomainError) as refused:
        floors.remove_floor(store_ctx, first.id)
    assert refused.value.key == "store.last_floor" and "1F" in refused.value.message()
    assert store_detail(store_ctx) == before


def test_a_department_with_a_buyer_is_retired_not_deleted(store_ctx):
    layout = store_layout(store_ctx)
    zhang = next(b for b in layout.buyers if b.name == "张伟")
    (care,) = zhang.department_ids
    assert floors.remove_department(store_ctx, care).retired
    assert care not in [d.id for d in store_layout(store_ctx).departments]
    assert care in [d.id for d in store_detail(store_ctx).departments]


def test_buyers_are_added_renamed_reordered_and_retired(store_ctx):
    li = buyers.add_buyer(store_ctx, "李秀英", ["1F", "2f"])
    assert len(li.floor_ids) == 2
    with pytest.raises(DomainError) as refused:
        buyers.add_buyer(store_ctx, "李秀英", ["1F"])
    assert refused.value.key == "store.buyer_name_taken"
    with pytest.raises(NotFound):
        buyers.add_buyer(store_ctx, "刘芳", ["9F"])
    li = buyers.move_buyer(store_ctx, li.id, -5)
    assert [b.name for b in store_layout(store_ctx).buyers] == ["李秀英", "王建国", "张伟"]
    renamed = buyers.update_buyer(store_ctx, li.id, name="李秀英（粮油）", seen_version=li.version)
    assert renamed.name == "李秀英（粮油）" and renamed.version > li.version
    buyers.set_buyer_active(store_ctx, li.id, False)
    assert "李秀英（粮油）" not in [b.name for b in store_layout(store_ctx).buyers]


def test_a_listed_buyer_gets_an_account_with_their_floors(store_ctx):
    person = add_person(store_ctx, "wang", "secret-4", [Role.BUYER], display_name="王建国")
    wang = next(b for b in store_layout(store_ctx).buyers if b.name == "王建国")
    assert person.buyer_id == wang.id and person.floor_ids == wang.floor_ids
    assert as_user(store_ctx, "wang").actor.buyer_id == wang.id
