"""Flyer proof versions: each printed proof is numbered so paper can be matched to data.

A version is recorded only once its proof exists: the caller gathers the data with the
next free number (``next_version``), makes the PDF (and writes the file), then records that
number with ``record_proof``, which refuses it if another proof took it meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.people import Right
from promoplanner.services.context import Context
from promoplanner.services.write import writing
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class FlyerProof:
    """One printed proof of a phase's flyer: its version, when, and how many items."""

    id: int
    phase_id: int
    version: int
    made_at: datetime
    item_count: int


def _value(row: t.FlyerProofRow) -> FlyerProof:
    return FlyerProof(row.id, row.phase_id, row.version, row.made_at, row.item_count)


def next_version(session: Session, phase_id: int) -> int:
    """The version the phase's next proof will carry (read in the caller's session)."""
    last = session.scalar(
        select(func.max(t.FlyerProofRow.version)).where(t.FlyerProofRow.phase_id == phase_id)
    )
    return (last or 0) + 1


def record_proof(
    ctx: Context,
    phase_id: int,
    version: int,
    item_count: int,
    made_at: datetime,
    *,
    then: Callable[[], object] | None = None,
) -> FlyerProof:
    """Record a proof made with that version, refused if the version is no longer free.

    ``then`` (putting the file in place) runs once the number is held but before it is
    committed: if it fails, nothing is recorded and the version stays free. It runs while
    the database is locked for writing, so it must be quick: write the file beforehand
    and only move it into place here (as the ``print flyer`` command does).
    """
    with writing(ctx) as work:
        work.require(Right.NUMBER_PROOFS)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        free = next_version(session, phase_id)
        if version != free:
            raise DomainError("proof.version_taken", version=version, next=free)
        row = t.FlyerProofRow(
            phase_id=phase_id, version=version, made_at=made_at, item_count=item_count
        )
        session.add(row)
        try:
            session.flush()  # the unique (phase, version) refuses a proof racing us here
        except IntegrityError:
            raise DomainError("proof.version_taken", version=version, next=version + 1) from None
        proof = _value(row)
        work.record(
            Action.CREATE, ObjectRef(ObjectKind.PROOF, row.id, f"{phase.name} v{version}"),
            after={"version": version, "items": item_count}, phase_id=phase_id,
        )  # fmt: skip
        work.changed(ChangeKind.PROOFS, [row.id], phase_id)
        work.flush_history()  # before the file goes into place: only the commit is left
        if then is not None:
            then()
    return proof


def list_proofs(ctx: Context, phase_id: int) -> list[FlyerProof]:
    """The proofs printed of a phase's flyer, oldest first."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.FlyerProofRow)
            .where(t.FlyerProofRow.phase_id == phase_id)
            .order_by(t.FlyerProofRow.version)
        )
        return [_value(r) for r in rows]
