"""People: the demo's accounts, accounts a planner manages, rights that are data."""

from __future__ import annotations

from datetime import timedelta

import pytest
from signed_in import as_buyer, as_user
from sqlalchemy import delete, select

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotAllowed, NotSignedIn, SignInRefused
from promoplanner.core.people import DEFAULT_GRANTS, Right, hash_password, password_matches
from promoplanner.services.campaigns import find_campaign, load_snapshot, update_campaign
from promoplanner.services.context import connect
from promoplanner.services.items import update_item
from promoplanner.services.passwords import set_password, sign_in
from promoplanner.services.people import (
    add_person,
    create_first_planner,
    list_people,
    person_by_user_name,
    set_active,
    update_person,
)
from promoplanner.services.planning import update_phase
from promoplanner.services.store import store_layout
from promoplanner.storage import tables as t


def first_item(ctx, floor_code="1F"):
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    floor = next(f for f in snap.floors if f.code == floor_code)
    return snap, next(i for i in snap.items if i.floor_id == floor.id)


def test_passwords_are_kept_as_salted_slow_hashes():
    one, two = hash_password("demo"), hash_password("demo")
    assert one != two and "demo" not in one  # a salt of its own each time
    assert one.startswith("scrypt$16384:8:1$")
    assert password_matches("demo", one) and not password_matches("Demo", one)
    assert not password_matches("demo", "not a hash") and not password_matches("demo", "")


def test_the_demo_people_sign_in_with_the_password_demo(demo_ctx):
    ctx = connect(str(demo_ctx.uow.engine.url.database), clock=demo_ctx.clock, create=False)
    for user in ("planner", "buyer-food", "buyer-general", "buyer-clothing", "floor"):
        signed = sign_in(ctx, user, "demo")
        assert signed.actor.user_name == user
    food = sign_in(ctx, "buyer-food", "demo").actor
    layout = store_layout(ctx)
    assert food.roles == {Role.BUYER} and food.name == "王建国"
    assert [layout.floors[0].id] == list(food.floor_ids)
    ctx.uow.engine.dispose()


def test_a_planner_manages_people_and_nobody_is_ever_deleted(demo_ctx):
    layout = store_layout(demo_ctx)
    two_f = layout.floor_by_code("2F").id
    liu = add_person(
        demo_ctx, "liu.fang", "secret", [Role.BUYER], display_name="刘芳",
        buyer_floor_ids=[two_f],
    )  # fmt: skip
    assert liu.buyer_id == next(b.id for b in layout.buyers if b.name == "刘芳")  # linked
    assert sign_in(demo_ctx, "liu.fang", "secret").actor.floor_ids == (two_f,)
    set_password(demo_ctx, liu.id, "newsecret")
    with pytest.raises(SignInRefused):
        sign_in(demo_ctx, "liu.fang", "secret")
    set_active(demo_ctx, liu.id, False)
    people = {p.person.user_name: p.person for p in list_people(demo_ctx)}
    assert people["liu.fang"].active is False  # still listed: the history names her
    with pytest.raises(NotAllowed):
        add_person(as_user(demo_ctx, "buyer-food"), "x.y", "secret", [Role.BUYER])


@pytest.mark.parametrize(
    ("user", "password", "roles", "key"),
    [
        ("planner", "secret", [Role.PLANNER], "people.user_name_taken"),
        ("a b", "secret", [Role.PLANNER], "people.user_name_bad"),
        ("", "secret", [Role.PLANNER], "people.user_name_bad"),
        ("new", "", [Role.PLANNER], "people.password_empty"),
        ("new", "abc", [Role.PLANNER], "people.password_short"),
        ("new", "secret", [], "people.no_roles"),
        ("new", "secret", ["boss"], "input.unknown_reference"),
        ("new", "secret", [Role.BUYER], "people.buyer_needs_floor"),
    ],
)
def test_bad_accounts_are_refused_and_nothing_is_saved(demo_ctx, user, password, roles, key):
    before = len(list_people(demo_ctx))
    with pytest.raises(DomainError) as refused:
        add_person(demo_ctx, user, password, roles)
    assert refused.value.key == key
    assert len(list_people(demo_ctx)) == before


