"""The plain data each printed document needs, gathered in one read and frozen.

The values are the documents' own (``promoplanner.documents.data``); making the PDF from
them is the documents' business, and ``promoplanner.printing`` joins the two.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.people import Right
from promoplanner.core.progress import floor_progress, late_buyers
from promoplanner.documents import messages as _messages  # noqa: F401  (texts of refusals)
from promoplanner.documents.data import (
    BracketData,
    BuyerSheet,
    CalendarData,
    ChecklistData,
    DisplayCheckData,
    FlyerFloor,
    FlyerProofData,
    ProofStamp,
)
from promoplanner.services.campaigns import find_campaign
from promoplanner.services.context import Context
from promoplanner.services.proofs import next_version
from promoplanner.services.write import require_right
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t

# The look-ups of one kind of document (rules, pinyin, display checks, contests) are
# imported in its own function: printing a flyer proof loads none of the others'.
if TYPE_CHECKING:
    from promoplanner.core.display_sheet import DisplayDay
    from promoplanner.core.findings import Finding
    from promoplanner.core.model import CampaignSnapshot, Department, FlyerItem


def _campaign_of_phase(session: Session, phase_id: int) -> CampaignSnapshot:
    row = session.get(t.PhaseRow, phase_id)
    if row is None:
        raise NotFound("not_found.phase", value=phase_id, known="")
    return queries.snapshot(session, row.campaign_id)


def _campaign_id(ctx: Context, campaign_id: int | None) -> int:
    """The campaign asked for, or the latest one (as everywhere else: find_campaign)."""
    return campaign_id if campaign_id is not None else find_campaign(ctx).id


def _snapshot(session: Session, campaign_id: int) -> CampaignSnapshot:
    try:
        return queries.snapshot(session, campaign_id)
    except LookupError:
        raise NotFound("not_found.campaign", value=campaign_id) from None


def _photo_root(ctx: Context) -> Path | None:
    if ctx.database is None:
        return None
    url = make_url(ctx.database.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).parent


def flyer_proof_data(ctx: Context, phase_id: int, *, numbered: bool = True) -> FlyerProofData:
    """The phase's items by floor; numbered, stamped with the next free proof version.

    Nothing is recorded here: the version is recorded (services.proofs.record_proof) only
    once the proof has been made, so a proof that failed uses up no number.
    """
    if numbered:
        require_right(ctx, Right.NUMBER_PROOFS)
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        # The phase alone: the other phases' items, zones and contests are not printed.
        try:
            snap = queries.phase_snapshot(session, phase_id)
        except LookupError:
            raise NotFound("not_found.phase", value=phase_id, known="") from None
        phase = snap.phase(phase_id)
        progress = {p.floor.id: p for p in floor_progress(snap, phase)}
        floors = tuple(
            FlyerFloor(
                floor=f,
                progress=progress.get(f.id),
                items=tuple(_flyer_order(snap.items_of(phase_id, f.id), snap.departments)),
            )
            for f in snap.floors
            if f.id in progress
        )
        count = sum(len(f.items) for f in floors)
        proof = ProofStamp(next_version(session, phase_id), now, count) if numbered else None
    return FlyerProofData(
        snap.campaign, phase, floors, snap.departments, proof, _photo_root(ctx), now
    )


def _flyer_order(items: list[FlyerItem], departments: tuple[Department, ...]) -> list[FlyerItem]:
    order = {d.id: d.sort_order for d in departments}
    return sorted(items, key=lambda i: (order.get(i.department_id or -1, 999), i.id))


def checklist_data(ctx: Context, phase_id: int, buyer_id: int | None = None) -> ChecklistData:
    """Per buyer: their floors against quota, their items, what is wrong with their rows,
    and the late record frozen at the deadline (not today's items)."""
    from promoplanner.core.collation import pinyin_key
    from promoplanner.services.late import record_passed_deadlines

    now = ctx.clock.now()
    record_passed_deadlines(ctx)
    with ctx.uow.reading() as session:
        snap = _campaign_of_phase(session, phase_id)
    phase = snap.phase(phase_id)
    progress = floor_progress(snap, phase)
    floor_ids = {p.floor.id for p in progress}
    if buyer_id is not None:
        buyer = snap.buyer(buyer_id)
        if buyer is None:
            raise NotFound("print.unknown_buyer", value=buyer_id)
        buyers = [buyer]
    else:
        buyers = [
            b
            for b in snap.buyers
            if (b.active and floor_ids & set(b.floor_ids))
            or any(i.buyer_id == b.id for i in snap.items_of(phase_id))
        ]
    order = {f.id: (f.sort_order, f.code) for f in snap.floors}
    buyers.sort(
        key=lambda b: (min((order[f] for f in b.floor_ids), default=(999, "")), pinyin_key(b.name))
    )
    late = [lb for lb in late_buyers(snap, now) if lb.deadline.phase_id == phase_id]
    findings = own_row_findings(snap, phase_id, now)
    records = {
        r.buyer_id: r
        for r in sorted(snap.late_records or (), key=lambda r: r.due)
        if r.phase_id == phase_id
    }
    submissions = {s.buyer_id: s for s in snap.submissions if s.phase_id == phase_id}
    sheets = []
    for b in buyers:
        mine = sorted(
            (i for i in snap.items_of(phase_id) if i.buyer_id == b.id),
            key=lambda i: (i.floor_id, i.department_id or 0, pinyin_key(i.name)),
        )
        sheets.append(
            BuyerSheet(
                buyer=b,
                floors=tuple(p for p in progress if p.floor.id in b.floor_ids),
                items=tuple(mine),
                late=tuple(lb for lb in late if lb.buyer.id == b.id),
                row_findings=tuple(findings.get(b.id, ())),
                without_photo=sum(1 for i in mine if not i.photo.strip()),
                record=records.get(b.id),
                submission=submissions.get(b.id),
            )
        )
    return_sheets = tuple(sheets)
    deadlines = tuple(d for d in snap.deadlines if d.phase_id == phase_id)
    return ChecklistData(snap.campaign, phase, deadlines, return_sheets, snap.floors, now)


def own_row_findings(
    snap: CampaignSnapshot, phase_id: int, now: datetime
) -> dict[int, list[Finding]]:
    """Per buyer, the rule findings about their own items of the phase (errors first)."""
    from promoplanner.core.findings import SubjectKind
    from promoplanner.core.rules import ITEM_RULES, check_campaign

    items = {i.id: i for i in snap.items_of(phase_id)}
    found: dict[int, list[Finding]] = {}
    for finding in check_campaign(snap, now, ITEM_RULES):
        item = items.get(finding.subject.id) if finding.subject.kind is SubjectKind.ITEM else None
        if item is not None and item.buyer_id is not None:
            found.setdefault(item.buyer_id, []).append(finding)
    return found


def display_check_data(
    ctx: Context, day: date | str, floor_id: int | None = None, campaign_id: int | None = None
) -> DisplayCheckData:
    """The display check of one day (one floor or all), refused on a day without a phase."""
    from promoplanner.core.validation import parse_day

    day = parse_day(day, "date")
    campaign_id = _campaign_id(ctx, campaign_id)
    with ctx.uow.reading() as session:
        snap = _snapshot(session, campaign_id)
        phases = tuple(p for p in snap.phases if p.covers(day))
        if not phases:
            raise DomainError(
                "print.day_outside",
                field="date",
                day=day,
                campaign=snap.campaign.name,
                phases=", ".join(f"{p.number} {p.start}–{p.end}" for p in snap.phases),
            )
        sheets = _sheets(session, snap, [day], floor_id, ctx.clock.now())
    return DisplayCheckData(snap.campaign, phases, sheets, ctx.clock.now())


def display_check_pack_data(
    ctx: Context, phase_id: int, floor_id: int | None = None
) -> DisplayCheckData:
    """The display check of every day of a phase, all floors (or one)."""
    with ctx.uow.reading() as session:
        snap = _campaign_of_phase(session, phase_id)
        phase = snap.phase(phase_id)
        days = [phase.start + timedelta(days=n) for n in range(phase.days)]
        sheets = _sheets(session, snap, days, floor_id, ctx.clock.now())
    return DisplayCheckData(snap.campaign, (phase,), sheets, ctx.clock.now())


def _sheets(
    session: Session, snap: CampaignSnapshot, days: list[date], floor_id: int | None, now: datetime
) -> tuple[DisplayDay, ...]:
    """Each day's check in walking order, with the tasks left open and the pass rates."""
    from promoplanner.services.display import read_day

    if floor_id is not None and not any(f.id == floor_id for f in snap.floors):
        raise NotFound("not_found.floor", value=floor_id)
    return tuple(
        read_day(session, day, now, tuple(p for p in snap.phases if p.covers(day)), floor_id)
        for day in days
    )


def bracket_data(
    ctx: Context, contest_id: int | None = None, campaign_id: int | None = None
) -> BracketData:
    """The contest (default: the campaign's only one), its entrants and any heats run."""
    from promoplanner.services.contest_store import contest_row, load_state

    campaign_id = _campaign_id(ctx, campaign_id)
    with ctx.uow.reading() as session:
        snap = _snapshot(session, campaign_id)
        contests = snap.contests
        if contest_id is not None:
            row = session.get(t.ContestRow, contest_id)
            if row is None:
                raise NotFound("not_found.contest", value=contest_id)
            contest = convert.contest(row)
            snap = _campaign_of_phase(session, contest.phase_id)
        elif not contests:
            raise NotFound("bracket.no_contest")
        else:
            contest = contests[0]
        entrants = tuple(
            convert.entrant(e)
            for e in session.scalars(
                select(t.ContestEntrantRow)
                .where(
                    t.ContestEntrantRow.contest_id == contest.id,
                    t.ContestEntrantRow.withdrawn_before_round.is_distinct_from(1),
                )
                .order_by(t.ContestEntrantRow.id)
            )
        )
        row = contest_row(session, contest.id)
        state = load_state(session, row)
        given = (row.prize_1_given, row.prize_2_given, row.prize_3_given)
    return BracketData(
        snap.campaign, snap.phase(contest.phase_id), contest, entrants, state, ctx.clock.now(),
        given,
    )  # fmt: skip


def calendar_data(ctx: Context, campaign_id: int | None = None) -> CalendarData:
    """The campaign (default: the latest) for its calendar of months."""
    campaign_id = _campaign_id(ctx, campaign_id)
    with ctx.uow.reading() as session:
        snap = _snapshot(session, campaign_id)
    return CalendarData(snap, ctx.clock.now())
