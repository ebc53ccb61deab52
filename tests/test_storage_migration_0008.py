"""Migration 0008 grants the new rights and goes down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from promoplanner.storage.database import alembic_config, open_database


def test_0008_grants_the_new_rights_and_goes_down_and_up(tmp_path):
    opened = open_database(str(tmp_path / "s.sqlite"))
    engine = opened.engine
    with engine.connect() as conn:
        rights = set(conn.execute(text('SELECT role, "right" FROM role_right')).all())
    assert {("buyer", "items.submit"), ("planner", "submissions.review"),
            ("planner", "assessment.waive")} <= rights  # fmt: skip
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    with engine.connect() as conn:
        assert "submission" not in inspect(conn).get_table_names()
        assert "late_rule" not in {c["name"] for c in inspect(conn).get_columns("campaign")}
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert {"submission", "late_record", "header_word"} <= set(inspect(conn).get_table_names())
    engine.dispose()
