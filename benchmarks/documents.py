"""Time the printed documents (run by hand): ``print flyer`` against a bare ReportLab script,
then flyer proofs of 180, 2,000 and 4,000 items and a display-check pack.

    python benchmarks/documents.py [RUNS]             (default 7 runs of the comparison)
    python benchmarks/documents.py --compare [RUNS]   (the comparison only)

The comparison runs whole processes, alternately: ``promoplanner print flyer --phase 2``
(180 items) and a bare ReportLab script, written to a temporary file here, that prints
a 180-row table with the same embedded font; it prints both medians and their ratio.
A third process, timed beside them, renders the same proof from its data read once
beforehand and pickled: promoplanner's document code with no database at all, the floor
of what ``print flyer`` can cost while it reads and records through SQLAlchemy.
Each other case runs in a fresh process on a copy of the demo database, so the figures
include registering the font and reading the data, and the peak memory is that case's.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2027, 6, 20, 9, 0)
CASES = ("flyer-180", "flyer-2000", "flyer-4000", "pack-10-days")
ROOT = Path(__file__).resolve().parent.parent
BUDGET = 2.0  # print flyer against the bare script, whole process

BARE = """
import sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

font_file, out = sys.argv[1], sys.argv[2]
pdfmetrics.registerFont(TTFont("CJK", font_file, subfontIndex=0))
rows = [["序号", "商品", "规格", "条码", "原价", "特价", "楼层"]]
for n in range(180):
    rows.append([str(n + 1), f"夏日清凉商品 {n}", "500ml×12", f"69{n:011d}",
                 f"¥{n % 50 + 9}.90", f"¥{n % 50 + 5}.90", f"{n % 3 + 1}F"])
table = Table(rows, repeatRows=1)
table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "CJK", 9),
                           ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
SimpleDocTemplate(out, pagesize=A4).build([table])
"""


def compare(db: Path, folder: Path, runs: int) -> float:
    """Median whole-process seconds of print flyer and of the bare script; print the ratio."""
    from promoplanner.documents.fonts import font_path

    bare = folder / "bare_table.py"
    bare.write_text(BARE, encoding="utf-8")
    # The planner signs in (a slow password hash is part of the cost) and numbers the proof.
    env = {**os.environ, "PROMOPLANNER_LANG": "en", "PROMOPLANNER_PASSWORD": "demo"}
    ours = [
        sys.executable,
        "-m",
        "promoplanner",
        "--db",
        str(db),
        "--now",
        "2027-06-20 09:00",
        "--user",
        "planner",
        "print",
        "flyer",
        "--phase",
        "2",
        "-o",
        str(folder / "proof.pdf"),
    ]
    theirs = [sys.executable, str(bare), str(font_path()), str(folder / "bare.pdf")]
    floor = document_only(db, folder)

    def seconds(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
        return time.perf_counter() - started

    seconds(ours), seconds(theirs)  # warm the disk cache; not counted
    seconds(floor)
    mine, base, docs = [], [], []
    for n in range(1, runs + 1):
        base.append(seconds(theirs))
        mine.append(seconds(ours))
        docs.append(seconds(floor))
        print(
            f"run {n}: print flyer {mine[-1]:.3f} s   bare ReportLab table {base[-1]:.3f} s"
            f"   document code alone {docs[-1]:.3f} s"
        )
    ratio = statistics.median(mine) / statistics.median(base)
    print(
        f"median: print flyer (180 items) {statistics.median(mine):.3f} s, bare ReportLab "
        f"script (180-row table, same embedded font) {statistics.median(base):.3f} s; "
        f"ratio {ratio:.2f}× (budget {BUDGET}×)"
    )
    print(
        f"        the same proof from pickled data, no database: "
        f"{statistics.median(docs):.3f} s, "
        f"{statistics.median(docs) / statistics.median(base):.2f}× the bare script"
    )
    return ratio


DOCUMENT_ONLY = """
import gc, pickle, sys
from promoplanner.documents.flyer import flyer_proof
with open(sys.argv[1], "rb") as f:
    data = pickle.load(f)
assert "sqlalchemy" not in sys.modules, "the document code alone must not load SQLAlchemy"
with open(sys.argv[2], "wb") as f:
    f.write(flyer_proof(data))
gc.freeze()  # as promoplanner's own entry point does at exit
"""


def document_only(db: Path, folder: Path) -> list[str]:
    """The command that renders phase 2's numbered proof from data pickled here."""
    import pickle

    from promoplanner.core.clock import FixedClock
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.context import connect
    from promoplanner.services.documents import flyer_proof_data
    from promoplanner.services.people import person_by_user_name

    ctx = connect(str(db), clock=FixedClock(NOW), create=False)
    ctx = ctx.acting_as(person_by_user_name(ctx, "planner"))
    phase = find_phase(load_snapshot(ctx, find_campaign(ctx).id), 2)
    (folder / "proof_data.pickle").write_bytes(
        pickle.dumps(flyer_proof_data(ctx, phase.id, numbered=True))
    )
    ctx.uow.engine.dispose()
    script = folder / "document_only.py"
    script.write_text(DOCUMENT_ONLY, encoding="utf-8")
    return [sys.executable, str(script), str(folder / "proof_data.pickle"), str(folder / "d.pdf")]


