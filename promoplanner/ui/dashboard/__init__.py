"""The dashboard: the month, progress against quotas, deadlines and rule findings."""

from promoplanner.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
