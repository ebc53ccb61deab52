"""Who is acting, on which database, at what time: passed to every use case."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from promoplanner.core.clock import Clock, SystemClock
from promoplanner.core.enums import Role
from promoplanner.storage.database import OpenedDatabase, open_database
from promoplanner.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Actor:
    """The person using the program and their role."""

    role: Role
    name: str = ""
    buyer_id: int | None = None


PLANNER = Actor(Role.PLANNER, "企划部")


@dataclass(frozen=True)
class Context:
    """Everything a use case needs besides its own arguments."""

    uow: UnitOfWork
    actor: Actor = PLANNER
    clock: Clock = field(default_factory=SystemClock)
    database: OpenedDatabase | None = None

    def acting_as(self, actor: Actor) -> Context:
        """The same database and clock, another person."""
        return replace(self, actor=actor)


def connect(
    db: str | None, *, actor: Actor = PLANNER, clock: Clock | None = None, create: bool = True
) -> Context:
    """Open the database named by path or URL and make a context on it."""
    opened = open_database(db, create=create)
    return Context(UnitOfWork(opened.engine), actor, clock or SystemClock(), opened)
