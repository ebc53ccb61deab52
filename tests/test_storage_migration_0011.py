"""Migration 0011 keeps a contest's heats and gives each the version 1."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, inspect, text

from promoplanner.storage.database import migrate


def heat_columns(conn) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns("heat")}


def test_upgrade_to_0011_keeps_heats_and_results_and_goes_down_again(db_path, demo_db_template):
    copy = sqlite3.connect(db_path)
    with sqlite3.connect(demo_db_template) as source:
        source.backup(copy)
    copy.close()
    engine = create_engine(f"sqlite:///{db_path}")
    migrate(engine, "0010", down=True)
    with engine.begin() as conn:
        assert "version" not in heat_columns(conn)
        contest = conn.execute(text("SELECT id FROM contest")).scalar()
        conn.execute(text("UPDATE contest SET version = 4 WHERE id = :c"), {"c": contest})
        conn.execute(
            text(
                "INSERT INTO contest_entrant (id, contest_id, name, phone, version) "
                "VALUES (1, :c, '王伟', '139', 1), (2, :c, 'Li', '', 1)"
            ),
            {"c": contest},
        )
        conn.execute(
            text(
                "INSERT INTO contest_round (id, contest_id, number, is_final, seed, advance) "
                "VALUES (1, :c, 1, 1, 7, 0)"
            ),
            {"c": contest},
        )
        conn.execute(text("INSERT INTO heat (id, round_id, number) VALUES (1, 1, 1), (2, 1, 2)"))
        conn.execute(
            text(
                "INSERT INTO heat_entry (heat_id, entrant_id, seconds, mark, place, advanced) "
                "VALUES (1, 1, 12.34, NULL, 1, 1), (2, 2, NULL, 'DNF', NULL, 0)"
            )
        )
    migrate(engine, "head")
    with engine.connect() as conn:
        heats = conn.execute(text("SELECT id, round_id, number, version FROM heat ORDER BY id"))
        assert heats.all() == [(1, 1, 1, 1), (2, 1, 2, 1)]
        assert conn.execute(
            text(
                "SELECT heat_id, entrant_id, seconds, mark, place FROM heat_entry ORDER BY heat_id"
            )
        ).all() == [(1, 1, 12.34, None, 1), (2, 2, None, "DNF", None)]
        assert conn.execute(text("SELECT version FROM contest")).scalar() == 4
    migrate(engine, "0010", down=True)
    with engine.connect() as conn:
        assert "version" not in heat_columns(conn)
        assert conn.execute(text("SELECT count(*) FROM heat_entry")).scalar() == 2
        assert conn.execute(text("SELECT number FROM heat ORDER BY id")).scalars().all() == [1, 2]
    engine.dispose()
