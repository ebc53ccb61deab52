"""The item table sorts names by pinyin, on SQLite and after an upgrade of an older file."""

from __future__ import annotations

import shutil
import sqlite3

from promoplanner.core.collation import pinyin_key
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.items import ItemQuery, add_item, list_items, update_item
from promoplanner.storage.database import migrate, open_database

NAMES = ["张记粽子", "Zongzi gift box", "3M胶带", "三全水饺", "安慕希", "李锦记酱油", "王老吉"]


def test_names_sort_by_pinyin_as_they_are_typed_and_renamed(demo_ctx):
    """A trial finding: "Zongzi" sat between "3M" and 三全, 张 before 李 (code points)."""
    ctx = demo_ctx  # on a planning day: the buyers' deadlines are ahead
    snapshot = load_snapshot(ctx, find_campaign(ctx).id)
    p2, food = find_phase(snapshot, 2), snapshot.floors[0]
    made = {
        name: add_item(
            ctx,
            p2.id,
            {"name": name, "regular_price": "9.90", "promo_price": "8.80", "floor_id": food.id},
        )
        for name in NAMES
    }
    update_item(ctx, made["王老吉"].id, {"name": "白象方便面"})
    query = ItemQuery(phase_id=p2.id, floor_id=food.id, text="", sort="name")
    shown = [i.name for i in list_items(ctx, query) if i.id in {m.id for m in made.values()}]
    expected = sorted([*NAMES[:-1], "白象方便面"], key=pinyin_key)
    assert shown == expected
    assert shown.index("白象方便面") < shown.index("三全水饺")  # renamed: sorted anew (bai)
    backwards = [
        i.name for i in list_items(ctx, ItemQuery(p2.id, food.id, sort="name", descending=True))
    ]
    assert [n for n in backwards if n in shown] == expected[::-1]


def test_an_older_file_gets_its_names_in_pinyin_order_on_upgrade(tmp_path, demo_db_template):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, db)
    opened = open_database(str(db))
    migrate(opened.engine, "0011", down=True)
    opened.engine.dispose()
    with sqlite3.connect(db) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(flyer_item)")]
        assert "name_order" not in columns
    conn.close()
    reopened = open_database(str(db))
    assert reopened.upgraded_from == "0011"
    reopened.engine.dispose()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM flyer_item ORDER BY name_order, id").fetchall()
        empty = conn.execute("SELECT count(*) FROM flyer_item WHERE name_order = ''").fetchone()
    conn.close()
    names = [r[0] for r in rows]
    assert len(names) > 100 and empty == (0,)
    assert names == sorted(names, key=pinyin_key)
