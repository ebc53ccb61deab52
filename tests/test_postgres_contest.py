"""The contest evening on PostgreSQL (a private test cluster): stored, reread, refused alike."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from signed_in import as_user
from test_postgres import pg_db, pg_url  # noqa: F401  (the cluster fixtures)
from test_services_contest_registration_versions import drawn, race_register_and_draw
from test_services_contest_versions import laptops, names, race_results, stored

from promoplanner.core.clock import FixedClock
from promoplanner.core.errors import Conflict, DomainError
from promoplanner.services.contest import contest_roster, register_entrant
from promoplanner.services.contest_run import (
    contest_run,
    draw_round,
    find_contest,
    record_result,
    redraw_round,
    withdraw_entrant,
)
from promoplanner.services.contest_versions import contest_stamp
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.storage.tables import Base


def test_a_contest_runs_to_its_podium_on_postgresql(pg_db):  # noqa: F811
    ctx = connect(pg_db, clock=FixedClock(datetime(2027, 6, 27, 19, 0)))
    try:
        load_demo(ctx, 2027)
        with ctx.uow.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        floor = as_user(ctx, "floor")
        contest = find_contest(floor)
        for n in range(1, 8):
            register_entrant(floor, contest, f"选手{n}")
        withdraw_entrant(floor, contest, "选手7")
        run = draw_round(floor, contest, seed=9)
        hundredths = iter(range(1000, 3000, 37))
        while run.json()["state"] != "finished":
            last = run.state.rounds[-1]
            missing = [(h.id, e) for h in last.heats for e in h.entrant_ids
                       if run.state.result(last.number, e) is None]  # fmt: skip
            if not missing:
                run = draw_round(floor, contest, seed=10)
                continue
            for heat, e in missing:
                run = record_result(floor, contest, heat, run.name(e), f"{next(hundredths) / 100}")
        with pytest.raises(DomainError) as refused:
            draw_round(floor, contest)
        assert refused.value.key == "contest.final_drawn"
        again = contest_run(floor, contest)
        assert again.json() == run.json() and len([p for p in run.json()["podium"] if p]) == 3
        assert run.json()["gift_cans"] == 30
    finally:
        ctx.uow.engine.dispose()


def test_two_laptops_at_one_contest_on_postgresql(pg_db):  # noqa: F811
    """The same heat twice: the second refused; different heats: both; a stale redraw: no."""
    clock = FixedClock(datetime(2027, 6, 27, 19, 0))
    first, second = connect(pg_db, clock=clock), None
    try:
        load_demo(first, 2027)
        second = connect(pg_db, clock=clock)
        a, b = laptops(as_user(first, "planner"), second)
        contest = find_contest(a)
        for n in range(1, 8):
            register_entrant(a, contest, f"选手{n}")
        draw_round(a, contest, seed=3)
        seen = contest_run(b, contest)
        one, two = names(seen, "1-1")[:2]
        record_result(a, contest, "1-1", one, "41.20", seen_version=seen.heat_version("1-1"))
        before = stored(a, contest)
        with pytest.raises(Conflict) as refused:
            record_result(b, contest, "1-1", two, "40.55", seen_version=seen.heat_version("1-1"))
        assert refused.value.who == "赵敏" and stored(a, contest) == before
        record_result(b, contest, "1-2", names(seen, "1-2")[0], "39.00",
                      seen_version=seen.heat_version("1-2"))  # fmt: skip
        with pytest.raises(Conflict):
            redraw_round(b, contest, seed=5, seen_version=seen.version)
        # At the same instant, on the server's row lock: one waits, then is told.
        now = contest_run(a, contest)
        rest = names(now, "1-1")[2:]
        said = race_results(
            [(a, "1-1", rest[0], "43.00", now.heat_version("1-1")),
             (b, "1-1", rest[1], "44.00", now.heat_version("1-1"))],
            contest,
        )  # fmt: skip
        assert sorted(said) == ["conflict", "saved"]
        assert len(contest_run(a, contest).state.results) == 3
    finally:
        first.uow.engine.dispose()
        if second is not None:
            second.uow.engine.dispose()


@pytest.mark.parametrize("seen", [False, True])
def test_registering_while_a_colleague_draws_on_postgresql(pg_db, seen):  # noqa: F811
    """Registration and draw at the same instant: never a draw that leaves the person out."""
    clock = FixedClock(datetime(2027, 6, 27, 19, 0))
    first, second = connect(pg_db, clock=clock), None
    try:
        load_demo(first, 2027)
        second = connect(pg_db, clock=clock)
        a, b = laptops(as_user(first, "planner"), second)
        contest = find_contest(a)
        for n in range(1, 7):
            register_entrant(a, contest, f"选手{n}")
        version = contest_run(b, contest).version
        register_entrant(a, contest, "李娜")
        with pytest.raises(Conflict):  # a registration since B looked: B's draw is refused
            draw_round(b, contest, seed=3, seen_version=version)
        now = contest_run(b, contest).version if seen else None
        said = race_register_and_draw(a, b, contest, now)
        registered = "王伟" in [e.name for e in contest_roster(a, contest).entrants]
        assert registered == (said["register"] == "registered")
        if said["draw"] == "drawn":
            assert registered == ("王伟" in drawn(a, contest))
        else:  # the draw named the list before the registration that went first
            assert seen and registered and said["draw"] == "conflict"
        assert contest_stamp(b, contest) == contest_run(a, contest).stamp  # what a board polls
    finally:
        first.uow.engine.dispose()
        if second is not None:
            second.uow.engine.dispose()
