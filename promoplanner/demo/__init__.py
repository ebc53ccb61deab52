"""The demo campaign's content: the store's floors, buyers and the flyer item list."""
