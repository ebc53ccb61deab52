"""Signing in and passwords: refusals in words, the slow-down after wrong tries, changing
one's own password only with the current one (counted like a sign-in), a planner's reset."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from signed_in import as_user
from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.errors import DomainError, NotAllowed, NotSignedIn, SignInRefused
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.passwords import change_own_password, set_password, sign_in
from promoplanner.services.people import person_by_user_name, set_active
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


@pytest.mark.parametrize(
    ("user", "password", "key"),
    [
        ("planner", "wrong", "people.sign_in_refused"),
        ("nobody", "demo", "people.sign_in_refused"),  # the same words: names stay secret
        ("planner", "", "people.sign_in_refused"),
        (" planner ", "demo", None),  # spaces typed around the name do not matter
    ],
)
def test_sign_in_refusals_are_in_words(demo_ctx, user, password, key):
    if key is None:
        assert sign_in(demo_ctx, user, password).actor.user_name == "planner"
        return
    with pytest.raises(SignInRefused) as refused:
        sign_in(demo_ctx, user, password)
    assert refused.value.key == key
    assert "用户名或密码不正确" in refused.value.message("zh")


def test_a_disabled_account_is_named_only_to_who_knows_its_password(demo_ctx):
    floor = person_by_user_name(demo_ctx, "floor")
    set_active(demo_ctx, floor.id, False)
    with pytest.raises(SignInRefused) as wrong:
        sign_in(demo_ctx, "floor", "nope")
    assert wrong.value.key == "people.sign_in_refused"
    with pytest.raises(SignInRefused) as right:
        sign_in(demo_ctx, "floor", "demo")
    assert right.value.key == "people.disabled" and "卖场" not in right.value.message("en")


def test_three_wrong_passwords_in_a_row_slow_the_next_tries(demo_ctx, clock):
    for _ in range(3):
        with pytest.raises(SignInRefused):
            sign_in(demo_ctx, "buyer-food", "guess")
    with pytest.raises(SignInRefused) as slowed:
        sign_in(demo_ctx, "buyer-food", "demo")  # even the right one must wait now
    assert slowed.value.key == "people.slow_down" and slowed.value.params["seconds"] == 5
    clock.at += timedelta(seconds=6)
    with pytest.raises(SignInRefused):
        sign_in(demo_ctx, "buyer-food", "guess again")  # the fourth: the wait doubles
    with pytest.raises(SignInRefused) as longer:
        sign_in(demo_ctx, "buyer-food", "demo")
    assert longer.value.params["seconds"] == 10
    clock.at += timedelta(seconds=11)
    assert sign_in(demo_ctx, "buyer-food", "demo").actor.user_name == "buyer-food"
    clock.at += timedelta(seconds=1)
    with pytest.raises(SignInRefused) as fresh:
        sign_in(demo_ctx, "buyer-food", "guess")  # the count began again after the right one
    assert fresh.value.key == "people.sign_in_refused"


def test_wrong_tries_at_a_pretended_time_ahead_do_not_lock_the_account_till_then(demo_ctx, clock):
    real = clock.at
    clock.at = real + timedelta(days=300)  # --now a season ahead
    for _ in range(3):
        with pytest.raises(SignInRefused):
            sign_in(demo_ctx, "buyer-food", "guess")
    with pytest.raises(SignInRefused) as slowed:
        sign_in(demo_ctx, "buyer-food", "demo")
    assert slowed.value.key == "people.slow_down"  # at that pretended time it waits
    clock.at = real  # the sign-in dialog counts on the computer's clock: not locked till then
    assert sign_in(demo_ctx, "buyer-food", "demo").actor.user_name == "buyer-food"


def test_a_right_password_with_no_wrong_ones_before_writes_nothing(demo_ctx, monkeypatch):
    """Signing in to read (status, check, print) takes no write lock and changes no row."""
    with pytest.raises(SignInRefused):
        sign_in(demo_ctx, "buyer-food", "guess")
    sign_in(demo_ctx, "buyer-food", "demo")  # forgets the wrong one: a write
    writes = []
    real = type(demo_ctx.uow).transaction
    monkeypatch.setattr(
        type(demo_ctx.uow), "transaction", lambda uow: writes.append(1) or real(uow)
    )
    assert sign_in(demo_ctx, "buyer-food", "demo").actor.user_name == "buyer-food"
    assert writes == []
    with pytest.raises(SignInRefused):
        sign_in(demo_ctx, "buyer-food", "guess")
    assert writes == [1]  # a wrong password is still counted


@pytest.mark.parametrize(("user", "password", "signed"), [
    ("planner", "demo", True),
    ("planner", "wrong", False),
    ("nobody", "demo", False),  # an unknown name is hashed too: the same time, same work
])  # fmt: skip
def test_the_password_is_hashed_beside_the_work_given_meanwhile(
    demo_ctx, monkeypatch, user, password, signed
):
    import threading

    import promoplanner.services.passwords as passwords

    real, hashed_in, ran_in = passwords.password_matches, [], []

    def watched(given, stored):
        hashed_in.append(threading.get_ident())
        return real(given, stored)

    monkeypatch.setattr(passwords, "password_matches", watched)
    meanwhile = lambda: ran_in.append(threading.get_ident())  # noqa: E731
    if signed:
        assert sign_in(demo_ctx, user, password, meanwhile=meanwhile).actor.user_name == user
    else:
        with pytest.raises(SignInRefused):
            sign_in(demo_ctx, user, password, meanwhile=meanwhile)
    assert ran_in == [threading.get_ident()]  # the command's own work, in its own thread
    assert len(hashed_in) == 1 and hashed_in[0] != threading.get_ident()


def test_a_hash_that_fails_in_its_thread_fails_the_sign_in_as_it_would_alone(demo_ctx, monkeypatch):
    import promoplanner.services.passwords as passwords

    def broken(given, stored):
        raise MemoryError("scrypt could not get its memory")

    monkeypatch.setattr(passwords, "password_matches", broken)
    for meanwhile in (None, lambda: None):
        with pytest.raises(MemoryError, match="scrypt"):
            sign_in(demo_ctx, "planner", "demo", meanwhile=meanwhile)


def test_every_printed_kind_names_the_layout_loaded_during_its_sign_in():
    from importlib.util import find_spec

    from promoplanner.print_commands import KINDS, LAYOUTS

    assert set(LAYOUTS) == set(KINDS)
    assert all(find_spec(module) is not None for module in LAYOUTS.values())
