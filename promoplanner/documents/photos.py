"""Item photos for the proof: read once, and never let a bad file stop a document."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.utils import ImageReader

MAX_PHOTO_BYTES = 20 * 1024 * 1024  # a flyer photo larger than this is a mistake, not a photo


def resolve(photo: str, root: Path | None) -> Path | None:
    """The photo's file: absolute as given, relative to the database folder otherwise."""
    if not photo.strip():
        return None
    path = Path(photo.strip()).expanduser()
    if not path.is_absolute() and root is not None:
        path = root / path
    return path


@lru_cache(maxsize=256)
def _read(path: str, mtime: float) -> ImageReader | None:
    try:
        reader = ImageReader(path)
        w, h = reader.getSize()  # forces decoding: a corrupt file fails here, not mid-page
        if w <= 0 or h <= 0:
            return None
        reader.getRGBData()
        return reader
    except Exception:  # any unreadable image prints as a placeholder, whatever the reason
        return None


def load(photo: str, root: Path | None) -> tuple[ImageReader | None, bool]:
    """The image (or None) and whether a photo was named at all (to say "unreadable")."""
    path = resolve(photo, root)
    if path is None:
        return None, False
    try:
        stat = path.stat()
    except (OSError, ValueError):
        return None, True
    if not path.is_file() or stat.st_size > MAX_PHOTO_BYTES:
        return None, True
    return _read(str(path), stat.st_mtime), True
