"""``promoplanner print …``: a PDF on success; one line, exit 2 and no file on refusal."""

from __future__ import annotations

import os
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from signed_in import as_user

from promoplanner.cli import main

NOW = ["--now", "2027-06-20 09:00"]


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder for the PDFs (the database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run(capsys, sale_db, *args, user="planner"):
    signed = ["--user", user] if user else []
    with patch.dict(os.environ, {"PROMOPLANNER_PASSWORD": "demo"}):  # the demo's password
        status = main(["--db", str(sale_db), *NOW, *signed, "print", *args])
    out, err = capsys.readouterr()
    return status, out, without_clock_notice(err)


def without_clock_notice(err: str) -> str:
    """Stderr without the line saying that --now holds the clock still."""
    return "".join(line for line in err.splitlines(True) if "clock stands still" not in line)


@pytest.mark.parametrize(
    "args",
    [
        ["flyer", "--phase", "1"],
        ["flyer", "--phase", "父亲节促销"],
        ["checklist", "--phase", "2", "--buyer", "陈静"],
        ["display-check", "--date", "2027-06-20", "--floor", "2f"],
        ["display-check", "--phase", "1"],
        ["bracket"],
        ["calendar", "--campaign", "2027年6月 夏日新选择"],
    ],
)
def test_each_kind_writes_a_pdf(capsys, sale_db, out_dir, args):
    target = out_dir / "out.pdf"
    status, out, err = run(capsys, sale_db, *args, "-o", str(target))
    assert (status, err) == (0, "")
    pages = len(PdfReader(target).pages)
    assert (f"({pages} pages)" if pages > 1 else "(1 page)") in out
    assert [p.name for p in out_dir.iterdir() if p.name.startswith(".")] == []


def test_without_a_user_the_flyer_is_a_draft_that_numbers_nothing(capsys, sale_db, out_dir):
    target = out_dir / "draft.pdf"
    status, out, err = run(capsys, sale_db, "flyer", "--phase", "1", "-o", str(target), user="")
    assert (status, err) == (0, "")
    assert "proof v" not in out and _proofs(sale_db, 1) == []
    assert "DRAFT" in PdfReader(target).pages[0].extract_text()


def test_flyer_says_which_proof_it_printed(capsys, sale_db, out_dir):
    target = out_dir / "proof.pdf"
    run(capsys, sale_db, "flyer", "--phase", "2", "-o", str(target))
    status, out, _ = run(capsys, sale_db, "flyer", "--phase", "2", "-o", str(target))
    assert status == 0
    assert "proof v2 with 180 items" in out
    assert "PROOF v2" in PdfReader(target).pages[0].extract_text()


def test_chinese_output(capsys, sale_db, out_dir):
    target = out_dir / "清单.pdf"
    status = main(
        [
            "--db",
            str(sale_db),
            "--lang",
            "zh",
            *NOW,
            "print",
            "checklist",
            "--phase",
            "1",
            "-o",
            str(target),
        ]
    )
    out, _ = capsys.readouterr()
    assert status == 0 and "已写入" in out
    assert "采购核对清单" in PdfReader(target).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["flyer", "--phase", "7"], "There is no phase “7”"),
        (["checklist", "--phase", "1", "--buyer", "无名氏"], "There is no buyer “无名氏”"),
        (["display-check", "--date", "2027-13-40"], "is not a date"),
        (["display-check", "--date", "2027-06-15"], "2027-06-15 is in no phase"),
        (["display-check"], "Give --date"),
        (["display-check", "--date", "2027-06-20", "--floor", "9F"], "There is no floor “9F”"),
        (["bracket", "--contest", "拔河"], "There is no contest “拔河”"),
        (["calendar", "--campaign", "nope"], "There is no campaign “nope”"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(capsys, sale_db, out_dir, args, message):
    target = out_dir / "out.pdf"
    status, out, err = run(capsys, sale_db, *args, "-o", str(target))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err, err
    assert list(out_dir.iterdir()) == []


def test_missing_folder_is_refused(capsys, sale_db, out_dir):
    target = out_dir / "no" / "such" / "out.pdf"
    status, _, err = run(capsys, sale_db, "calendar", "-o", str(target))
    assert status == 2
    assert "does not exist" in err and err.count("\n") == 1
    assert not (out_dir / "no").exists()


def test_folder_as_output_is_refused(capsys, sale_db, out_dir):
    status, _, err = run(capsys, sale_db, "calendar", "-o", str(out_dir))
    assert status == 2 and "is a folder" in err


def test_empty_kind_is_refused(capsys, sale_db):
    status, out, err = run(capsys, sale_db)
    assert status == 2 and out == ""
    assert "Say what to print" in err and err.count("\n") == 1


def test_missing_output_option_is_a_usage_error(capsys, sale_db):
    status, _, err = run(capsys, sale_db, "calendar")
    assert status == 2 and "-o/--output" in err and err.count("\n") == 1


def test_unwritable_file_leaves_no_half_file_and_no_proof(capsys, sale_db, out_dir, monkeypatch):
    target = out_dir / "proof.pdf"
    target.write_bytes(b"old proof")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    status, _, err = run(capsys, sale_db, "flyer", "--phase", "1", "-o", str(target))
    assert status == 2
    assert "Cannot write" in err and "Permission denied" in err and err.count("\n") == 1
    assert target.read_bytes() == b"old proof"  # the old file is untouched
    assert sorted(p.name for p in out_dir.iterdir()) == ["proof.pdf"]  # no temp file left
    monkeypatch.undo()
    assert _proofs(sale_db, 1) == []  # the failed write used up no version
    status, out, err = run(capsys, sale_db, "flyer", "--phase", "1", "-o", str(target))
    assert status == 0 and "proof v1 with 90 items" in out, err
    assert "PROOF v1" in PdfReader(target).pages[0].extract_text()
    assert _proofs(sale_db, 1) == [(1, 90)]


def test_disk_full_while_writing_records_no_proof(capsys, sale_db, out_dir, monkeypatch):
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = out_dir / "proof.pdf"
    status, _, err = run(capsys, sale_db, "flyer", "--phase", "2", "-o", str(target))
    assert status == 2 and "No space left on device" in err
    assert not target.exists() and list(out_dir.iterdir()) == []
    assert _proofs(sale_db, 2) == []


def test_a_proof_that_fails_to_render_records_no_version(capsys, sale_db, out_dir, monkeypatch):
    from promoplanner.documents import flyer

    def broken(data):
        raise ValueError("layout broke")

    monkeypatch.setattr(flyer, "flyer_proof", broken)
    with pytest.raises(ValueError):
        main(
            [
                "--db",
                str(sale_db),
                *NOW,
                "print",
                "flyer",
                "--phase",
                "2",
                "-o",
                str(out_dir / "x.pdf"),
            ]
        )
    assert _proofs(sale_db, 2) == []


def test_version_taken_meanwhile_is_refused_in_words(capsys, sale_db, out_dir, monkeypatch):
    """Another planner records v1 while this proof is being made: this one is not saved."""
    from promoplanner.documents import flyer
    from promoplanner.printing import flyer_proof_pdf

    real = flyer.flyer_proof
    racing = []

    def render_while_another_prints(data):
        if not racing:
            racing.append(True)
            ctx = _connect(sale_db)
            flyer_proof_pdf(ctx, data.phase.id)  # the other planner's proof takes v1
            ctx.uow.engine.dispose()
        return real(data)

    monkeypatch.setattr(flyer, "flyer_proof", render_while_another_prints)
    target = out_dir / "proof.pdf"
    status, out, err = run(capsys, sale_db, "flyer", "--phase", "2", "-o", str(target))
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "Proof v1 of this phase was recorded by someone else meanwhile" in err
    assert "it will be v2" in err
    assert not target.exists()  # no file carrying a number that is not ours
    assert _proofs(sale_db, 2) == [(1, 180)]  # only the other planner's


def _connect(sale_db):
    from datetime import datetime

    from promoplanner.core.clock import FixedClock
    from promoplanner.services.context import connect

    return as_user(
        connect(str(sale_db), clock=FixedClock(datetime(2027, 6, 20, 9)), create=False), "planner"
    )


def _proofs(sale_db, phase_id):
    from promoplanner.services.proofs import list_proofs

    ctx = _connect(sale_db)
    try:
        return [(p.version, p.item_count) for p in list_proofs(ctx, phase_id)]
    finally:
        ctx.uow.engine.dispose()


def test_unwritable_folder_records_no_proof(capsys, sale_db, out_dir, monkeypatch):
    import tempfile
    from datetime import datetime

    from promoplanner.core.clock import FixedClock
    from promoplanner.services.context import connect
    from promoplanner.services.proofs import list_proofs

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status, _, err = run(capsys, sale_db, "flyer", "--phase", "1", "-o", str(out_dir / "p.pdf"))
    assert status == 2 and "Cannot write" in err
    monkeypatch.undo()
    ctx = as_user(
        connect(str(sale_db), clock=FixedClock(datetime(2027, 6, 20, 9)), create=False), "planner"
    )
    assert list_proofs(ctx, 1) == []
    ctx.uow.engine.dispose()


def test_a_proof_inserted_by_another_planner_at_the_last_moment_is_refused(
    capsys, sale_db, out_dir, monkeypatch
):
    """The other proof is recorded after this one read its number: the number is refused.

    A write transaction takes the database's write lock before it reads, so the other
    planner's record cannot land inside this proof's own; it lands between reading the
    number for the page and recording it.
    """
    from datetime import datetime

    from promoplanner.services import documents, proofs

    real = documents.next_version
    raced = []

    def another_planner_records_it_first(session, phase_id):
        version = real(session, phase_id)
        if not raced:  # the other planner's own record_proof reads the number plainly
            raced.append(version)
            other = _connect(sale_db)
            proofs.record_proof(other, phase_id, version, 180, datetime(2027, 6, 20, 9))
            other.uow.engine.dispose()
        return version  # what this proof read a moment earlier

    monkeypatch.setattr(documents, "next_version", another_planner_records_it_first)
    target = out_dir / "proof.pdf"
    status, out, err = run(capsys, sale_db, "flyer", "--phase", "2", "-o", str(target))
    monkeypatch.undo()
    assert status == 2 and out == "" and err.count("\n") == 1
    assert raced == [1]
    assert "Proof v1 of this phase was recorded by someone else meanwhile" in err, err
    assert "it will be v2" in err
    assert list(out_dir.iterdir()) == []  # neither the proof nor its temporary file
    assert _proofs(sale_db, 2) == [(1, 180)]  # only the other planner's
