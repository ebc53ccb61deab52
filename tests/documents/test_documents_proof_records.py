"""A proof record describes what its PDF shows, and the number and the file always agree.

Every order of failure is tried: the program killed after the number is recorded but
before the file is in place, killed after the file is in place but before the record says
so, the rename refused, the phase replaced while the proof was being made.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader
from signed_in import as_user, quiet, run_cli

from promoplanner.core.clock import FixedClock
from promoplanner.core.enums import ProofState
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.proofs import file_state, list_proofs, proof_items

ROOT = Path(__file__).resolve().parents[2]
NOW = ["--now", "2027-06-20 09:00"]
SALE_DAY = FixedClock(__import__("datetime").datetime(2027, 6, 20, 9, 0))


@pytest.fixture
def out(tmp_path):
    """An empty folder for the PDFs (the database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _ctx(db: Path):
    return as_user(connect(str(db), clock=SALE_DAY, create=False), "planner")


def _proofs(db: Path, number: int = 2):
    ctx = _ctx(db)
    try:
        phase = find_phase(load_snapshot(ctx, find_campaign(ctx).id), number)
        return [(p.version, p.state) for p in list_proofs(ctx, phase.id)]
    finally:
        ctx.uow.engine.dispose()


def _print(capsys, db: Path, target: Path, phase: str = "2") -> tuple[int, str, str]:
    status = run_cli(["--db", str(db), *NOW, "print", "flyer", "--phase", phase, "-o", str(target)])
    out, err = capsys.readouterr()
    return status, out, quiet(err)


def _version_on(pdf: Path) -> str:
    text = PdfReader(pdf).pages[0].extract_text()
    return next(w for w in ("PROOF v1", "PROOF v2", "PROOF v3") if w in text)


def test_the_record_names_the_items_and_the_file_it_printed(capsys, sale_db, out):
    target = out / "proof.pdf"
    status, said, _ = _print(capsys, sale_db, target)
    assert status == 0 and "proof v1 with 180 items" in said
    ctx = _ctx(sale_db)
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    phase = find_phase(snap, 2)
    (proof,) = list_proofs(ctx, phase.id)
    assert proof.state is ProofState.WRITTEN and proof.file == str(target)
    assert proof.pdf_sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    printed = proof_items(ctx, proof.id)
    assert len(printed) == proof.item_count == 180
    assert {p.item_id for p in printed} == {i.id for i in snap.items_of(phase.id)}
    first = next(i for i in snap.items if i.id == printed[0].item_id)
    assert (printed[0].name, printed[0].promo_price) == (first.name, first.promo_price)
    ctx.uow.engine.dispose()


def test_phase_ids_are_never_reused(sale_db):
    ctx = _ctx(sale_db)
    before = {p.id for p in load_snapshot(ctx, find_campaign(ctx).id).phases}
    load_demo(ctx, 2027, replace=True)
    after = {p.id for p in load_snapshot(ctx, find_campaign(ctx).id).phases}
    assert min(after) > max(before)
    ctx.uow.engine.dispose()


def test_a_print_begun_before_the_phase_was_replaced_records_nothing(
    capsys, sale_db, out, monkeypatch
):
    from promoplanner.documents import flyer

    real = flyer.flyer_proof

    def replaced_while_rendering(data):
        other = _ctx(sale_db)
        load_demo(other, 2027, replace=True)  # another planner rebuilds the demo
        other.uow.engine.dispose()
        return real(data)

    monkeypatch.setattr(flyer, "flyer_proof", replaced_while_rendering)
    target = out / "proof.pdf"
    status, _, err = _print(capsys, sale_db, target)
    assert status == 2 and err.count("\n") == 1 and "no phase" in err.lower()
    assert not target.exists() and list(out.iterdir()) == []
    monkeypatch.undo()
    assert _proofs(sale_db) == []  # nothing recorded against the new phase


KILLED = textwrap.dedent(
    """
    import os, sys
    from promoplanner.cli import main

    when, target, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    real = os.replace

    def replace(src, dst):
        if str(dst) == target:
            if when == "before-rename":
                os._exit(137)  # as kill -9: no clean-up runs
            real(src, dst)
            os._exit(137)
        return real(src, dst)

    os.replace = replace
    sys.exit(main(args))
    """
)


def _killed_print(db: Path, target: Path, when: str) -> None:
    args = ["--db", str(db), *NOW, "--user", "planner", "print", "flyer", "--phase", "2"]
    args += ["-o", str(target)]
    done = subprocess.run(
        [sys.executable, "-c", KILLED, when, str(target), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PROMOPLANNER_LANG": "en", "PROMOPLANNER_PASSWORD": "demo"},
    )
    assert done.returncode == 137, done.stderr


def test_killed_after_the_number_was_taken_but_before_the_file_arrived(capsys, sale_db, out):
    target = out / "proof.pdf"
    _killed_print(sale_db, target, "before-rename")
    assert not target.exists()
    assert _proofs(sale_db) == [(1, ProofState.PENDING)]
    left = [p.name for p in out.iterdir()]
    assert len(left) == 1 and left[0].startswith(".proof.pdf.") and left[0].endswith(".part")
    status, said, _ = _print(capsys, sale_db, target)
    assert status == 0 and "proof v2" in said  # v1 is never reused for another file
    assert _version_on(target) == "PROOF v2"
    assert _proofs(sale_db) == [(1, ProofState.MISSING), (2, ProofState.WRITTEN)]
    assert [p.name for p in out.iterdir()] == ["proof.pdf"]  # the stale part is gone


def test_killed_after_the_file_arrived_but_before_the_record_said_so(capsys, sale_db, out):
    target = out / "proof.pdf"
    _killed_print(sale_db, target, "after-rename")
    assert _version_on(target) == "PROOF v1"
    assert _proofs(sale_db) == [(1, ProofState.PENDING)]
    second = out / "proof-2.pdf"
    status, said, _ = _print(capsys, sale_db, second)
    assert status == 0 and "proof v2" in said  # not a second v1
    assert _proofs(sale_db) == [(1, ProofState.WRITTEN), (2, ProofState.WRITTEN)]
    assert sorted(p.name for p in out.iterdir()) == ["proof-2.pdf", "proof.pdf"]


def test_a_refused_rename_takes_the_number_back(capsys, sale_db, out, monkeypatch):
    target = out / "proof.pdf"
    real = os.replace

    def refuse(src, dst):
        if Path(dst) == target:
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    status, _, err = _print(capsys, sale_db, target)
    assert status == 2 and "Permission denied" in err
    assert list(out.iterdir()) == [] and _proofs(sale_db) == []
    monkeypatch.undo()
    assert _print(capsys, sale_db, target)[0] == 0
    assert _version_on(target) == "PROOF v1"


def test_a_part_file_being_written_by_another_print_is_left_alone(tmp_path):
    from promoplanner.documents.output import PartFile, remove_stale_parts

    with PartFile(tmp_path / "proof.pdf") as busy:
        abandoned = tmp_path / ".proof.pdf.abcd1234.part"
        abandoned.write_bytes(b"%PDF- half")
        unrelated = tmp_path / ".notes.part"
        unrelated.write_bytes(b"somebody else's")
        assert remove_stale_parts(tmp_path) == [abandoned]
        assert busy.path.exists() and unrelated.exists()


def test_a_file_in_a_folder_this_machine_cannot_see_stays_pending(tmp_path):
    assert file_state(str(tmp_path / "elsewhere" / "proof.pdf"), "ab" * 32) is None
    assert file_state(str(tmp_path / "proof.pdf"), "ab" * 32) is ProofState.MISSING
    (tmp_path / "proof.pdf").write_bytes(b"%PDF-other")
    assert file_state(str(tmp_path / "proof.pdf"), "ab" * 32) is ProofState.MISSING


@pytest.mark.parametrize("kind", ["calendar", "checklist"])
def test_other_documents_leave_no_part_file_on_errors(capsys, sale_db, out, kind):
    args = [kind] if kind == "calendar" else [kind, "--phase", "2", "--buyer", "nobody"]
    status = run_cli(["--db", str(sale_db), *NOW, "print", *args, "-o", str(out / "x.pdf")])
    capsys.readouterr()
    assert (status == 0) == (kind == "calendar")
    assert [p.name for p in out.iterdir() if p.suffix == ".part"] == []
