"""A planner sets the departments a buyer buys for, from the people list."""

from __future__ import annotations

import pytest
from signed_in import as_user

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.enums import Role
from promoplanner.core.errors import Conflict, DomainError, NotAllowed
from promoplanner.services.floors import remove_department
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.people import (
    add_person,
    list_people,
    person_by_user_name,
    update_person,
)
from promoplanner.services.store import store_layout


def department(ctx, floor_code: str, name_zh: str) -> int:
    layout = store_layout(ctx)
    floor = layout.floor_by_code(floor_code)
    return next(d.id for d in layout.departments if d.floor_id == floor.id and d.name_zh == name_zh)


def version_of(ctx, user_name: str) -> int:
    return next(i.version for i in list_people(ctx) if i.person.user_name == user_name)


def buyer_departments(ctx, person) -> tuple[int, ...]:
    buyer = next(b for b in store_layout(ctx).buyers if b.id == person.buyer_id)
    return buyer.department_ids


def test_a_planner_gives_a_buyer_departments_of_their_floor(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    fresh, dairy = department(demo_ctx, "1F", "生鲜"), department(demo_ctx, "1F", "冷藏乳品")
    saved = update_person(
        demo_ctx, food.id, buyer_department_ids=[dairy, fresh],
        seen_version=version_of(demo_ctx, "buyer-food"),
    )  # fmt: skip
    assert saved.department_ids == tuple(sorted((fresh, dairy)))
    assert buyer_departments(demo_ctx, saved) == saved.department_ids  # the store's record
    assert saved.floor_ids == food.floor_ids  # the floors stay as they were
    (entry,) = list_history(demo_ctx, HistoryQuery(limit=1))
    assert (entry.user, entry.action, entry.object.kind) == (
        "planner", Action.UPDATE, ObjectKind.PERSON,
    )  # fmt: skip
    assert entry.before == {"department_ids": []}
    assert entry.after == {"department_ids": sorted([fresh, dairy])}


def test_a_department_of_another_floor_is_refused_and_nothing_changes(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    care = department(demo_ctx, "2F", "洗化")
    with pytest.raises(DomainError) as refused:
        update_person(demo_ctx, food.id, buyer_department_ids=[care])
    assert refused.value.key == "people.department_off_floors"
    assert refused.value.field == "departments" and "2F" in refused.value.message("en")
    assert person_by_user_name(demo_ctx, "buyer-food").department_ids == ()
    two_f = store_layout(demo_ctx).floor_by_code("2F").id
    both = update_person(
        demo_ctx, food.id, buyer_floor_ids=[*food.floor_ids, two_f], buyer_department_ids=[care]
    )  # with the floor it belongs to, it is taken
    assert both.department_ids == (care,)


def test_a_floor_taken_away_takes_its_departments_along(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    layout = store_layout(demo_ctx)
    one_f, two_f = layout.floor_by_code("1F").id, layout.floor_by_code("2F").id
    fresh, care = department(demo_ctx, "1F", "生鲜"), department(demo_ctx, "2F", "洗化")
    update_person(demo_ctx, food.id, buyer_floor_ids=[one_f, two_f],
                  buyer_department_ids=[fresh, care])  # fmt: skip
    kept = update_person(demo_ctx, food.id, buyer_floor_ids=[one_f])  # departments not said
    assert kept.department_ids == (fresh,)


def test_only_who_manages_people_sets_departments(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    fresh = department(demo_ctx, "1F", "生鲜")
    for user in ("buyer-food", "floor"):
        with pytest.raises(NotAllowed):
            update_person(as_user(demo_ctx, user), food.id, buyer_department_ids=[fresh])
    assert person_by_user_name(demo_ctx, "buyer-food").department_ids == ()


def test_a_change_on_an_old_copy_is_refused(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    seen = version_of(demo_ctx, "buyer-food")
    update_person(demo_ctx, food.id, display_name="王建国 (食品)", seen_version=seen)
    with pytest.raises(Conflict):
        update_person(
            demo_ctx, food.id, buyer_department_ids=[department(demo_ctx, "1F", "生鲜")],
            seen_version=seen,
        )  # fmt: skip
    assert person_by_user_name(demo_ctx, "buyer-food").department_ids == ()


def test_a_retired_department_is_kept_where_held_but_never_given_anew(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    fresh, snacks = department(demo_ctx, "1F", "生鲜"), department(demo_ctx, "1F", "休闲食品")
    update_person(demo_ctx, food.id, buyer_department_ids=[fresh])
    assert remove_department(demo_ctx, fresh).retired  # held by a buyer: kept, retired
    assert remove_department(demo_ctx, snacks).retired  # named by items
    kept = update_person(demo_ctx, food.id, buyer_department_ids=[fresh])
    assert kept.department_ids == (fresh,)
    with pytest.raises(DomainError) as refused:
        update_person(demo_ctx, food.id, buyer_department_ids=[fresh, snacks])
    assert refused.value.key == "people.department_retired"


def test_a_new_buyer_gets_departments_with_the_account(demo_ctx):
    layout = store_layout(demo_ctx)
    care = department(demo_ctx, "2F", "洗化")
    liu = add_person(
        demo_ctx, "liu.fang", "secret", [Role.BUYER], display_name="刘芳",
        buyer_floor_ids=[layout.floor_by_code("2F").id], buyer_department_ids=[care],
    )  # fmt: skip
    assert liu.department_ids == (care,) and buyer_departments(demo_ctx, liu) == (care,)


def test_a_person_becoming_a_listed_buyer_keeps_the_departments_the_store_gave(demo_ctx):
    from promoplanner.services.buyers import update_buyer

    care = department(demo_ctx, "2F", "洗化")
    listed = next(b for b in store_layout(demo_ctx).buyers if b.name == "刘芳")
    assert listed.person_id is None  # listed by the store, no account yet
    update_buyer(demo_ctx, listed.id, departments=[care])
    floor = person_by_user_name(demo_ctx, "floor")
    became = update_person(
        demo_ctx, floor.id, display_name="刘芳", roles=[Role.FLOOR_MANAGER, Role.BUYER],
        buyer_floor_ids=list(listed.floor_ids),
    )  # fmt: skip
    assert became.buyer_id == listed.id and became.department_ids == (care,)
