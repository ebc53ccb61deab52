"""The daily display check screen (floor management)."""

from promoplanner.ui.checks.screen import DailyChecksScreen

__all__ = ["DailyChecksScreen"]
