"""Who is signed in, on which database, at what time: passed to every use case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from promoplanner.core.changes import Changes
from promoplanner.core.clock import Clock, SystemClock
from promoplanner.core.people import Person
from promoplanner.storage.database import OpenedDatabase, open_database
from promoplanner.storage.engine import BUSY_TIMEOUT_MS
from promoplanner.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Context:
    """Everything a use case needs besides its own arguments.

    `actor` is the signed-in person (None until somebody signs in: reading works, changes
    are refused). `listener` hears what each committed change touched (the GUI refreshes
    only that).
    """

    uow: UnitOfWork
    actor: Person | None = None
    clock: Clock = field(default_factory=SystemClock)
    database: OpenedDatabase | None = None
    listener: Callable[[Changes], None] | None = None

    def acting_as(self, person: Person | None) -> Context:
        """The same database and clock, another person (or nobody)."""
        return replace(self, actor=person)

    def listening(self, listener: Callable[[Changes], None] | None) -> Context:
        """The same context, telling the listener what each committed change touched."""
        return replace(self, listener=listener)


def connect(
    db: str | None,
    *,
    actor: Person | None = None,
    clock: Clock | None = None,
    create: bool = True,
    lock_wait_ms: int = BUSY_TIMEOUT_MS,
) -> Context:
    """Open the database named by path or URL and make a context on it (nobody signed in).

    `lock_wait_ms`: how long a write waits for another's lock before it is refused
    (storage/engine.py).
    """
    opened = open_database(db, create=create, lock_wait_ms=lock_wait_ms)
    return Context(UnitOfWork(opened.engine), actor, clock or SystemClock(), opened)
