"""The bundled font's parsed tables, kept in the user's cache folder between runs.

Parsing the 5 MB TrueType collection (ReportLab's ``TTFontFace``) takes longer than
making a flyer proof's pages, and gives the same tables every time until the file
changes. So the parsed face is pickled once, keyed by the file's path, size and
modification time (and ReportLab's version), and read back on later runs; the font
file's bytes are still read each time, since subsetting copies glyphs from them. A cache
that is missing, unreadable, damaged or stale is ignored and written again; a cache that
cannot be written costs only the parse. What is embedded in a PDF is the same either way.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import tempfile
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

FORMAT = 1  # raise when what is stored changes
# Not stored: the file's bytes (read again, 5 MB) and the scale, a lambda pickle refuses.
_NOT_STORED = ("_ttf_data", "_pdfScale")
# What subsetting and measuring read; a stored face without them is not one.
_NEEDED = ("charToGlyph", "charWidths", "glyphPos", "hmetrics", "table", "unitsPerEm", "name")


def cache_folder() -> Path:
    """Where the parsed fonts are kept (the user's cache folder; safe to delete)."""
    return Path(platformdirs.user_cache_dir("promoplanner", appauthor=False)) / "fonts"


def cached_font(name: str, path: Path, subfont: int = 0) -> TTFont:
    """ReportLab's TTFont of the file, its face read from the cache when that matches."""
    face = cached_face(path, subfont)
    # What TTFont.__init__ sets besides the face (tests hold this against a parsed TTFont).
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())
    return font


def cached_face(path: Path, subfont: int = 0) -> TTFontFace:
    """The parsed face of the font file: from the cache if it is this file's, else parsed."""
    path = path.resolve()
    data = path.read_bytes()  # also a missing font fails here, as ReportLab's own would
    stat = path.stat()
    key = (FORMAT, reportlab.Version, str(path), stat.st_size, stat.st_mtime_ns, subfont)
    store = cache_folder() / f"{_file_name(path, subfont)}.pickle"
    face = _read(store, key, data)
    if face is None:
        face = TTFontFace(str(path), subfontIndex=subfont)
        _write(store, key, face)
    return face


def _file_name(path: Path, subfont: int) -> str:
    digest = hashlib.sha256(f"{path}\0{subfont}".encode()).hexdigest()[:16]
    return f"{path.stem}-{digest}"


def _read(store: Path, key: tuple, data: bytes) -> TTFontFace | None:
    """The stored face if the cache file holds one for exactly this key, else None."""
    try:
        raw = store.read_bytes()
    except OSError:
        return None
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of plain ints and tuples: no cycles to look for
    try:
        stored_key, state = _Unpickler(io.BytesIO(raw)).load()
    except Exception:  # damaged in any way (truncated, foreign, another format): parse
        return None
    finally:
        if enabled:
            gc.enable()
    if stored_key != key or not isinstance(state, dict) or any(k not in state for k in _NEEDED):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to thousandths of the size, computed as ReportLab's extractInfo does."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _write(store: Path, key: tuple, face: TTFontFace) -> None:
    """Store the face for next time, atomically; a cache we cannot write is no error."""
    state = {k: v for k, v in face.__dict__.items() if k not in _NOT_STORED}
    part = None
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(dir=store.parent, prefix=".", suffix=".part")
        with os.fdopen(fd, "wb") as out:
            pickle.dump((key, state), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, store)  # readers see the old file or the whole new one
        part = None
    except (OSError, pickle.PicklingError):
        pass
    finally:
        if part is not None:
            with contextlib.suppress(OSError):
                os.unlink(part)


class _Unpickler(pickle.Unpickler):
    """Reads plain values and ReportLab's name strings only: a cache file runs no code."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) == (TTFNameBytes.__module__, TTFNameBytes.__name__):
            return TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a font cache")
