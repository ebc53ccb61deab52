"""The People screen: who may sign in, with which roles and floors (planners manage it)."""

from promoplanner.ui.people.screen import PeopleScreen

__all__ = ["PeopleScreen"]
