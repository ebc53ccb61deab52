"""One session per user action: a transaction that commits whole or not at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from promoplanner.core.errors import DomainError

# Unique constraints a person can run into, by their name (storage/tables.py's naming
# convention uq_<table>_<first column>): the refusal's catalogue key and the input it names.
UNIQUE_REFUSALS: dict[str, tuple[str, str | None]] = {
    "uq_campaign_name": ("db.campaign_name_taken", "name"),
    "uq_phase_campaign_id": ("db.phase_number_taken", "number"),
    "uq_floor_code": ("db.floor_code_taken", "code"),
    "uq_buyer_name": ("db.buyer_name_taken", "name"),
    "uq_department_floor_id": ("db.department_code_taken", "code"),
    "uq_flyer_proof_phase_id": ("proof.version_taken", None),
}
# SQLite names the columns ("UNIQUE constraint failed: phase.campaign_id, phase.number"),
# PostgreSQL the constraint ('duplicate key value violates unique constraint "uq_…"').
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (\w+)\.(\w+)")
_POSTGRES_UNIQUE = re.compile(r'unique constraint "(\w+)"')


class UnitOfWork:
    """Hands out sessions on one engine; services use one per action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end, or rolls back on any error.

        A unique constraint a person can run into (a name already taken) becomes a
        DomainError in their words; any other IntegrityError is a bug and is raised as is.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as exc:
            refusal = conflict_refusal(exc)
            if refusal is None:
                raise
            raise refusal from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self._sessions() as session:
            yield session
            session.rollback()


def violated_constraint(exc: IntegrityError) -> str | None:
    """The name of the unique constraint the statement broke, on SQLite or PostgreSQL."""
    diag = getattr(exc.orig, "diag", None)  # psycopg names it outright
    name = getattr(diag, "constraint_name", None)
    if name:
        return name
    reason = str(exc.orig or exc)
    found = _SQLITE_UNIQUE.search(reason)
    if found is not None:
        return f"uq_{found[1]}_{found[2]}"
    found = _POSTGRES_UNIQUE.search(reason)
    return found[1] if found is not None else None


def conflict_refusal(exc: IntegrityError) -> DomainError | None:
    """The refusal for a known unique constraint the statement broke, or None."""
    known = UNIQUE_REFUSALS.get(violated_constraint(exc) or "")
    if known is None:
        return None
    key, field = known
    if key != "proof.version_taken":
        return DomainError(key, field=field)
    # That message (services/proofs.py, the only writer of proofs) names the proof's number.
    version = exc.params.get("version") if isinstance(exc.params, dict) else None
    if not isinstance(version, int):
        return None
    return DomainError(key, field=field, version=version, next=version + 1)
