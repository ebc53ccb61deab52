"""Adding, removing and reordering a campaign's phases (the rest of a phase: planning.py).

Phases are numbered 1, 2, 3 … in their campaign; removing one renumbers those after it.
Removing a phase with items is done only when the caller says so (the GUI asks first),
and its history entry keeps a copy of the phase with its items, quotas and deadlines.
A phase with a numbered flyer proof is never removed: paper exists that names it.
Overlapping phases are allowed (a sale inside a sale) but warned about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from promoplanner.core.audit import Action, JsonValue, json_value
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.i18n import Words
from promoplanner.core.model import Phase
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_count, parse_day
from promoplanner.services.context import Context
from promoplanner.services.planning import DEADLINE_FIELDS, PHASE_FIELDS, QUOTA_FIELDS, phase_ref
from promoplanner.services.write import Work, check_seen, note_update, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

ITEM_KEPT = (
    "id",
    "floor_id",
    "department_id",
    "buyer_id",
    "name",
    "barcode",
    "spec",
    "unit",
    "regular_price",
    "promo_price",
    "tier",
    "sensitive",
    "display_form",
    "notes",
)


@dataclass(frozen=True)
class PhaseAdded:
    """The new phase, and the phases of the campaign it overlaps (allowed, but warned)."""

    phase: Phase
    overlaps: tuple[Phase, ...] = ()

    @property
    def warnings(self) -> tuple[Words, ...]:
        """What to tell the planner about the phase saved."""
        return tuple(
            Words(
                "phase.overlaps",
                name=self.phase.name,
                other=o.name,
                number=o.number,
                start=o.start,
                end=o.end,
            )
            for o in self.overlaps
        )


@dataclass(frozen=True)
class PhaseRemoved:
    """The phase removed, with how many items went with it (a copy is in the history)."""

    name: str
    number: int
    items: int


def overlapping(phases: list[t.PhaseRow], start: date, end: date, but: int | None = None):
    """The phases that share a day with start..end."""
    return [p for p in phases if p.id != but and p.start <= end and start <= p.end]


def add_phase(
    ctx: Context,
    campaign_id: int,
    name: str,
    start: date | str,
    end: date | str,
    flyer_target: int | str = 0,
    print_run: int | str = 0,
    *,
    theme: str = "",
    negotiation_scope: str = "",
) -> PhaseAdded:
    """A new phase after the campaign's others; overlapping another is warned, not refused."""
    shown = clean_text(name, "name", required=True)
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if last < first:
        raise DomainError("input.end_before_start", field="end", start=first, end=last)
    target = parse_count(flyer_target, "flyer_target", 0, 100_000)
    copies = parse_count(print_run, "print_run", 0, 10_000_000)
    words = clean_text(theme, "theme")
    scope = clean_text(negotiation_scope, "negotiation_scope", limit=2000)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        campaign = session.get(t.CampaignRow, campaign_id, with_for_update=True)
        if campaign is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        phases = list(campaign.phases)
        if any(p.name.lower() == shown.lower() for p in phases):
            raise DomainError("input.phase_name_taken", field="name", name=shown)
        row = t.PhaseRow(
            campaign_id=campaign.id,
            number=max((p.number for p in phases), default=0) + 1,
            name=shown,
            theme=words,
            start=first,
            end=last,
            flyer_target=target,
            print_run=copies,
            negotiation_scope=scope,
        )
        session.add(row)
        session.flush()
        work.record(
            Action.CREATE,
            phase_ref(row),
            after=row_values(row, PHASE_FIELDS),
            phase_id=row.id,
            campaign_id=campaign.id,
        )
        work.changed(ChangeKind.PLANNING, [row.id], row.id)
        return PhaseAdded(
            convert.phase(row), tuple(convert.phase(p) for p in overlapping(phases, first, last))
        )


