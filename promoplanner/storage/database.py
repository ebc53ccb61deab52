"""Open a promoplanner database: SQLite file or server URL, upgraded by Alembic, safely.

Opening reads the schema revision with one plain query; Alembic is imported only when
an upgrade is due (see storage/schema.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from promoplanner.core.errors import DatabaseProblem
from promoplanner.paths import default_database_path, migrations_dir
from promoplanner.storage.engine import BUSY_TIMEOUT_MS, make_engine
from promoplanner.storage.schema import (
    OUR_TABLES,
    current_revision,
    head_revision,
    is_ours,
    known_revisions,
    table_names,
)
from promoplanner.storage.sqlite_files import (
    SQLITE_HEADER,
    backup_copy_of,
    check_sqlite_file,
    read_only_url,
)

__all__ = ["OUR_TABLES", "SQLITE_HEADER", "OpenedDatabase", "head_revision", "open_database"]


@dataclass(frozen=True)
class OpenedDatabase:
    """An engine on an up-to-date promoplanner database, and what opening it did."""

    engine: Engine
    url: str
    backup: Path | None = None
    upgraded_from: str | None = None

    @property
    def file(self) -> Path | None:
        """The SQLite file (what a PDF must never replace), None on a server or in memory."""
        return sqlite_file(self.url)

    @property
    def label(self) -> str:
        """A short name of the database for status bars and messages."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)


def database_url(value: str | None) -> str:
    """A SQLAlchemy URL from --db / PROMOPLANNER_DB: a URL, a file path, or the default."""
    if not value:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in value:
        return value
    try:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise DatabaseProblem("db.cannot_open", url=value, reason=str(exc)) from None


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL, None for a server or an in-memory database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def database_file(value: str | None) -> Path | None:
    """The SQLite file --db / PROMOPLANNER_DB names (None for a server), opening nothing."""
    return sqlite_file(database_url(value))


def alembic_config(connection=None):
    """Alembic configured in code, pointing at the shipped migrations (imports Alembic)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def open_database(
    value: str | None, *, create: bool = True, lock_wait_ms: int = BUSY_TIMEOUT_MS
) -> OpenedDatabase:
    """Open (and if needed create or upgrade) the database named by a path or URL.

    Nothing is written before the database is known to be promoplanner's (its own tables)
    or empty, on SQLite and on a server alike; a refusal leaves it as it was.
    """
    url = database_url(value)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseProblem("db.bad_url", url=url) from None
    read_only = False
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        found = check_sqlite_file(Path(parsed.database), create)
        read_only = found.exists and not found.writable
    try:
        engine = make_engine(
            read_only_url(Path(parsed.database)) if read_only else url, read_only, lock_wait_ms
        )
        with engine.connect() as conn:
            tables = table_names(conn)
            current = current_revision(conn, tables)
    except NoSuchModuleError:
        raise DatabaseProblem("db.bad_url", url=url) from None
    except ModuleNotFoundError as exc:
        raise DatabaseProblem("db.driver_missing", url=_safe(url), module=exc.name) from None
    except (OperationalError, SQLAlchemyError) as exc:
        raise DatabaseProblem("db.cannot_open", url=_safe(url), reason=_reason(exc)) from None
    head = head_revision()
    if not is_ours(tables, current):
        engine.dispose()
        raise DatabaseProblem("db.not_ours", url=_safe(url))
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise DatabaseProblem("db.too_new", url=_safe(url), revision=current)
    backup = None
    if current is not None and current != head:
        if read_only:
            engine.dispose()
            raise DatabaseProblem("db.read_only_old", url=_safe(url), revision=current)
        backup = _backup(engine, parsed, current)
    if current != head:
        if current is None and not create:
            engine.dispose()
            raise DatabaseProblem("db.missing", url=_safe(url))
        migrate(engine, "head")
    return OpenedDatabase(engine, url, backup, current if current != head else None)


def migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Upgrade (or downgrade) the schema in one transaction that commits whole or not at all.

    SQLite changes a table by copying it and dropping the old one; with foreign keys on,
    that drop would delete every row pointing at it (all phases of a rebuilt campaign
    table). So on SQLite the migration runs with foreign keys off, inside an explicit
    BEGIN (the driver would otherwise run each CREATE/ALTER on its own and a failure
    would leave half a schema), and links it broke are refused before the commit.
    """
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            with conn.begin():
                _run_alembic(conn, revision, down)
            return
        # make_engine's connections leave BEGIN to us, so DDL is inside the transaction too
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        broken_before = set(raw.execute("PRAGMA foreign_key_check").fetchall())
        try:
            with conn.begin():  # alembic sees a transaction it must not commit itself
                _run_alembic(conn, revision, down)
                broken = set(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
                new = broken - broken_before
                if new:
                    raise DatabaseProblem("db.upgrade_broke_links", table=sorted(new)[0][0])
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run_alembic(conn: Connection, revision: str, down: bool) -> None:
    from alembic import command  # only here: an upgrade is rare, importing Alembic is slow

    config = alembic_config(conn)
    if down:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


def _backup(engine: Engine, parsed, revision: str) -> Path | None:
    """Copy an SQLite file aside before upgrading it; server databases use their own dumps."""
    return backup_copy(engine, f"before-upgrade-{revision}")


def backup_copy(engine: Engine, why: str) -> Path | None:
    """Copy an SQLite database aside (NAME.WHY-TIME.sqlite); None for server databases."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return backup_copy_of(Path(database), why)


def _safe(url: str) -> str:
    """The URL without its password; for a SQLite file, just the file's path."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0]