def build_database(path: Path) -> None:
    """The 2027 demo plus a third phase holding 2,000 and a fourth holding 4,000 items."""
    from sqlalchemy import select

    from promoplanner.core.clock import FixedClock
    from promoplanner.services.context import connect
    from promoplanner.services.demo import load_demo
    from promoplanner.storage import tables as t

    ctx = connect(str(path), clock=FixedClock(NOW))
    load_demo(ctx, 2027)
    with ctx.uow.transaction() as session:
        campaign = session.scalar(select(t.CampaignRow))
        phase2 = session.scalar(select(t.PhaseRow).where(t.PhaseRow.number == 2))
        template = list(
            session.scalars(select(t.FlyerItemRow).where(t.FlyerItemRow.phase_id == phase2.id))
        )
        for number, count in ((3, 2000), (4, 4000)):
            phase = t.PhaseRow(
                campaign_id=campaign.id,
                number=number,
                name=f"Bench {count}",
                theme="bench",
                # Later in the year, so the display-check pack of Phase 2 stays the demo's.
                start=phase2.start + timedelta(days=30 * number),
                end=phase2.end + timedelta(days=30 * number),
                flyer_target=count,
                print_run=5000,
                negotiation_scope="",
            )
            session.add(phase)
            session.flush()
            for n in range(count):
                src = template[n % len(template)]
                session.add(
                    t.FlyerItemRow(
                        phase_id=phase.id,
                        floor_id=src.floor_id,
                        department_id=src.department_id,
                        buyer_id=src.buyer_id,
                        name=f"{src.name} {n}",
                        barcode="",
                        spec=src.spec,
                        unit=src.unit,
                        regular_price=src.regular_price,
                        promo_price=src.promo_price - Decimal("0.01") * (n % 3),
                        tier=src.tier,
                        sensitive=src.sensitive,
                        display_form=src.display_form,
                        photo="",
                        notes="",
                        created_at=NOW,
                        updated_at=NOW,
                    )
                )
    ctx.uow.engine.dispose()


def run_case(case: str, db: str) -> dict:
    """Make one document and report seconds, pages and peak memory."""
    from promoplanner.core.clock import FixedClock
    from promoplanner.documents.output import page_count
    from promoplanner.printing import display_check_pack_pdf, flyer_proof_pdf
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.context import connect
    from promoplanner.services.people import person_by_user_name

    ctx = connect(db, clock=FixedClock(NOW), create=False)
    ctx = ctx.acting_as(person_by_user_name(ctx, "planner"))  # proofs are a planner's
    snap = load_snapshot(ctx, find_campaign(ctx).id)
    phase = find_phase(snap, {"flyer-180": 2, "flyer-2000": 3, "flyer-4000": 4}.get(case, 2))
    started = time.perf_counter()
    if case.startswith("flyer"):
        pdf = flyer_proof_pdf(ctx, phase.id)
    else:
        pdf = display_check_pack_pdf(ctx, phase.id)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    items = len(snap.items_of(phase.id))
    return {
        "case": case,
        "items": items,
        "days": phase.days,
        "pages": page_count(pdf),
        "seconds": round(seconds, 2),
        "peak_mb": round(peak_mb),
        "kb": len(pdf) // 1024,
    }


def main() -> None:
    """Build the data once, then time each case in its own process."""
    if len(sys.argv) == 3 and sys.argv[1] in CASES:
        print(json.dumps(run_case(sys.argv[1], sys.argv[2])))
        return
    args = sys.argv[1:]
    only_compare = "--compare" in args
    args = [a for a in args if a != "--compare"]
    runs = int(args[0]) if args else 7
    folder = Path(tempfile.mkdtemp(prefix="promoplanner-bench-"))
    try:
        db = folder / "bench.sqlite"
        build_database(db)
        compare(db, folder, runs)
        if only_compare:
            return
        print()
        print(f"{'case':<14}{'items':>7}{'pages':>7}{'seconds':>9}{'peak MB':>9}{'PDF KB':>8}")
        for case in CASES:
            copy = folder / f"{case}.sqlite"
            shutil.copy(db, copy)
            out = subprocess.run(
                [sys.executable, __file__, case, str(copy)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout)
            print(
                f"{r['case']:<14}{r['items']:>7}{r['pages']:>7}{r['seconds']:>9.2f}"
                f"{r['peak_mb']:>9}{r['kb']:>8}"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
