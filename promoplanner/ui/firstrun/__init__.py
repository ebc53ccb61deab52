"""A store's first run: File → New database (new_database) and the assistant (assistant).

Imported where used, not here: start-up needs neither until a database asks for them.
"""
