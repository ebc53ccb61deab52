"""One save for the whole Phases & quotas screen: its parts, what each holds, what was kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from promoplanner.ui.labels import bracketed, in_a_row


@dataclass(frozen=True)
class Part:
    """A form or grid of the screen: its title and how to read, save or drop its edits."""

    title: Callable[[], str]
    unsaved: Callable[[], list[str]]  # details of what is typed but not stored; [] for none
    save: Callable[[], list[str]]  # store it; why each piece could not be stored
    discard: Callable[[], None]


@dataclass(frozen=True)
class SaveReport:
    """What one save did: the parts stored, and “part: why” for what was not."""

    saved: tuple[str, ...] = ()
    not_saved: tuple[str, ...] = field(default_factory=tuple)

    @property
    def nothing_to_do(self) -> bool:
        """Nothing was unsaved."""
        return not self.saved and not self.not_saved


def unsaved_lines(parts: Sequence[Part]) -> list[str]:
    """“Part (details)” for each part holding unsaved work."""
    lines = []
    for part in parts:
        details = part.unsaved()
        if details:
            shown = [d for d in details if d]
            lines.append(bracketed(part.title(), in_a_row(shown)) if shown else part.title())
    return lines


def save_parts(parts: Sequence[Part]) -> SaveReport:
    """Save every part holding unsaved work; the others are left alone."""
    saved: list[str] = []
    refused: list[str] = []
    for part in parts:
        if not part.unsaved():
            continue
        problems = part.save()
        if problems:
            refused += [f"{part.title()} — {problem}" for problem in problems]
        else:
            saved.append(part.title())
    return SaveReport(tuple(saved), tuple(refused))
