"""Writing a PDF file whole or not at all, with one-line refusals a person can act on."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from promoplanner.core.errors import PromoError


class OutputProblem(PromoError):
    """The PDF cannot be written where the user asked."""


def check_target(path: Path) -> Path:
    """Refuse a missing folder or a folder given as the file; return the absolute path."""
    path = path.expanduser().absolute()
    folder = path.parent
    if not folder.is_dir():
        raise OutputProblem("print.no_folder", field="output", folder=folder)
    if path.is_dir():
        raise OutputProblem("print.is_folder", field="output", path=path)
    return path


def write_atomically(path: Path, make: Callable[[], bytes]) -> bytes:
    """Make the bytes and put them at path via a temporary file, so no half file is left.

    The temporary file is created before the document is made: a folder we cannot write
    into is refused before anything (such as a proof version) is recorded.
    """
    path = check_target(path)
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
