"""Phases & quotas: a phase, its per-floor quota grid, buyer deadlines and holidays."""

from promoplanner.ui.planning.screen import PlanningScreen

__all__ = ["PlanningScreen"]
