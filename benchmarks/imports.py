"""How long a buyer's sheet takes from file to committed, and what a head office's costs.

Run by hand: python benchmarks/imports.py [ROWS ...]   (default 5000 50000)

Each size is written as an .xlsx (numbers as Excel keeps them, a title row above the
header), read, checked row by row, previewed and imported in one transaction by the
demo's food buyer; the figure printed beside the budget is the whole path, file to
commit. Run in a fresh process per size, so peak memory (ru_maxrss) is that size's own.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGETS = {5_000: 5.0, 50_000: 30.0}  # seconds, from the issue


def make_sheet(path: Path, rows: int) -> None:
    """An .xlsx of distinct valid food items, as a buyer's Excel would hold them."""
    from openpyxl import Workbook

    from promoplanner.core.barcode import ean_check_digit

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["端午节 食品部 特价商品明细"])
    sheet.append(["品名", "条形码", "规格", "单位", "零售价", "促销价", "敏感商品", "楼层", "部门"])
    for n in range(rows):
        body = f"69{n:010d}"
        sheet.append([f"测试商品{n}", int(body + str(ean_check_digit(body))), "500g", "袋",
                      12.8, 9.9, "是" if n % 5 == 0 else "否", "1F", "休闲食品"])  # fmt: skip
    book.save(path)


def run_one(rows: int, profile: bool) -> None:
    from promoplanner.core.clock import FixedClock
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.context import connect
    from promoplanner.services.demo import load_demo
    from promoplanner.services.imports import import_preview, preview_import
    from promoplanner.services.people import person_by_user_name
    from promoplanner.sheets.reading import read_sheet

    with tempfile.TemporaryDirectory() as tmp:
        sheet_path = Path(tmp) / "list.xlsx"
        make_sheet(sheet_path, rows)
        ctx = connect(str(Path(tmp) / "bench.sqlite"), clock=FixedClock(datetime(2027, 5, 20, 9)))
        load_demo(ctx, 2027)
        ctx = ctx.acting_as(person_by_user_name(ctx, "buyer-food"))
        phase = find_phase(load_snapshot(ctx, find_campaign(ctx).id), 1)
        profiler = cProfile.Profile() if profile else None
        stages = {}
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        sheet = read_sheet(sheet_path)
        stages["read"] = time.perf_counter() - start
        preview = preview_import(ctx, phase.id, sheet)
        stages["preview"] = time.perf_counter() - start - stages["read"]
        assert preview.ready, preview.problems()[:3]
        result = import_preview(ctx, preview)
        total = time.perf_counter() - start
        if profiler:
            profiler.disable()
        stages["import"] = total - stages["read"] - stages["preview"]
        assert len(result.created) == rows
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        budget = BUDGETS.get(rows)
        detail = ", ".join(f"{k} {v:.2f} s" for k, v in stages.items())
        verdict = (
            ""
            if budget is None
            else f"  budget {budget:.0f} s: {'met' if total < budget else 'MISSED'}"
        )
        print(f"{rows:>6} rows: {total:6.2f} s file to committed ({detail}); "
              f"peak {peak:.0f} MB{verdict}")  # fmt: skip
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        ctx.uow.engine.dispose()


def main(argv: list[str]) -> int:
    """Each size in a process of its own (peak memory is per process)."""
    profile = "--profile" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [5_000, 50_000]
    if len(sizes) == 1 and os.environ.get("PROMOPLANNER_BENCH_CHILD"):
        run_one(sizes[0], profile)
        return 0
    for rows in sizes:
        env = dict(os.environ, PROMOPLANNER_BENCH_CHILD="1")
        args = [sys.executable, __file__, str(rows), *(["--profile"] if profile else [])]
        subprocess.run(args, check=True, env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
