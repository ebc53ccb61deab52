"""A new campaign, three ways: blank, from the June template, or a copy of an earlier one.

Blank: the campaign's name, year and month (or dates of its own), theme and targets, with
the holidays the program proposes for its dates already taken (the planner drops or moves
them). From the June template: what ``demo`` builds, without its items. A copy: see
``campaign_copy.py``. Several campaigns live in one database; names are unique.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.enums import HolidayKind
from promoplanner.core.errors import DomainError
from promoplanner.core.holidays import FIRST_YEAR, LAST_YEAR, holidays_between, month_bounds
from promoplanner.core.i18n import Words
from promoplanner.core.june_plan import june_plan
from promoplanner.core.model import Campaign, Holiday
from promoplanner.core.people import Right
from promoplanner.core.validation import MAX_AMOUNT, clean_text, parse_day, parse_money
from promoplanner.core.year_copy import PhaseMove
from promoplanner.services.context import Context
from promoplanner.services.write import Work, row_values, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

TEMPLATES = ("june",)
LONGEST = 366  # days a campaign of its own dates may run
CAMPAIGN_FIELDS = (
    "name",
    "year",
    "month",
    "first_day",
    "last_day",
    "theme",
    "sales_target",
    "stretch_target",
    "notes",
)
PHASE_FIELDS = ("number", "name", "theme", "start", "end", "flyer_target", "print_run")


@dataclass(frozen=True)
class CampaignDates:
    """A campaign's year and month, and its own first and last day if it has them."""

    year: int
    month: int
    first_day: date | None = None
    last_day: date | None = None

    @property
    def period(self) -> tuple[date, date]:
        """First and last day of the campaign."""
        first, last = month_bounds(self.year, self.month)
        return self.first_day or first, self.last_day or last


@dataclass(frozen=True)
class NewCampaign:
    """What making a campaign did, and what the planner should know about it."""

    campaign: Campaign
    holidays: tuple[Holiday, ...] = ()
    phases: int = 0
    items: int = 0
    notes: tuple[Words, ...] = ()  # things left out, to tell the planner


@dataclass(frozen=True)
class CampaignSummary:
    """A campaign with how many phases and live items it has, for lists and pickers."""

    campaign: Campaign
    phases: int
    items: int


def campaign_summaries(ctx: Context) -> list[CampaignSummary]:
    """Every campaign, latest first, with its counts (one query each for phases and items)."""
    from promoplanner.services.campaigns import list_campaigns

    campaigns = list_campaigns(ctx)
    with ctx.uow.reading() as session:
        phases = {
            campaign_id: count
            for campaign_id, count in session.execute(
                select(t.PhaseRow.campaign_id, func.count()).group_by(t.PhaseRow.campaign_id)
            )
        }
        items = {
            campaign_id: count
            for campaign_id, count in session.execute(
                select(t.PhaseRow.campaign_id, func.count(t.FlyerItemRow.id))
                .join(t.FlyerItemRow, t.FlyerItemRow.phase_id == t.PhaseRow.id)
                .where(t.FlyerItemRow.deleted_at.is_(None))
                .group_by(t.PhaseRow.campaign_id)
            )
        }
    return [CampaignSummary(c, phases.get(c.id, 0), items.get(c.id, 0)) for c in campaigns]


def campaign_dates(
    year: int | str | None,
    month: int | str | None = None,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
) -> CampaignDates:
    """The dates of a new campaign as typed, checked: a month that exists, or two days."""
    if (first_day in (None, "")) != (last_day in (None, "")):
        raise DomainError("campaign.both_days", field="last_day" if first_day else "first_day")
    if first_day not in (None, "") and last_day not in (None, ""):
        first = parse_day(first_day, "first_day")  # type: ignore[arg-type]
        last = parse_day(last_day, "last_day")  # type: ignore[arg-type]
        if last < first:
            raise DomainError("input.end_before_start", field="last_day", start=first, end=last)
        if (last - first).days >= LONGEST:
            raise DomainError("campaign.too_long", field="last_day", days=LONGEST)
        _check_year(first.year)
        return CampaignDates(first.year, first.month, first, last)
    checked_year = _check_year(year)
    if month in (None, ""):
        raise DomainError("campaign.month_needed", field="month")
    try:
        number = int(str(month).strip())
    except ValueError:
        raise DomainError("campaign.no_such_month", field="month", month=month) from None
    if not 1 <= number <= 12:
        raise DomainError("campaign.no_such_month", field="month", month=month)
    return CampaignDates(checked_year, number)


def _check_year(year: int | str | None) -> int:
    try:
        value = int(str(year).strip())
    except ValueError:
        raise DomainError("input.not_whole_number", field="year", value=year) from None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise DomainError(
            "input.year_out_of_range",
            field="year",
            value=value,
            minimum=FIRST_YEAR,
            maximum=LAST_YEAR,
        )
    return value


def campaign_name(value: str) -> str:
    """A campaign's name, as checked before anything is read."""
    return clean_text(value, "name", required=True)


def refuse_taken_name(work: Work, name: str) -> None:
    """A campaign name is used once (ignoring case)."""
    if work.session.scalar(
        select(t.CampaignRow.id).where(func.lower(t.CampaignRow.name) == name.lower())
    ):
        raise DomainError("campaign.name_taken", field="name", name=name)


def _targets(
    sales_target: Decimal | str | None, stretch_target: Decimal | str | None
) -> tuple[Decimal | None, Decimal | None]:
    target = (
        None
        if sales_target in (None, "")
        else parse_money(sales_target, "sales_target", MAX_AMOUNT)
    )  # type: ignore[arg-type]
    stretch = (
        None
        if stretch_target in (None, "")
        else parse_money(stretch_target, "stretch_target", MAX_AMOUNT)
    )  # type: ignore[arg-type]
    if target is not None and stretch is not None and stretch < target:
        raise DomainError("input.stretch_below_target", field="stretch_target")
    return target, stretch


