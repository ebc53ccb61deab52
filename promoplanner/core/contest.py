"""Heats of four, as today's contest screen and sheet ask for them; the early-draw warning.

Kept for those callers; the bracket itself (rounds, results, best losers, ties, the
podium) is ``promoplanner.core.bracket``.
"""

from __future__ import annotations

from datetime import date

from promoplanner.core.bracket.plan import group_sizes, rounds_needed
from promoplanner.core.i18n import Language, text
from promoplanner.core.model import Contest

__all__ = ["early_draw_warning", "group_sizes", "rounds_needed"]


def early_draw_warning(
    contest: Contest, today: date, rounds_drawn: int, language: Language | str | None = None
) -> str | None:
    """What to say before round 1 is drawn ahead of the contest day, else None.

    Registration runs until the contest day and the first draw ends it, so drawing a week
    early turns away everybody who would still have registered ("no limit on entrants").
    """
    if rounds_drawn or today >= contest.day:
        return None
    return text(
        "contest.draw_closes_registration", language,
        today=today.isoformat(), contest_day=contest.day.isoformat(),
    )  # fmt: skip
