"""Which schema revision a database holds and which the program knows, without Alembic.

Alembic (with every SQL dialect it ships) takes a quarter of a second to import, and a
database needs it once in its life: to upgrade. Opening reads the revision with one plain
query and learns the known revisions from the migration files' own ``revision =`` lines;
``database.migrate`` imports Alembic only when an upgrade is due.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import Connection, inspect

from promoplanner.paths import migrations_dir

# Every revision since 0001 has these: a database with a revision but without them is
# some other application's, whatever its alembic_version table says.
OUR_TABLES = frozenset({"campaign", "phase", "flyer_item"})
VERSION_TABLE = "alembic_version"

_REVISION = re.compile(r"""^revision\s*=\s*["'](?P<rev>[\w-]+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*=\s*(?:None|["'](?P<rev>[\w-]+)["'])""", re.MULTILINE)


@lru_cache(maxsize=1)
def known_revisions() -> dict[str, str | None]:
    """Each shipped revision and the one it follows (None for the first)."""
    chain: dict[str, str | None] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        source = path.read_text("utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        down = _DOWN.search(source)
        chain[found["rev"]] = down["rev"] if down is not None else None
    return chain


def head_revision() -> str:
    """The newest schema revision this program knows (the one no other revision follows)."""
    chain = known_revisions()
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1:  # a packaging mistake, not something a user can cause
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def table_names(conn: Connection) -> set[str]:
    """The tables of the database (its current schema on a server), by one plain query."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r[0] for r in rows if not r[0].startswith("sqlite_")}
    if dialect == "postgresql":
        rows = conn.exec_driver_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )
        return {r[0] for r in rows}
    return set(inspect(conn).get_table_names())


def current_revision(conn: Connection, tables: set[str]) -> str | None:
    """The revision the database records, None when it records none."""
    if VERSION_TABLE not in tables:
        return None
    return conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()


def is_ours(tables: set[str], revision: str | None) -> bool:
    """Whether promoplanner may write here: an empty database, or one with our own tables.

    Another application's ``alembic_version`` (with no campaign, phase or flyer items)
    is not ours, even when its revision happens to be one of our numbers.
    """
    if not tables:
        return True
    return revision is not None and tables >= OUR_TABLES
