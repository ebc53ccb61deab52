"""Work around a reference-count bug of PySide6 6.12 on Python 3.11 that kills the program.

PySide6 6.12.0 returns None from every void call (setText, drawText, processEvents, ...)
without taking a reference: each call lowers None's count by one, written for the
immortal None of Python 3.12+. On Python 3.11 the count reaches zero after a few
hundred repaints and the interpreter aborts ("none_dealloc: deallocating None").
Raising the counts of None, True and False once by 2**40 makes them as good as immortal,
as on 3.12 (a bool-returning call was seen to drop a reference to True or False too).
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def needs_none_guard(python: tuple[int, int], pyside: str) -> bool:
    """Whether this Python and PySide6 pair has the bug."""
    return python < (3, 12) and pyside.startswith("6.12.")


def guard_none_refcount() -> bool:
    """Make None, True and False immortal in practice when the bug is present."""
    global _done
    import PySide6

    if _done or not needs_none_guard(sys.version_info[:2], PySide6.__version__):
        return False
    # ob_refcnt is the first field of every CPython object (Py_ssize_t), at id(obj).
    # True and False suffer the same way from calls that return a bool.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _done = True
    return True
