"""The command line as scripts use it: JSON out, exit codes, one-line refusals."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from promoplanner.cli import main

NOW = ["--now", "2027-05-20 09:00"]


def run(capsys, *args):
    code = main([*NOW, *args])
    out, err = capsys.readouterr()
    notice = "clock stands still"  # the line --now adds after a command's work
    return code, out, "".join(line for line in err.splitlines(True) if notice not in line)


@pytest.fixture
def demo_db(tmp_path, demo_db_template):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    return str(path)


def test_demo_then_check_reports_no_error(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "270" in out
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert code == 0
    findings = json.loads(out)["findings"]
    assert [f for f in findings if f["severity"] == "error"] == []


def test_breaking_a_quota_names_phase_and_floor_and_exits_1(demo_db, capsys):
    with sqlite3.connect(demo_db) as conn:  # planner raises 2F's Phase-2 minimum past 75
        conn.execute(
            "UPDATE floor_quota SET min_items = 78 WHERE phase_id = "
            "(SELECT id FROM phase WHERE number = 2) AND floor_id = "
            "(SELECT id FROM floor WHERE code = '2F')"
        )
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json")
    assert code == 1
    errors = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["phase"], f["floor"]) for f in errors] == [
        ("floor_too_few_items", 2, "2F")
    ]
    assert errors[0]["subject"]["kind"] == "quota" and isinstance(errors[0]["subject"]["id"], int)
    code, out, _ = run(capsys, "--db", demo_db, "check")
    assert code == 1 and "2F" in out and "75" in out


def test_status_json_is_the_stable_interface(demo_db, capsys):
    code, out, _ = run(capsys, "--db", demo_db, "status", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["campaign"] == {
        "name": "2027年6月 夏日新选择",
        "year": 2027,
        "month": 6,
        "theme": "夏日新选择，感受0°C",
        "sales_target": None,
        "stretch_target": None,
    }
    p1, p2 = data["phases"]
    assert (
        p1["number"],
        p1["start"],
        p1["end"],
        p1["flyer_target"],
        p1["print_run"],
        p1["items"],
    ) == (1, "2027-06-09", "2027-06-10", 90, 3000, 90)
    assert p1["floors"][0] == {
        "floor": "1F",
        "items": 45,
        "min_items": 40,
        "max_items": 50,
        "sensitive": p1["floors"][0]["sensitive"],
        "min_sensitive": 10,
    }
    assert [f["floor"] for f in p2["floors"]] == ["1F", "2F", "3F"]
    assert p2["deadlines"][0]["due"] == "2027-06-14T08:00"
    assert p2["deadlines"][0]["state"] == "open"
    assert [h["date"] for h in data["holidays"]] == ["2027-06-01", "2027-06-09", "2027-06-20"]


def test_deadline_state_follows_the_clock(demo_db, capsys):
    _code, out, _ = (
        main(["--now", "2027-06-07 09:00", "--db", demo_db, "status", "--json"]),
        *capsys.readouterr(),
    )
    data = json.loads(out)
    assert [p["deadlines"][0]["state"] for p in data["phases"]] == ["passed", "open"]


def test_status_in_chinese(demo_db, capsys):
    code, out, _ = run(capsys, "--lang", "zh", "--db", demo_db, "status")
    assert code == 0 and "截止" in out and "端午节" in out


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["check", "--nonsense"],
        ["demo", "--year", "twenty"],
        ["demo", "--year", "1850"],
        ["--now", "yesterday", "status"],
        ["--lang", "fr", "status"],
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(demo_db, capsys, args):
    code = main(["--db", demo_db, *args])
    _out, err = capsys.readouterr()
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("promoplanner: ")
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["check"], ["status"], ["check", "--json"], ["demo"]])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, capsys, command):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    code = main(["--db", str(path), *command])
    _, err = capsys.readouterr()
    assert code == 2 and "not a promoplanner database" in err
    assert path.read_bytes() == b"PK\x03\x04 not a database at all"


def test_reading_commands_do_not_create_a_database(tmp_path, capsys):
    path = tmp_path / "absent.sqlite"
    code = main(["--db", str(path), "status"])
    _, err = capsys.readouterr()
    assert code == 2 and "no database" in err.lower()
    assert not path.exists()


def test_empty_database_explains_what_to_do(tmp_path, capsys):
    path = tmp_path / "empty.sqlite"
    from promoplanner.storage.database import open_database

    open_database(str(path)).engine.dispose()
    code = main(["--db", str(path), "check"])
    _, err = capsys.readouterr()
    assert code == 2 and "promoplanner demo" in err


def test_unknown_campaign(demo_db, capsys):
    code, _, err = run(capsys, "--db", demo_db, "status", "--campaign", "圣诞节")
    assert code == 2 and "圣诞节" in err


def test_module_entry_point_and_env_database(demo_db):
    done = subprocess.run(
        [sys.executable, "-m", "promoplanner", "--now", "2027-05-20 09:00", "check", "--json"],
        capture_output=True,
        text=True,
        env={"PROMOPLANNER_DB": demo_db, "PATH": "", "PROMOPLANNER_LANG": "en"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "findings" in json.loads(done.stdout)


def test_corrupt_database_file_is_refused(tmp_path, capsys):
    path = tmp_path / "broken.sqlite"
    content = b"SQLite format 3\x00" + b"\xff" * 2000
    path.write_bytes(content)
    code = main(["--db", str(path), "status"])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_unreachable_server_is_one_line(capsys):
    code = main(["--db", "postgresql+psycopg://postgres@127.0.0.1:1/none", "status"])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "Cannot open the database" in err and "Traceback" not in err


@pytest.mark.parametrize("kind", ["devnull", "fifo", "loop", "long", "undecodable"])
def test_odd_paths_are_refused_in_one_line(tmp_path, capsys, kind):
    if kind == "devnull":
        path = "/dev/null"
    elif kind == "fifo":
        path = str(tmp_path / "pipe")
        os.mkfifo(path)
    elif kind == "loop":
        path = str(tmp_path / "loop")
        os.symlink(path, path)
    elif kind == "long":
        path = str(tmp_path / ("é" * 300 + ".sqlite"))
    else:
        path = os.fsdecode(bytes(tmp_path) + b"/\xff\xfe.sqlite")
    code = main(["--db", path, "demo"])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["pipe"], ["loop"])


def test_output_cut_short_by_a_pipe_is_not_an_error(demo_db):
    done = subprocess.run(
        f"{sys.executable} -m promoplanner --db {demo_db} status --json | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "{"
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_unreadable_value_in_the_database_is_one_line(demo_db, capsys):
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE flyer_item SET promo_price = 'abc' WHERE id = 1")
    code, _, err = run(capsys, "--db", demo_db, "check")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_demo_replace_keeps_a_copy_of_what_it_replaces(demo_db, capsys, monkeypatch):
    replace = ["--db", demo_db, "demo", "--year", "2027", "--replace"]
    code, _, err = run(capsys, *replace)
    assert code == 2 and "Sign in first" in err  # people work on it: a planner decides
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")
    code, out, _ = run(capsys, "--user", "planner", *replace)
    assert code == 0
    copies = [p for p in Path(demo_db).parent.iterdir() if "before-demo-replace" in p.name]
    assert len(copies) == 1 and str(copies[0]) in out
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT count(*) FROM flyer_item").fetchone()[0] == 270


@pytest.mark.parametrize(
    "args", [["demo", "--year", "0"], ["--now", "2027-06-06 11:59+08:00", "status"]]
)
def test_year_zero_and_time_zones_are_refused(demo_db, capsys, args):
    code = main(["--db", demo_db, *args])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_demo_on_a_new_file_ignores_a_user_left_in_the_shell(tmp_path, capsys, monkeypatch):
    # The README's store set-up exports PROMOPLANNER_USER; nobody exists yet in a new file.
    monkeypatch.setenv("PROMOPLANNER_USER", "zhou")
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "whatever")
    db = str(tmp_path / "new.sqlite")
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0 and "270 flyer items" in out and err == ""
    code, _, err = run(capsys, "--db", db, "demo", "--replace")  # now people exist: sign-in holds
    assert code == 2 and "wrong" in err
