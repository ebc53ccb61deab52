"""On a store's server: a database that is not ours is never written; --replace asks first."""

from __future__ import annotations

import pytest
from signed_in import quiet, run_cli
from sqlalchemy import create_engine, text
from test_postgres import pg_db, pg_url  # noqa: F401  (the private test cluster)

from promoplanner.cli import main
from promoplanner.core.errors import DatabaseProblem
from promoplanner.storage.database import open_database

NOW = ["--now", "2027-05-20 09:00"]


def _tables_and_version(url: str) -> tuple[set[str], list[str]]:
    engine = create_engine(url)
    with engine.connect() as conn:
        tables = {
            r[0]
            for r in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            )
        }
        versions = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    engine.dispose()
    return tables, versions


@pytest.mark.parametrize("others", [[], ["CREATE TABLE invoice (id int, total numeric)"]])
def test_another_applications_alembic_version_is_never_rewritten(pg_db, capsys, others):  # noqa: F811
    engine = create_engine(pg_db)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0002')"))
        for statement in others:
            conn.execute(text(statement))
    engine.dispose()
    before = _tables_and_version(pg_db)
    for create in (False, True):
        with pytest.raises(DatabaseProblem) as refused:
            open_database(pg_db, create=create)
        assert refused.value.key == "db.not_ours"
    for command in (["status"], ["check"], ["demo"]):
        assert main(["--db", pg_db, *NOW, *command]) == 2
        _, err = capsys.readouterr()
        assert err.count("\n") == 1 and "not a promoplanner database" in err
    assert _tables_and_version(pg_db) == before


def test_demo_replace_on_a_server_asks_for_yes_and_says_what_it_deletes(pg_db, capsys):  # noqa: F811
    assert main(["--db", pg_db, *NOW, "demo", "--year", "2027"]) == 0
    capsys.readouterr()
    engine = create_engine(pg_db)
    with engine.begin() as conn:  # a planner's change, which --replace would throw away
        conn.execute(text("UPDATE flyer_item SET name = '改过的名字' WHERE id = 1"))
        conn.execute(
            text(
                "INSERT INTO flyer_proof (phase_id, version, made_at, item_count)"
                " SELECT id, 1, now(), 180 FROM phase WHERE number = 2"
            )
        )
    code = run_cli(["--db", pg_db, *NOW, "demo", "--year", "2027", "--replace"])
    out, err = capsys.readouterr()
    err = quiet(err)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "270 items" in err and "1 proof" in err and "--yes" in err
    with engine.connect() as conn:  # nothing was deleted
        assert (
            conn.execute(text("SELECT name FROM flyer_item WHERE id = 1")).scalar() == "改过的名字"
        )
        assert conn.execute(text("SELECT count(*) FROM flyer_proof")).scalar() == 1
    code = run_cli(["--db", pg_db, *NOW, "demo", "--year", "2027", "--replace", "--yes"])
    out, err = capsys.readouterr()
    err = quiet(err)
    assert code == 0 and err == ""
    assert "270 items" in out and "1 proof" in out
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM flyer_item")).scalar() == 270
        assert conn.execute(text("SELECT count(*) FROM flyer_proof")).scalar() == 0
        names = {r[0] for r in conn.execute(text("SELECT name FROM flyer_item"))}
    assert "改过的名字" not in names
    engine.dispose()


def test_psycopg_warnings_leave_no_stray_line_on_stderr(pg_db):  # noqa: F811
    import subprocess
    import sys

    code = (
        "import logging\n"
        "from promoplanner.storage.database import open_database\n"
        f"open_database({pg_db!r}).engine.dispose()\n"
        "logging.getLogger('psycopg').warning('error ignored in rollback on <conn>: gone')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""


def test_a_server_that_never_answers_is_refused_within_seconds(tmp_path):
    """A server address that takes the connection and says nothing (a hung server, a
    firewall) is refused after the connect timeout, not waited on for minutes."""
    import os
    import socket
    import subprocess
    import sys
    import time

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; nobody ever answers
    port = silent.getsockname()[1]
    try:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "promoplanner", "--db",
             f"postgresql+psycopg://nobody@127.0.0.1:{port}/store", "status"],
            capture_output=True, text=True, timeout=60,
            env={**os.environ, "PROMOPLANNER_LANG": "en"},
        )  # fmt: skip
        took = time.monotonic() - started
    finally:
        silent.close()
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert took < 30  # the 5 s connect timeout, plus starting Python on a busy machine
