"""Heats of four, as today's contest screen and sheet ask for them.

Kept for those two callers; the bracket itself (rounds, results, best losers, ties, the
podium) is ``promoplanner.core.bracket``.
"""

from __future__ import annotations

from promoplanner.core.bracket.plan import group_sizes, rounds_needed

__all__ = ["group_sizes", "rounds_needed"]
