"""Open a promoplanner database: SQLite file or server URL, upgraded by Alembic, safely."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from promoplanner.core.errors import DatabaseProblem
from promoplanner.paths import default_database_path, migrations_dir

SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"campaign", "phase", "flyer_item"}


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


def alembic_config(connection=None) -> Config:
    """Alembic configured in code, pointing at the shipped migrations."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def open_database(value: str | None, *, create: bool = True) -> OpenedDatabase:
    """Open (and if needed create or upgrade) the database named by a path or URL."""
    url = database_url(value)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseProblem("db.bad_url", url=url) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(parsed.database), create)
    try:
        engine = _engine(url)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except NoSuchModuleError:
        raise DatabaseProblem("db.bad_url", url=url) from None
    except ModuleNotFoundError as exc:
        raise DatabaseProblem("db.driver_missing", url=_safe(url), module=exc.name) from None
    except (OperationalError, SQLAlchemyError) as exc:
        raise DatabaseProblem("db.cannot_open", url=_safe(url), reason=_reason(exc)) from None
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is None and tables - {"alembic_version"}:
        engine.dispose()
        raise DatabaseProblem("db.not_ours", url=_safe(url))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise DatabaseProblem("db.too_new", url=_safe(url), revision=current)
    backup = None
    if current is not None and current != head:
        if not _writable(parsed):
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
        raw = conn.connection.driver_connection
        raw.isolation_level = None  # we start the transaction, so DDL is inside it too
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        broken_before = set(raw.execute("PRAGMA foreign_key_check").fetchall())
        event.listen(conn, "begin", _explicit_begin)
        try:
            with conn.begin():  # alembic sees a transaction it must not commit itself
                _run_alembic(conn, revision, down)
                broken = set(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
                new = broken - broken_before
                if new:
                    raise DatabaseProblem("db.upgrade_broke_links", table=sorted(new)[0][0])
        finally:
            event.remove(conn, "begin", _explicit_begin)
            raw.execute("PRAGMA foreign_keys=ON")
            raw.isolation_level = ""  # the driver's default again for the pool


def _explicit_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _run_alembic(conn: Connection, revision: str, down: bool) -> None:
    config = alembic_config(conn)
    if down:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


def _engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    if cursor.execute("PRAGMA database_list").fetchone()[2]:  # WAL needs a real file
        # A read-only file can still be read; a write will say why it cannot.
        with suppress(sqlite3.OperationalError):
            cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _writable(parsed) -> bool:
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return True
    path = Path(parsed.database)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_sqlite_file(path: Path, create: bool) -> None:
    # Refuse before SQLite touches the file: opening a foreign file in WAL mode would
    # write to it, and a promoplanner database must never damage somebody else's file.
    try:
        str(path).encode("utf-8")
        if path.is_dir():
            raise DatabaseProblem("db.is_folder", url=str(path))
        if path.exists():
            if not path.is_file():  # a device, a pipe: reading it could block or consume it
                raise DatabaseProblem("db.not_a_file", url=str(path))
            _check_header_and_tables(path)
            return
        if not create:
            raise DatabaseProblem("db.missing", url=str(path))
        if not path.parent.is_dir():
            raise DatabaseProblem("db.no_folder", url=str(path))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseProblem("db.read_only", url=str(path))
    except UnicodeEncodeError:
        raise DatabaseProblem("db.bad_name", url=repr(str(path))) from None
    except OSError as exc:
        raise DatabaseProblem("db.cannot_open", url=str(path), reason=_os_reason(exc)) from None


def _check_header_and_tables(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem("db.not_ours", url=str(path))
    if not header:
        return  # an empty file becomes a new database
    try:
        # immutable=1: read without locks, so not even a -wal or -shm file appears beside it
        with sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        raise DatabaseProblem("db.not_ours", url=str(path)) from None
    if names and not ("alembic_version" in names and names >= OUR_TABLES):
        raise DatabaseProblem("db.not_ours", url=str(path))


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _backup(engine: Engine, parsed, revision: str) -> Path | None:
    """Copy an SQLite file aside before upgrading it; server databases use their own dumps."""
    return backup_copy(engine, f"before-upgrade-{revision}")


def backup_copy(engine: Engine, why: str) -> Path | None:
    """Copy an SQLite database aside (NAME.WHY-TIME.sqlite); None for server databases."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.{why}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # consistent even with a WAL file beside it
    return target


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
