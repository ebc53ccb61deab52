"""Item photos for the proof: scaled once to what the card prints, never kept full size.

A phone photo has 12 megapixels; a flyer card shows it about 60 × 29 mm, which at a
print shop's 300 dpi is some 700 × 340 pixels. Each photo is decoded once at the smallest
size that still covers that (JPEG decoders can decode at 1/2, 1/4, 1/8 scale directly),
scaled to fit, and kept as a small JPEG in a bounded cache keyed by its file, modification
time and size. The decoded image is dropped at once, so memory stays flat however many
photos a phase has, and the PDF carries the small JPEG as it is (no second encoding).
A bad file never stops a document: it prints as a placeholder.
"""

from __future__ import annotations

import io
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from reportlab.lib.utils import ImageReader

MAX_PHOTO_BYTES = 40 * 1024 * 1024  # a flyer photo larger than this is a mistake, not a photo
PRINT_DPI = 300  # what a print shop asks for at the printed size
JPEG_QUALITY = 88
CACHE_BYTES = 48 * 1024 * 1024  # scaled JPEGs kept in memory (a few hundred photos)
POINTS_PER_INCH = 72.0


def resolve(photo: str, root: Path | None) -> Path | None:
    """The photo's file: absolute as given, relative to the database folder otherwise."""
    if not photo.strip():
        return None
    path = Path(photo.strip()).expanduser()
    if not path.is_absolute() and root is not None:
        path = root / path
    return path


def pixels_for(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> tuple[int, int]:
    """The pixels a box of that printed size needs at the print resolution."""
    scale = dpi / POINTS_PER_INCH
    return max(1, round(width_pt * scale)), max(1, round(height_pt * scale))


class _ScaledCache:
    """Scaled JPEGs by (file, mtime, size, box), least recently used dropped past a budget."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self._items: OrderedDict[tuple, bytes | None] = OrderedDict()
        self._lock = threading.Lock()  # the GUI makes documents in a worker thread

    def get(self, key: tuple) -> tuple[bool, bytes | None]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: tuple, value: bytes | None) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self.used += len(value or b"")
            while self.used > self.budget and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self.used -= len(dropped or b"")

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.used = 0


_CACHE = _ScaledCache(CACHE_BYTES)


def clear_cache() -> None:
    """Forget every scaled photo (tests; a long-running program never needs to)."""
    _CACHE.clear()


def scaled_jpeg(path: Path, box: tuple[int, int]) -> bytes | None:
    """The photo scaled to fit box (pixels) as JPEG bytes, None when it cannot be read."""
    try:
        stat = path.stat()
        if not path.is_file() or stat.st_size > MAX_PHOTO_BYTES or stat.st_size == 0:
            return None
    except (OSError, ValueError):
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size, box)
    known, value = _CACHE.get(key)
    if known:
        return value
    value = _scale(path, box)
    _CACHE.put(key, value)
    return value


def _scale(path: Path, box: tuple[int, int]) -> bytes | None:
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as image:
            # JPEG: decode straight at 1/2, 1/4 or 1/8 size when that still covers the box.
            image.draft("RGB", _cover(image.size, box))
            image = ImageOps.exif_transpose(image)  # phones store portrait photos turned
            if image.mode not in ("RGB", "L"):
                image = _on_white(image)
            image.thumbnail(box, Image.Resampling.LANCZOS, reducing_gap=2.0)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            return out.getvalue()
    except Exception:  # any unreadable image prints as a placeholder, whatever the reason
        return None


def _cover(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The smallest size of the image's shape that covers the box (what fit will need)."""
    w, h = size
    scale = min(box[0] / w, box[1] / h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def _on_white(image):
    from PIL import Image

    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def prepare(photos: Iterable[str], root: Path | None, box_pt: tuple[float, float]) -> None:
    """Scale the named photos for a box of that printed size into the cache, in parallel.

    Decoding and scaling run in Pillow's C code without the interpreter lock, so a few
    threads use every core; each holds one reduced image at a time, never a full one.
    """
    box = pixels_for(*box_pt)
    paths = {path for photo in photos if (path := resolve(photo, root)) is not None}
    if len(paths) < 2:
        return
    workers = min(4, os.cpu_count() or 1, len(paths))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for _ in pool.map(lambda path: scaled_jpeg(path, box), sorted(paths)):
            pass


def load(
    photo: str, root: Path | None, box_pt: tuple[float, float] = (170.0, 82.0)
) -> tuple[ImageReader | None, bool]:
    """The scaled image for a box of that printed size (points), or None if unreadable.

    The second value says whether a photo was named at all (to say "unreadable").
    """
    path = resolve(photo, root)
    if path is None:
        return None, False
    jpeg = scaled_jpeg(path, pixels_for(*box_pt))
    if jpeg is None:
        return None, True
    return ImageReader(io.BytesIO(jpeg)), True
