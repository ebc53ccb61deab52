"""The TV board's pages: which heats each page shows, which one is on, and whether it turns.

A plain class (no Qt), so the paging rules are tested without a screen: the heat being
raced is pinned to every page, the other heats are split in their order into pages of
what fits, and the page shown survives a new result as far as it still exists.
"""

from __future__ import annotations

from collections.abc import Sequence


class BoardPages:
    """Pages of heat ids for a board that fits ``slots`` heats at once."""

    def __init__(self) -> None:
        self.pages: list[tuple[str, ...]] = [()]
        self.pinned: str | None = None
        self.index = 0
        self.paused = False

    def lay_out(self, heats: Sequence[str], pinned: str | None, slots: int) -> None:
        """Split ``heats`` into pages, ``pinned`` taking one slot of every page."""
        self.pinned = pinned if pinned in heats else None
        rest = [h for h in heats if h != self.pinned]
        room = max(1, slots - (1 if self.pinned is not None else 0))
        self.pages = [tuple(rest[i : i + room]) for i in range(0, len(rest), room)] or [()]
        self.index = min(self.index, len(self.pages) - 1)

    @property
    def count(self) -> int:
        """How many pages there are (at least one)."""
        return len(self.pages)

    @property
    def shown(self) -> tuple[str, ...]:
        """The heats on the screen now: the pinned one first, then the page's."""
        pinned = (self.pinned,) if self.pinned is not None else ()
        return pinned + self.pages[self.index]

    def step(self, by: int) -> None:
        """Go ``by`` pages on (back when negative), round from the last to the first."""
        self.index = (self.index + by) % self.count

    def turn(self) -> None:
        """The timer's step: the next page unless paused."""
        if not self.paused:
            self.step(1)

    def toggle_pause(self) -> None:
        """Stop or restart the automatic paging."""
        self.paused = not self.paused
