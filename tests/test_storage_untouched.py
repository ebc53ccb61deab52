"""Refused means untouched: an empty file stays empty, a read-only database gets nothing beside it.

A file given to ``status``, ``check`` or ``print`` that is empty is refused and stays
0 bytes; a database this user may not write is read without a ``-wal``/``-shm`` file
appearing beside it, and a refusal leaves it exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from promoplanner.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOW = ["--now", "2027-05-20 09:00"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [["status"], ["check"], ["status", "--json"], ["print", "calendar", "-o", "OUT"]],
)
def test_an_empty_file_is_refused_and_stays_empty(tmp_path, capsys, command):
    empty = tmp_path / "shop.sqlite"
    empty.touch()
    out = tmp_path / "calendar.pdf"
    args = [str(out) if a == "OUT" else a for a in command]
    assert main(["--db", str(empty), *NOW, *args]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "empty" in err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite"]


def test_demo_still_makes_a_database_of_an_empty_file(tmp_path, capsys):
    empty = tmp_path / "shop.sqlite"
    empty.touch()
    assert main(["--db", str(empty), *NOW, "demo"]) == 0
    assert empty.read_bytes().startswith(b"SQLite format 3\x00")


def _as_someone_else() -> list[str]:
    """A command prefix that runs as a user without root's right to write anything."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv is needed to drop root's rights")
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", "import promoplanner"],
            cwd=ROOT,
            capture_output=True,
            check=False,
            timeout=60,
        )
    except OSError:
        pytest.skip("cannot run as another user here")
    if done.returncode != 0:
        pytest.skip("the checkout is not readable by another user")
    return prefix


def _run(prefix: list[str], db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PROMOPLANNER_LANG": "en", "HOME": str(db.parent)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "promoplanner", "--db", str(db), *NOW, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def shared_folder():
    """A folder anybody may write into (as a shared drive often is)."""
    folder = Path(tempfile.mkdtemp(prefix="promoplanner-ro-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def _read_only_copy(template: Path, folder: Path) -> Path:
    db = folder / "shop.sqlite"
    shutil.copy(template, db)
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return db


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_database_is_read_with_nothing_beside_it(
    demo_db_template, shared_folder, folder_writable
):
    prefix = _as_someone_else()
    db = _read_only_copy(demo_db_template, shared_folder)
    before = digest(db)
    if not folder_writable:
        shared_folder.chmod(0o755)
    done = _run(prefix, db, "status")
    assert done.returncode == 0, done.stderr
    assert "夏日新选择" in done.stdout
    assert sorted(p.name for p in shared_folder.iterdir()) == ["shop.sqlite"]
    assert digest(db) == before


def test_a_refused_write_to_a_read_only_database_leaves_nothing(demo_db_template, shared_folder):
    prefix = _as_someone_else()
    db = _read_only_copy(demo_db_template, shared_folder)
    before = digest(db)
    done = _run(prefix, db, "demo", "--year", "2030")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in shared_folder.iterdir()) == ["shop.sqlite"]
    assert digest(db) == before


def test_a_read_only_database_that_needs_an_upgrade_is_refused_untouched(
    demo_db_template, shared_folder
):
    prefix = _as_someone_else()
    db = shared_folder / "shop.sqlite"
    shutil.copy(demo_db_template, db)
    with sqlite3.connect(db) as conn:  # pretend an older program wrote it
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.close()
    db.chmod(0o444)
    before = digest(db)
    done = _run(prefix, db, "status")
    assert done.returncode == 2 and "read-only" in done.stderr, done.stderr
    assert sorted(p.name for p in shared_folder.iterdir()) == ["shop.sqlite"]
    assert digest(db) == before
