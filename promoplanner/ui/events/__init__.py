"""Activities & zones: gift-with-purchase and event activities, display zones and their items."""

from promoplanner.ui.events.screen import EventsScreen

__all__ = ["EventsScreen"]
