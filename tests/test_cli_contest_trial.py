"""What a new user's trial of the contest found, from the command line and on paper."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader
from signed_in import quiet

from promoplanner.cli import main

EVENING = "2027-06-27 19:00"  # the 2027 demo's contest day
EARLY = "2027-06-20 10:00"  # registration open (6-19 to 6-27)


@pytest.fixture
def db(tmp_path, demo_db_template, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")
    return str(path)


def cli(capsys, db, *args, now=EVENING, lang="en", user="floor"):
    code = main(["--now", now, "--lang", lang, "--db", db, "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, quiet(err)


def tied_final(capsys, db) -> None:
    """The trial's final: 赵六 (registered before 周九) and 周九 tie at 11.00 for place 2."""
    cli(capsys, db, "contest", "register", "孙八", "李四", "赵六", "周九")
    cli(capsys, db, "contest", "draw", "--seed", "1")
    for name, typed in (("周九", "11.00"), ("李四", "12.00"), ("孙八", "10.50"), ("赵六", "11.00")):
        assert cli(capsys, db, "contest", "result", "1", name, typed)[0] == 0
    code, _, err = cli(capsys, db, "contest", "tie", "赵六", "周九", "--registration")
    assert code == 0, err


def test_handed_out_prizes_lock_the_final(capsys, db):
    tied_final(capsys, db)
    for place in ("1", "2", "3"):
        assert cli(capsys, db, "contest", "prize", place)[0] == 0
    code, out, err = cli(capsys, db, "contest", "result", "1", "李四", "9.00", lang="zh")
    assert code == 2 and out == ""
    assert "奖品已发放" in err and "取消" in err and err.count("\n") == 1
    _, out, _ = cli(capsys, db, "contest", "show")
    assert "1. 孙八" in out and "2. 赵六" in out and "3. 周九" in out
    assert out.count("(handed out)") == 3


def test_the_decided_places_show_and_the_log_says_what_changed(capsys, db):
    tied_final(capsys, db)
    _, out, _ = cli(capsys, db, "contest", "show")
    places = {line.split()[0]: line.split()[-1] for line in out.splitlines()[2:6]}
    assert places == {"周九": "3", "李四": "4", "孙八": "1", "赵六": "2"}
    cli(capsys, db, "contest", "result", "1", "李四", "11.90")  # a correction
    cli(capsys, db, "contest", "prize", "2")
    _, log, _ = cli(capsys, db, "log")
    lines = [line for line in log.splitlines() if "contest" in line or "entrant" in line]
    assert not any("heat:" in line for line in lines)  # no "heat: 1-1 → 1-1"
    assert any("李四  1-1: 12.00 → 11.90 [" in line for line in lines)
    assert any("孙八  1-1: 10.50 [" in line for line in lines)  # a first time is said too
    assert any("earlier registration first" in line and "赵六, 周九" in line for line in lines)
    assert any("prize of place 2 handed out (赵六) [" in line for line in lines)
    # "tie decided" is the longest action: the object column starts at one place on every line
    starts = {line.index("contest") if " contest " in line else None for line in lines}
    assert len(starts - {None}) == 1
    _, log, _ = cli(capsys, db, "log", lang="zh")  # Chinese punctuation in Chinese
    assert "第 1 轮：赵六、周九，按报名先后" in log and "第 2 名奖品已发放（赵六）" in log
    assert "李四  1-1：12.00 → 11.90" in log


def test_registering_a_name_twice_without_a_phone_says_so(capsys, db):
    assert cli(capsys, db, "contest", "register", "张三", now=EARLY)[0] == 0
    code, _, err = cli(capsys, db, "contest", "register", "张三", now=EARLY, lang="zh")
    assert code == 2
    assert "电话" not in err and "张三已经报名" in err and "张三2" in err
    _, _, err = cli(capsys, db, "contest", "register", "张三", now=EARLY)
    assert "phone" not in err and "张三 is already registered" in err


def test_drawing_before_the_contest_day_warns_that_registration_closes(capsys, db):
    cli(capsys, db, "contest", "register", "A", "B", "C", "D", "E", now=EARLY)
    code, out, err = cli(capsys, db, "contest", "draw", "--seed", "1", now=EARLY)
    assert code == 0 and "Heat 1-1" in out
    assert "Registration is open until the contest day, 2027-06-27" in err
    assert "nobody can register after the draw" in err
    code, out, err = cli(capsys, db, "contest", "redraw", "--seed", "2", now=EARLY)
    assert code == 0 and "Registration" not in err  # said once, at the draw that closes it


def test_drawing_on_the_contest_day_says_nothing_more(capsys, db):
    cli(capsys, db, "contest", "register", "A", "B", "C", "D", "E")
    code, _, err = cli(capsys, db, "contest", "draw", "--seed", "1")
    assert code == 0 and "Registration" not in err


def test_the_contest_sheet_says_how_a_tie_was_decided_in_chinese_punctuation(capsys, db, tmp_path):
    for name in ("孙八", "李四", "赵六", "周九", "钱七"):
        cli(capsys, db, "contest", "register", name)
    cli(capsys, db, "contest", "draw", "--seed", "3")
    data = json.loads(cli(capsys, db, "contest", "show", "--json")[1])
    first = {"孙八": "10.00", "李四": "11.00", "赵六": "12.00", "周九": "13.00", "钱七": "14.00"}
    for group in data["groups"]:
        for name in group["entrants"]:
            cli(capsys, db, "contest", "result", group["id"], name, first[name])
    cli(capsys, db, "contest", "draw", "--seed", "4")
    for name, typed in (("孙八", "10.50"), ("李四", "12.00"), ("赵六", "11.00"), ("周九", "11.00")):
        cli(capsys, db, "contest", "result", "2-1", name, typed)
    assert cli(capsys, db, "contest", "tie", "赵六", "周九", "--registration")[0] == 0
    pdf = tmp_path / "sheet.pdf"
    code, _, err = cli(capsys, db, "print", "bracket", "-o", str(pdf), lang="zh", user="planner")
    assert code == 0, err
    words = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", "")
    assert "（Q）" in words and "(Q)" not in words and "(q)" not in words
    assert "决赛并列：赵六、周九同为 11.00 秒，按报名先后裁定：赵六先于周九" in words


def test_prizes_named_from_the_command_line_print_on_the_sheet(capsys, db, tmp_path):
    code, out, err = cli(capsys, db, "contest", "prizes", "啤酒一箱", "啤酒半箱", "", lang="zh")
    assert code == 0, err
    assert out.strip() == "奖品：1. 啤酒一箱; 2. 啤酒半箱; 3. —"
    version = json.loads(cli(capsys, db, "contest", "show", "--json")[1])["version"]
    code, _, err = cli(capsys, db, "contest", "prizes", "A", "B", "C", "--if-version", "1")
    assert version != 1 and code == 3 and "Nothing was saved" in err
    tied_final(capsys, db)
    _, out, _ = cli(capsys, db, "contest", "show")
    assert "1. 孙八  啤酒一箱" in out and "2. 赵六  啤酒半箱" in out
    pdf = tmp_path / "sheet.pdf"
    assert cli(capsys, db, "print", "bracket", "-o", str(pdf), user="planner")[0] == 0
    words = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    podium = words.split("Podium")[-1]
    assert podium.index("孙八") < podium.index("啤酒一箱") < podium.index("赵六")
    assert podium.index("赵六") < podium.index("啤酒半箱")
