"""How fast the flyer-item table fills, sorts and filters with 20,000 items in one phase.

Run by hand: python benchmarks/items_table.py   (prints milliseconds, each the median of
several runs; "visible" means the ~35 rows x 16 columns a 1400x900 window shows).

The screen figures are taken on a shown screen: "painted rows" is the table's first paint
showing the phase, "painted marks" its first paint after the rule findings came, and
"GUI blocked" the longest stretch in which the GUI thread ran no event (a 1 ms timer that
did not tick), from the request until the marks are painted.
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

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from promoplanner.core.barcode import ean_check_digit
from promoplanner.core.clock import FixedClock
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.items import ItemQuery, list_items, update_item
from promoplanner.services.people import person_by_user_name
from promoplanner.storage import tables as t
from promoplanner.ui.compat import guard_none_refcount
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


class PaintWatch(QObject):
    """Times a screen's work until its table shows the rows, then the rule marks."""

    def __init__(self) -> None:
        super().__init__()
        self.screen: ItemsScreen | None = None
        self.clock = QElapsedTimer()
        self.rows_at: float | None = None
        self.marks_at: float | None = None
        self.longest = 0.0
        self._tick = 0.0
        self._beat = QTimer()
        self._beat.setInterval(1)
        self._beat.timeout.connect(self._ticked)

    def watch(self, screen: ItemsScreen) -> None:
        """Look at that screen's table (before it is first painted)."""
        self.screen = screen
        screen.table.viewport().installEventFilter(self)

    def _now(self) -> float:
        return self.clock.nsecsElapsed() / 1e6

    def _ticked(self) -> None:
        now = self._now()
        self.longest = max(self.longest, now - self._tick)
        self._tick = now

    def eventFilter(self, watched, event) -> bool:
        """Note the first paint with the rows, and the first with the findings in."""
        screen = self.screen
        if event.type() == QEvent.Type.Paint and self.clock.isValid() and screen is not None:
            if self.rows_at is None and screen.model.rowCount():
                self.rows_at = self._now()
            # The findings are in once no check is asked for or under way.
            if self.rows_at is not None and self.marks_at is None and not screen.findings.busy():
                self.marks_at = self._now()
        return False

    def measure(self, work) -> tuple[float, float, float]:
        """(ms to painted rows, ms to painted marks, longest GUI-thread block in ms)."""
        self.rows_at = self.marks_at = None
        self.longest = 0.0
        self.clock.start()
        self._tick = 0.0
        self._beat.start()
        work()
        self._ticked()  # the call itself blocked the thread this long
        while self.marks_at is None and self._now() < 20_000:
            QApplication.processEvents()
            time.sleep(0.0005)
        self._beat.stop()
        return self.rows_at or -1.0, self.marks_at or -1.0, self.longest


def print_timed(label: str, samples: list[tuple[float, float, float]]) -> None:
    """Print the medians of (rows, marks, blocked)."""
    rows, marks, blocked = (statistics.median(s[i] for s in samples) for i in range(3))
    print(f"{label:<39}{rows:8.1f} ms rows {marks:8.1f} ms marks   GUI blocked {blocked:7.1f} ms")


def settle(screen: ItemsScreen) -> None:
    """Let the screen finish any rule check under way."""
    deadline = time.perf_counter() + 20
    while screen.findings.busy() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()


def shown_screen(session: AppSession, watch: PaintWatch) -> ItemsScreen:
    """A 1400x900 items screen, watched, shown."""
    screen = ItemsScreen(session)
    screen.resize(1400, 900)
    watch.watch(screen)
    screen.show()
    return screen


def main() -> None:
    """Build the big phase and print the figures."""
    guard_none_refcount()  # PySide6 6.12 on Python 3.11: see promoplanner/ui/compat.py
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        ctx = connect(str(Path(folder) / "bench.sqlite"), clock=FixedClock(datetime(2027, 6, 3)))
        load_demo(ctx, 2027)
        snap = load_snapshot(ctx, find_campaign(ctx).id)
        phase = snap.phases[1]
        start = time.perf_counter()
        add_bulk_items(ctx, phase.id, [f.id for f in snap.floors], COUNT)
        print(f"bulk insert of {COUNT:,} items          {time.perf_counter() - start:8.3f} s")
        ctx = ctx.acting_as(person_by_user_name(ctx, "planner"))  # changes need a person
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
        watch = PaintWatch()
        screen = shown_screen(session, watch)
        screen.filters.show_phase(phase.id)
        settle(screen)
        # What a change announces: the session forgets its snapshot, every screen refreshes.
        refresh = median_ms(lambda: session.data_changed.emit("items"), runs=3)
        print(
            f"refresh after a change (all screens)   {refresh:8.1f} ms  (reload, rules, counters)"
        )
        settle(screen)
        small = snap.phases[0]
        edited = list_items(ctx, ItemQuery(phase_id=small.id))[0]
        switches = []
        for run in range(RUNS):
            screen.filters.show_phase(small.id)
            settle(screen)
            # A buyer's edit came first: the campaign's findings are to be checked again.
            session.change("items", update_item, edited.id, {"notes": f"bench {run}"})
            settle(screen)
            # Whatever path the screen took, the findings are to be checked again now (as
            # after an edit elsewhere, or when the minute turns): no cached answer helps.
            session._forget("items")
            switches.append(watch.measure(lambda: screen.filters.show_phase(phase.id)))
            settle(screen)
        print_timed("switch phase 1 -> 2 to painted", switches)
        screen.close()
        fills = []
        for _ in range(RUNS):
            fresh = AppSession(ctx)  # nothing cached, as in a program just started
            fill_watch = PaintWatch()
            built: list[ItemsScreen] = []
            fills.append(
                fill_watch.measure(
                    lambda f=fresh, w=fill_watch, b=built: b.append(shown_screen(f, w))
                )
            )
            settle(built[0])
            built[0].close()
            rows_shown = built[0].model.rowCount()
            built[0].deleteLater()
        print_timed(f"first fill to painted ({rows_shown:,} rows)", fills)
        screen.deleteLater()
        # The screens go while the application still stands.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ctx.uow.engine.dispose()


if __name__ == "__main__":
    main()
