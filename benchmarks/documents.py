"""Time the printed documents (run by hand): flyer proofs of 180 and 2,000 items, a pack.

    python benchmarks/documents.py

Each case runs in a fresh process on a copy of the demo database, so the figures include
registering the font and reading the data, and the peak memory is that case's alone.
"""

from __future__ import annotations

import json
import resource
import shutil
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

    ctx = connect(db, clock=FixedClock(NOW), create=False)
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
    if len(sys.argv) == 3:
        print(json.dumps(run_case(sys.argv[1], sys.argv[2])))
        return
    folder = Path(tempfile.mkdtemp(prefix="promoplanner-bench-"))
    try:
        db = folder / "bench.sqlite"
        build_database(db)
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
