"""Start-up time: process start to the main window painted, against a bare window.

Usage: python benchmarks/startup.py [RUNS]   (default 7; offscreen unless DISPLAY is set)

The baseline is a bare PySide6 program: a window holding a 200 × 8 table, timed the same
way (seconds from the process's start, read from /proc, to its first paint). The two are
run alternately, each in a fresh process, and the medians compared.

promoplanner paints its window's frame (menus, sidebar, campaign bar, status bar) before it
imports the database layer, then opens the demo database and fills the screen shown;
`--quit-after-start` reports both moments. The budget holds the first against the bare
window; the second (the dashboard painted with the demo's data) is printed beside it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET, GOAL = 2.0, 1.5

BARE = """
import os, sys

def since_start():
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return up - int(fields[19]) / os.sysconf("SC_CLK_TCK")

import ctypes
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

# The same guard the program needs on PySide6 6.12 with Python 3.11 (ui/compat.py): its
# void calls drop a reference to None, and 1,600 setItem calls would abort a bare script.
if sys.version_info < (3, 12):
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40

app = QApplication(sys.argv[:1])
table = QTableWidget(200, 8)
for row in range(200):
    for col in range(8):
        table.setItem(row, col, QTableWidgetItem(f"{row}:{col}"))
window = QMainWindow()
window.setCentralWidget(table)
window.resize(1280, 800)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"{since_start():.3f}", flush=True), app.exit(0)))
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _seconds(args: list[str], env: dict[str, str]) -> list[float]:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return [float(figure) for figure in done.stdout.strip().splitlines()[-1].split()]


def main(argv: list[str]) -> int:
    """Build the demo once, start both programs alternately, print each figure and the ratio."""
    runs = int(argv[0]) if argv else 7
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        bare = Path(tmp) / "bare_window.py"
        bare.write_text(BARE, encoding="utf-8")
        env = {**os.environ, "XDG_CONFIG_HOME": tmp}  # no remembered window from the user
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        subprocess.run(
            [sys.executable, "-m", "promoplanner", "--db", str(db), "demo"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        ours: list[float] = []
        filled: list[float] = []
        base: list[float] = []
        program = ["-m", "promoplanner", "--db", str(db), "--quit-after-start"]
        _seconds(program, env)  # one start to warm the disk cache, not counted
        _seconds([str(bare)], env)
        for n in range(1, runs + 1):
            base.append(_seconds([str(bare)], env)[0])
            painted, with_data = _seconds(program, env)
            ours.append(painted)
            filled.append(with_data)
            print(
                f"run {n}: promoplanner painted {painted:.3f} s, filled with the demo "
                f"{with_data:.3f} s   bare window {base[-1]:.3f} s"
            )
    mine, bare_median = statistics.median(ours), statistics.median(base)
    ratio = mine / bare_median
    print(
        f"median: promoplanner's window painted {mine:.3f} s, bare PySide6 window with a "
        f"200×8 table {bare_median:.3f} s; ratio {ratio:.2f}× (budget {BUDGET}×, goal {GOAL}×)"
    )
    print(
        f"median: promoplanner's dashboard filled with the demo {statistics.median(filled):.3f} s "
        f"({statistics.median(filled) / bare_median:.2f}× the bare window)"
    )
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
