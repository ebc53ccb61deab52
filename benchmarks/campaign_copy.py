"""Copying a campaign to a new year, beside building the demo campaign (the baseline).

Usage: python benchmarks/campaign_copy.py [RUNS]   (default 5)

Prints, per run, the seconds to build the 270-item demo campaign (load_demo), to copy it to
the next year without its items, and with its items carried over as a draft list.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from promoplanner.core.clock import FixedClock
from promoplanner.services.campaign_copy import copy_campaign
from promoplanner.services.campaigns import find_campaign
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.people import person_by_user_name


def run_once(folder: Path, n: int) -> tuple[float, float, float]:
    """(demo, copy without items, copy with items) in seconds."""
    ctx = connect(str(folder / f"bench-{n}.sqlite"), clock=FixedClock(datetime(2026, 5, 1, 9)))
    started = time.perf_counter()
    load_demo(ctx, 2026)
    demo = time.perf_counter() - started
    planner = ctx.acting_as(person_by_user_name(ctx, "planner"))
    source = find_campaign(planner).id
    started = time.perf_counter()
    copy_campaign(planner, source, "2027年6月", 2027)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    made = copy_campaign(planner, source, "2027年6月（含商品）", 2027, carry_items=True)
    carried = time.perf_counter() - started
    assert made.items == 270
    ctx.uow.engine.dispose()
    return demo, bare, carried


def main(argv: list[str]) -> int:
    """Run several times and print each figure and the medians."""
    runs = int(argv[0]) if argv else 5
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            rows.append(run_once(Path(tmp), n))
            demo, bare, carried = rows[-1]
            print(
                f"run {n + 1}: demo {demo:.3f} s, copy {bare:.3f} s, copy with 270 items "
                f"{carried:.3f} s"
            )
    medians = [statistics.median(col) for col in zip(*rows, strict=True)]
    print(
        "median: build the demo (baseline) {:.3f} s; copy to 2027 {:.3f} s; "
        "copy with its 270 items {:.3f} s".format(*medians)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
