"""The plain data each printed document needs, gathered in one transaction and frozen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import (
    Buyer,
    BuyerDeadline,
    Campaign,
    CampaignSnapshot,
    Contest,
    ContestEntrant,
    Department,
    Floor,
    FlyerItem,
    Heat,
    HeatResult,
    Phase,
)
from promoplanner.core.progress import FloorProgress, LateBuyer, floor_progress, late_buyers
from promoplanner.core.validation import parse_day
from promoplanner.services.checks import CheckSheet, assemble_sheet
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.services.proofs import FlyerProof, add_proof
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class FlyerFloor:
    """One floor's section of the flyer proof."""

    floor: Floor
    progress: FloorProgress | None
    items: tuple[FlyerItem, ...]


@dataclass(frozen=True)
class FlyerProofData:
    """Everything the flyer proof prints."""

    campaign: Campaign
    phase: Phase
    floors: tuple[FlyerFloor, ...]
    departments: tuple[Department, ...]
    proof: FlyerProof | None  # None: an unrecorded draft (preview)
    photo_root: Path | None  # where relative photo paths are looked up
    printed_at: datetime

    @property
    def item_count(self) -> int:
        """Items on the proof."""
        return sum(len(f.items) for f in self.floors)


@dataclass(frozen=True)
class BuyerSheet:
    """One buyer's page of the checklist."""

    buyer: Buyer
    floors: tuple[FloorProgress, ...]
    items: tuple[FlyerItem, ...]
    late: tuple[LateBuyer, ...]


@dataclass(frozen=True)
class ChecklistData:
    """Everything the buyer checklist prints."""

    campaign: Campaign
    phase: Phase
    deadlines: tuple[BuyerDeadline, ...]
    sheets: tuple[BuyerSheet, ...]
    floors: tuple[Floor, ...]
    now: datetime


@dataclass(frozen=True)
class DisplayCheckData:
    """The display check sheets of one day or of every day of a phase."""

    campaign: Campaign
    phases: tuple[Phase, ...]
    sheets: tuple[CheckSheet, ...]  # one per day; the document splits them by floor
    printed_at: datetime


@dataclass(frozen=True)
class BracketRound:
    """A round of the contest as far as it was drawn and run."""

    number: int
    is_final: bool
    heats: tuple[Heat, ...]


@dataclass(frozen=True)
class BracketData:
    """Everything the contest sheet prints."""

    campaign: Campaign
    phase: Phase
    contest: Contest
    entrants: tuple[ContestEntrant, ...]
    rounds: tuple[BracketRound, ...]
    printed_at: datetime

    @property
    def cans_needed(self) -> int:
        """Gift cans to have ready."""
        return self.contest.cans_per_entrant * len(self.entrants)

    def name(self, entrant_id: int) -> str:
        """The name of an entrant."""
        return next((e.name for e in self.entrants if e.id == entrant_id), "?")


@dataclass(frozen=True)
class CalendarData:
    """The campaign whose month the calendar shows."""

    snapshot: CampaignSnapshot
    printed_at: datetime


def _campaign_of_phase(session: Session, phase_id: int) -> CampaignSnapshot:
    row = session.get(t.PhaseRow, phase_id)
    if row is None:
        raise NotFound("not_found.phase", value=phase_id, known="")
    return queries.snapshot(session, row.campaign_id)


def _latest_campaign_id(session: Session) -> int:
    campaign_id = session.scalar(
        select(t.CampaignRow.id).order_by(
            t.CampaignRow.year.desc(), t.CampaignRow.month.desc(), t.CampaignRow.id.desc()
        )
    )
    if campaign_id is None:
        raise NotFound("not_found.no_campaign")
    return campaign_id


def _snapshot(session: Session, campaign_id: int | None) -> CampaignSnapshot:
    try:
        return queries.snapshot(session, campaign_id or _latest_campaign_id(session))
    except LookupError:
        raise NotFound("not_found.campaign", value=campaign_id) from None


def _photo_root(ctx: Context) -> Path | None:
    if ctx.database is None:
        return None
    url = make_url(ctx.database.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).parent


def flyer_proof_data(ctx: Context, phase_id: int, *, record: bool = True) -> FlyerProofData:
    """The phase's items by floor; with record, the next proof version in the same transaction."""
    if record:
        require_role(ctx, Role.PLANNER)
    now = ctx.clock.now()
    with ctx.uow.transaction() as session:
        snap = _campaign_of_phase(session, phase_id)
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
        proof = add_proof(session, phase_id, count, now) if record else None
    return FlyerProofData(
        snap.campaign, phase, floors, snap.departments, proof, _photo_root(ctx), now
    )


def _flyer_order(items: list[FlyerItem], departments: tuple[Department, ...]) -> list[FlyerItem]:
    order = {d.id: d.sort_order for d in departments}
    return sorted(items, key=lambda i: (order.get(i.department_id or -1, 999), i.id))


