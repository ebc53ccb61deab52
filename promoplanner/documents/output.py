"""Writing a PDF file whole or not at all, with one-line refusals a person can act on."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from promoplanner.core.errors import PromoError

try:
    import fcntl
except ImportError:  # Windows: stale part files are told by their age instead
    fcntl = None  # type: ignore[assignment]

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


class PartFile:
    """A hidden ``.NAME.XXXXXXXX.part`` file beside the target, locked while it is written.

    The lock (an advisory ``flock``, released by the system when the process ends, however
    it ends) tells a later print that this file is still being written; a part file that
    nobody holds was left by a killed print and is removed (``remove_stale_parts``).
    Made before the document: a folder we cannot write into is refused before anything
    (such as a proof version) is recorded.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent
            )
        except OSError as exc:
            raise _problem(target, exc) from None
        self.fd, self.path, self.placed = fd, Path(name), False
        _lock(fd)

    def write(self, content: bytes) -> None:
        """Write the whole document and make it durable (refused in words on failure)."""
        try:
            os.chmod(self.path, 0o666 & ~_umask())  # mkstemp makes 0600; a PDF is ordinary
            view = memoryview(content)
            while view:
                view = view[os.write(self.fd, view) :]
            os.fsync(self.fd)
        except OSError as exc:
            raise _problem(self.target, exc) from None

    def put_in_place(self, database: Path | str | None = None) -> None:
        """Rename the written file onto the target, checking the target once more first."""
        check_output_path(self.target, database)  # the name may have changed meanwhile
        try:
            os.replace(self.path, self.target)
        except OSError as exc:
            raise _problem(self.target, exc) from None
        self.placed = True

    def close(self) -> None:
        """Remove the part file unless it was put in place, and let go of its lock."""
        if not self.placed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def __enter__(self) -> PartFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


PART_SUFFIX = ".part"
# .NAME.XXXXXXXX.part, as tempfile.mkstemp names ours; nothing else in the folder matches.
_OUR_PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
STALE_WITHOUT_LOCKS = 3600  # seconds: where locks cannot be asked, only old parts go


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the part files killed prints left in the folder; return what was removed.

    Only files of our own naming that no running print holds are removed.
    """
    removed = []
    try:
        names = [n for n in os.listdir(folder) if _OUR_PART.match(n)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        with contextlib.suppress(OSError):
            if _is_abandoned(path):
                os.unlink(path)
                removed.append(path)
    return removed


def _is_abandoned(path: Path) -> bool:
    if fcntl is None:
        return time.time() - path.stat().st_mtime > STALE_WITHOUT_LOCKS
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a print is writing it right now
    finally:
        os.close(fd)  # also lets go of the lock we just took
    return True


def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: age decides
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def write_atomically(
    path: Path, make: Callable[[], bytes], database: Path | str | None = None
) -> bytes:
    """Make the bytes and put them at path via a part file, so no half file is left."""
    path = check_output_path(path, database)
    remove_stale_parts(path.parent)
    with PartFile(path) as part:
        content = make()
        part.write(content)
        part.put_in_place(database)
    return content


def _problem(target: Path, exc: OSError) -> OutputProblem:
    return OutputProblem("print.cannot_write", field="output", path=target, reason=_why(exc))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _why(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def page_count(pdf: bytes) -> int:
    """Pages of a PDF ReportLab wrote (its page objects say /Type /Page)."""
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))
