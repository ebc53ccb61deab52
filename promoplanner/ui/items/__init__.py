"""The flyer items screen (buyers' screen)."""

from promoplanner.ui.items.screen import ItemsScreen

__all__ = ["ItemsScreen"]