def checklist_data(ctx: Context, phase_id: int, buyer_id: int | None = None) -> ChecklistData:
    """Per buyer: their floors against quota, their items, and any late assessment."""
    now = ctx.clock.now()
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
    buyers.sort(key=lambda b: (min((order[f] for f in b.floor_ids), default=(999, "")), b.name))
    late = [lb for lb in late_buyers(snap, now) if lb.deadline.phase_id == phase_id]
    sheets = tuple(
        BuyerSheet(
            buyer=b,
            floors=tuple(p for p in progress if p.floor.id in b.floor_ids),
            items=tuple(
                sorted(
                    (i for i in snap.items_of(phase_id) if i.buyer_id == b.id),
                    key=lambda i: (i.floor_id, i.department_id or 0, i.name),
                )
            ),
            late=tuple(lb for lb in late if lb.buyer.id == b.id),
        )
        for b in buyers
    )
    deadlines = tuple(d for d in snap.deadlines if d.phase_id == phase_id)
    return ChecklistData(snap.campaign, phase, deadlines, sheets, snap.floors, now)


def display_check_data(
    ctx: Context, day: date | str, floor_id: int | None = None, campaign_id: int | None = None
) -> DisplayCheckData:
    """The display check of one day (one floor or all), refused on a day without a phase."""
    day = parse_day(day, "date")
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
        sheets = _sheets(session, snap, [day], floor_id)
    return DisplayCheckData(snap.campaign, phases, sheets, ctx.clock.now())


def display_check_pack_data(
    ctx: Context, phase_id: int, floor_id: int | None = None
) -> DisplayCheckData:
    """The display check of every day of a phase, all floors (or one)."""
    with ctx.uow.reading() as session:
        snap = _campaign_of_phase(session, phase_id)
        phase = snap.phase(phase_id)
        days = [phase.start + timedelta(days=n) for n in range(phase.days)]
        sheets = _sheets(session, snap, days, floor_id)
    return DisplayCheckData(snap.campaign, (phase,), sheets, ctx.clock.now())


def _sheets(
    session: Session, snap: CampaignSnapshot, days: list[date], floor_id: int | None
) -> tuple[CheckSheet, ...]:
    """Check sheets for the days from one read of the campaign and its check records."""
    floors = snap.floors
    if floor_id is not None:
        floors = tuple(f for f in floors if f.id == floor_id)
        if not floors:
            raise NotFound("not_found.floor", value=floor_id)
    first, last = min(days) - timedelta(days=1), max(days)
    records = {
        (r.day, r.item_id): convert.display_check(r)
        for r in session.scalars(
            select(t.DisplayCheckRow).where(
                t.DisplayCheckRow.day >= first, t.DisplayCheckRow.day <= last
            )
        )
    }
    departments = {d.id: d for d in snap.departments}
    sheets = []
    for day in days:
        phase_ids = {p.id for p in snap.phases if p.covers(day)}
        zones = [z for z in snap.zones if z.phase_id in phase_ids and z.start <= day <= z.end]
        items = [i for i in snap.items if i.phase_id in phase_ids]
        sheets.append(assemble_sheet(day, floors, items, departments, zones, records))
    return tuple(sheets)


def bracket_data(
    ctx: Context, contest_id: int | None = None, campaign_id: int | None = None
) -> BracketData:
    """The contest (default: the campaign's only one), its entrants and any heats run."""
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
                .where(t.ContestEntrantRow.contest_id == contest.id)
                .order_by(t.ContestEntrantRow.id)
            )
        )
        rounds = tuple(_rounds(session, contest.id))
    return BracketData(
        snap.campaign, snap.phase(contest.phase_id), contest, entrants, rounds, ctx.clock.now()
    )


def _rounds(session: Session, contest_id: int) -> list[BracketRound]:
    rounds = session.scalars(
        select(t.ContestRoundRow)
        .where(t.ContestRoundRow.contest_id == contest_id)
        .order_by(t.ContestRoundRow.number)
    ).all()
    out = []
    for rnd in rounds:
        heats = []
        for heat in session.scalars(
            select(t.HeatRow).where(t.HeatRow.round_id == rnd.id).order_by(t.HeatRow.number)
        ):
            entries = session.scalars(
                select(t.HeatEntryRow)
                .where(t.HeatEntryRow.heat_id == heat.id)
                .order_by(t.HeatEntryRow.id)
            )
            results = tuple(
                HeatResult(e.entrant_id, e.seconds, e.advanced, e.place) for e in entries
            )
            heats.append(Heat(heat.id, rnd.number, heat.number, rnd.is_final, results))
        out.append(BracketRound(rnd.number, rnd.is_final, tuple(heats)))
    return out


def calendar_data(ctx: Context, campaign_id: int | None = None) -> CalendarData:
    """The campaign (default: the latest) for its month calendar."""
    with ctx.uow.reading() as session:
        snap = _snapshot(session, campaign_id)
    return CalendarData(snap, ctx.clock.now())
