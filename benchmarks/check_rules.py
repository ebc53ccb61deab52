"""How long `check` and `status` take on the demo and on a phase of 20,000 items.

Run by hand: python benchmarks/check_rules.py   (prints seconds; the machine is noisy,
so each figure is the median of several runs).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from promoplanner.core.barcode import ean_check_digit
from promoplanner.core.clock import FixedClock
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.reports import status_json
from promoplanner.storage import tables as t

RUNS = 5


def median_seconds(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def add_bulk_items(ctx, phase_id: int, floor_id: int, count: int) -> None:
    now = datetime(2027, 5, 20, 9, 0)
    rows = []
    for n in range(count):
        body = f"699{n:09d}"
        rows.append(
            {
                "phase_id": phase_id,
                "floor_id": floor_id,
                "name": f"测试商品 {n}",
                "barcode": body + str(ean_check_digit(body)),
                "spec": "500g",
                "unit": "袋",
                "regular_price": Decimal("19.90"),
                "promo_price": Decimal("15.90"),
                "tier": "B",
                "sensitive": n % 7 == 0,
                "display_form": None,
                "photo": "",
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    with ctx.uow.transaction() as session:
        session.execute(t.FlyerItemRow.__table__.insert(), rows)


def measure(label: str, ctx) -> None:
    campaign_id = find_campaign(ctx).id
    now = ctx.clock.now()
    snap = load_snapshot(ctx, campaign_id)
    load = median_seconds(lambda: load_snapshot(ctx, campaign_id))
    rules = median_seconds(lambda: check_campaign(snap, now))
    status = median_seconds(lambda: status_json(ctx, load_snapshot(ctx, campaign_id)))
    print(
        f"{label:<28} items={len(snap.items):>6}  load {load:6.3f} s  "
        f"rules {rules:6.3f} s  status {status:6.3f} s"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ctx = connect(
            str(Path(folder) / "bench.sqlite"), clock=FixedClock(datetime(2027, 5, 20, 9, 0))
        )
        start = time.perf_counter()
        load_demo(ctx, 2027)
        print(f"demo load (270 items)        {time.perf_counter() - start:6.3f} s")
        measure("demo", ctx)
        snap = load_snapshot(ctx, find_campaign(ctx).id)
        add_bulk_items(ctx, snap.phases[1].id, snap.floors[0].id, 20_000)
        measure("demo + 20,000 in phase 2", ctx)
        ctx.uow.engine.dispose()


if __name__ == "__main__":
    main()