def test_the_last_active_planner_cannot_be_disabled_or_demoted(demo_ctx):
    planner = person_by_user_name(demo_ctx, "planner")
    for attempt in (
        lambda: set_active(demo_ctx, planner.id, False),
        lambda: update_person(demo_ctx, planner.id, roles=[Role.BUYER], buyer_floor_ids=[1]),
    ):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.key == "people.last_planner"
    second = add_person(demo_ctx, "planner2", "secret", [Role.PLANNER])
    set_active(demo_ctx, planner.id, False)  # now somebody else plans
    with pytest.raises(NotAllowed):  # and the disabled one can change nothing any more
        update_phase(demo_ctx, load_snapshot(demo_ctx, 1).phases[0].id, {"print_run": 1})
    assert person_by_user_name(demo_ctx, second.user_name).active


def test_nobody_signed_in_reads_but_changes_nothing(demo_ctx):
    anonymous = demo_ctx.acting_as(None)
    _snap, item = first_item(anonymous)
    with pytest.raises(NotSignedIn) as refused:
        update_item(anonymous, item.id, {"promo_price": "0.50"})
    assert "请先登录" in refused.value.message("zh")
    assert first_item(anonymous)[1].promo_price == item.promo_price


def test_the_first_planner_only_on_an_empty_database(ctx, demo_ctx):
    with pytest.raises(DomainError) as refused:
        create_first_planner(demo_ctx, "boss", "secret")
    assert refused.value.key == "people.first_planner_exists"


def test_a_new_store_gets_its_first_planner(db_path, clock):
    ctx = connect(str(db_path), clock=clock)
    person = create_first_planner(ctx, "zhou.min", "secret", "周敏")
    assert sign_in(ctx, "zhou.min", "secret").actor == person
    ctx.uow.engine.dispose()


def test_each_role_may_do_what_its_rights_say(demo_ctx):
    snap, item = first_item(demo_ctx)
    phase = snap.phases[0]
    planner, floor = demo_ctx, as_user(demo_ctx, "floor")
    food = as_user(demo_ctx, "buyer-food")
    assert update_phase(planner, phase.id, {"print_run": 3100}).print_run == 3100
    for person in (floor, food):
        with pytest.raises(NotAllowed) as refused:
            update_phase(person, phase.id, {"print_run": 1})
        assert refused.value.params["right"].said("en") == "plan campaigns"
    with pytest.raises(NotAllowed):
        update_item(floor, item.id, {"notes": "x"})
    own = next(i for i in snap.items_of(phase.id) if i.buyer_id == food.actor.buyer_id)
    assert update_item(food, own.id, {"notes": "mine"}).notes == "mine"


def test_one_person_with_two_roles_holds_both_sets_of_rights(demo_ctx):
    layout = store_layout(demo_ctx)
    wang = person_by_user_name(demo_ctx, "buyer-food")
    both = update_person(demo_ctx, wang.id, roles=[Role.BUYER, Role.FLOOR_MANAGER])
    assert both.floor_ids == wang.floor_ids and both.buyer_id == wang.buyer_id
    ctx = demo_ctx.acting_as(both)
    snap, _ = first_item(demo_ctx)
    mine = next(i for i in snap.items if i.buyer_id == both.buyer_id)
    assert update_item(ctx, mine.id, {"notes": "as buyer"}).notes == "as buyer"
    from promoplanner.services.store import set_golden_spots

    floor = layout.floor_by_code("1F")
    assert set_golden_spots(ctx, floor.id, 13, 14).end_racks == 13  # as floor management
    with pytest.raises(NotAllowed):
        update_campaign(ctx, snap.campaign.id, {"theme": "x"})  # neither role plans


