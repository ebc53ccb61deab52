"""The round plan: heats per round, how many go through, and when the final comes.

The source's rule is "groups of four, the fastest of each group goes through, until a
final decides places 1, 2 and 3". With ``g`` the contest's group size and ``F`` the size
of the final (``min(g, 4)``: four, or three when heats are of three), a round of ``n``
entrants is planned so:

* ``n == 1``: no race; the only entrant is placed first (a walkover).
* ``2 <= n <= F``: this round is the final, one heat of ``n`` (2, 3 or 4 entrants).
* ``n > F``: ``k = ceil(n / g)`` heats, sizes balanced (they differ by at most one, so
  there is never a heat of one). Each heat's fastest goes through by place (Q), and the
  fastest of the rest fill the next round up by time (q), as athletics does "so that
  the next round is full":
  if ``k <= F`` the next round is the final, filled up to ``F`` (``F - k`` go by time);
  if ``k > F`` the next round gets ``g * ceil(k / g)`` entrants: exactly
  ``ceil(k / g)`` full heats, the fewest the ``k`` winners need (fewer than ``g`` by time).

Every heat winner must go through, so a round can never send fewer than ``ceil(n / g)``
on, and the next round can never have fewer heats than ``ceil(k / g)``; filling those
heats keeps that number, so the contest has the least possible number of rounds:
``1 + m`` where ``m`` is the smallest number with ``ceil(n / g**m) <= F`` (with heats of
four: 2–4 entrants race once, 5–16 twice, 17–64 three times, 65–256 four times, 257–1024
five times). The final always has ``F`` entrants whenever more than ``F`` entered, so
with three or more entrants it decides three distinct places. Examples with heats of
four: 7 → 4+3, 2 Q + 2 q → final of 4; 17 → 5 heats, 5 Q + 3 q → 4+4, 2 Q + 2 q → final;
100 → 25 heats → 28 (7 heats) → 8 (2 heats) → final of 4.

The plan is made again from the real field each time a round is drawn, so withdrawals
and entrants who did not finish (who never go through by time) only shrink what follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from promoplanner.core.errors import DomainError

MIN_GROUP_SIZE = 3  # a final decides three places, and a final is one heat
MAX_GROUP_SIZE = 8  # eight lanes, eight bottles on one table


def check_group_size(group_size: int) -> int:
    """The group size if a contest can be run with it, else a refusal."""
    if not MIN_GROUP_SIZE <= group_size <= MAX_GROUP_SIZE:
        raise DomainError(
            "contest.group_size",
            field="group_size",
            value=group_size,
            minimum=MIN_GROUP_SIZE,
            maximum=MAX_GROUP_SIZE,
        )
    return group_size


def final_size(group_size: int = 4) -> int:
    """How many race the final: a full heat, but never more than four."""
    return min(group_size, 4)


def group_sizes(entrants: int, group_size: int = 4) -> list[int]:
    """Split a round into as few groups as possible, sizes differing by at most one."""
    if entrants <= 0:
        return []
    groups = ceil(entrants / group_size)
    base, extra = divmod(entrants, groups)
    return [base + 1 if i < extra else base for i in range(groups)]


def is_final(entrants: int, group_size: int = 4) -> bool:
    """Whether a round of this many is the final (one entrant: a walkover, no race)."""
    return entrants <= final_size(group_size)


def advance_count(entrants: int, group_size: int = 4) -> int:
    """How many of a round of this many go through to the next round (0 from the final)."""
    if is_final(entrants, group_size):
        return 0
    heats = ceil(entrants / group_size)
    final = final_size(group_size)
    if heats <= final:
        return final
    return group_size * ceil(heats / group_size)  # full heats, as few as the winners need


@dataclass(frozen=True)
class PlannedRound:
    """One round of the plan: its heats and how many go through by place and by time."""

    number: int
    entrants: int
    heat_sizes: tuple[int, ...]
    by_place: int
    by_time: int

    @property
    def is_final(self) -> bool:
        """Whether this round is the final (nobody goes through from it)."""
        return self.by_place + self.by_time == 0

    @property
    def is_walkover(self) -> bool:
        """Whether the one entrant is placed first without a race."""
        return self.entrants == 1


def round_plan(entrants: int, group_size: int = 4) -> tuple[PlannedRound, ...]:
    """The rounds a contest of this many will run if everybody finishes every race."""
    check_group_size(group_size)
    plan: list[PlannedRound] = []
    n = entrants
    while n > 0:
        sizes = tuple(group_sizes(n, group_size)) if n > 1 else ()  # a walkover: no heat
        through = advance_count(n, group_size)
        by_place = min(len(sizes), through)
        plan.append(PlannedRound(len(plan) + 1, n, sizes, by_place, through - by_place))
        if not through:
            break
        n = through
    return tuple(plan)


def rounds_needed(entrants: int, group_size: int = 4) -> int:
    """How many races the plan holds, the final included (a walkover counts as one)."""
    return len(round_plan(entrants, group_size))
