"""Photos with a memory ceiling: the Phase-2 proof (180 items) with 180 distinct 12 MP photos.

    python benchmarks/photos.py [--keep DIR]

Makes 180 phone-sized photos (4000 × 3000, noise over gradients and shapes, so they
compress like photos: a few MB each) in a temporary folder, gives each Phase-2 item of
the demo its own, and makes the numbered proof in a fresh process. Prints the seconds,
the process's peak memory (RSS) and the PDF's size beside the budget. With --keep DIR
the PDF is kept there, to look at a page (pdftoppm -r 150 -f 2 -l 2 DIR/proof.pdf page).
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2027, 6, 20, 9, 0)
PHOTOS = 180
SIZE = (4000, 3000)  # 12 megapixels, as a phone takes them
BUDGET = {"seconds": 20.0, "peak_mb": 600, "pdf_mb": 40}


def make_photos(folder: Path, count: int = PHOTOS) -> list[Path]:
    """Distinct photo-like JPEGs: each its own colours, light, shapes and grain."""
    from PIL import Image, ImageDraw

    rng = random.Random(618)
    grain = [Image.effect_noise(SIZE, sigma) for sigma in (20, 30, 40)]
    ramp = Image.linear_gradient("L").resize(SIZE)
    lights = [ramp, ramp.transpose(Image.Transpose.ROTATE_180)]
    lights += [Image.linear_gradient("L").rotate(90).resize(SIZE), ramp.transpose(0)]
    paths = []
    for n in range(count):
        light = lights[n % len(lights)]
        channels = []
        for c in range(3):
            tint = rng.randint(90, 255)
            layer = Image.blend(light, grain[(n + c) % 3], 0.4)
            channels.append(layer.point(lambda v, t=tint: v * t // 255))
        photo = Image.merge("RGB", channels)
        draw = ImageDraw.Draw(photo)
        for _ in range(14):  # goods on the shelf: edges the scaled photo must keep sharp
            x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
            r = rng.randint(80, 700)
            colour = tuple(rng.randint(0, 255) for _ in range(3))
            draw.ellipse((x - r, y - r, x + r, y + r // 2), fill=colour, outline=(255, 255, 255))
        path = folder / f"item-{n:03d}.jpg"
        photo.save(path, "JPEG", quality=88)
        paths.append(path)
    return paths


def build_database(db: Path, photos: list[Path]) -> None:
    """The 2027 demo, each Phase-2 item with its own photo."""
    from sqlalchemy import select

    from promoplanner.core.clock import FixedClock
    from promoplanner.services.context import connect
    from promoplanner.services.demo import load_demo
    from promoplanner.storage import tables as t

    ctx = connect(str(db), clock=FixedClock(NOW))
    load_demo(ctx, 2027)
    with ctx.uow.transaction() as session:
        phase2 = session.scalar(select(t.PhaseRow).where(t.PhaseRow.number == 2))
        items = session.scalars(
            select(t.FlyerItemRow).where(t.FlyerItemRow.phase_id == phase2.id)
        ).all()
        for item, photo in zip(items, photos, strict=False):
            item.photo = str(photo)
    ctx.uow.engine.dispose()


def run_case(db: str, out: str) -> dict:
    """In the child: make the numbered Phase-2 proof and write it to out."""
    started = time.perf_counter()
    from promoplanner.core.clock import FixedClock
    from promoplanner.printing import flyer_proof_pdf
    from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
    from promoplanner.services.context import connect
    from promoplanner.services.passwords import sign_in

    # A numbered proof is the planner's: signed in as a real print is (the slow hash counted).
    ctx = sign_in(connect(db, clock=FixedClock(NOW), create=False), "planner", "demo")
    phase = find_phase(load_snapshot(ctx, find_campaign(ctx).id), 2)
    pdf = flyer_proof_pdf(ctx, phase.id)
    Path(out).write_bytes(pdf)
    return {"seconds": time.perf_counter() - started, "bytes": len(pdf)}


def main(argv: list[str]) -> int:
    """Make the photos and the database, then time the proof in its own process."""
    if len(argv) == 3 and argv[0] == "--child":
        print(json.dumps(run_case(argv[1], argv[2])))
        return 0
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    folder = Path(tempfile.mkdtemp(prefix="promoplanner-photos-"))
    try:
        made = time.perf_counter()
        photos = make_photos(folder)
        mb = sum(p.stat().st_size for p in photos) / 1e6
        print(
            f"{len(photos)} photos of {SIZE[0]}×{SIZE[1]}, {mb:.0f} MB of JPEG "
            f"(made in {time.perf_counter() - made:.0f} s)"
        )
        db = folder / "bench.sqlite"
        build_database(db, photos)
        out = folder / "proof.pdf"
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(db), str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        figures = {
            "seconds": result["seconds"],
            "peak_mb": peak_mb,
            "pdf_mb": result["bytes"] / 1e6,
        }
        print(f"{'':<22}{'measured':>10}{'budget':>10}")
        for name, label, unit in (
            ("seconds", "proof made in", "s"),
            ("peak_mb", "peak memory (RSS)", "MB"),
            ("pdf_mb", "PDF size", "MB"),
        ):
            ok = "ok" if figures[name] <= BUDGET[name] else "OVER"
            print(f"{label:<22}{figures[name]:>8.1f} {unit:<2}{BUDGET[name]:>7} {unit:<3}{ok}")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(out, keep / "proof.pdf")
            print(f"kept {keep / 'proof.pdf'}")
        return 0 if all(figures[k] <= BUDGET[k] for k in BUDGET) else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
