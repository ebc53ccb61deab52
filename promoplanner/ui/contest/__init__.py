"""Contest: registration of the beer-drinking contest's entrants."""

from promoplanner.ui.contest.screen import ContestScreen

__all__ = ["ContestScreen"]
