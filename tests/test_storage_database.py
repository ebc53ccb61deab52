"""Opening databases: migrations keep data, foreign files are never written, newer is refused."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from promoplanner.core.errors import DatabaseProblem
from promoplanner.storage.database import alembic_config, head_revision, open_database


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head_with_wal_and_foreign_keys(db_path):
    opened = open_database(str(db_path))
    with opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    assert opened.backup is None and opened.upgraded_from is None


def test_upgrade_from_first_revision_keeps_data_and_takes_a_backup(db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO campaign (id, name, year, month, theme, notes, tier_a, tier_b, tier_c)"
                " VALUES (1, '2005年6月', 2005, 6, '夏日新选择', '', 2, 3, 1)"
            )
        )
        conn.execute(
            text(
                'INSERT INTO phase (id, campaign_id, number, name, theme, start, "end",'
                " flyer_target, print_run, negotiation_scope)"
                " VALUES (1, 1, 1, '端午节促销', '端午特卖', '2005-06-11', '2005-06-12',"
                " 90, 3000, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO floor (id, code, name_en, name_zh, sort_order, end_racks, pile_spots)"
                " VALUES (1, '1F', 'Food', '食品', 0, 12, 14)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO flyer_item (id, phase_id, floor_id, name, barcode, spec, unit,"
                " regular_price, promo_price, sensitive, photo, notes, created_at, updated_at)"
                " VALUES (1, 1, 1, '五芳斋鲜肉粽', '6901028075831', '500g', '袋', 39.90, 29.90, 1,"
                " '', '', '2005-06-01 09:00:00', '2005-06-01 09:00:00')"
            )
        )
    engine.dispose()

    opened = open_database(str(db_path))

    assert opened.upgraded_from == "0001"
    assert opened.backup is not None and opened.backup.exists()
    with opened.engine.connect() as conn:
        row = conn.execute(text("SELECT name, promo_price FROM flyer_item WHERE id = 1")).one()
        limit = conn.execute(text("SELECT deep_discount_limit FROM campaign")).scalar()
    assert row[0] == "五芳斋鲜肉粽" and str(row[1]) in ("29.9", "29.90")
    assert float(limit) == 0.70
    with sqlite3.connect(opened.backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert old.execute("SELECT name FROM flyer_item").fetchone()[0] == "五芳斋鲜肉粽"


def test_database_newer_than_the_program_is_refused(db_path):
    open_database(str(db_path)).engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(db_path)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(db_path))
    assert err.value.key == "db.too_new" and "9999_future" in str(err.value)
    assert digest(db_path) == before


@pytest.mark.parametrize("content", [b"hello, this is a text file\n", b"\x00" * 100])
def test_a_file_that_is_not_a_database_is_never_written(tmp_path, content):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert err.value.key == "db.not_ours"
    assert path.read_bytes() == content
    assert not (tmp_path / "notes.txt-wal").exists()


def test_some_other_sqlite_database_is_never_written(tmp_path):
    path = tmp_path / "shop.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert err.value.key == "db.not_ours"
    assert digest(path) == before


def test_missing_folder_and_bad_url_are_explained(tmp_path):
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(tmp_path / "nowhere" / "x.sqlite"))
    assert err.value.key == "db.no_folder"
    with pytest.raises(DatabaseProblem) as err:
        open_database("nosuchdriver://x/y")
    assert err.value.key == "db.bad_url"
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(tmp_path))
    assert err.value.key == "db.is_folder"


def test_missing_database_is_not_created_when_only_reading(tmp_path):
    path = tmp_path / "absent.sqlite"
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path), create=False)
    assert err.value.key == "db.missing"
    assert not path.exists()


def test_migrating_down_and_up_keeps_every_row(tmp_path, demo_db_template):
    import shutil

    from promoplanner.storage.database import migrate

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    counts_sql = {
        t: f"SELECT count(*) FROM {t}"
        for t in (
            "campaign",
            "phase",
            "floor_quota",
            "deadline",
            "flyer_item",
            "activity",
            "display_zone",
            "zone_item",
            "contest",
            "holiday",
        )
    }

    def counts():
        with sqlite3.connect(path) as conn:
            return {t: conn.execute(q).fetchone()[0] for t, q in counts_sql.items()}

    before = counts()
    assert before["flyer_item"] == 270 and before["phase"] == 2
    opened = open_database(str(path))
    migrate(opened.engine, "0001", down=True)  # rebuilds the campaign table
    assert counts() == before
    opened.engine.dispose()
    reopened = open_database(str(path))
    assert reopened.upgraded_from == "0001"
    assert counts() == before
    reopened.engine.dispose()


def test_a_failing_upgrade_leaves_the_schema_as_it_was(db_path, monkeypatch):
    from promoplanner.storage import database

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    real = database._run_alembic

    def upgrade_then_fail(conn, revision, down):
        real(conn, revision, down)  # creates flyer_proof, alters campaign
        raise DatabaseProblem("db.upgrade_broke_links", table="phase")

    monkeypatch.setattr(database, "_run_alembic", upgrade_then_fail)
    with pytest.raises(DatabaseProblem):
        open_database(str(db_path))
    with sqlite3.connect(db_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(campaign)")}
    assert version == "0001" and "flyer_proof" not in tables
    assert "deep_discount_limit" not in columns
    monkeypatch.undo()
    assert open_database(str(db_path)).upgraded_from == "0001"  # and it still upgrades


def test_an_in_memory_database_gets_its_tables():
    from sqlalchemy import inspect

    opened = open_database("sqlite://")
    assert {"campaign", "phase", "flyer_item"} <= set(inspect(opened.engine).get_table_names())
