"""``display record`` and ``display show`` as the floor manager and scripts use them."""

from __future__ import annotations

import json
import shutil

import pytest

from promoplanner.cli import main


@pytest.fixture
def db(tmp_path, demo_db_template, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")
    return str(path)


def run(capsys, db, now, *args, user="floor"):
    signed = ["--user", user] if user else []
    code = main(["--db", db, "--now", now, *signed, *args])
    out, err = capsys.readouterr()
    kept = [line for line in err.splitlines(True) if "clock stands still" not in line]
    return code, out, "".join(kept)


def show(capsys, db, now, day, floor="1F"):
    code, out, err = run(capsys, db, now, "display", "show", "--date", day, "--floor", floor,
                         "--json")  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def record(capsys, db, now, day, barcode, *values):
    return run(capsys, db, now, "display", "record", "--date", day, "--barcode", barcode, *values)


GOOD = ["--placed", "yes", "--tag", "ok", "--pop", "yes", "--stock", "full"]


def test_a_day_recorded_from_the_command_line(db, capsys):
    first = show(capsys, db, "2027-06-20 09:00", "2027-06-20")
    assert first["date"] == "2027-06-20" and [f["floor"] for f in first["floors"]] == ["1F"]
    items = first["floors"][0]["items"]
    assert first["floors"][0]["pass_rate"] is None and items[0]["latest"] is None
    assert set(items[0]) == {"barcode", "name", "department", "position", "latest", "history"}
    a, b = items[0]["barcode"], items[1]["barcode"]
    code, out, err = record(capsys, db, "2027-06-20 09:30", "2027-06-20", a,
                            "--placed", "yes", "--tag", "wrong", "--pop", "yes", "--stock", "low",
                            "--problem", "价签仍是原价", "--fixer", "王芳",
                            "--due", "2027-06-20 12:00")  # fmt: skip
    assert (code, err) == (0, "") and "found price tag differs from the flyer" in out
    assert record(capsys, db, "2027-06-20 09:35", "2027-06-20", b, *GOOD)[0] == 0
    code, _, _ = record(capsys, db, "2027-06-20 18:00", "2027-06-20", a, "--round", "evening",
                        *GOOD)  # fmt: skip
    assert code == 0
    day = show(capsys, db, "2027-06-20 18:05", "2027-06-20")["floors"][0]
    assert day["pass_rate"] == 1.0 and day["open_fixes"] == []
    line = next(i for i in day["items"] if i["barcode"] == a)
    assert [(h["round"], h["tag"], h["ok"]) for h in line["history"]] == [
        ("morning", "wrong", False),
        ("evening", "ok", True),
    ]
    assert line["latest"] == line["history"][-1]
    assert set(line["latest"]) == {"at", "round", "checker", "placed", "tag", "pop", "stock",
                                   "ok", "problem", "fixer", "due"}  # fmt: skip
    assert line["history"][0] == {
        "at": "2027-06-20 09:30", "round": "morning", "checker": "赵敏", "placed": "yes",
        "tag": "wrong", "pop": "yes", "stock": "low", "ok": False, "problem": "价签仍是原价",
        "fixer": "王芳", "due": "2027-06-20 12:00",
    }  # fmt: skip
    # a failure left open shows on the next day's list, overdue once its time has passed
    record(
        capsys,
        db,
        "2027-06-20 18:10",
        "2027-06-20",
        b,
        "--placed",
        "no",
        "--tag",
        "ok",
        "--pop",
        "no",
        "--stock",
        "out",
        "--fixer",
        "李明",
        "--due",
        "2027-06-21 09:00",
    )
    fixes = show(capsys, db, "2027-06-21 10:00", "2027-06-21")["floors"][0]["open_fixes"]
    assert fixes == [{"barcode": b, "name": items[1]["name"], "problem": "", "fixer": "李明",
                      "due": "2027-06-21 09:00", "overdue": True}]  # fmt: skip
    code, out, _ = run(capsys, db, "2027-06-21 10:00", "display", "show", "--date", "2027-06-21")
    listed = len(first["floors"][0]["items"])
    assert code == 0 and f"1F: 0 of {listed} checked" in out and "fix:" in out


def test_show_says_how_many_were_checked_not_only_the_rate(db, capsys):
    items = show(capsys, db, "2027-06-20 09:00", "2027-06-20")["floors"][0]["items"]
    assert record(capsys, db, "2027-06-20 09:30", "2027-06-20", items[0]["barcode"], *GOOD)[0] == 0
    code, out, _ = run(capsys, db, "2027-06-20 09:40", "display", "show", "--date", "2027-06-20",
                       "--floor", "1F")  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == f"1F: 1 of {len(items)} checked, 1 passed (100.0%)"
    floor = show(capsys, db, "2027-06-20 09:40", "2027-06-20")["floors"][0]
    assert (floor["listed"], floor["checked"], floor["passed"]) == (len(items), 1, 1)
    main(["--lang", "zh", "--db", db, "--now", "2027-06-20 09:40", "--user", "floor", "display",
          "show", "--date", "2027-06-20", "--floor", "1F"])  # fmt: skip
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"1F：已查 1/{len(items)}，合格 1（100.0%）"


def test_low_stock_is_logged_with_its_restock_task(db, capsys):
    barcode = show(capsys, db, "2027-06-20 09:00", "2027-06-20")["floors"][0]["items"][0]["barcode"]
    low = ["--placed", "yes", "--tag", "ok", "--pop", "yes", "--stock", "low"]
    code, _, err = record(capsys, db, "2027-06-20 09:30", "2027-06-20", barcode, *low)
    assert code == 2 and "Stock is low: say who restocks it and by when." in err
    task = ["--problem", "补货", "--fixer", "王芳", "--due", "2027-06-20 11:00"]
    code, out, err = record(capsys, db, "2027-06-20 09:30", "2027-06-20", barcode, *low, *task)
    assert (code, err) == (0, "") and "found stock low, to restock" in out
    floor = show(capsys, db, "2027-06-20 09:40", "2027-06-20")["floors"][0]
    assert floor["pass_rate"] == 1.0  # low stock is no display fault
    assert [(f["problem"], f["fixer"]) for f in floor["open_fixes"]] == [("补货", "王芳")]
    # the restock done: the next check finds the pile full and the task closed
    assert record(capsys, db, "2027-06-20 11:00", "2027-06-20", barcode, *GOOD)[0] == 0
    assert show(capsys, db, "2027-06-20 11:05", "2027-06-20")["floors"][0]["open_fixes"] == []


def test_the_round_is_the_one_of_the_time_of_day_unless_named(db, capsys):
    barcode = show(capsys, db, "2027-06-20 09:00", "2027-06-20")["floors"][0]["items"][0]["barcode"]
    for now in ("2027-06-20 09:30", "2027-06-20 12:30", "2027-06-20 19:45"):
        assert record(capsys, db, now, "2027-06-20", barcode, *GOOD)[0] == 0
    assert record(capsys, db, "2027-06-20 19:50", "2027-06-20", barcode, *GOOD,
                  "--round", "morning")[0] == 0  # fmt: skip
    line = show(capsys, db, "2027-06-20 20:00", "2027-06-20")["floors"][0]["items"][0]
    assert [h["round"] for h in line["history"]] == ["morning", "midday", "evening", "morning"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--date", "2027-06-15", "--barcode", "6928345870642", *GOOD], "outside every phase"),
        (["--date", "2027-06-20", "--barcode", "6900000000017", *GOOD], "is no item's barcode"),
        (["--date", "2027-06-20", "--barcode", "6928345870642", "--floor", "2F", *GOOD],
         "is not on the display check of 2027-06-20 for 2F"),
        (["--date", "2027-06-20", "--barcode", "6928345870642", "--placed", "no", "--tag", "ok",
          "--pop", "yes", "--stock", "full", "--due", "2027-06-20 12:00"],
         "needs the person who fixes it"),
        (["--date", "2027-06-20", "--barcode", "6928345870642", "--placed", "no", "--tag", "ok",
          "--pop", "yes", "--stock", "full", "--fixer", "李明", "--due", "2027-06-20 08:00"],
         "not after the check"),
        (["--date", "2027-06-20", "--barcode", "6928345870642", *GOOD, "--round", "night"],
         "is not a check round"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_exit_2_and_nothing_recorded(db, capsys, args, says):
    code, out, err = run(capsys, db, "2027-06-20 09:30", "display", "record", *args)
    assert code == 2 and says in err and err.count("\n") == 1 and out == ""
    day = show(capsys, db, "2027-06-20 09:30", "2027-06-20")
    assert all(i["history"] == [] for f in day["floors"] for i in f["items"])


def test_recording_needs_a_person_with_the_right(db, capsys):
    code, _, err = record(capsys, db, "2027-06-20 09:30", "2027-06-20", "6928345870642", *GOOD)
    assert code == 0
    code, _, err = run(capsys, db, "2027-06-20 09:30", "display", "record", "--date",
                       "2027-06-20", "--barcode", "6928345870642", *GOOD, user=None)  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, db, "2027-06-20 09:30", "display", "record", "--date",
                       "2027-06-20", "--barcode", "6928345870642", *GOOD,
                       user="buyer-food")  # fmt: skip
    assert code == 2 and err.count("\n") == 1


def test_the_scale_pattern_and_a_plu_are_set_and_a_label_finds_the_item(db, capsys):
    code, out, _ = run(capsys, db, "2027-06-20 09:00", "display", "scale-pattern")
    assert code == 0 and "No scale-label pattern" in out
    code, out, _ = run(capsys, db, "2027-06-20 09:00", "display", "scale-pattern",
                       "2 PPPPP VVVVV C", user="planner")  # fmt: skip
    assert code == 0 and "2 PPPPP VVVVV C" in out
    code, _, err = run(capsys, db, "2027-06-20 09:00", "display", "scale-pattern", "2 PPP")
    assert code == 2 and err.count("\n") == 1
    item = show(capsys, db, "2027-06-20 09:00", "2027-06-20")["floors"][0]["items"][3]
    from promoplanner.services.context import connect
    from promoplanner.services.display import find_on_day

    ctx = connect(db)
    item_id = find_on_day(ctx, "2027-06-20", item["barcode"])
    ctx.uow.engine.dispose()
    code, out, _ = run(capsys, db, "2027-06-20 09:00", "display", "plu", "--item", str(item_id),
                       "417", user="planner")  # fmt: skip
    assert code == 0 and "PLU 417" in out
    code, out, err = record(capsys, db, "2027-06-20 09:30", "2027-06-20", "2000417012342", *GOOD)
    assert code == 0, err
    day = show(capsys, db, "2027-06-20 09:30", "2027-06-20")["floors"][0]
    assert next(i for i in day["items"] if i["barcode"] == item["barcode"])["latest"]["ok"]
