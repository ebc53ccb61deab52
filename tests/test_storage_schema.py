"""The schema revision is read without Alembic; Alembic is loaded only to upgrade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from promoplanner.storage.database import alembic_config
from promoplanner.storage.schema import head_revision, known_revisions

ROOT = Path(__file__).resolve().parent.parent


def test_the_files_name_the_same_revisions_as_alembic():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}


def _imports_after_opening(db: Path) -> str:
    code = (
        "import sys\n"
        "from promoplanner.storage.database import open_database\n"
        f"open_database({str(db)!r}).engine.dispose()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_opening_an_up_to_date_database_does_not_import_alembic(demo_db_template, tmp_path):
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_db_template.read_bytes())
    assert _imports_after_opening(db) == "[]"


def test_a_new_database_is_migrated_with_alembic(tmp_path):
    assert _imports_after_opening(tmp_path / "new.sqlite") == "['alembic', 'mako']"


def test_the_migrated_schema_is_the_tables_declared(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from promoplanner.storage.database import open_database
    from promoplanner.storage.tables import Base

    opened = open_database(str(tmp_path / "new.sqlite"))
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    opened.engine.dispose()
    assert differences == []


def test_upgrade_to_0004_keeps_proofs_and_stops_reusing_phase_ids(tmp_path, demo_db_template):
    import shutil
    import sqlite3

    from promoplanner.storage.database import migrate, open_database

    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, db)
    opened = open_database(str(db))
    migrate(opened.engine, "0003", down=True)
    opened.engine.dispose()
    with sqlite3.connect(db) as conn:
        phase2 = conn.execute("SELECT id FROM phase WHERE number = 2").fetchone()[0]
        conn.execute(
            "INSERT INTO flyer_proof (phase_id, version, made_at, item_count)"
            " VALUES (?, 1, '2027-06-01 09:00:00', 180)",
            (phase2,),
        )
        assert (
            "AUTOINCREMENT"
            not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'phase'").fetchone()[0]
        )
    conn.close()
    reopened = open_database(str(db))
    assert reopened.upgraded_from == "0003" and reopened.backup is not None
    reopened.engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM phase").fetchone()[0] == 2
        assert conn.execute(
            "SELECT version, item_count, state, file FROM flyer_proof"
        ).fetchall() == [(1, 180, "written", "")]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'phase'").fetchone()[0]
        assert "AUTOINCREMENT" in sql
        top = conn.execute("SELECT max(id) FROM phase").fetchone()[0]
        conn.execute("DELETE FROM phase WHERE id = ?", (top,))
        conn.execute(
            'INSERT INTO phase (campaign_id, number, name, theme, start, "end", flyer_target,'
            " print_run, negotiation_scope)"
            " SELECT campaign_id, 9, 'x', '', start, \"end\", 0, 0, '' FROM phase LIMIT 1"
        )
        assert conn.execute("SELECT max(id) FROM phase").fetchone()[0] == top + 1
    conn.close()


def test_the_barcode_index_has_its_where_on_postgresql_too():
    from sqlalchemy.schema import CreateIndex

    from promoplanner.storage.engine import make_engine
    from promoplanner.storage.tables import FlyerItemRow

    # Creating the engine connects to nothing; it is where the PostgreSQL form is declared.
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none")
    (index,) = (i for i in FlyerItemRow.__table__.indexes if i.name.startswith("uq_flyer_item"))
    ddl = str(CreateIndex(index).compile(dialect=engine.dialect))
    assert ddl.endswith("WHERE barcode <> '' AND deleted_at IS NULL")
    engine.dispose()
