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
