"""One session per user action: a transaction that commits whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from promoplanner.core.errors import DomainError


class UnitOfWork:
    """Hands out sessions on one engine; services use one per action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end, or rolls back on any error.

        A constraint the database enforces (a name already taken, a row that vanished)
        becomes a DomainError, so callers handle one kind of refusal.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as exc:
            reason = str(exc.orig or exc).strip().splitlines()[0]
            raise DomainError("db.conflict", reason=reason) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self._sessions() as session:
            yield session
            session.rollback()
