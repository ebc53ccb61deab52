"""Migration 0006 keeps old data, and the store is one row."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, text

from promoplanner.storage.database import migrate, open_database


def test_upgrade_to_0006_keeps_floors_buyers_and_campaigns(db_path, demo_db_template):
    copy = sqlite3.connect(db_path)
    with sqlite3.connect(demo_db_template) as source:
        source.backup(copy)
    copy.close()
    engine = create_engine(f"sqlite:///{db_path}")
    migrate(engine, "0005", down=True)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM floor")).scalar()
        buyers = conn.execute(text("SELECT count(*) FROM buyer")).scalar()
    migrate(engine, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM floor")).scalar() == before == 3
        assert conn.execute(text("SELECT count(*) FROM buyer")).scalar() == buyers == 5
        assert (
            conn.execute(text("SELECT count(*) FROM floor WHERE retired_at IS NOT NULL")).scalar()
            == 0
        )
        assert conn.execute(text("SELECT DISTINCT sort_order FROM buyer")).scalars().all() == [0]
        assert conn.execute(text("SELECT first_day, last_day FROM campaign")).all() == [
            (None, None)
        ]
        assert conn.execute(text("SELECT count(*) FROM store")).scalar() == 0
    engine.dispose()


def test_a_second_store_row_is_refused_by_the_database(db_path):
    opened = open_database(str(db_path))
    with opened.engine.begin() as conn:
        conn.execute(text("INSERT INTO store (id, name, city, version) VALUES (1, 'A', '', 1)"))
    try:
        with opened.engine.begin() as conn:
            conn.execute(text("INSERT INTO store (id, name, city, version) VALUES (2, 'B', '', 1)"))
        raised = False
    except Exception:  # the CHECK (id = 1) refuses it
        raised = True
    opened.engine.dispose()
    assert raised
