"""Finding and reading campaigns, and the planners' edits of a campaign and its holidays."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select

from promoplanner.core.enums import HolidayKind, Role
from promoplanner.core.errors import DatabaseProblem, DomainError, NotFound
from promoplanner.core.holidays import propose_holidays
from promoplanner.core.model import Campaign, CampaignSnapshot, Holiday, Phase
from promoplanner.core.validation import MAX_AMOUNT, clean_text, parse_day, parse_money
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t

FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR = 1901, 2099


def list_campaigns(ctx: Context) -> list[Campaign]:
    """All campaigns, latest first."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.CampaignRow).order_by(
                t.CampaignRow.year.desc(), t.CampaignRow.month.desc(), t.CampaignRow.id.desc()
            )
        )
        return [convert.campaign(r) for r in rows]


def find_campaign(ctx: Context, name: str | None = None) -> Campaign:
    """The campaign of that name, or the latest one when no name is given."""
    campaigns = list_campaigns(ctx)
    if not campaigns:
        raise NotFound("not_found.no_campaign")
    if name is None:
        return campaigns[0]
    for campaign in campaigns:
        if campaign.name == name.strip():
            return campaign
    raise NotFound("not_found.campaign", value=name)


def load_snapshot(ctx: Context, campaign_id: int) -> CampaignSnapshot:
    """Everything about a campaign as frozen values, for checks, screens and documents."""
    with ctx.uow.reading() as session:
        try:
            return queries.snapshot(session, campaign_id)
        except LookupError:
            raise NotFound("not_found.campaign", value=campaign_id) from None
        except (TypeError, ValueError, ArithmeticError) as exc:
            # Only a hand-edited database can hold, say, text in a price column.
            raise DatabaseProblem("db.bad_data", reason=str(exc) or type(exc).__name__) from None


def campaign_phases(ctx: Context, campaign_id: int) -> tuple[Phase, ...]:
    """The campaign's phases in order, read alone (a document of one phase needs no more)."""
    with ctx.uow.reading() as session:
        rows = session.scalars(
            select(t.PhaseRow)
            .where(t.PhaseRow.campaign_id == campaign_id)
            .order_by(t.PhaseRow.number)
        )
        return tuple(convert.phase(r) for r in rows)


def find_phase(snapshot: CampaignSnapshot | Sequence[Phase], ref: str | int) -> Phase:
    """A phase by its number in the campaign (1, 2) or by its name."""
    phases = snapshot.phases if isinstance(snapshot, CampaignSnapshot) else snapshot
    text = str(ref).strip()
    for phase in phases:
        if text == str(phase.number) or text == phase.name:
            return phase
    raise NotFound(
        "not_found.phase",
        value=ref,
        known=", ".join(f"{p.number} {p.name}" for p in phases),
    )


def update_campaign(ctx: Context, campaign_id: int, changes: Mapping[str, object]) -> Campaign:
    """Change a campaign's name, theme, targets or notes."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.CampaignRow, campaign_id)
        if row is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        for key, value in changes.items():
            if key in ("name", "theme"):
                setattr(row, key, clean_text(str(value), key, required=key == "name"))
            elif key == "notes":
                row.notes = clean_text(str(value), key, limit=2000, multiline=True)
            elif key in ("sales_target", "stretch_target"):
                setattr(
                    row,
                    key,
                    None if value in (None, "") else parse_money(str(value), key, MAX_AMOUNT),
                )
            else:
                raise DomainError("input.unknown_field", field=key)
        if row.sales_target and row.stretch_target and row.stretch_target < row.sales_target:
            raise DomainError("input.stretch_below_target", field="stretch_target")
        session.flush()
        return convert.campaign(row)


def proposed_holidays(year: int) -> list[tuple[HolidayKind, date]]:
    """The holidays the program proposes for a year (refused outside the lunar tables)."""
    if not FIRST_LUNAR_YEAR <= year <= LAST_LUNAR_YEAR:
        raise DomainError(
            "input.year_out_of_range",
            field="year",
            value=year,
            minimum=FIRST_LUNAR_YEAR,
            maximum=LAST_LUNAR_YEAR,
        )
    return [(h.kind, h.day) for h in propose_holidays(year)]


def set_holiday(
    ctx: Context, campaign_id: int, kind: HolidayKind, day: date | str, name: str = ""
) -> Holiday:
    """Put a holiday on the campaign calendar, or move it (the planner overrules)."""
    require_role(ctx, Role.PLANNER)
    day = parse_day(day, "day")
    with ctx.uow.transaction() as session:
        campaign = session.get(t.CampaignRow, campaign_id)
        if campaign is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        row = None
        if kind is not HolidayKind.OTHER:
            row = next((h for h in campaign.holidays if h.kind is kind), None)
        if row is None:
            row = t.HolidayRow(campaign_id=campaign_id, kind=kind)
            session.add(row)
        row.day = day
        row.name = clean_text(name, "name", required=kind is HolidayKind.OTHER)
        session.flush()
        return convert.holiday(row)


def remove_holiday(ctx: Context, holiday_id: int) -> None:
    """Take a holiday off the calendar."""
    require_role(ctx, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.HolidayRow, holiday_id)
        if row is None:
            raise NotFound("not_found.holiday", value=holiday_id)
        session.delete(row)
