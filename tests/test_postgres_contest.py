"""The contest evening on PostgreSQL (a private test cluster): stored, reread, refused alike."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from signed_in import as_user
from test_postgres import pg_db, pg_url  # noqa: F401  (the cluster fixtures)

from promoplanner.core.clock import FixedClock
from promoplanner.core.errors import DomainError
from promoplanner.services.contest import register_entrant
from promoplanner.services.contest_run import (
    contest_run,
    draw_round,
    find_contest,
    record_result,
    withdraw_entrant,
)
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
