"""Signing in: the dialog at start-up, after File → Open database and File → Switch user."""
