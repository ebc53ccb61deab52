"""From an empty folder to a store's campaigns, with the command line only (as scripts do)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from promoplanner.cli import main

NOW = ["--now", "2026-08-03 09:00"]


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    """Run promoplanner on a database in an empty folder, signed in as zhou once it exists."""
    db = tmp_path / "store" / "promo.sqlite"
    db.parent.mkdir()
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "secret-1")
    monkeypatch.delenv("PROMOPLANNER_USER", raising=False)

    def run(*args: str, user: str | None = "zhou") -> tuple[int, str, str]:
        signed = ["--user", user] if user else []
        code = main([*NOW, "--db", str(db), *signed, *args])
        out, err = capsys.readouterr()
        kept = "".join(line for line in err.splitlines(True) if "clock stands still" not in line)
        return code, out, kept

    run.db = db
    return run


def ok(result):
    code, out, err = result
    assert code == 0, err
    return out


def refused(result, *words):
    code, out, err = result
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    for word in words:
        assert word in err
    return err


def build_store(cli):
    ok(
        cli(
            "store",
            "init",
            "--name",
            "新华百货超市",
            "--city",
            "银川",
            "--planner",
            "zhou",
            "--planner-name",
            "周敏",
            user=None,
        )
    )
    for code, name in (("1F", "食品"), ("2F", "百货"), ("3F", "服装")):
        ok(cli("store", "floor", "add", code, name, "--end-racks", "8", "--pile-spots", "6"))
    for floor, names in (
        ("1F", "生鲜 粮油 休闲食品 酒水"),
        ("2F", "洗化 家居"),
        ("3F", "男装 女装"),
    ):
        for name in names.split():
            ok(cli("store", "department", "add", floor, name))
    ok(cli("store", "buyer", "add", "王建国", "--floor", "1F"))
    ok(cli("store", "buyer", "add", "张伟", "--floor", "2F", "3F", "--department", "2F/洗化"))


def test_a_store_its_mid_autumn_campaign_and_next_years_june_from_an_empty_folder(cli):
    build_store(cli)
    shown = json.loads(ok(cli("store", "show", "--json")))
    assert shown["store"] == {"name": "新华百货超市", "city": "银川"}
    assert [(f["code"], len(f["departments"])) for f in shown["floors"]] == [
        ("1F", 4),
        ("2F", 2),
        ("3F", 2),
    ]
    assert [b["floors"] for b in shown["buyers"]] == [["1F"], ["2F", "3F"]]

    out = ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2026年中秋",
            "--year",
            "2026",
            "--month",
            "9",
            "--theme",
            "月圆人团圆",
            "--target",
            "120",
            "--stretch",
            "150",
        )
    )
    assert "Mid-Autumn Festival" in out
    ok(
        cli(
            "phase",
            "add",
            "--name",
            "中秋特卖",
            "--start",
            "2026-09-18",
            "--end",
            "2026-09-25",
            "--flyer-target",
            "80",
            "--print-run",
            "3000",
        )
    )
    code, _, err = cli(
        "phase",
        "add",
        "--campaign",
        "2026年中秋",
        "--name",
        "中秋后",
        "--start",
        "2026-09-25",
        "--end",
        "2026-09-30",
        "--flyer-target",
        "40",
        "--print-run",
        "2000",
    )
    assert code == 0 and "shares days" in err  # allowed, but warned
    for phase, floor, low, high in (
        ("1", "1F", "40", "50"),
        ("1", "2F", "20", "30"),
        ("2", "1F", "20", "30"),
        ("中秋后", "3F", "10", "20"),
    ):
        ok(
            cli(
                "quota",
                "set",
                "--phase",
                phase,
                "--floor",
                floor,
                "--min",
                low,
                "--max",
                high,
                "--sensitive",
                "5",
            )
        )
    ok(cli("deadline", "set", "--phase", "1", "--due", "2026-09-10 12:00", "--assessment", "50"))
    ok(cli("deadline", "set", "--phase", "2", "--due", "2026-09-18 08:00"))

    status = json.loads(ok(cli("status", "--json", "--campaign", "2026年中秋")))
    assert status["campaign"]["sales_target"] == "1200000.00"
    assert [(p["number"], p["start"], p["end"]) for p in status["phases"]] == [
        (1, "2026-09-18", "2026-09-25"),
        (2, "2026-09-25", "2026-09-30"),
    ]
    assert [f["floor"] for f in status["phases"][0]["floors"]] == ["1F", "2F"]
    assert [d["due"] for p in status["phases"] for d in p["deadlines"]] == [
        "2026-09-10T12:00",
        "2026-09-18T08:00",
    ]
    code, out, _ = cli("check", "--json", "--campaign", "2026年中秋")
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert code == 1 and {"floor_too_few_items", "phases_overlap"} <= codes  # no items yet

    ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2026年6月",
            "--year",
            "2026",
            "--month",
            "6",
            "--from-template",
            "june",
        )
    )
    out = ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2027年6月",
            "--year",
            "2027",
            "--month",
            "6",
            "--copy-of",
            "2026年6月",
        )
    )
    assert "2 phases" in out
    june = json.loads(ok(cli("status", "--json", "--campaign", "2027年6月")))
    assert [(p["name"], p["start"], p["end"]) for p in june["phases"]] == [
        ("端午节促销", "2027-06-09", "2027-06-10"),
        ("父亲节促销", "2027-06-19", "2027-06-28"),
    ]
    assert {h["kind"]: h["date"] for h in june["holidays"]}["dragon_boat"] == "2027-06-09"
    code, out, _ = cli("check", "--json", "--campaign", "2027年6月")
    assert code == 1 and json.loads(out)["findings"]  # the flyers are empty so far
    listed = json.loads(ok(cli("campaign", "list", "--json")))["campaigns"]
    assert [(c["name"], c["phases"]) for c in listed] == [
        ("2027年6月", 2),
        ("2026年中秋", 2),
        ("2026年6月", 2),
    ]
    # Without --campaign, a phase is of the latest campaign.
    ok(cli("quota", "set", "--phase", "1", "--floor", "1F", "--min", "30", "--max", "40"))
    june = json.loads(ok(cli("status", "--json")))
    assert june["campaign"]["name"] == "2027年6月"
    assert june["phases"][0]["floors"][0]["min_items"] == 30


def test_each_bad_input_is_one_line_and_changes_nothing(cli):
    build_store(cli)
    ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2026年6月",
            "--year",
            "2026",
            "--month",
            "6",
            "--from-template",
            "june",
        )
    )
    before = ok(cli("campaign", "list", "--json"))
    refused(
        cli("campaign", "new", "--name", "2026年6月", "--year", "2027", "--month", "6"), "2026年6月"
    )
    refused(cli("campaign", "new", "--name", "X", "--year", "2026", "--month", "13"), "13")
    refused(
        cli(
            "campaign",
            "new",
            "--name",
            "X",
            "--year",
            "2026",
            "--start",
            "2026-10-07",
            "--end",
            "2026-09-18",
        ),
        "2026-09-18",
    )
    err = refused(
        cli(
            "campaign",
            "new",
            "--name",
            "2028年6月",
            "--year",
            "2028",
            "--month",
            "6",
            "--copy-of",
            "2026年6月",
            "--with-items",
        ),
        "2028-05-28",
        "--move",
    )
    assert "Dragon Boat" in err
    assert ok(cli("campaign", "list", "--json")) == before
    ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2028年6月",
            "--year",
            "2028",
            "--month",
            "6",
            "--copy-of",
            "2026年6月",
            "--move",
            "1=2028-06-01",
        )
    )
    shown = ok(cli("store", "show", "--json"))
    refused(cli("store", "floor", "add", "2f", "家电"), "2F")
    refused(cli("store", "department", "add", "4F", "家电"), "4F")
    assert ok(cli("store", "show", "--json")) == shown
    refused(
        cli(
            "phase",
            "add",
            "--name",
            "X",
            "--start",
            "2026-06-20",
            "--end",
            "2026-06-18",
            "--campaign",
            "2026年6月",
        )
    )
    refused(cli("campaign", "new", "--name", "Y", "--year", "2026", "--month", "6", user=None))


def test_retiring_the_last_floor_and_removing_a_phase_with_proofs_are_refused(cli, tmp_path):
    build_store(cli)
    ok(cli("store", "floor", "remove", "3F"))  # 张伟 buys for it: retired, not deleted
    ok(cli("store", "floor", "remove", "2F"))
    refused(cli("store", "floor", "remove", "1F"), "1F")
    floors = json.loads(ok(cli("store", "show", "--json")))["floors"]
    assert [(f["code"], f["retired"]) for f in floors] == [
        ("1F", False),
        ("2F", True),
        ("3F", True),
    ]
    ok(
        cli(
            "campaign",
            "new",
            "--name",
            "2026年6月",
            "--year",
            "2026",
            "--month",
            "6",
            "--from-template",
            "june",
        )
    )
    ok(cli("print", "flyer", "--phase", "1", "-o", str(tmp_path / "proof.pdf")))
    refused(cli("phase", "remove", "--phase", "1"), "proof")
    ok(cli("phase", "remove", "--phase", "2"))
    status = json.loads(ok(cli("status", "--json")))
    assert [p["name"] for p in status["phases"]] == ["端午节促销"]


def test_store_init_asks_for_a_password_it_cannot_ask_for(tmp_path):
    env = {**os.environ, "PROMOPLANNER_LANG": "zh"}
    env.pop("PROMOPLANNER_PASSWORD", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "promoplanner",
            "--db",
            str(tmp_path / "a.sqlite"),
            "store",
            "init",
            "--name",
            "店",
            "--planner",
            "zhou",
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 2 and "PROMOPLANNER_PASSWORD" in done.stderr
    assert done.stderr.count("\n") == 1 and "：" in done.stderr  # one line, in Chinese
