"""How fast the flyer-item table fills, sorts and filters with 20,000 items in one phase.

Run by hand: python benchmarks/items_table.py   (prints milliseconds, each the median of
several runs; "visible" means the ~35 rows x 16 columns a 1400x900 window shows).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from promoplanner.core.barcode import ean_check_digit
from promoplanner.core.clock import FixedClock
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.items import ItemQuery
from promoplanner.storage import tables as t
from promoplanner.ui.items import ItemsScreen
from promoplanner.ui.items.columns import COLUMN_INDEX
from promoplanner.ui.items.commands import ItemEditor
from promoplanner.ui.items.model import ItemsTableModel
from promoplanner.ui.session import AppSession

RUNS = 7
COUNT = 20_000
VISIBLE_ROWS = 35
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.CheckStateRole,
)


def median_ms(work, runs: int = RUNS) -> float:
    """Median wall time of the work in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def add_bulk_items(ctx, phase_id: int, floor_ids: list[int], count: int) -> None:
    """Insert many items in one statement (the ORM would take minutes)."""
    now = datetime(2027, 5, 20, 9, 0)
    rows = []
    for n in range(count):
        body = f"698{n:09d}"
        regular = Decimal(10 + (n * 7919) % 990) + Decimal("0.90")
        rows.append(
            {
                "phase_id": phase_id,
                "floor_id": floor_ids[n % len(floor_ids)],
                "name": f"测试商品 {(n * 104729) % count:05d}",
                "barcode": body + str(ean_check_digit(body)),
                "spec": "500g",
                "unit": "袋",
                "regular_price": regular,
                "promo_price": regular - Decimal("1.00"),
                "tier": "ABC"[n % 3],
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


def touch_visible(model: ItemsTableModel) -> None:
    """Ask every visible cell for what a view paints."""
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                model.data(index, role)


def main() -> None:
    """Build the big phase and print the figures."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        ctx = connect(str(Path(folder) / "bench.sqlite"), clock=FixedClock(datetime(2027, 6, 3)))
        load_demo(ctx, 2027)
        snap = load_snapshot(ctx, find_campaign(ctx).id)
        phase = snap.phases[1]
        start = time.perf_counter()
        add_bulk_items(ctx, phase.id, [f.id for f in snap.floors], COUNT)
        print(f"bulk insert of {COUNT:,} items          {time.perf_counter() - start:8.3f} s")
        session = AppSession(ctx)
        model = ItemsTableModel(ItemEditor(session))
        query = ItemQuery(phase_id=phase.id, sort="name")

        def first_fill() -> None:
            model.set_query(None)
            model.set_query(query)
            touch_visible(model)

        def sort_by_price() -> None:
            model.sort(COLUMN_INDEX["promo_price"], Qt.SortOrder.DescendingOrder)
            touch_visible(model)
            model.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
            touch_visible(model)

        def filter_text() -> None:
            model.set_query(ItemQuery(phase_id=phase.id, sort="name", text="商品 123"))
            touch_visible(model)

        def scroll_to_end() -> None:
            model.set_query(query)
            for row in range(model.rowCount() - VISIBLE_ROWS, model.rowCount()):
                model.data(model.index(row, 1))

        fill = median_ms(first_fill)
        print(f"rows in phase 2                        {model.rowCount():8d}")
        print(f"first fill (count + first page)        {fill:8.1f} ms")
        print(f"sort by promo price, desc (per sort)   {median_ms(sort_by_price) / 2:8.1f} ms")
        print(f"filter 'text contains 商品 123'          {median_ms(filter_text):8.1f} ms")
        print(f"jump to the last rows                  {median_ms(scroll_to_end):8.1f} ms")
        screen = ItemsScreen(session)
        screen.filters.show_phase(phase.id)
        # What a change announces: the session forgets its snapshot, every screen refreshes.
        refresh = median_ms(lambda: session.data_changed.emit("items"), runs=3)
        print(
            f"refresh after a change (all screens)   {refresh:8.1f} ms  (reload, rules, counters)"
        )
        ctx.uow.engine.dispose()
    del app


if __name__ == "__main__":
    main()
