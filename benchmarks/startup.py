"""Start-up time: seconds from process start to the main window painted with the demo data.

Usage: python benchmarks/startup.py [RUNS]   (default 7; offscreen unless DISPLAY is set)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(db: Path, env: dict[str, str]) -> float:
    """One start with --quit-after-start; the figure the program prints."""
    done = subprocess.run(
        [sys.executable, "-m", "promoplanner", "--db", str(db), "--quit-after-start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    """Build the demo once, start the program several times, print each figure and a summary."""
    runs = int(argv[0]) if argv else 7
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
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
        figures = []
        for n in range(1, runs + 1):
            seconds = run_once(db, env)
            figures.append(seconds)
            print(f"run {n}: {seconds:.3f} s")
    print(
        f"min {min(figures):.3f} s, median {statistics.median(figures):.3f} s, "
        f"max {max(figures):.3f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
