"""The command line refuses what it cannot do in one line, and a refusal changes nothing."""

from __future__ import annotations

import shutil

import pytest

from promoplanner.cli import main


def refusal(capsys, *args: str) -> str:
    """Run the command; it must exit 2 with one line on stderr and no traceback."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert len(err.strip().splitlines()) == 1 and err.startswith("promoplanner: "), err
    assert "Traceback" not in err
    return err


@pytest.fixture
def demo_db(tmp_path, demo_db_template):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    return path


@pytest.mark.parametrize(
    ("now", "year"),
    [("2100-06-01 00:00", "2100"), ("2099-12-01 00:00", "2100"), ("1899-06-01 00:00", "1899")],
)
def test_demo_with_a_clock_outside_the_lunar_tables_is_one_line(tmp_path, capsys, now, year):
    db = tmp_path / "x.sqlite"
    err = refusal(capsys, "--db", str(db), "--now", now, "demo")
    assert year in err and "1901–2099" in err
    assert not db.exists()  # refused before the database was even created


def test_demo_year_outside_the_tables_creates_no_database(tmp_path, capsys):
    db = tmp_path / "x.sqlite"
    err = refusal(capsys, "--db", str(db), "demo", "--year", "2100")
    assert "2100" in err and not db.exists()


def test_a_damaged_database_is_called_damaged_and_names_the_copy_to_go_back_to(
    tmp_path, capsys, demo_db
):
    damaged = demo_db.read_bytes()[:4096] + b"\xff" * 8192  # the header survived, little else
    db = tmp_path / "shop.sqlite"
    db.write_bytes(damaged)
    err = refusal(capsys, "--db", str(db), "status")
    assert "damaged" in err and "not a promoplanner database" not in err
    assert "backup" in err
    copy = tmp_path / "shop.before-upgrade-0002-20270601-090000.sqlite"
    shutil.copy(demo_db, copy)
    err = refusal(capsys, "--db", str(db), "--lang", "zh", "check")
    assert "已损坏" in err and str(copy) in err
    assert db.read_bytes() == damaged
    assert main(["--db", str(copy), "--now", "2027-05-20 09:00", "status"]) == 0  # it opens
