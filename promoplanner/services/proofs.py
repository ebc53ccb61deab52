"""Flyer proof versions: each printed proof is numbered so paper can be matched to data.

A record describes what its PDF shows: the items it was made from (as printed), the
file, the PDF's SHA-256. The number and the file agree in every order of failure:

1. the caller gathers the data with the next free number (``next_version``) and makes
   the PDF (and writes it beside its target);
2. ``record_proof`` records the number, *pending*, and commits: from now on no other
   proof can carry it, even if this program is killed;
3. the file is put in place (``then``); if that fails, the record is taken back;
4. the record becomes *written*.

Killed between 2 and 4, a record stays pending; the next proof of the phase looks for its
file and marks it *written* (the file with that digest is there) or *missing* (it never
arrived). Numbers are never reused, so two files never carry the same number.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import ProofState
from promoplanner.core.errors import DomainError, NotFound, PromoError
from promoplanner.core.model import FlyerItem
from promoplanner.core.people import Right
from promoplanner.services.context import Context
from promoplanner.services.write import writing
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class ProofItem:
    """An item as a proof printed it."""

    item_id: int
    name: str
    barcode: str
    regular_price: Decimal
    promo_price: Decimal


@dataclass(frozen=True)
class FlyerProof:
    """One printed proof of a phase's flyer: its version, when, and how many items."""

    id: int
    phase_id: int
    version: int
    made_at: datetime
    item_count: int
    file: str = ""
    pdf_sha256: str = ""
    state: ProofState = ProofState.WRITTEN


def _value(row: t.FlyerProofRow) -> FlyerProof:
    return FlyerProof(
        row.id,
        row.phase_id,
        row.version,
        row.made_at,
        row.item_count,
        row.file,
        row.pdf_sha256,
        row.state,
    )


def pdf_digest(pdf: bytes) -> str:
    """The SHA-256 a proof record keeps of its PDF, to know the file again."""
    return hashlib.sha256(pdf).hexdigest()


def next_version(session: Session, phase_id: int) -> int:
    """The version the phase's next proof will carry (read in the caller's session).

    Every number ever recorded counts, a missing one too: numbers are never reused.
    """
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
    items: Sequence[FlyerItem] | None = None,
    pdf: bytes = b"",
    file: Path | str | None = None,
    then: Callable[[], object] | None = None,
) -> FlyerProof:
    """Record a proof made with that version, refused if the version is no longer free.

    ``items`` are the items the PDF was made from (in print order), ``pdf`` its bytes and
    ``file`` where ``then`` puts it. ``then`` runs once the number is committed as
    pending: if it fails, the record is taken back and the version is free again; if the
    program dies while it runs, the next proof settles the record (see the module).
    ``then`` should only move a file written beforehand into place.
    """
    if items is not None and len(items) != item_count:
        raise ValueError(f"{len(items)} items for a proof of {item_count}")
    with writing(ctx) as work:
        work.require(Right.NUMBER_PROOFS)
        session = work.session
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        _settle(session, phase_id)
        free = next_version(session, phase_id)
        if version != free:
            raise DomainError("proof.version_taken", version=version, next=free)
        row = t.FlyerProofRow(
            phase_id=phase_id,
            version=version,
            made_at=made_at,
            item_count=item_count,
            file=str(file) if file is not None else "",
            pdf_sha256=pdf_digest(pdf) if pdf else "",
            state=ProofState.PENDING if then is not None else ProofState.WRITTEN,
        )
        session.add(row)
        try:
            session.flush()  # the unique (phase, version) refuses a proof racing us here
        except IntegrityError:
            raise DomainError("proof.version_taken", version=version, next=version + 1) from None
        if items:  # one INSERT of many rows: a phase's hundreds of items as plain values
            session.execute(
                insert(t.FlyerProofItemRow),
                [
                    {
                        "proof_id": row.id,
                        "position": n,
                        "item_id": i.id,
                        "name": i.name,
                        "barcode": i.barcode,
                        "regular_price": i.regular_price,
                        "promo_price": i.promo_price,
                    }
                    for n, i in enumerate(items)
                ],
            )
        proof = _value(row)
        work.record(
            Action.CREATE, _ref(phase, version, row.id),
            after={"version": version, "items": item_count, "file": row.file}, phase_id=phase_id,
        )  # fmt: skip
        work.changed(ChangeKind.PROOFS, [row.id], phase_id)
    if then is None:
        return proof
    try:
        then()
    except BaseException:
        _take_back(ctx, proof.id)
        raise
    try:
        with ctx.uow.transaction() as session:
            session.execute(
                update(t.FlyerProofRow)
                .where(t.FlyerProofRow.id == proof.id)
                .values(state=ProofState.WRITTEN)
            )
    except (SQLAlchemyError, PromoError):
        # The file is in place; the next proof of the phase finds it and settles this.
        return proof
    return FlyerProof(**{**proof.__dict__, "state": ProofState.WRITTEN})


