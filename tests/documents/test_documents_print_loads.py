"""``print flyer`` loads only what the flyer proof uses: no other document's code, no
PostgreSQL dialect for a SQLite file, no GUI, no migrations, no spreadsheets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

NOT_FOR_A_FLYER = (
    "PySide6",
    "alembic",
    "openpyxl",
    "pypinyin",
    "psycopg",
    "sqlalchemy.dialects.postgresql",
    "promoplanner.core.rules",
    "promoplanner.core.bracket",
    "promoplanner.core.display_sheet",
    "promoplanner.services.contest_store",
    "promoplanner.services.display",
    "promoplanner.documents.checklist",
    "promoplanner.documents.display_check",
    "promoplanner.documents.bracket",
    "promoplanner.documents.calendar",
    "promoplanner.documents.barcodes",
)


def _modules_after(args: list[str], env: dict[str, str]) -> set[str]:
    code = (
        "import json, sys\n"
        "from promoplanner.cli import main\n"
        f"status = main({args!r})\n"
        "print(json.dumps([status, sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    status, modules = json.loads(done.stdout.splitlines()[-1])
    assert status == 0, done.stderr
    return set(modules)


def test_a_signed_in_flyer_proof_loads_only_what_it_prints(sale_db, tmp_path):
    target = tmp_path / "proof.pdf"
    args = ["--db", str(sale_db), "--now", "2027-06-20 09:00", "--user", "planner"]
    args += ["print", "flyer", "--phase", "2", "-o", str(target)]
    loaded = _modules_after(args, {"PROMOPLANNER_PASSWORD": "demo"})
    assert target.read_bytes().startswith(b"%PDF-")
    assert "promoplanner.documents.flyer" in loaded  # the probe sees what was used
    assert {m for m in loaded if m.startswith(NOT_FOR_A_FLYER)} == set()
