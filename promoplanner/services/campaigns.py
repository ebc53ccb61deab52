"""Finding and reading campaigns, and the planners' edits of a campaign and its holidays."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import HolidayKind
from promoplanner.core.errors import DatabaseProblem, DomainError, NotFound
from promoplanner.core.holidays import ProposedHoliday, holidays_between, propose_holidays
from promoplanner.core.model import Campaign, CampaignSnapshot, Holiday, Phase
from promoplanner.core.people import Right
from promoplanner.core.validation import MAX_AMOUNT, clean_text, parse_day, parse_money
from promoplanner.services.context import Context
from promoplanner.services.write import check_seen, note_update, row_values, writing
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
    """Everything about a campaign as frozen values, for checks, screens and documents.

    A deadline passed since the last look gets its late records first (services/late.py).
    """
    from promoplanner.services.late import record_passed_deadlines  # late reads campaigns

    unstored = record_passed_deadlines(ctx, campaign_id)
    with ctx.uow.reading() as session:
        try:
            snap = queries.snapshot(session, campaign_id)
            if unstored:  # a database that cannot be written: the records as worked out
                snap = replace(snap, late_records=(*(snap.late_records or ()), *unstored))
            return snap
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


def parse_discount_limit(value: object) -> Decimal:
    """A deep-discount limit typed as a whole percentage (70, "70 %", "７０％") as a fraction."""
    typed = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("%").strip()
    # The column keeps two decimals of the fraction: whole percentages only, as digits.
    if isinstance(value, bool) or not typed.isascii() or not typed.isdigit() or len(typed) > 2:
        raise DomainError("campaign.discount_limit", field="deep_discount_limit", value=value)
    percent = int(typed)
    if not 1 <= percent <= 99:
        raise DomainError("campaign.discount_limit", field="deep_discount_limit", value=value)
    return (Decimal(percent) / 100).quantize(Decimal("0.01"))


CAMPAIGN_FIELDS = (
    "name", "theme", "notes", "sales_target", "stretch_target", "deep_discount_limit",
)  # fmt: skip


def campaign_ref(row: t.CampaignRow) -> ObjectRef:
    """How the history names a campaign."""
    return ObjectRef(ObjectKind.CAMPAIGN, row.id, row.name)


def update_campaign(
    ctx: Context,
    campaign_id: int,
    changes: Mapping[str, object],
    *,
    seen_version: int | None = None,
) -> Campaign:
    """Change a campaign's name, theme, targets, deep-discount limit (a percentage) or notes."""
    typed = _campaign_changes(changes)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.CampaignRow, campaign_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        target = typed.get("sales_target", row.sales_target)
        stretch = typed.get("stretch_target", row.stretch_target)
        if target and stretch and stretch < target:  # type: ignore[operator]
            raise DomainError("input.stretch_below_target", field="stretch_target")
        check_seen(work, row, seen_version, campaign_ref(row), typed)
        before = row_values(row, CAMPAIGN_FIELDS)
        for key, value in typed.items():
            setattr(row, key, value)
        work.session.flush()
        note_update(
            work, campaign_ref(row), before, row_values(row, CAMPAIGN_FIELDS),
            ChangeKind.CAMPAIGN, campaign_id=row.id,
        )  # fmt: skip
        return convert.campaign(row)


def _campaign_changes(changes: Mapping[str, object]) -> dict[str, object]:
    """The typed values of a campaign's changed fields (refused before anything is read)."""
    typed: dict[str, object] = {}
    for key, value in changes.items():
        if key in ("name", "theme"):
            typed[key] = clean_text(str(value), key, required=key == "name")
        elif key == "notes":
            typed[key] = clean_text(str(value), key, limit=2000, multiline=True)
        elif key in ("sales_target", "stretch_target"):
            typed[key] = None if value in (None, "") else parse_money(str(value), key, MAX_AMOUNT)
        elif key == "deep_discount_limit":
            typed[key] = parse_discount_limit(value)
        else:
            raise DomainError("input.unknown_field", field=str(key))
    return typed


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


def proposed_for_campaign(ctx: Context, campaign_id: int) -> list[ProposedHoliday]:
    """The holidays the program proposes for the campaign's dates (taken or not)."""
    with ctx.uow.reading() as session:
        row = session.get(t.CampaignRow, campaign_id)
        if row is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        first, last = convert.campaign(row).period
    return holidays_between(first, last)


HOLIDAY_FIELDS = ("kind", "name", "day")


def _holiday_ref(row: t.HolidayRow) -> ObjectRef:
    return ObjectRef(ObjectKind.HOLIDAY, row.id, row.name or row.kind.value)


def set_holiday(
    ctx: Context, campaign_id: int, kind: HolidayKind, day: date | str, name: str = ""
) -> Holiday:
    """Put a holiday on the campaign calendar, or move it (the planner overrules)."""
    day = parse_day(day, "day")
    name = clean_text(name, "name", required=kind.needs_name)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        session = work.session
        campaign = session.get(t.CampaignRow, campaign_id)
        if campaign is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        row = None
        if not kind.needs_name:  # one of each kind; the store's own may be several
            row = next((h for h in campaign.holidays if h.kind is kind), None)
        before = row_values(row, HOLIDAY_FIELDS) if row is not None else None
        if row is None:
            row = t.HolidayRow(campaign_id=campaign_id, kind=kind)
            session.add(row)
        row.day, row.name = day, name
        session.flush()
        after = row_values(row, HOLIDAY_FIELDS)
        if before is None:
            work.record(Action.CREATE, _holiday_ref(row), after=after, campaign_id=campaign_id)
            work.changed(ChangeKind.CAMPAIGN, [campaign_id])
        else:
            note_update(
                work, _holiday_ref(row), before, after, ChangeKind.CAMPAIGN,
                campaign_id=campaign_id,
            )  # fmt: skip
        return convert.holiday(row)


def remove_holiday(ctx: Context, holiday_id: int) -> None:
    """Take a holiday off the calendar."""
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.HolidayRow, holiday_id)
        if row is None:
            raise NotFound("not_found.holiday", value=holiday_id)
        work.record(
            Action.DELETE, _holiday_ref(row), before=row_values(row, HOLIDAY_FIELDS),
            campaign_id=row.campaign_id,
        )  # fmt: skip
        work.changed(ChangeKind.CAMPAIGN, [row.campaign_id])
        work.session.delete(row)
