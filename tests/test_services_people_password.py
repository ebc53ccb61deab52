"""Changing one's own password: only with the current one, counted like a sign-in."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from signed_in import as_user
from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.errors import DomainError, NotAllowed, NotSignedIn, SignInRefused
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.people import (
    change_own_password,
    person_by_user_name,
    set_password,
    sign_in,
)
from promoplanner.storage import tables as t


def tries(ctx, user_name: str) -> int:
    with ctx.uow.reading() as session:
        row = session.scalar(select(t.PersonRow).where(t.PersonRow.user_name == user_name))
        return row.failed_sign_ins


def test_a_buyer_changes_their_own_password_and_signs_in_with_it(demo_ctx, clock):
    food = as_user(demo_ctx, "buyer-food")
    change_own_password(food, "demo", "zongzi-2027")
    with pytest.raises(SignInRefused):
        sign_in(demo_ctx, "buyer-food", "demo")
    assert sign_in(demo_ctx, "buyer-food", "zongzi-2027").actor.user_name == "buyer-food"
    (entry,) = list_history(demo_ctx, HistoryQuery(limit=1))
    assert (entry.user, entry.action, entry.at) == ("buyer-food", Action.PASSWORD, clock.now())
    assert entry.object.kind is ObjectKind.PERSON and "buyer-food" in entry.object.label
    with demo_ctx.uow.reading() as session:
        stored = session.scalar(select(t.HistoryRow).order_by(t.HistoryRow.id.desc()))
        written = json.dumps([stored.before, stored.after, stored.label, stored.reason])
        secret = session.scalar(
            select(t.PersonRow.password_hash).where(t.PersonRow.user_name == "buyer-food")
        )
    assert "zongzi" not in written and secret.split("$")[-1] not in written  # no hash, no text


def test_a_wrong_current_password_is_refused_counted_and_slows_down(demo_ctx, clock):
    food = as_user(demo_ctx, "buyer-food")
    for n in range(1, 4):
        with pytest.raises(SignInRefused) as wrong:
            change_own_password(food, "guess", "zongzi-2027")
        assert wrong.value.key == "people.current_password_wrong"
        assert wrong.value.field == "current_password"
        assert tries(demo_ctx, "buyer-food") == n
    with pytest.raises(SignInRefused) as slowed:
        change_own_password(food, "demo", "zongzi-2027")  # even the right one waits now
    assert slowed.value.key == "people.slow_down" and slowed.value.params["seconds"] == 5
    with pytest.raises(SignInRefused) as at_sign_in:
        sign_in(demo_ctx, "buyer-food", "demo")  # the one count: signing in waits as well
    assert at_sign_in.value.key == "people.slow_down"
    clock.at += timedelta(seconds=6)
    change_own_password(food, "demo", "zongzi-2027")
    assert tries(demo_ctx, "buyer-food") == 0  # a right password starts the count again
    assert sign_in(demo_ctx, "buyer-food", "zongzi-2027").actor is not None


@pytest.mark.parametrize(
    ("new", "key"),
    [
        ("", "people.password_empty"),
        ("abc", "people.password_short"),
        ("demo", "people.password_unchanged"),
    ],
)
def test_a_new_password_breaking_the_rules_is_refused_and_nothing_changes(demo_ctx, new, key):
    before = len(list_history(demo_ctx, HistoryQuery(limit=1000)))
    with pytest.raises(DomainError) as refused:
        change_own_password(as_user(demo_ctx, "floor"), "demo", new)
    assert refused.value.key == key and refused.value.field == "password"
    assert sign_in(demo_ctx, "floor", "demo").actor is not None
    assert len(list_history(demo_ctx, HistoryQuery(limit=1000))) == before
    assert tries(demo_ctx, "floor") == 0


def test_nobody_signed_in_changes_no_password(ctx, demo_ctx):
    with pytest.raises(NotSignedIn):
        change_own_password(demo_ctx.acting_as(None), "demo", "zongzi-2027")


def test_a_disabled_account_cannot_change_its_password(demo_ctx):
    from promoplanner.services.people import set_active

    floor = as_user(demo_ctx, "floor")
    set_active(demo_ctx, floor.actor.id, False)
    with pytest.raises(NotAllowed) as refused:
        change_own_password(floor, "demo", "zongzi-2027")
    assert refused.value.key == "people.disabled"


def test_resetting_needs_the_planner_and_ones_own_needs_the_current_one(demo_ctx):
    food = person_by_user_name(demo_ctx, "buyer-food")
    planner = as_user(demo_ctx, "planner")
    set_password(planner, food.id, "reset-2027")  # a planner resets somebody else's
    assert sign_in(demo_ctx, "buyer-food", "reset-2027").actor is not None
    with pytest.raises(DomainError) as own:
        set_password(planner, planner.actor.id, "mine-2027")
    assert own.value.key == "people.own_password_needs_current"
    with pytest.raises(NotAllowed):
        set_password(as_user(demo_ctx, "buyer-food"), food.id, "mine-2027")
    with pytest.raises(NotAllowed):
        set_password(as_user(demo_ctx, "floor"), food.id, "mine-2027")
    assert sign_in(demo_ctx, "planner", "demo").actor is not None
