"""Whether the printed documents can draw a character (the bundled font's coverage)."""

from __future__ import annotations

from bisect import bisect_right

from promoplanner.core.printable_ranges import RANGES

_STARTS = tuple(first for first, _ in RANGES)

# Emoji variation selectors and the zero-width joiner only shape the symbol before them:
# typed or pasted after a character, they are dropped rather than refused.
SHAPING = frozenset(range(0xFE00, 0xFE10)) | {0x200D}


def can_print(ch: str) -> bool:
    """True when the font has a glyph for the character."""
    code = ord(ch)
    n = bisect_right(_STARTS, code) - 1
    return n >= 0 and code <= RANGES[n][1]


def unprintable(text: str) -> list[str]:
    """The characters of a text the font cannot draw, each once, in order of appearance."""
    found: list[str] = []
    for ch in text:
        if ch not in found and ord(ch) not in SHAPING and ch != "\n" and not can_print(ch):
            found.append(ch)
    return found