def campaign_ref(row: t.CampaignRow) -> ObjectRef:
    """How the history names a campaign."""
    return ObjectRef(ObjectKind.CAMPAIGN, row.id, row.name)


def new_campaign_row(work: Work, name: str, dates: CampaignDates, **values) -> t.CampaignRow:
    """Add the campaign row (its name checked free) in the change under way."""
    refuse_taken_name(work, name)
    row = t.CampaignRow(
        name=name,
        year=dates.year,
        month=dates.month,
        first_day=dates.first_day,
        last_day=dates.last_day,
        theme=values.pop("theme", ""),
        notes=values.pop("notes", ""),
        **values,
    )
    work.session.add(row)
    work.session.flush()
    return row


def record_campaign(work: Work, row: t.CampaignRow, **extra) -> None:
    """The history of a new campaign: the campaign, then each phase with what it holds."""
    after = row_values(row, CAMPAIGN_FIELDS) | extra
    work.record(Action.CREATE, campaign_ref(row), after=after, campaign_id=row.id)
    for phase in row.phases:
        values = row_values(phase, PHASE_FIELDS)
        values["quotas"] = len(phase.quotas)
        values["deadlines"] = len(phase.deadlines)
        work.record(
            Action.CREATE,
            ObjectRef(ObjectKind.PHASE, phase.id, phase.name),
            after=values,
            phase_id=phase.id,
            campaign_id=row.id,
        )
    for kind in (ChangeKind.CAMPAIGN, ChangeKind.PLANNING, ChangeKind.EVENTS):
        work.changed(kind, [row.id])


def take_proposed_holidays(work: Work, row: t.CampaignRow) -> list[t.HolidayRow]:
    """Put the holidays the program proposes for the campaign's dates on its calendar."""
    first, last = convert.campaign(row).period
    taken = []
    for proposed in holidays_between(first, last):
        holiday = t.HolidayRow(campaign_id=row.id, kind=proposed.kind, name="", day=proposed.day)
        work.session.add(holiday)
        taken.append(holiday)
    work.session.flush()
    return taken


def create_campaign(
    ctx: Context,
    name: str,
    year: int | str | None,
    month: int | str | None = None,
    *,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    theme: str = "",
    sales_target: Decimal | str | None = None,
    stretch_target: Decimal | str | None = None,
    notes: str = "",
    holidays: bool = True,
) -> NewCampaign:
    """A blank campaign (targets in yuan), with its dates' holidays taken unless told not."""
    shown = campaign_name(name)
    dates = campaign_dates(year, month, first_day, last_day)
    target, stretch = _targets(sales_target, stretch_target)
    text = {"theme": clean_text(theme, "theme"), "notes": clean_text(notes, "notes", limit=2000)}
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = new_campaign_row(
            work, shown, dates, sales_target=target, stretch_target=stretch, **text
        )
        taken = take_proposed_holidays(work, row) if holidays else []
        record_campaign(work, row, holidays=[h.kind.value for h in taken])
        return NewCampaign(convert.campaign(row), tuple(convert.holiday(h) for h in taken))


def create_from_template(
    ctx: Context,
    name: str,
    year: int | str,
    template: str = "june",
    *,
    month: int | str | None = None,
    moves: Mapping[int, date] | None = None,
) -> NewCampaign:
    """The source plan's June campaign for the year without its items (the demo's build).

    `moves` gives the first day the planner chose for a phase (by number), for a year in
    which its holiday falls outside June; without it such a phase is refused.
    """
    from promoplanner.services.campaign_copy import outside_refusal, shift_phase
    from promoplanner.services.june_template import PHASE_NAMES, TEMPLATE_FLOORS, june_campaign

    shown = campaign_name(name)
    if template not in TEMPLATES:
        raise DomainError(
            "campaign.no_template", field="template", name=template, known=", ".join(TEMPLATES)
        )
    dates = campaign_dates(year, month if month not in (None, "") else 6)
    if dates.month != 6:
        raise DomainError("campaign.template_month", field="month", month=dates.month)
    plan = june_plan(dates.year)
    first, last = dates.period
    chosen = dict(moves or {})
    for number, (start, end), kind, day in (
        (1, plan.phase1, HolidayKind.DRAGON_BOAT, plan.dragon_boat),
        (2, plan.phase2, HolidayKind.FATHERS_DAY, plan.fathers_day),
    ):
        if number not in chosen and (start < first or end > last):
            move = PhaseMove(number, PHASE_NAMES[number], start, end, 0)
            raise outside_refusal(move, kind, day, first, last)
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        refuse_taken_name(work, shown)
        floors = {
            f.code: f
            for f in work.session.scalars(select(t.FloorRow).where(t.FloorRow.retired_at.is_(None)))
        }
        row = june_campaign(work.session, plan, shown, floors)
        for phase in row.phases:
            if phase.number in chosen:
                shift_phase(work.session, phase, (chosen[phase.number] - phase.start).days)
        work.session.flush()
        left_out = [code for code in TEMPLATE_FLOORS if code not in floors]
        record_campaign(work, row, template=template)
        notes = tuple(Words("campaign.template_floor_left_out", floor=c) for c in left_out)
        return NewCampaign(
            convert.campaign(row),
            tuple(convert.holiday(h) for h in row.holidays),
            len(row.phases),
            0,
            notes,
        )
