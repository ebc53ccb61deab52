"""What the GUI and the command line call: one function per document, PDF bytes out."""

from __future__ import annotations

from datetime import date

from promoplanner.services import documents as data
from promoplanner.services.context import Context


def flyer_proof_pdf(ctx: Context, phase_id: int, *, record: bool = True) -> bytes:
    """The phase's DM flyer proof; with record (the default) it becomes the next version."""
    from promoplanner.documents.flyer import flyer_proof

    return flyer_proof(data.flyer_proof_data(ctx, phase_id, record=record))


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
    """The campaign's month calendar (default: the latest campaign)."""
    from promoplanner.documents.calendar import calendar

    return calendar(data.calendar_data(ctx, campaign_id))
