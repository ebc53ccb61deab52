"""``print … -o`` never replaces the database, any SQLite file, a device or a pipe.

The same guard (``promoplanner.documents.output.check_output_path``) serves the program's
Save as; a refusal is one line, writes nothing, and the database still opens afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from signed_in import quiet, run_cli

from promoplanner.cli import main
from promoplanner.documents.output import OutputProblem, check_output_path

NOW = ["--now", "2027-06-20 09:00"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def print_to(capsys, db: Path, target: str, kind: str = "calendar") -> tuple[int, str]:
    args = ["flyer", "--phase", "2"] if kind == "flyer" else [kind]
    status = run_cli(["--db", str(db), *NOW, "print", *args, "-o", target])
    _out, err = capsys.readouterr()
    return status, quiet(err)


def still_opens(capsys, db: Path) -> None:
    status = main(["--db", str(db), *NOW, "status"])
    out, err = capsys.readouterr()
    assert status == 0 and quiet(err) == "" and "夏日新选择" in out


@pytest.mark.parametrize("kind", ["calendar", "flyer"])
def test_the_open_database_is_never_the_output(capsys, sale_db, kind):
    before = digest(sale_db)
    status, err = print_to(capsys, sale_db, str(sale_db), kind)
    assert status == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "database" in err
    assert digest(sale_db) == before
    assert [p.name for p in sale_db.parent.iterdir() if p.name.endswith(".part")] == []
    still_opens(capsys, sale_db)


def test_the_database_by_another_spelling_or_a_link_is_refused(capsys, sale_db, tmp_path):
    before = digest(sale_db)
    link = tmp_path / "link.pdf"
    link.symlink_to(sale_db)
    hard = tmp_path / "hard.pdf"
    os.link(sale_db, hard)
    spelled = str(sale_db.parent / "." / sale_db.name)
    for target in (spelled, str(link), str(hard)):
        status, err = print_to(capsys, sale_db, target)
        assert status == 2 and err.count("\n") == 1, target
    assert digest(sale_db) == before and link.is_symlink()
    still_opens(capsys, sale_db)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_database_side_files_are_refused_even_before_they_exist(capsys, sale_db, suffix):
    target = Path(f"{sale_db}{suffix}")
    status, err = print_to(capsys, sale_db, str(target))
    assert status == 2 and "database" in err
    assert not target.exists()
    still_opens(capsys, sale_db)


def test_a_wal_file_in_use_is_refused(capsys, sale_db):
    # While another program has the database open its WAL file exists beside it.
    holder = sqlite3.connect(sale_db)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("UPDATE campaign SET notes = notes")
    holder.commit()
    wal = Path(f"{sale_db}-wal")
    assert wal.exists()
    before = digest(wal)
    status, _ = print_to(capsys, sale_db, str(wal))
    assert status == 2 and digest(wal) == before
    holder.close()
    still_opens(capsys, sale_db)


def test_any_sqlite_file_and_the_copy_before_an_upgrade_are_refused(capsys, sale_db, tmp_path):
    other = tmp_path / "accounts.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE ledger (amount)")
    backup = sale_db.with_name("sale.before-upgrade-0002-20270101-090000.sqlite")
    shutil.copy(sale_db, backup)
    for target in (other, backup):
        before = digest(target)
        status, err = print_to(capsys, sale_db, str(target))
        assert status == 2 and err.count("\n") == 1 and "database" in err
        assert digest(target) == before


def test_a_device_or_a_pipe_is_refused_without_blocking(capsys, sale_db, tmp_path):
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    results = []
    worker = threading.Thread(
        target=lambda: results.extend(print_to(capsys, sale_db, t)[0] for t in (str(pipe),))
    )
    worker.start()
    worker.join(20)
    assert not worker.is_alive() and results == [2]
    assert pipe.is_fifo()
    status, err = print_to(capsys, sale_db, os.devnull)
    assert status == 2 and "not an ordinary file" in err


def test_an_existing_pdf_and_a_new_name_are_fine(capsys, sale_db, tmp_path):
    old = tmp_path / "calendar.pdf"
    old.write_bytes(b"%PDF-1.4 an older calendar")
    assert print_to(capsys, sale_db, str(old))[0] == 0
    assert old.read_bytes().startswith(b"%PDF-") and b"older" not in old.read_bytes()
    assert print_to(capsys, sale_db, str(tmp_path / "新日历.pdf"))[0] == 0


def test_the_guard_for_save_as_names_the_reason(sale_db, tmp_path):
    with pytest.raises(OutputProblem) as refused:
        check_output_path(sale_db, sale_db)
    assert refused.value.key == "print.is_database" and refused.value.field == "output"
    with pytest.raises(OutputProblem) as refused:
        check_output_path(Path(f"{sale_db}-shm"), sale_db)
    assert refused.value.key == "print.is_database"
    with pytest.raises(OutputProblem) as refused:
        check_output_path(tmp_path / "missing" / "x.pdf", sale_db)
    assert refused.value.key == "print.no_folder"
    assert check_output_path(tmp_path / "ok.pdf", sale_db) == (tmp_path / "ok.pdf").absolute()
