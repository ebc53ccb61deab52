"""Printing: gather a document's data with a service, then make its PDF bytes.

This joins the two layers, as cli.py does: ``services/documents.py`` reads the database
into frozen values, ``documents/`` turns those into a PDF. The GUI and the ``print``
command call these. Document modules are loaded on first use, so importing this is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from promoplanner.core.model import FlyerItem
from promoplanner.documents.data import FlyerProofData, ProofStamp
from promoplanner.services import documents as data
from promoplanner.services.context import Context
from promoplanner.services.proofs import FlyerProof, record_proof


def flyer_proof_pdf(ctx: Context, phase_id: int, *, record: bool = True) -> bytes:
    """The phase's DM flyer proof; with record (the default) it becomes the next version.

    The version is recorded only after the PDF is made, so a failure uses up no number.
    """
    if not record:
        return _draft(ctx, phase_id)
    pdf, _proof = numbered_flyer_proof(ctx, phase_id)
    return pdf


def numbered_flyer_proof(
    ctx: Context, phase_id: int, *, keep: Callable[[bytes], object] | None = None
) -> tuple[bytes, FlyerProof]:
    """Make the next numbered proof, let keep (writing the file) store it, then record it.

    If keep fails, or another proof took the number meanwhile, nothing is recorded.
    """
    from promoplanner.documents.flyer import flyer_proof

    proof_data = data.flyer_proof_data(ctx, phase_id, numbered=True)
    pdf = flyer_proof(proof_data)
    stamp = proof_data.proof
    assert stamp is not None  # numbered data always carries its stamp
    proof = record_proof(
        ctx,
        phase_id,
        stamp.version,
        stamp.item_count,
        stamp.made_at,
        items=printed_items(proof_data),
        pdf=pdf,
        then=(lambda: keep(pdf)) if keep is not None else None,
    )
    return pdf, proof


def printed_items(proof_data: FlyerProofData) -> tuple[FlyerItem, ...]:
    """The items of a proof in the order it prints them (what its record names)."""
    return tuple(item for floor in proof_data.floors for item in floor.items)


@dataclass(frozen=True)
class UnrecordedProof:
    """A numbered proof made but not yet recorded: its PDF, phase and the version it shows."""

    pdf: bytes
    phase_id: int
    stamp: ProofStamp
    items: tuple[FlyerItem, ...] = ()  # what the PDF shows, in print order


def unrecorded_flyer_proof(ctx: Context, phase_id: int) -> UnrecordedProof:
    """Make the proof with the next free version on it, recording nothing (for a preview).

    The version is recorded by record_flyer_proof once the PDF is kept (saved or opened);
    a preview that is never kept uses up no number.
    """
    from promoplanner.documents.flyer import flyer_proof

    proof_data = data.flyer_proof_data(ctx, phase_id, numbered=True)
    stamp = proof_data.proof
    assert stamp is not None  # numbered data always carries its stamp
    return UnrecordedProof(flyer_proof(proof_data), phase_id, stamp, printed_items(proof_data))


def record_flyer_proof(
    ctx: Context,
    proof: UnrecordedProof,
    put_in_place: Callable[[], object],
    *,
    file: Path | str | None = None,
) -> FlyerProof:
    """Record the proof's version, then let put_in_place move its already written file in.

    Refused (DomainError "proof.version_taken", put_in_place not run) when another proof
    took the version meanwhile; if put_in_place fails, the record is taken back. ``file``
    (where put_in_place puts it) lets a later proof tell whether the file ever arrived
    if the program was killed in between (services/proofs.py).
    """
    stamp = proof.stamp
    return record_proof(
        ctx,
        proof.phase_id,
        stamp.version,
        stamp.item_count,
        stamp.made_at,
        items=proof.items,
        pdf=proof.pdf,
        file=file,
        then=put_in_place,
    )


def _draft(ctx: Context, phase_id: int) -> bytes:
    from promoplanner.documents.flyer import flyer_proof

    return flyer_proof(data.flyer_proof_data(ctx, phase_id, numbered=False))


def checklist_pdf(ctx: Context, phase_id: int, buyer_id: int | None = None) -> bytes:
    """The buyer checklist of a phase, one page per buyer (or only that buyer)."""
    from promoplanner.documents.checklist import checklist

    return checklist(data.checklist_data(ctx, phase_id, buyer_id))


def display_check_pdf(
    ctx: Context, day: date | str, floor_id: int | None = None, campaign_id: int | None = None
) -> bytes:
    """The daily display check of a day: one sheet per floor (or only that floor)."""
    from promoplanner.documents.display_check import display_check

    return display_check(data.display_check_data(ctx, day, floor_id, campaign_id))


def display_check_pack_pdf(ctx: Context, phase_id: int, floor_id: int | None = None) -> bytes:
    """The display check sheets of every day and floor (or that floor) of a phase."""
    from promoplanner.documents.display_check import display_check

    return display_check(data.display_check_pack_data(ctx, phase_id, floor_id))


def bracket_pdf(
    ctx: Context, contest_id: int | None = None, campaign_id: int | None = None
) -> bytes:
    """The contest sheet (default: the latest campaign's only contest)."""
    from promoplanner.documents.bracket import bracket

    return bracket(data.bracket_data(ctx, contest_id, campaign_id))


def calendar_pdf(ctx: Context, campaign_id: int | None = None) -> bytes:
    """The campaign's calendar, a page for each of its months (default: the latest campaign)."""
    from promoplanner.documents.calendar import calendar

    return calendar(data.calendar_data(ctx, campaign_id))
