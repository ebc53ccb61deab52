"""One session per user action: a transaction that commits whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from promoplanner.storage.engine import writing_engine
from promoplanner.storage.errors import DATABASE_ERRORS, refusal


class UnitOfWork:
    """Hands out sessions on one engine; services use one per action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writing_engine(engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """The database's kind: "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end, or rolls back on any error.

        Any database error becomes a refusal in the person's words (storage/errors.py),
        raised after the rollback; nothing of the transaction is kept.
        """
        try:
            with self._writers.begin() as session:
                yield session
        except DATABASE_ERRORS as exc:
            raise refusal(exc) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        try:
            with self._sessions() as session:
                yield session
                session.rollback()
        except DATABASE_ERRORS as exc:
            raise refusal(exc) from None
