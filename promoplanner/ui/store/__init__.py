"""The Store screen: the store's name, its floors, departments and buyers, changed later."""

from promoplanner.ui.store.screen import StoreScreen

__all__ = ["StoreScreen"]
