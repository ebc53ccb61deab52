"""A store's first run: File → New database, and the assistant that sets the store up."""

from promoplanner.ui.firstrun.assistant import StoreAssistant, needs_first_run, offer_first_run
from promoplanner.ui.firstrun.new_database import new_database

__all__ = ["StoreAssistant", "needs_first_run", "new_database", "offer_first_run"]