def _ref(phase: t.PhaseRow, version: int, proof_id: int) -> ObjectRef:
    return ObjectRef(ObjectKind.PROOF, proof_id, f"{phase.name} v{version}")


def _take_back(ctx: Context, proof_id: int) -> None:
    """Delete a pending record whose file could not be put in place (its number is free)."""
    with suppress(SQLAlchemyError, PromoError), writing(ctx) as work:
        row = work.session.get(t.FlyerProofRow, proof_id)
        phase = work.session.get(t.PhaseRow, row.phase_id) if row is not None else None
        if row is None or phase is None or row.state != ProofState.PENDING:
            return
        work.record(
            Action.DELETE, _ref(phase, row.version, row.id), before={"version": row.version},
            phase_id=row.phase_id, reason="the file could not be put in place",
        )  # fmt: skip
        session = work.session
        session.execute(
            delete(t.FlyerProofRow).where(
                t.FlyerProofRow.id == proof_id, t.FlyerProofRow.state == ProofState.PENDING
            )
        )


def _settle(session: Session, phase_id: int) -> None:
    """Settle the phase's pending records: is each one's file there, or did it never arrive?"""
    pending = session.scalars(
        select(t.FlyerProofRow).where(
            t.FlyerProofRow.phase_id == phase_id, t.FlyerProofRow.state == ProofState.PENDING
        )
    ).all()
    for row in pending:
        state = file_state(row.file, row.pdf_sha256)
        if state is not None:
            row.state = state


def file_state(file: str, sha256: str) -> ProofState | None:
    """Written when the file holds that PDF, missing when it is not there; None if unknown.

    A folder this machine cannot see (another planner's disk) leaves the record pending.
    """
    if not file:
        return None
    path = Path(file)
    try:
        if not path.parent.is_dir():
            return None
        if not path.is_file():
            return ProofState.MISSING
        if not sha256:
            return ProofState.WRITTEN
        return ProofState.WRITTEN if pdf_digest(path.read_bytes()) == sha256 else ProofState.MISSING
    except OSError:
        return None


def list_proofs(ctx: Context, phase_id: int) -> list[FlyerProof]:
    """The proofs printed of a phase's flyer, oldest first."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.FlyerProofRow)
            .where(t.FlyerProofRow.phase_id == phase_id)
            .order_by(t.FlyerProofRow.version)
        )
        return [_value(r) for r in rows]


def proof_items(ctx: Context, proof_id: int) -> list[ProofItem]:
    """The items a proof was made from, in the order it printed them."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.FlyerProofItemRow)
            .where(t.FlyerProofItemRow.proof_id == proof_id)
            .order_by(t.FlyerProofItemRow.position)
        )
        return [
            ProofItem(r.item_id, r.name, r.barcode, r.regular_price, r.promo_price) for r in rows
        ]
