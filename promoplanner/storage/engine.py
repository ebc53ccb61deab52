"""Engines on a promoplanner database: SQLite's pragmas, and write transactions that wait.

On SQLite every transaction is begun by us, not by the driver: a write transaction begins
IMMEDIATE, so it takes the write lock before it reads and a second writer waits (up to the
busy timeout) instead of reading what the first is about to change. Two people saving
the same item therefore meet as a version conflict, never as a lost update.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import suppress
from functools import partial

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

WRITE = "promoplanner_write"  # execution option of connections that will write
# How long a write waits for another's lock before it is refused ("another user is
# saving"): a command line can wait; the desktop program passes less, since it waits on
# the GUI thread and a frozen window is worse than a refusal that keeps the typing.
BUSY_TIMEOUT_MS = 5000


def make_engine(
    url: str | URL, read_only: bool = False, lock_wait_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine on the URL, with SQLite's pragmas and transaction handling.

    `read_only` is for a file we may not write: it is read as it is (setting WAL would
    write its header). `lock_wait_ms` bounds the wait for another writer's lock, on SQLite
    (busy_timeout) and on a server (lock_timeout) alike.
    """
    server = make_url(url).get_backend_name() != "sqlite"
    # A server out of reach is said within seconds (connection lost), not after the
    # operating system's TCP timeout of minutes with the window frozen meanwhile.
    connect_args = {"options": f"-c lock_timeout={lock_wait_ms}", "connect_timeout": 5}
    options = {"connect_args": connect_args} if server else {}
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        on_connect = _sqlite_read_only if read_only else _sqlite_connect
        event.listen(engine, "connect", partial(on_connect, wait_ms=lock_wait_ms))
        event.listen(engine, "begin", _sqlite_begin)
    else:
        from promoplanner.storage.tables.items import declare_for_postgresql

        declare_for_postgresql()
        # psycopg warns through logging when a rollback on a broken connection fails
        # ("error ignored in rollback"); with no handler configured, Python prints that to
        # stderr beside our own one-line refusal. A program that sets up logging still
        # receives it (the record propagates); nobody else sees a stray line.
        logging.getLogger("psycopg").addHandler(_QUIET)
    return engine


_QUIET = logging.NullHandler()  # one instance: adding it again is a no-op


def writing_engine(engine: Engine) -> Engine:
    """The same engine (and pool), marked so its transactions begin as writers."""
    return engine.execution_options(**{WRITE: True})


def _sqlite_connect(dbapi_connection, _record, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN on its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    if cursor.execute("PRAGMA database_list").fetchone()[2]:  # WAL needs a real file
        # A read-only file can still be read; a write will say why it cannot.
        with suppress(sqlite3.OperationalError):
            cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_read_only(dbapi_connection, _record, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")
