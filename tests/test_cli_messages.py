"""The command line speaks one language throughout, names the option it refuses, and
prints no dangling dash."""

from __future__ import annotations

import shutil

import pytest

from promoplanner.cli import main


@pytest.fixture
def run(tmp_path, capsys, monkeypatch, demo_db_template):
    """promoplanner on a copy of the demo, as its planner."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, db)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")

    def go(*args: str) -> tuple[int, str, str]:
        code = main(["--now", "2027-05-20 09:00", "--db", str(db), "--user", "planner", *args])
        out, err = capsys.readouterr()
        kept = "".join(line for line in err.splitlines(True) if "--now" not in line)
        return code, out, kept

    return go


def test_argument_errors_are_all_chinese_and_a_misplaced_lang_is_explained(run):
    code, out, err = run("status", "--lang", "zh")
    assert code == 2 and out == ""
    first, hint = err.strip().splitlines()
    assert first == "promoplanner: 参数错误：无法识别的参数：--lang zh"
    assert hint == "promoplanner: --lang 应写在命令之前：promoplanner --lang … status …"
    code, _out, err = run("--lang", "zh", "campaign", "new", "--year", "2027")
    assert err.strip() == "promoplanner: 参数错误：缺少必需的参数：--name"
    code, _out, err = run("--lang", "en", "campaign", "new", "--year", "2027")
    assert (
        err.strip() == "promoplanner: bad arguments: the following arguments are required: --name"
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "promoplanner: --end-racks: -3 is outside 0–10000."),
        ("zh", "promoplanner: --end-racks：-3 超出范围 0–10000。"),
    ],
)
def test_a_value_out_of_range_names_its_option(run, lang, said):
    code, out, err = run("--lang", lang, "store", "floor", "add", "5F", "家电", "--end-racks", "-3")
    assert code == 2 and out == ""
    assert err.strip() == said


def test_status_of_a_campaign_without_theme_has_no_dangling_dash(run):
    code, _out, err = run(
        "campaign", "new", "--name", "2027年中秋", "--year", "2027", "--month", "9"
    )
    assert code == 0, err
    code, out, err = run("--lang", "zh", "status", "--campaign", "2027年中秋")
    assert code == 0, err
    assert out.splitlines()[0] == "2027年中秋"
