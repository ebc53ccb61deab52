"""Heats of four: how many groups a round needs and who goes through."""

from __future__ import annotations

from math import ceil


def group_sizes(entrants: int, group_size: int = 4) -> list[int]:
    """Split a round into as few groups as possible, sizes differing by at most one."""
    if entrants <= 0:
        return []
    groups = ceil(entrants / group_size)
    base, extra = divmod(entrants, groups)
    return [base + 1 if i < extra else base for i in range(groups)]


def rounds_needed(entrants: int, group_size: int = 4) -> int:
    """Rounds until a final of at most one group decides places 1 to 3."""
    rounds = 0
    while entrants > group_size:
        entrants = len(group_sizes(entrants, group_size))
        rounds += 1
    return rounds + 1 if entrants else 0
