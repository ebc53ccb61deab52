"""The same services on a store's shared PostgreSQL server (a private test cluster)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from datetime import datetime

import pytest
from alembic import command
from signed_in import as_user
from sqlalchemy import create_engine, text

from promoplanner.core.clock import FixedClock
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.items import update_item
from promoplanner.storage.database import alembic_config, open_database


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    """A throwaway PostgreSQL cluster on loopback, or PROMOPLANNER_TEST_PG_URL."""
    if os.environ.get("PROMOPLANNER_TEST_PG_URL"):
        yield os.environ["PROMOPLANNER_TEST_PG_URL"]
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run installs it")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    data = tempfile.mkdtemp(prefix="promoplanner-pg-")
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(data, "postgres", "postgres")

    def pg(*args):
        cmd = list(args)
        if as_postgres:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in args)]
        subprocess.run(cmd, check=True, capture_output=True)

    port = _free_port()
    pg(initdb, "-D", data, "-A", "trust", "-E", "UTF8", "-U", "postgres")
    pg(
        pg_ctl,
        "-D",
        data,
        "-w",
        "-l",
        f"{data}/log",
        "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {data}",
        "start",
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        pg(pg_ctl, "-D", data, "-m", "fast", "stop")
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def pg_db(pg_url):
    """A fresh database on the cluster for one test."""
    name = f"t{os.getpid()}_{datetime.now().strftime('%H%M%S%f')}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg_url.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_demo_on_postgresql_meets_every_rule(pg_db):
    clock = FixedClock(datetime(2027, 5, 20, 9, 0))
    ctx = connect(pg_db, clock=clock)
    load_demo(ctx, 2027)
    load_demo(ctx, 2027)  # twice: nothing duplicated
    ctx = as_user(ctx, "planner")
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    assert [len(snap.items_of(p.id)) for p in snap.phases] == [90, 180]
    assert [f.code for f in check_campaign(snap, clock.now()) if f.is_error] == []
    item = snap.items[0]
    changed = update_item(ctx, item.id, {"promo_price": "0.99"})
    assert str(changed.promo_price) == "0.99"  # NUMERIC, never float
    ctx.uow.engine.dispose()


def test_upgrade_from_first_revision_on_postgresql_keeps_data(pg_db):
    engine = create_engine(pg_db)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO campaign (name, year, month, theme, notes, tier_a, tier_b, tier_c)"
                " VALUES ('2005年6月', 2005, 6, '夏日新选择', '', 2, 3, 1)"
            )
        )
    engine.dispose()
    opened = open_database(pg_db)
    assert opened.upgraded_from == "0001"
    with opened.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM campaign")).scalar() == "2005年6月"
        assert conn.execute(text("SELECT count(*) FROM flyer_proof")).scalar() == 0
    opened.engine.dispose()
