"""Migration 0009 keeps a contest's entrants and heats and adds what running it needs."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, inspect, text

from promoplanner.storage.database import migrate


def test_upgrade_to_0009_keeps_entrants_and_heats_and_goes_down_again(db_path, demo_db_template):
    copy = sqlite3.connect(db_path)
    with sqlite3.connect(demo_db_template) as source:
        source.backup(copy)
    copy.close()
    engine = create_engine(f"sqlite:///{db_path}")
    migrate(engine, "0008", down=True)
    with engine.begin() as conn:
        contest = conn.execute(text("SELECT id FROM contest")).scalar()
        conn.execute(
            text(
                "INSERT INTO contest_entrant (id, contest_id, name, phone, version) "
                "VALUES (1, :c, '王伟', '139', 1), (2, :c, 'Li', '', 1)"
            ),
            {"c": contest},
        )
        conn.execute(
            text(
                "INSERT INTO contest_round (id, contest_id, number, is_final) VALUES (1, :c, 1, 1)"
            ),
            {"c": contest},
        )
        conn.execute(text("INSERT INTO heat (id, round_id, number) VALUES (1, 1, 1)"))
        conn.execute(text("INSERT INTO heat_entry (heat_id, entrant_id, seconds, place, advanced) "
                          "VALUES (1, 1, 12.34, 1, 0), (1, 2, NULL, NULL, 0)"))  # fmt: skip
    migrate(engine, "head")
    with engine.connect() as conn:
        assert conn.execute(
            text("SELECT name, phone, withdrawn_before_round FROM contest_entrant ORDER BY id")
        ).all() == [("王伟", "139", None), ("Li", "", None)]
        assert conn.execute(
            text("SELECT number, is_final, seed, advance, walkover_entrant_id FROM contest_round")
        ).all() == [(1, 1, 0, 0, None)]
        entries = conn.execute(
            text("SELECT entrant_id, seconds, mark FROM heat_entry ORDER BY entrant_id")
        ).all()
        assert entries == [(1, 12.34, None), (2, None, None)]
        assert conn.execute(text("SELECT prize_1_given, prize_2_given, prize_3_given "
                                 "FROM contest")).all() == [(0, 0, 0)]  # fmt: skip
        assert {"contest_tie", "contest_tie_entry"} <= set(inspect(conn).get_table_names())
    migrate(engine, "0008", down=True)
    with engine.connect() as conn:
        assert "contest_tie" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT count(*) FROM heat_entry")).scalar() == 2
    engine.dispose()
