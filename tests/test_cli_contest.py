"""``contest ...`` run by floor management from a script, to the podium."""

from __future__ import annotations

import json
import random
import shutil

import pytest
from signed_in import quiet

from promoplanner.cli import main

EVENING = ["--now", "2027-06-27 19:00"]  # the 2027 demo's contest day


@pytest.fixture
def db(tmp_path, demo_db_template, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")
    return str(path)


def contest(capsys, db, *args, user="floor"):
    code = main([*EVENING, "--db", db, "--user", user, "contest", *args])
    out, err = capsys.readouterr()
    return code, out, quiet(err)


def show(capsys, db) -> dict:
    code, out, _ = contest(capsys, db, "show", "--json")
    assert code == 0
    return json.loads(out)


def run_to_podium(capsys, db, rng: random.Random) -> dict:
    times = iter(rng.sample(range(500, 9999), 400))
    while (data := show(capsys, db))["state"] != "finished":
        open_groups = [g for g in data["groups"] if g["round"] == data["round"]]
        missing = [(g["id"], n) for g in open_groups for n, r in g["results"].items() if r is None]
        if data["round"] == 0 or not missing:
            code, _, err = contest(capsys, db, "draw")
            assert code == 0, err
            continue
        for heat, name in missing:
            code, _, err = contest(capsys, db, "result", heat, name, f"{next(times) / 100:.2f}")
            assert code == 0, err
    return data


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 17, 23])
def test_the_demo_contest_runs_to_its_podium_from_the_command_line(capsys, db, n):
    names = [f"选手{i}" for i in range(1, n + 1)]
    code, out, err = contest(capsys, db, "register", *names)
    said = "(1 entrant)" if n == 1 else f"({n} entrants)"
    assert code == 0 and said in out, err
    data = run_to_podium(capsys, db, random.Random(n))
    assert set(data) == {
        "name", "state", "round", "entrants", "groups", "podium", "gift_cans", "version"
    }  # fmt: skip
    assert data["name"] == "喝啤酒比赛" and data["entrants"] == names
    assert data["gift_cans"] == 5 * n
    for group in data["groups"]:
        assert set(group) == {
            "id", "round", "entrants", "results", "advancing", "by_time", "version"
        }  # fmt: skip
        assert set(group["results"]) == set(group["entrants"])
        assert set(group["by_time"]) <= set(group["advancing"])
    podium = [p for p in data["podium"] if p is not None]
    assert len(podium) == min(n, 3) and set(podium) <= set(names)
    if n >= 3:
        final = [g for g in data["groups"] if g["round"] == data["round"]]
        assert len(final) == 1 and 3 <= len(final[0]["entrants"]) <= 4
    code, out, _ = contest(capsys, db, "show")
    assert code == 0 and "finished" in out and f"1. {data['podium'][0]}" in out
    assert all(f"Heat {g['id']}" in out for g in data["groups"])  # every round's heats stay


def test_json_of_a_round_with_results_dnf_and_dq(capsys, db):
    contest(capsys, db, "register", "A", "B", "C", "D", "E")
    code, out, _ = contest(capsys, db, "draw", "--seed", "3")
    assert code == 0 and "Heat 1-1" in out and "Heat 1-2" in out
    data = show(capsys, db)
    assert data["state"] == "running" and data["round"] == 1
    first = data["groups"][0]
    a, b = first["entrants"][:2]
    assert contest(capsys, db, "result", first["id"], a, "12.34")[0] == 0
    assert contest(capsys, db, "result", first["id"], b, "dnf")[0] == 0
    group = show(capsys, db)["groups"][0]
    assert group["results"][a] == 12.34 and group["results"][b] == "DNF"
    assert contest(capsys, db, "result", first["id"], b, "DQ")[0] == 0  # corrected
    assert show(capsys, db)["groups"][0]["results"][b] == "DQ"


def test_a_tie_is_settled_with_the_tie_command(capsys, db):
    contest(capsys, db, "register", "A", "B", "C")
    contest(capsys, db, "draw", "--seed", "1")
    for name in "ABC":
        contest(capsys, db, "result", "1", name, "10.00")
    code, out, _ = contest(capsys, db, "show")
    assert "A, B, C" in out  # the tie is explained
    code, _, err = contest(capsys, db, "draw")
    assert code == 2 and "tie" in err
    code, _, err = contest(capsys, db, "tie", "A", "B", "C", "--registration")
    assert code == 0, err
    data = show(capsys, db)
    assert data["state"] == "finished" and data["podium"] == ["A", "B", "C"]
    code, out, _ = contest(capsys, db, "prize", "1")
    assert code == 0 and "(handed out)" in out


