"""SQLite files, looked at before SQLite may touch them, and the copies kept beside them.

A refusal must leave the file exactly as it was: no header written into an empty file,
no ``-wal``/``-shm`` beside a file we may not write. So every question that can refuse is
answered here first, from the file's bytes and an immutable read-only look.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL

from promoplanner.core.errors import DatabaseProblem
from promoplanner.storage.schema import VERSION_TABLE, head_revision, is_ours, known_revisions

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SqliteFile:
    """What the look at a database file found: whether it exists and may be written."""

    path: Path
    exists: bool
    writable: bool


def check_sqlite_file(path: Path, create: bool) -> SqliteFile:
    """Refuse, before SQLite touches it, a file promoplanner must not open (or create)."""
    try:
        str(path).encode("utf-8")
        if path.is_dir():
            raise DatabaseProblem("db.is_folder", url=str(path))
        if path.exists():
            if not path.is_file():  # a device, a pipe: reading it could block or consume it
                raise DatabaseProblem("db.not_a_file", url=str(path))
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            if path.stat().st_size == 0:
                if not create:  # status/check/print: an empty file is no database to read
                    raise DatabaseProblem("db.empty_file", url=str(path))
                if not writable:
                    raise DatabaseProblem("db.read_only", url=str(path))
                return SqliteFile(path, True, True)  # demo turns it into a new database
            _check_content(path, writable)
            return SqliteFile(path, True, writable)
        if not create:
            raise DatabaseProblem("db.missing", url=str(path))
        if not path.parent.is_dir():
            raise DatabaseProblem("db.no_folder", url=str(path))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseProblem("db.read_only", url=str(path))
        return SqliteFile(path, False, True)
    except UnicodeEncodeError:
        raise DatabaseProblem("db.bad_name", url=repr(str(path))) from None
    except OSError as exc:
        raise DatabaseProblem("db.cannot_open", url=str(path), reason=_os_reason(exc)) from None


def _check_content(path: Path, writable: bool) -> None:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseProblem("db.not_ours", url=str(path))
    try:
        # immutable=1: read without locks, so not even a -wal or -shm file appears beside it
        with sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True) as conn:
            tables = {
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not r[0].startswith("sqlite_")
            }
            revision = None
            if VERSION_TABLE in tables:
                row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        conn.close()
    except sqlite3.DatabaseError:
        # It says it is an SQLite file but cannot be read as one: damaged, not foreign.
        raise damaged(path) from None
    if not is_ours(tables, revision):
        raise DatabaseProblem("db.not_ours", url=str(path))
    if revision is not None and revision not in known_revisions():
        raise DatabaseProblem("db.too_new", url=str(path), revision=revision)
    if revision is not None and revision != head_revision() and not writable:
        raise DatabaseProblem("db.read_only_old", url=str(path), revision=revision)


def damaged(path: Path) -> DatabaseProblem:
    """The refusal of a damaged database file, naming the copy to go back to if one is beside it."""
    copy = latest_copy(path)
    if copy is None:
        return DatabaseProblem("db.damaged", url=str(path))
    return DatabaseProblem("db.damaged_copy", url=str(path), copy=str(copy))


def latest_copy(path: Path) -> Path | None:
    """The newest copy promoplanner kept beside the file (before an upgrade, first)."""
    for why in ("before-upgrade-", "before-"):
        copies = sorted(path.parent.glob(f"{path.stem}.{why}*{path.suffix}"), key=_age)
        if copies:
            return copies[-1]
    return None


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def read_only_url(path: Path) -> URL:
    """An URL that reads the file without ever writing beside it.

    With no ``-wal`` beside it nobody has the file open for writing (promoplanner always
    writes in WAL mode), so it is read as immutable: SQLite then needs no ``-shm`` either,
    which it would otherwise create, and leave, in a writable folder. With a ``-wal``
    present, its contents are current data: read it in the ordinary read-only mode.
    """
    query = {"mode": "ro", "uri": "true"}
    if not Path(f"{path}-wal").exists():
        query["immutable"] = "1"
    return URL.create("sqlite", database=f"file:{quote(str(path))}", query=query)


def backup_copy_of(source: Path, why: str) -> Path:
    """Copy an SQLite database aside as NAME.WHY-TIME.SUFFIX and return the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.{why}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # consistent even with a WAL file beside it
    src.close()
    dst.close()
    return target


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
