"""Two people saving at once, from two real processes: nobody's change is lost unseen.

Each process signs in, then waits for the same moment and saves the same item with the
version both loaded. Exactly one succeeds; the other is refused with a conflict naming
both values, and the history holds the one change that was made.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from signed_in import as_user
from test_postgres import pg_db, pg_url  # noqa: F401  (the private server's fixtures)

from promoplanner.core.audit import ObjectKind
from promoplanner.core.errors import DatabaseProblem, DomainError
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.history import object_history
from promoplanner.services.items import get_item, update_item

SAVER = textwrap.dedent(
    """
    import json, sys, time
    from promoplanner.core.clock import FixedClock
    from promoplanner.core.errors import Conflict, PromoError
    from promoplanner.services.context import connect
    from promoplanner.services.items import update_item
    from promoplanner.services.passwords import sign_in
    from datetime import datetime

    db, user, item_id, seen, price, start = sys.argv[1:7]
    ctx = sign_in(connect(db, clock=FixedClock(datetime(2027, 5, 20, 9))), user, "demo")
    while time.time() < float(start):  # both processes save in the same instant
        pass
    try:
        update_item(ctx, int(item_id), {"promo_price": price}, seen_version=int(seen))
        print(json.dumps({"result": "saved"}))
    except Conflict as c:
        print(json.dumps({"result": "conflict", "theirs": str(c.theirs["promo_price"])}))
    except PromoError as e:
        print(json.dumps({"result": "refused", "key": e.key}))
    """
)


def race(db: str, item_id: int, seen: int, prices: tuple[str, str]) -> list[dict]:
    """Start two savers, let them save at the same moment, and return what each said."""
    start = time.time() + 2.5  # time for both to start Python and sign in
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    savers = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, db, user, str(item_id), str(seen), price, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for user, price in zip(("planner", "buyer-food"), prices, strict=True)
    ]
    said = []
    for saver in savers:
        out, err = saver.communicate(timeout=60)
        assert saver.returncode == 0, err
        said.append(json.loads(out.strip().splitlines()[-1]))
    return said


def check_one_winner(ctx, item, said, prices) -> None:
    results = sorted(s["result"] for s in said)
    assert results == ["conflict", "saved"], said
    winner = prices[[s["result"] for s in said].index("saved")]
    loser = next(s for s in said if s["result"] == "conflict")
    stored = get_item(ctx, item.id)
    assert f"{stored.promo_price:.2f}" == winner and stored.version == item.version + 1
    assert loser["theirs"] == winner  # the refused one was told what stands now
    updates = [e for e in object_history(ctx, ObjectKind.ITEM, item.id) if e.after]
    assert [e.after for e in updates] == [{"promo_price": winner}]


def food_item(ctx):
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    food = as_user(ctx, "buyer-food")
    return next(i for i in snap.items if i.buyer_id == food.actor.buyer_id)


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_saving_one_item_on_sqlite_lose_nothing(demo_ctx, db_path, round_):
    item = food_item(demo_ctx)
    prices = ("1.11", "2.22")
    said = race(str(db_path), item.id, item.version, prices)
    check_one_winner(demo_ctx, item, said, prices)


def test_two_processes_saving_one_item_on_postgresql_lose_nothing(pg_db):  # noqa: F811
    from datetime import datetime

    from promoplanner.core.clock import FixedClock

    ctx = connect(pg_db, clock=FixedClock(datetime(2027, 5, 20, 9, 0)))
    load_demo(ctx, 2027)
    ctx = as_user(ctx, "planner")
    for _round in range(3):
        item = food_item(ctx)
        prices = (f"1.{_round}1", f"2.{_round}2")
        said = race(pg_db, item.id, item.version, prices)
        results = sorted(s["result"] for s in said)
        assert results == ["conflict", "saved"], said
        stored = get_item(ctx, item.id)
        winner = prices[[s["result"] for s in said].index("saved")]
        assert f"{stored.promo_price:.2f}" == winner
    ctx.uow.engine.dispose()


def test_a_write_lock_held_too_long_is_another_user_saving(demo_ctx, db_path):
    item = food_item(demo_ctx)
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseProblem) as refused:
            update_item(demo_ctx, item.id, {"promo_price": "0.50"})
        assert time.monotonic() - started >= 4  # the busy timeout was waited out first
    finally:
        holder.rollback()
        holder.close()
    assert refused.value.key == "db.busy"
    assert "Another user is saving" in refused.value.message("en")
    assert "其他用户正在保存" in refused.value.message("zh")
    assert get_item(demo_ctx, item.id).promo_price == item.promo_price


@pytest.mark.parametrize("value", [str(2**63), str(2**31), "6901234567892", "-1", "0"])
def test_a_long_number_in_the_floor_column_is_a_refusal_of_that_cell(demo_ctx, value):
    item = food_item(demo_ctx)
    for field in ("floor_id", "department_id", "buyer_id"):
        with pytest.raises(DomainError) as refused:
            update_item(demo_ctx, item.id, {field: value})
        assert refused.value.field == field, (field, value)
    assert get_item(demo_ctx, item.id) == item


def test_postgresql_refusals_are_in_words(pg_db):  # noqa: F811
    from datetime import datetime

    from sqlalchemy import create_engine, text

    from promoplanner.core.clock import FixedClock

    ctx = connect(pg_db, clock=FixedClock(datetime(2027, 5, 20, 9, 0)))
    load_demo(ctx, 2027)
    planner = as_user(ctx, "planner")
    item = food_item(planner)
    with pytest.raises(DomainError) as huge:
        update_item(planner, item.id, {"floor_id": str(2**40)})
    assert huge.value.field == "floor_id"
    admin = create_engine(pg_db, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # a store's server: the clerk's account may not write items
        conn.execute(text("CREATE ROLE clerk LOGIN"))
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO clerk"))
    clerk_url = pg_db.replace("postgres@", "clerk@")
    clerk = as_user(connect(clerk_url, clock=ctx.clock, create=False), "planner")
    with pytest.raises(DatabaseProblem) as denied:
        update_item(clerk, item.id, {"promo_price": "0.50"})
    assert denied.value.key == "db.no_permission"
    assert "does not let your account" in denied.value.message("en")
    assert get_item(planner, item.id).promo_price == item.promo_price
    clerk.uow.engine.dispose()
    with admin.connect() as conn:
        conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM clerk"))
        conn.execute(text("DROP ROLE clerk"))
    admin.dispose()
    ctx.uow.engine.dispose()