def test_rights_are_data_a_store_can_change(demo_ctx):
    snap, _ = first_item(demo_ctx)
    with demo_ctx.uow.transaction() as session:  # the store takes campaign edits from planners
        session.execute(
            delete(t.RoleRightRow).where(
                t.RoleRightRow.role == Role.PLANNER, t.RoleRightRow.right == "campaign.edit"
            )
        )
    with pytest.raises(NotAllowed):
        update_campaign(demo_ctx, snap.campaign.id, {"theme": "x"})
    with demo_ctx.uow.transaction() as session:  # ... and lets floor management plan
        session.add(t.RoleRightRow(role=Role.FLOOR_MANAGER, right="campaign.edit"))
    assert update_campaign(as_user(demo_ctx, "floor"), snap.campaign.id, {"theme": "y"}).theme == (
        "y"
    )


def test_a_new_database_grants_what_the_program_says(demo_ctx):
    with demo_ctx.uow.reading() as session:
        stored = {(r.role, r.right) for r in session.scalars(select(t.RoleRightRow))}
    expected = {(role, right.value) for role, rights in DEFAULT_GRANTS.items() for right in rights}
    assert stored == expected
    assert Right.EDIT_OWN_ITEMS not in DEFAULT_GRANTS[Role.PLANNER]


def test_a_buyer_sees_and_changes_only_their_own_floors(demo_ctx):
    snap, _ = first_item(demo_ctx)
    food = as_user(demo_ctx, "buyer-food")
    clothing = next(i for i in snap.items if i.floor_id == store_layout(demo_ctx).floors[2].id)
    with pytest.raises(NotAllowed) as refused:
        update_item(food, clothing.id, {"promo_price": "1.00"})
    assert refused.value.key == "rights.not_your_floor" and "3F" in refused.value.message("en")


def test_a_buyer_setting_their_own_item_to_nobody_is_told_it_stays_theirs(demo_ctx):
    snap, _ = first_item(demo_ctx)
    food = as_user(demo_ctx, "buyer-food")
    own = next(i for i in snap.items if i.buyer_id == food.actor.buyer_id)
    with pytest.raises(NotAllowed) as refused:
        update_item(food, own.id, {"buyer_id": ""})
    assert refused.value.key == "rights.keep_yourself"
    assert "belongs to another buyer" not in refused.value.message("en")


def test_a_planner_reopens_a_passed_deadline_for_one_buyer_until_a_time(demo_ctx, clock):
    from promoplanner.core.errors import DeadlinePassed
    from promoplanner.services.planning import reopen_deadline

    snap, _ = first_item(demo_ctx)
    phase = snap.phases[0]
    food = as_user(demo_ctx, "buyer-food")
    li = as_buyer(demo_ctx, next(b.id for b in store_layout(demo_ctx).buyers if b.name == "李秀英"))
    own = next(i for i in snap.items_of(phase.id) if i.buyer_id == food.actor.buyer_id)
    hers = next(i for i in snap.items_of(phase.id) if i.buyer_id == li.actor.buyer_id)
    due = min(d.due for d in snap.deadlines if d.phase_id == phase.id)
    clock.at = due + timedelta(hours=1)
    with pytest.raises(DeadlinePassed):
        update_item(food, own.id, {"notes": "late"})
    with pytest.raises(DomainError) as no_reason:
        reopen_deadline(demo_ctx, phase.id, due + timedelta(hours=5), "  ", food.actor.buyer_id)
    assert no_reason.value.key == "rights.reopen_reason"
    with pytest.raises(NotAllowed):
        reopen_deadline(food, phase.id, due + timedelta(hours=5), "please", food.actor.buyer_id)
    reopen_deadline(demo_ctx, phase.id, due + timedelta(hours=5), "供应商晚到", food.actor.buyer_id)
    assert update_item(food, own.id, {"notes": "late but allowed"}).notes == "late but allowed"
    with pytest.raises(DeadlinePassed):
        update_item(li, hers.id, {"notes": "not reopened for me"})
    clock.at = due + timedelta(hours=5)
    with pytest.raises(DeadlinePassed):
        update_item(food, own.id, {"notes": "too late again"})
