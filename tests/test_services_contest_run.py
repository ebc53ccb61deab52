"""The demo's contest run through the services as floor management runs it on the evening."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.audit import Action
from promoplanner.core.bracket import Awaiting, ContestPhase, TieBreak
from promoplanner.core.errors import DomainError, NotAllowed
from promoplanner.core.i18n import text
from promoplanner.services.contest import register_entrant
from promoplanner.services.contest_run import (
    ContestRun,
    clear_result,
    contest_run,
    decide_tie,
    draw_round,
    find_contest,
    hand_out_prize,
    record_rerun_result,
    record_result,
    redraw_round,
    withdraw_entrant,
)
from promoplanner.services.context import connect
from promoplanner.storage import tables as t

EVENING = datetime(2027, 6, 27, 19, 0)  # contest day of the 2027 demo


@pytest.fixture
def floor(demo_ctx, clock):
    clock.at = EVENING
    return as_user(demo_ctx, "floor")


@pytest.fixture
def contest(floor):
    return find_contest(floor)


def registered(ctx, contest_id: int, n: int) -> None:
    for i in range(1, n + 1):
        register_entrant(ctx, contest_id, f"Entrant {i}")


def history_count(ctx) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(t.HistoryRow)) or 0


def run_to_podium(ctx, contest_id: int, rng: random.Random) -> ContestRun:
    """Draw every round and type a different time for everybody until the podium stands."""
    run = contest_run(ctx, contest_id)
    hundredths = iter(rng.sample(range(500, 9999), 600))
    while run.standing.awaiting is not Awaiting.NOTHING:
        assert run.standing.awaiting in (Awaiting.DRAW, Awaiting.RESULTS), run.standing.awaiting
        if run.standing.awaiting is Awaiting.DRAW:
            run = draw_round(ctx, contest_id)
            continue
        last = run.state.rounds[-1]
        for heat in last.heats:
            for entrant in heat.entrant_ids:
                seconds = f"{next(hundredths) / 100:.2f}"
                run = record_result(ctx, contest_id, heat.id, run.name(entrant), seconds)
    return run


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 17, 23, 100])
def test_the_contest_runs_to_its_podium(floor, contest, n, db_path, clock):
    registered(floor, contest, n)
    run = run_to_podium(floor, contest, random.Random(n))
    data = run.json()
    assert data["state"] == "finished"
    assert data["gift_cans"] == 5 * n
    podium = [p for p in data["podium"] if p is not None]
    assert len(podium) == min(n, 3) and len(set(podium)) == len(podium)
    final = [g for g in data["groups"] if g["round"] == data["round"]]
    if n >= 3:
        assert len(final) == 1 and 3 <= len(final[0]["entrants"]) <= 4
        times = final[0]["results"]
        assert sorted(final[0]["entrants"], key=lambda e: times[e])[:3] == data["podium"]
    for group in data["groups"]:
        assert len(group["entrants"]) >= 2
    # closing the program and opening the database again shows the same contest
    again = connect(str(db_path), clock=clock)
    try:
        assert contest_run(again, contest).json() == data
    finally:
        again.uow.engine.dispose()


def test_a_contest_survives_closing_the_program_in_the_middle(floor, contest, db_path, clock):
    registered(floor, contest, 9)
    draw_round(floor, contest, seed=42)
    record_result(floor, contest, "1-1", contest_run(floor, contest).name(
        contest_run(floor, contest).state.rounds[0].heats[0].entrant_ids[0]), "12.34")  # fmt: skip
    before = contest_run(floor, contest)
    again = as_user(connect(str(db_path), clock=clock), "floor")
    try:
        after = contest_run(again, contest)
        assert after.state.rounds == before.state.rounds
        assert after.state.rounds[0].seed == 42
        assert after.json() == before.json()
        assert after.standing.awaiting is Awaiting.RESULTS
    finally:
        again.uow.engine.dispose()


def test_the_same_seed_gives_the_same_draw_and_a_redraw_is_recorded(floor, contest):
    registered(floor, contest, 10)
    first = draw_round(floor, contest, seed=7)
    with pytest.raises(DomainError) as drawn:
        draw_round(floor, contest)
    assert drawn.value.key == "contest.already_drawn"
    second = redraw_round(floor, contest, seed=8)
    assert second.state.rounds[0].seed == 8
    assert second.state.rounds[0].heats != first.state.rounds[0].heats
    third = redraw_round(floor, contest, seed=7)
    assert third.state.rounds[0].heats == first.state.rounds[0].heats
    with floor.uow.reading() as session:
        actions = session.scalars(select(t.HistoryRow.action).order_by(t.HistoryRow.id)).all()
    assert actions[-3:] == [Action.DRAW.value, Action.REDRAW.value, Action.REDRAW.value]
    name = third.name(third.state.rounds[0].heats[0].entrant_ids[0])
    record_result(floor, contest, "1", name, "10.00")
    with pytest.raises(DomainError) as late:
        redraw_round(floor, contest)
    assert late.value.key == "contest.redraw_after_result"


def test_a_result_is_corrected_until_the_next_round_is_drawn(floor, contest):
    registered(floor, contest, 8)
    run = draw_round(floor, contest, seed=3)
    heat = run.state.rounds[0].heats[0]
    first = run.name(heat.entrant_ids[0])
    run = record_result(floor, contest, heat.id, first, "15.00")
    run = record_result(floor, contest, heat.id, first, "DNF")
    assert run.json()["groups"][0]["results"][first] == "DNF"
    run = clear_result(floor, contest, heat.id, first)
    assert run.json()["groups"][0]["results"][first] is None
    for n, e in enumerate(run.state.rounds[0].entrant_ids):
        found = run.state.rounds[0].heat_of(e)
        assert found is not None
        run = record_result(floor, contest, found.id, run.name(e), f"{10 + n}.00")
    run = record_result(floor, contest, heat.id, first, "DQ")  # still open: corrected
    run = draw_round(floor, contest)
    with pytest.raises(DomainError) as closed:
        record_result(floor, contest, heat.id, first, "9.99")
    assert closed.value.key == "contest.round_closed"


def test_withdrawal_before_the_draw_and_a_no_show_before_round_two(floor, contest):
    registered(floor, contest, 5)
    run = withdraw_entrant(floor, contest, "entrant 5")  # as typed: case does not matter
    assert "Entrant 5" not in run.json()["entrants"] and run.json()["gift_cans"] == 20
    run = draw_round(floor, contest, seed=1)
    assert all("Entrant 5" not in g["entrants"] for g in run.json()["groups"])


def test_a_no_show_before_round_two_gives_the_place_to_the_next_fastest(floor, contest):
    registered(floor, contest, 9)
    run = draw_round(floor, contest, seed=1)
    order = list(run.state.rounds[0].entrant_ids)
    for n, e in enumerate(order):
        heat = run.state.rounds[0].heat_of(e)
        assert heat is not None
        run = record_result(floor, contest, heat.id, run.name(e), f"{10 + n}.00")
    going = run.standing.next_field
    gone = run.name(going[0])
    run = withdraw_entrant(floor, contest, gone)
    assert gone not in [run.name(e) for e in run.standing.next_field]
    assert len(run.standing.next_field) == len(going)  # the next fastest takes the place
    run = draw_round(floor, contest, seed=2)
    assert all(gone not in g["entrants"] for g in run.json()["groups"] if g["round"] == 2)
    with floor.uow.reading() as session:
        row = session.scalar(select(t.ContestEntrantRow).where(t.ContestEntrantRow.name == gone))
        assert row is not None and row.withdrawn_before_round == 2


def test_a_tie_is_decided_by_the_organiser_and_recorded(floor, contest):
    registered(floor, contest, 3)
    run = draw_round(floor, contest, seed=1)  # three: the final at once
    names = [run.name(e) for e in run.state.rounds[0].entrant_ids]
    for name in names:
        run = record_result(floor, contest, "1", name, "11.11")
    assert run.standing.awaiting is Awaiting.DECISION
    run = decide_tie(floor, contest, names, TieBreak.RERUN)
    assert run.standing.awaiting is Awaiting.RERUN
    for n, name in enumerate(names):
        run = record_rerun_result(floor, contest, name, f"1{n}.00")
    assert run.standing.phase is ContestPhase.FINISHED
    assert run.json()["podium"] == names
    with floor.uow.reading() as session:
        assert session.scalar(select(t.HistoryRow).where(t.HistoryRow.action == "tie"))


def test_a_tie_decided_by_earlier_registration(floor, contest):
    registered(floor, contest, 3)
    run = draw_round(floor, contest, seed=5)
    for name in ("Entrant 3", "Entrant 1", "Entrant 2"):
        run = record_result(floor, contest, "1", name, "9.50" if name != "Entrant 2" else "8.00")
    run = decide_tie(floor, contest, ["Entrant 3", "Entrant 1"], "earlier_registration")
    assert run.json()["podium"] == ["Entrant 2", "Entrant 1", "Entrant 3"]


def test_prizes_are_ticked_when_handed_out(floor, contest):
    registered(floor, contest, 3)
    with pytest.raises(DomainError) as early:
        hand_out_prize(floor, contest, 1)
    assert early.value.key == "contest.place_not_decided"
    run_to_podium(floor, contest, random.Random(1))
    run = hand_out_prize(floor, contest, 2)
    assert run.prizes_given == (False, True, False)
    assert contest_run(floor, contest).prizes_given == (False, True, False)


def test_a_buyer_may_not_run_the_contest(demo_ctx, clock, contest):
    buyer = as_user(demo_ctx, "buyer-food")
    with pytest.raises(NotAllowed):
        draw_round(buyer, contest)


def _refusals(floor, contest):
    """Each bad input as (what the organiser did, the refusal's key)."""
    run = contest_run(floor, contest)
    heat1 = run.state.rounds[0].heats[0]
    heat2 = run.state.rounds[0].heats[1]
    inside = run.name(heat1.entrant_ids[0])
    outside = run.name(heat2.entrant_ids[0])
    result = record_result
    return [
        (lambda: result(floor, contest, heat1.id, inside, "-3.00"), "contest.time_not_positive"),
        (lambda: result(floor, contest, heat1.id, inside, "fast"), "contest.time_not_number"),
        (lambda: result(floor, contest, heat1.id, outside, "10.00"), "contest.not_in_heat"),
        (lambda: result(floor, contest, heat1.id, "Nobody", "10.00"), "contest.unknown_name"),
        (lambda: result(floor, contest, "1-9", inside, "10.00"), "contest.no_such_heat"),
        (lambda: draw_round(floor, contest), "contest.already_drawn"),
        (lambda: register_entrant(floor, contest, "Late Comer"), "contest.registration_over"),
    ]


def test_bad_input_is_refused_in_one_line_and_nothing_changes(floor, contest):
    for bad, key in (("", "input.required"), ("x" * 200, "input.too_long")):
        with pytest.raises(DomainError) as refused:
            register_entrant(floor, contest, bad)
        assert refused.value.key == key and refused.value.field == "name"
    assert contest_run(floor, contest).state.entrants == ()
    registered(floor, contest, 8)
    with pytest.raises(DomainError) as twin:
        register_entrant(floor, contest, " entrant  3 ")
    assert twin.value.key == "contest.name_taken"
    draw_round(floor, contest, seed=11)
    for action, key in _refusals(floor, contest):
        before, count = contest_run(floor, contest), history_count(floor)
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.key == key
        assert "\n" not in refused.value.message()
        assert contest_run(floor, contest) == before and history_count(floor) == count


def test_a_closed_round_and_a_finished_final_refuse_changes(floor, contest):
    registered(floor, contest, 5)
    run = draw_round(floor, contest, seed=2)
    first_heat = run.state.rounds[0].heats[0]
    name = run.name(first_heat.entrant_ids[0])
    run = run_to_podium(floor, contest, random.Random(2))
    count = history_count(floor)
    with pytest.raises(DomainError) as closed:
        record_result(floor, contest, first_heat.id, name, "10.00")
    assert closed.value.key == "contest.round_closed"
    with pytest.raises(DomainError) as after:
        withdraw_entrant(floor, contest, run.json()["podium"][0])
    assert after.value.key == "contest.withdraw_after_final"
    with pytest.raises(DomainError) as again:
        draw_round(floor, contest)
    assert again.value.key == "contest.final_drawn"
    assert history_count(floor) == count
    assert text(after.value.key, name="X")  # the refusal has words in the catalogue
