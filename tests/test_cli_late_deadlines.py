"""Deadlines that were already past, or after their phase: nobody fined, each said once."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest

from promoplanner.cli import main
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.late import late_list

NOW = ["--now", "2027-05-20 09:00"]  # the 2027 demo's planning time; June 2026 is over
JUNE = "2027年6月 夏日新选择"


@pytest.fixture
def cli(tmp_path, demo_db_template, capsys, monkeypatch):
    """The CLI on a copy of the 2027 demo, signed in as its planner."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, db)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*NOW, "--db", str(db), "--user", "planner", *args])
        out, err = capsys.readouterr()
        kept = "".join(line for line in err.splitlines(True) if "clock stands still" not in line)
        return code, out, kept

    return run


def copy_to_2026(cli) -> None:
    code, _, err = cli(
        "campaign", "new", "--name", "2026年6月", "--year", "2026", "--month", "6",
        "--copy-of", JUNE, "--with-items",
    )  # fmt: skip
    assert code == 0, err


def test_a_campaign_copied_into_the_past_fines_nobody(cli):
    copy_to_2026(cli)
    code, out, _ = cli("check", "--json", "--campaign", "2026年6月")  # the first look
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert "buyer_late" not in codes
    assert "items_to_confirm" in codes  # the carried items are there, to be confirmed
    code, out, _ = cli("late", "--phase", "1", "--campaign", "2026年6月")
    assert code == 0
    assert "had already passed when it was set" in out and "nobody is assessed" in out
    assert "50.00" not in out and "short" not in out
    data = json.loads(cli("late", "--phase", "2", "--campaign", "2026年6月", "--json")[1])
    # Phase 2 moves to 06-21 in 2026 (after Phase 1's 06-19 – 06-20, as in the source it
    # follows it), and its deadline keeps its five days before the start.
    assert data["buyers"] == [] and [d["deadline"] for d in data["not_assessed"]] == [
        "2026-06-16T08:00"
    ]
    code, out, _ = cli("--lang", "zh", "late", "--phase", "1", "--campaign", "2026年6月")
    assert "不据此考核任何人" in out


def test_a_deadline_after_its_phase_ended_is_refused_naming_the_phase_dates(cli):
    code, out, err = cli("deadline", "set", "--phase", "1", "--due", "2027-06-30 12:00")
    assert code == 2 and out == ""
    assert "2027-06-09 – 2027-06-10" in err and "Traceback" not in err
    code, _, err = cli(
        "--lang", "zh", "deadline", "set", "--phase", "1", "--due", "2027-06-11 00:00"
    )
    assert code == 2 and "晚于阶段" in err and "2027-06-10" in err
    code, _, err = cli("deadline", "set", "--phase", "1", "--due", "2027-06-10 18:00")
    assert code == 0 and "2027-06-10" not in err  # the phase's last day is still allowed


def test_setting_a_deadline_in_the_past_warns_and_assesses_nobody(cli):
    code, out, err = cli("deadline", "set", "--phase", "1", "--due", "2027-05-19 12:00")
    assert code == 0 and "has already passed" in err and "nobody will be assessed" in err
    code, out, _ = cli("late", "--phase", "1")
    assert "2027-05-19 12:00 had already passed when it was set" in out
    assert "assessment" not in out


def test_two_passed_deadlines_of_a_phase_each_list_their_buyers_under_their_own_header(cli):
    cli("deadline", "set", "--phase", "1", "--due", "2027-06-07 18:00", "--assessment", "20")
    code, out, _ = cli("--now", "2027-06-08 09:00", "late", "--phase", "1")
    assert code == 0
    headers = [line for line in out.splitlines() if "· deadline" in line]
    assert [h.split("· deadline ")[1][:16] for h in headers] == [
        "2027-06-06 12:00", "2027-06-07 18:00"
    ]  # fmt: skip
    lines = [line for line in out.splitlines() if "assessment" in line and "·" not in line]
    names = [line.split()[0] for line in lines]
    assert len(names) == 2 * len(set(names))  # each buyer once under each deadline


def test_the_first_look_after_a_deadline_shows_each_record_once(demo_ctx, clock):
    """Records stored by this look were also returned as worked out: each buyer came twice."""
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    phase = find_phase(snap, 1)
    (deadline,) = [d for d in snap.deadlines if d.phase_id == phase.id]
    clock.at = deadline.due + timedelta(hours=1)
    first = load_snapshot(demo_ctx, phase.campaign_id).late_records
    keys = [(r.deadline_id, r.buyer_id) for r in first]
    assert keys and len(keys) == len(set(keys))
    assert [r.buyer_id for r in late_list(demo_ctx, phase.id).records] == [
        r.buyer_id for r in first if r.phase_id == phase.id
    ]


def test_the_usual_task_is_stored_as_no_text_and_read_in_each_language(cli, tmp_path):
    import sqlite3

    code, _, err = cli("deadline", "set", "--phase", "2", "--due", "2027-06-16 08:00")
    assert code == 0, err
    code, _, err = cli("deadline", "set", "--phase", "1", "--due", "2027-06-07 08:00",
                       "--what", "Photos of the piles")  # fmt: skip
    assert code == 0, err
    db = next(tmp_path.glob("demo.sqlite"))
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT due, what FROM deadline").fetchall())
        # A database of an earlier version holds the usual task in its setter's language.
        old = "Buyers hand their special-price item lists to the planning department"
        conn.execute("UPDATE deadline SET what = ? WHERE due LIKE '2027-06-06%'", (old,))
    assert stored["2027-06-16 08:00:00.000000"] == ""
    zh = cli("--lang", "zh", "status")[1]
    assert "截止 2027-06-16 08:00" in zh and "各采购将特价商品明细交企划部" in zh
    assert "Buyers hand" not in zh  # the old English default is read as the usual task
    assert "Photos of the piles" in zh  # typed text stays as typed
    en = json.loads(cli("--lang", "en", "status", "--json")[1])
    tasks = {d["due"]: d["what"] for p in en["phases"] for d in p["deadlines"]}
    assert tasks["2027-06-16T08:00"].startswith("Buyers hand their special-price item lists")
    assert tasks["2027-06-07T08:00"] == "Photos of the piles"