def test_bad_input_is_one_line_exit_2_and_nothing_changed(capsys, db):
    contest(capsys, db, "register", "A", "B", "C", "D", "E")
    contest(capsys, db, "draw", "--seed", "3")
    before = show(capsys, db)
    heat = before["groups"][0]
    inside, outside = heat["entrants"][0], before["groups"][1]["entrants"][0]
    bad = [
        ("register", ""),
        ("register", "x" * 200),
        ("register", "F"),
        ("result", heat["id"], inside, "-1"),
        ("result", heat["id"], inside, "quick"),
        ("result", heat["id"], outside, "10.00"),
        ("result", "7", inside, "10.00"),
        ("draw",),
        ("withdraw", "Nobody"),
    ]
    for args in bad:
        code, out, err = contest(capsys, db, *args)
        assert code == 2 and out == "", args
        assert err.startswith("promoplanner: ") and err.count("\n") == 1, (args, err)
        assert "Traceback" not in err
    assert show(capsys, db) == before
    code, _, err = contest(capsys, db, "register", "A", user="buyer-food")
    assert code == 2 and err.count("\n") == 1


def test_after_the_final_nobody_withdraws_and_closed_rounds_stay(capsys, db):
    contest(capsys, db, "register", "A", "B", "C", "D", "E")
    data = run_to_podium(capsys, db, random.Random(5))
    first = data["groups"][0]
    code, _, err = contest(capsys, db, "withdraw", data["podium"][0])
    assert code == 2 and "final" in err
    code, _, err = contest(capsys, db, "result", first["id"], first["entrants"][0], "1.00")
    assert code == 2 and "is closed" in err
    assert show(capsys, db) == data


def test_a_result_on_an_old_version_exits_3_and_keeps_nothing(capsys, db):
    code, _, err = contest(capsys, db, "register", "甲", "乙", "丙", "丁", "戊")
    assert code == 0, err
    assert contest(capsys, db, "draw", "--seed", "4")[0] == 0
    seen = show(capsys, db)
    group = seen["groups"][0]
    first, second = group["entrants"][:2]
    ok = contest(capsys, db, "result", group["id"], first, "41.20",
                 "--if-version", str(group["version"]))  # fmt: skip
    assert ok[0] == 0, ok[2]
    code, out, err = contest(capsys, db, "result", group["id"], second, "40.55",
                             "--if-version", str(group["version"]))  # fmt: skip
    assert code == 3 and out == ""
    assert f"Heat {group['id']}" in err and "赵敏" in err and "Nothing was saved" in err
    now = show(capsys, db)
    assert now["groups"][0]["results"][second] is None
    assert now["version"] == seen["version"] + 1
    code, _, err = contest(capsys, db, "redraw", "--if-version", str(seen["version"]))
    assert code == 3 and "Contest “喝啤酒比赛”" in err
    # Without --if-version a one-shot command takes what is stored now.
    code, _, err = contest(capsys, db, "result", group["id"], second, "40.55")
    assert code == 0, err


def test_a_draw_on_the_list_before_a_registration_exits_3_and_draws_nothing(capsys, db):
    assert contest(capsys, db, "register", "甲", "乙", "丙", "丁", "戊")[0] == 0
    seen = show(capsys, db)  # the script looked at five entrants
    code, _, err = contest(capsys, db, "register", "己", user="planner")  # a colleague's desk
    assert code == 0, err
    assert show(capsys, db)["version"] == seen["version"] + 1
    stale = ["--if-version", str(seen["version"])]
    code, out, err = contest(capsys, db, "draw", "--seed", "4", *stale)
    assert code == 3 and out == ""
    assert "Contest “喝啤酒比赛”" in err and "added: 己" in err and "Nothing was saved" in err
    assert show(capsys, db)["groups"] == []
    again = show(capsys, db)
    code, _, err = contest(capsys, db, "draw", "--seed", "4", "--if-version", f"{again['version']}")
    assert code == 0, err
    drawn = show(capsys, db)
    assert sorted(n for g in drawn["groups"] for n in g["entrants"]) == sorted("甲乙丙丁戊己")
