"""One mapping from database errors to refusals in the user's words, for the CLI and the GUI.

Whatever the database says (a lock held too long, a constraint, a value out of range, a
grant refused, a connection lost), the person reads what it means for them, and the
transaction it happened in has been rolled back.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.orm.exc import StaleDataError

from promoplanner.core.errors import DatabaseProblem, DomainError, PromoError

# Unique constraints a person can run into, by their name (storage/tables' naming
# convention uq_<table>_<first column>): the refusal's catalogue key and the input it names.
UNIQUE_REFUSALS: dict[str, tuple[str, str | None]] = {
    "uq_campaign_name": ("db.campaign_name_taken", "name"),
    "uq_phase_campaign_id": ("db.phase_number_taken", "number"),
    "uq_floor_code": ("db.floor_code_taken", "code"),
    "uq_buyer_name": ("db.buyer_name_taken", "name"),
    "uq_department_floor_id": ("db.department_code_taken", "code"),
    "uq_flyer_proof_phase_id": ("proof.version_taken", None),
    "uq_person_user_name": ("db.user_name_taken", "user_name"),
    "uq_flyer_item_phase_barcode": ("db.barcode_taken", "barcode"),
}
# SQLite names the columns ("UNIQUE constraint failed: phase.campaign_id, phase.number"),
# PostgreSQL the constraint ('duplicate key value violates unique constraint "uq_…"').
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (\w+)\.(\w+)(?:, (\w+)\.(\w+))?")
_POSTGRES_UNIQUE = re.compile(r'unique constraint "(\w+)"')
# SQLite reports a unique index (not a constraint) by its columns as well.
_INDEX_BY_COLUMNS = {("flyer_item", "phase_id", "barcode"): "uq_flyer_item_phase_barcode"}
# PostgreSQL's SQLSTATE codes (psycopg's diag.sqlstate) for what a person can meet.
_BUSY_STATES = {"40001", "40P01", "55P03", "57014"}  # serialization, deadlock, lock, timeout
_RANGE_STATES = {"22003", "22001", "22007", "22008", "22P02"}  # numeric/text too big, bad value
_PERMISSION_STATES = {"42501"}
_LOST_STATES_PREFIX = ("08", "57P")  # connection exceptions, operator intervention


def violated_constraint(exc: IntegrityError) -> str | None:
    """The name of the unique constraint the statement broke, on SQLite or PostgreSQL."""
    diag = getattr(exc.orig, "diag", None)  # psycopg names it outright
    name = getattr(diag, "constraint_name", None)
    if name:
        return name
    reason = str(exc.orig or exc)
    found = _SQLITE_UNIQUE.search(reason)
    if found is not None:
        if found[3] is not None:
            index = _INDEX_BY_COLUMNS.get((found[1], found[2], found[4]))
            if index is not None:
                return index
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
        return DomainError("db.constraint", field=field, reason=_first_line(exc))
    return DomainError(key, field=field, version=version, next=version + 1)


def refusal(exc: BaseException) -> PromoError:
    """What a database error means for the person, as a refusal to show them."""
    if isinstance(exc, PromoError):
        return exc
    if isinstance(exc, StaleDataError):
        return DomainError("db.changed_meanwhile")
    state = _sqlstate(exc)
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return DatabaseProblem("db.connection_lost", reason=_first_line(exc))
    if state.startswith(_LOST_STATES_PREFIX):
        return DatabaseProblem("db.connection_lost", reason=_first_line(exc))
    if isinstance(exc, IntegrityError):
        known = conflict_refusal(exc)
        if known is not None:
            return known
        if "FOREIGN KEY" in _first_line(exc) or state == "23503":
            return DomainError("db.reference_gone")
        return DomainError("db.constraint", reason=_first_line(exc))
    if state in _BUSY_STATES or _sqlite_busy(exc):
        return DatabaseProblem("db.busy")
    if isinstance(exc, DataError) or state in _RANGE_STATES or isinstance(exc, OverflowError):
        return DomainError("db.out_of_range")
    if state in _PERMISSION_STATES or (
        isinstance(exc, ProgrammingError) and "permission denied" in _first_line(exc)
    ):
        return DatabaseProblem("db.no_permission", reason=_first_line(exc))
    reason = _first_line(exc)
    if "readonly database" in reason or "read-only" in reason:
        return DatabaseProblem("db.read_only_now")
    if "disk" in reason and ("full" in reason or "I/O" in reason):
        return DatabaseProblem("db.disk_problem", reason=reason)
    if isinstance(exc, OperationalError) and ("closed" in reason or "connect" in reason):
        return DatabaseProblem("db.connection_lost", reason=reason)
    return DatabaseProblem("db.failed", reason=reason)


DATABASE_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, OverflowError)


def _sqlite_busy(exc: BaseException) -> bool:
    reason = _first_line(exc)
    return "database is locked" in reason or "database table is locked" in reason


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return (
        getattr(orig, "sqlstate", None)
        or getattr(getattr(orig, "diag", None), "sqlstate", "")
        or ""
    )


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return (str(orig or exc).strip().splitlines() or [""])[0]
