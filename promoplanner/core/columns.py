"""Columns of plain text on a terminal, where a Chinese character takes two cells."""

from __future__ import annotations

import unicodedata


def cells(value: str) -> int:
    """How many terminal cells the text takes: wide and full-width characters take two."""
    return sum(
        0
        if unicodedata.combining(ch)
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in value
    )


def column(value: object, width: int, align: str = "<") -> str:
    """The value padded to width cells (left-aligned, or right with align=">")."""
    shown = str(value)
    room = " " * max(0, width - cells(shown))
    return room + shown if align == ">" else shown + room
