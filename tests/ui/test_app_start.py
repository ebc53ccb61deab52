"""What the command that opens the window says on the command line: no display, a fixed clock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from promoplanner.ui.app import display_missing

ROOT = Path(__file__).resolve().parents[2]
NO_SCREEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run(args: list[str], tmp_path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in (*NO_SCREEN, "PROMOPLANNER_LANG")}
    env.update({"XDG_CONFIG_HOME": str(tmp_path), "LANG": "C.UTF-8", **extra})
    return subprocess.run(
        [sys.executable, "-m", "promoplanner", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_a_display_one_line_says_so_and_how_to_use_the_command_line(tmp_path):
    database = tmp_path / "shop.sqlite"
    done = run(["--db", str(database)], tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("promoplanner: No display was found")
    assert "promoplanner --help" in lines[0]
    assert "xcb" not in done.stderr
    assert not database.exists()  # nothing was opened or created


def test_without_a_display_in_chinese(tmp_path):
    done = run(["--lang", "zh", "--db", str(tmp_path / "shop.sqlite")], tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "promoplanner: 未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口；"
        "命令行部分无需显示器即可使用：promoplanner --help"
    )


def test_a_display_or_a_chosen_platform_is_enough():
    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")  # Windows and macOS always have their screen
    assert not display_missing({}, "darwin")


def test_now_says_on_the_command_line_that_the_clock_stands_still(demo_db_template, tmp_path):
    done = run(
        ["--db", str(demo_db_template), "--now", "2027-06-03 10:00", "--quit-after-start"],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
    )
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if "clock" in line]
    assert notes == [
        "promoplanner: The clock stands still at 2027-06-03 10:00 (--now): "
        "deadlines do not pass while the program runs."
    ]
