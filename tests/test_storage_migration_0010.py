"""Migration 0010 keeps the old display checks and copies each as a morning record."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, inspect, text

from promoplanner.storage.database import migrate


def test_upgrade_to_0010_keeps_old_checks_and_copies_them_as_records(db_path, demo_db_template):
    copy = sqlite3.connect(db_path)
    with sqlite3.connect(demo_db_template) as source:
        source.backup(copy)
    copy.close()
    engine = create_engine(f"sqlite:///{db_path}")
    migrate(engine, "0008", down=True)
    with engine.begin() as conn:
        assert "check_record" not in inspect(conn).get_table_names()
        items = conn.execute(text("SELECT id, floor_id FROM flyer_item ORDER BY id LIMIT 2")).all()
        for (item, floor), (arrived, tag, note) in zip(
            items, [(True, True, ""), (False, True, "未到货")], strict=True
        ):
            conn.execute(
                text(
                    "INSERT INTO display_check (day, floor_id, item_id, checker, arrived,"
                    " golden_position, price_tag_ok, note, recorded_at) VALUES"
                    " ('2027-06-20', :f, :i, '赵主管', :a, NULL, :t, :n, '2027-06-20 09:30:00')"
                ),
                {"f": floor, "i": item, "a": arrived, "t": tag, "n": note},
            )
    migrate(engine, "head")
    with engine.connect() as conn:
        old = conn.execute(text("SELECT item_id, arrived, note FROM display_check")).all()
        assert sorted(old) == [(items[0][0], 1, ""), (items[1][0], 0, "未到货")]
        records = conn.execute(
            text(
                "SELECT item_id, round, checker, placed, tag_ok, pop, stock, problem, fixer, due"
                " FROM check_record ORDER BY item_id"
            )
        ).all()
        assert records == [
            (items[0][0], "morning", "赵主管", 1, 1, 1, "full", "", "", None),
            (items[1][0], "morning", "赵主管", 0, 1, 1, "full", "未到货", "", None),
        ]
        assert {"walk_order", "item_plu", "scale_setting"} <= set(inspect(conn).get_table_names())
    migrate(engine, "0008", down=True)
    with engine.connect() as conn:
        assert "check_record" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT count(*) FROM display_check")).scalar() == 2
    engine.dispose()
