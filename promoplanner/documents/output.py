"""Writing a PDF file whole or not at all, with one-line refusals a person can act on."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from promoplanner.core.errors import PromoError

SQLITE_HEADER = b"SQLite format 3\x00"
# A WAL file starts with one of these two magic numbers (big-endian), whatever its name.
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
# Files SQLite keeps beside a database while it is open or after a crash.
SIDE_FILES = ("-wal", "-shm", "-journal")


class OutputProblem(PromoError):
    """The PDF cannot be written where the user asked."""


def check_output_path(path: Path | str, database: Path | str | None = None) -> Path:
    """The absolute path a PDF may be written to, or OutputProblem saying why not.

    The one guard for ``print … -o`` and the program's Save as. A PDF goes to a new name
    in an existing folder or replaces an ordinary file; never the open database (by any
    spelling or link), its ``-wal``/``-shm``/``-journal`` files, any other SQLite file
    (such as the copy made before an upgrade), a device or a pipe. ``database`` is the open
    SQLite file, None on a server.
    """
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if not folder.is_dir():
        raise OutputProblem("print.no_folder", field="output", folder=folder)
    try:
        found = os.stat(path)  # follows a link: what the link points at must be safe too
    except FileNotFoundError:
        found = None  # a new name (or a dangling link, which the rename replaces)
    except OSError as exc:  # a link loop, a name too long, no permission to look
        raise OutputProblem(
            "print.cannot_write", field="output", path=path, reason=_why(exc)
        ) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputProblem("print.is_folder", field="output", path=path)
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise OutputProblem("print.not_regular", field="output", path=path)
    if database is not None and _is_database_file(path, found, Path(database)):
        raise OutputProblem("print.is_database", field="output", path=path)
    if found is not None and _looks_like_sqlite(path):
        raise OutputProblem("print.is_sqlite", field="output", path=path)
    return path


def _is_database_file(path: Path, found: os.stat_result | None, database: Path) -> bool:
    """Whether path is the database or one of its side files, however it is spelled."""
    database = database.expanduser().absolute()
    real = Path(os.path.realpath(path))
    for name in (str(database), *(f"{database}{suffix}" for suffix in SIDE_FILES)):
        candidate = Path(name)
        if real == Path(os.path.realpath(candidate)):
            return True
        with contextlib.suppress(OSError):
            if found is not None and os.path.samefile(path, candidate):  # a hard link
                return True
    return False


def _looks_like_sqlite(path: Path) -> bool:
    """Whether the existing file is an SQLite database or a WAL file (by its first bytes)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False  # unreadable: the write itself will say why it cannot replace it
    return head == SQLITE_HEADER or head[:4] in WAL_MAGIC


def check_target(path: Path, database: Path | str | None = None) -> Path:
    """The same guard as check_output_path (kept for callers that know it by this name)."""
    return check_output_path(path, database)


def write_atomically(
    path: Path, make: Callable[[], bytes], database: Path | str | None = None
) -> bytes:
    """Make the bytes and put them at path via a temporary file, so no half file is left.

    The temporary file is created before the document is made: a folder we cannot write
    into is refused before anything (such as a proof version) is recorded.
    """
    path = check_output_path(path, database)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputProblem(
            "print.cannot_write", field="output", path=path, reason=_why(exc)
        ) from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a PDF is an ordinary file
        with os.fdopen(fd, "wb") as out:
            content = make()
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        check_output_path(path, database)  # again: the name may have changed meanwhile
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputProblem(
            "print.cannot_write", field="output", path=path, reason=_why(exc)
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return content


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _why(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def page_count(pdf: bytes) -> int:
    """Pages of a PDF ReportLab wrote (its page objects say /Type /Page)."""
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))