def remove_phase(
    ctx: Context,
    phase_id: int,
    *,
    with_items: bool = False,
    seen_version: int | None = None,
) -> PhaseRemoved:
    """Remove a phase (with_items: even though it has items); one with proofs is refused."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        row = session.get(t.PhaseRow, phase_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        proofs = session.scalar(
            select(func.count())
            .select_from(t.FlyerProofRow)
            .where(t.FlyerProofRow.phase_id == row.id)
        )
        if proofs:
            raise DomainError("phase.has_proofs", name=row.name, proofs=proofs)
        items = session.scalars(
            select(t.FlyerItemRow)
            .where(t.FlyerItemRow.phase_id == row.id, t.FlyerItemRow.deleted_at.is_(None))
            .order_by(t.FlyerItemRow.id)
        ).all()
        if items and not with_items:
            raise DomainError(
                "phase.has_items", field="with_items", name=row.name, items=len(items)
            )
        check_seen(work, row, seen_version, phase_ref(row), {"name": None})
        before = _kept(work, row, items)
        work.record(
            Action.DELETE,
            phase_ref(row),
            before=before,
            phase_id=row.id,
            campaign_id=row.campaign_id,
        )
        work.changed(ChangeKind.PLANNING, [row.id], row.id)
        work.changed(ChangeKind.ITEMS, [i.id for i in items], row.id)
        work.changed(ChangeKind.EVENTS, (), row.id)
        campaign, number, name = row.campaign, row.number, row.name
        session.delete(row)
        session.flush()
        _renumber(work, [p for p in campaign.phases if p.id != phase_id])
        return PhaseRemoved(name, number, len(items))


def _kept(work: Work, row: t.PhaseRow, items) -> dict[str, JsonValue]:
    """The phase as the history keeps it: its fields, quotas, deadlines and items."""
    session = work.session
    kept: dict[str, JsonValue] = row_values(row, PHASE_FIELDS) | {"number": row.number}
    kept["quotas"] = [row_values(q, QUOTA_FIELDS) for q in row.quotas]
    kept["deadlines"] = [row_values(d, DEADLINE_FIELDS) for d in row.deadlines]
    kept["activities"] = [
        row_values(a, ("kind", "name", "start", "end", "description"))
        for a in session.scalars(select(t.ActivityRow).where(t.ActivityRow.phase_id == row.id))
    ]
    kept["zones"] = [
        row_values(z, ("name", "kind", "display_form", "start", "end"))
        | {"items": json_value(z.item_ids)}
        for z in session.scalars(
            select(t.DisplayZoneRow).where(t.DisplayZoneRow.phase_id == row.id)
        )
    ]
    kept["contests"] = [
        row_values(c, ("name", "day", "registration_opens", "location"))
        for c in session.scalars(select(t.ContestRow).where(t.ContestRow.phase_id == row.id))
    ]
    kept["items"] = [{k: json_value(getattr(i, k)) for k in ITEM_KEPT} for i in items]
    return kept


def _renumber(work: Work, phases: list[t.PhaseRow]) -> None:
    """Number the phases 1, 2, 3 … in their order (through spare numbers: they are unique)."""
    ordered = sorted(phases, key=lambda p: p.number)
    if [p.number for p in ordered] == list(range(1, len(ordered) + 1)):
        return
    spare = max((p.number for p in ordered), default=0) + len(ordered) + 1
    for offset, phase in enumerate(ordered):
        phase.number = spare + offset
    work.session.flush()
    for number, phase in enumerate(ordered, start=1):
        phase.number = number
        work.record(
            Action.UPDATE,
            phase_ref(phase),
            after={"number": number},
            phase_id=phase.id,
            campaign_id=phase.campaign_id,
        )
        work.changed(ChangeKind.PLANNING, [phase.id], phase.id)
    work.session.flush()


def move_phase(ctx: Context, phase_id: int, number: int | str) -> Phase:
    """Give a phase another place among its campaign's phases (1 = first)."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.PhaseRow, phase_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        phases = sorted(row.campaign.phases, key=lambda p: p.number)
        place = parse_count(number, "number", 1, len(phases))
        others = [p for p in phases if p.id != row.id]
        others.insert(place - 1, row)
        before = {p.id: p.number for p in phases}
        spare = max(before.values()) + len(phases) + 1
        for offset, phase in enumerate(others):
            phase.number = spare + offset
        work.session.flush()
        for number_now, phase in enumerate(others, start=1):
            phase.number = number_now
        work.session.flush()
        for phase in others:
            note_update(
                work,
                phase_ref(phase),
                {"number": before[phase.id]},
                {"number": phase.number},
                ChangeKind.PLANNING,
                phase_id=phase.id,
                campaign_id=phase.campaign_id,
            )
        return convert.phase(row)
