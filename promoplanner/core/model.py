"""Plain values of a campaign, as the services hand them out (no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cached_property

from promoplanner.core.enums import (
    ActivityKind,
    DisplayForm,
    HolidayKind,
    PriceTier,
    ZoneKind,
)
from promoplanner.core.i18n import Language, text
from promoplanner.core.late import LateRecord
from promoplanner.core.submissions import Submission


@dataclass(frozen=True)
class Floor:
    """A sales floor of the store and its golden-position capacity."""

    id: int
    code: str
    name_en: str
    name_zh: str
    sort_order: int = 0
    end_racks: int = 0
    pile_spots: int = 0
    version: int = 1  # rises with every change; a change names the version it saw
    retired: bool = False  # no longer offered; old campaigns still show it

    @property
    def golden_spots(self) -> int:
        """End racks plus pile-display spots on this floor."""
        return self.end_racks + self.pile_spots


@dataclass(frozen=True)
class Department:
    """A department of a floor (food's fresh, grocery, ...)."""

    id: int
    floor_id: int
    code: str
    name_en: str
    name_zh: str
    sort_order: int = 0
    version: int = 1  # rises with every change; a change names the version it saw
    retired: bool = False  # no longer offered; old campaigns still show it


@dataclass(frozen=True)
class Buyer:
    """A buyer (采购) and the floors (and, if said, departments) they buy for."""

    id: int
    name: str
    floor_ids: tuple[int, ...] = ()
    active: bool = True  # False: retired, no longer offered
    version: int = 1  # rises with every change; a change names the version it saw
    sort_order: int = 0
    department_ids: tuple[int, ...] = ()
    person_id: int | None = None  # the account they sign in with, if they have one


@dataclass(frozen=True)
class Store:
    """The store a database belongs to."""

    name: str
    city: str = ""
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class Holiday:
    """A holiday on the campaign calendar."""

    id: int
    campaign_id: int
    kind: HolidayKind
    name: str
    day: date
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class Campaign:
    """A month's holiday campaign with its sales targets in yuan."""

    id: int
    name: str
    year: int
    month: int
    theme: str
    sales_target: Decimal | None = None
    stretch_target: Decimal | None = None
    notes: str = ""
    tier_plan: tuple[int, int, int] = (2, 3, 1)
    deep_discount_limit: Decimal = Decimal("0.70")
    version: int = 1  # rises with every change; a change names the version it saw
    first_day: date | None = None  # the campaign's own dates; None: its whole month
    last_day: date | None = None

    @property
    def period(self) -> tuple[date, date]:
        """The campaign's first and last day: its own dates, else its month."""
        first = date(self.year, self.month, 1)
        following = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return (
            self.first_day or first,
            self.last_day or following - timedelta(days=1),
        )


@dataclass(frozen=True)
class Phase:
    """A promotion phase with its DM flyer."""

    id: int
    campaign_id: int
    number: int
    name: str
    theme: str
    start: date
    end: date
    flyer_target: int
    print_run: int
    negotiation_scope: str = ""
    version: int = 1  # rises with every change; a change names the version it saw

    def covers(self, day: date) -> bool:
        """Whether the phase is on sale on that day."""
        return self.start <= day <= self.end

    def overlaps(self, other: Phase) -> bool:
        """Whether the two phases share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """Number of days the phase runs."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class FloorQuota:
    """How many flyer items a floor brings to a phase."""

    id: int
    phase_id: int
    floor_id: int
    min_items: int
    max_items: int
    min_sensitive: int = 0
    negotiation_scope: str = ""
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class BuyerDeadline:
    """When buyers must hand in their items for a phase, and the cost of being late."""

    id: int
    phase_id: int
    due: datetime
    what: str  # "" for the usual task, said in each reader's language (see task)
    assessment: Decimal = Decimal("0")
    version: int = 1  # rises with every change; a change names the version it saw

    def task(self, language: Language | str | None = None) -> str:
        """What is due, as typed; the usual task (stored empty) in the reader's language."""
        return text(DEFAULT_TASK, language) if is_default_task(self.what) else self.what


DEFAULT_TASK = "deadline.default_what"


def is_default_task(what: str) -> bool:
    """Whether a deadline's text is the usual task: empty, or its words in either language.

    Earlier versions stored the usual task's sentence in the language of whoever set the
    deadline; it is read as the usual task, so a Chinese screen no longer shows English.
    """
    said = what.strip()
    return not said or said in {text(DEFAULT_TASK, language) for language in Language}


@dataclass(frozen=True)
class FlyerItem:
    """A special-price item of a phase's DM flyer."""

    id: int
    phase_id: int
    floor_id: int
    name: str
    regular_price: Decimal
    promo_price: Decimal
    department_id: int | None = None
    buyer_id: int | None = None
    barcode: str = ""
    spec: str = ""
    unit: str = ""
    tier: PriceTier | None = None
    sensitive: bool = False
    display_form: DisplayForm | None = None
    photo: str = ""
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 1  # rises with every change; a change names the version it saw
    deleted_at: datetime | None = None

    @property
    def saving(self) -> Decimal:
        """Yuan saved against the regular price."""
        return self.regular_price - self.promo_price

    @property
    def discount(self) -> Decimal:
        """Share of the regular price taken off (0.25 = 25 % off)."""
        if self.regular_price <= 0:
            return Decimal("0")
        return (self.saving / self.regular_price).quantize(Decimal("0.0001"))

    @property
    def needs_golden_position(self) -> bool:
        """Whether the item must stand at a pile display or end rack."""
        return self.display_form is not None and self.display_form.is_golden


@dataclass(frozen=True)
class Activity:
    """A gift-with-purchase or event activity of a phase."""

    id: int
    phase_id: int
    kind: ActivityKind
    name: str
    start: date
    end: date
    description: str = ""
    threshold: Decimal | None = None
    add_on_price: Decimal | None = None
    gift: str = ""
    gift_stock: int | None = None
    location: str = ""
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class DisplayZone:
    """A display zone of a phase and the items shown in it."""

    id: int
    phase_id: int
    name: str
    kind: ZoneKind
    display_form: DisplayForm
    start: date
    end: date
    floor_id: int | None = None
    location: str = ""
    item_ids: tuple[int, ...] = ()
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class Contest:
    """A beer-drinking contest run in heats."""

    id: int
    phase_id: int
    name: str
    day: date
    registration_opens: date
    location: str = ""
    group_size: int = 4
    cans_per_entrant: int = 5
    prizes: tuple[str, str, str] = ("", "", "")
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class ContestEntrant:
    """Somebody registered for the contest."""

    id: int
    contest_id: int
    name: str
    phone: str = ""
    registered_on: date | None = None
    version: int = 1  # rises with every change; a change names the version it saw


@dataclass(frozen=True)
class HeatResult:
    """One entrant's time in one heat."""

    entrant_id: int
    seconds: Decimal | None = None
    advanced: bool = False
    place: int | None = None


@dataclass(frozen=True)
class Heat:
    """A group of (up to) four drinking against each other."""

    id: int
    round_number: int
    number: int
    is_final: bool
    results: tuple[HeatResult, ...] = ()


@dataclass(frozen=True)
class CampaignSnapshot:
    """Everything the rule checks need about one campaign, frozen at one moment."""

    campaign: Campaign
    floors: tuple[Floor, ...]
    phases: tuple[Phase, ...]
    quotas: tuple[FloorQuota, ...] = ()
    deadlines: tuple[BuyerDeadline, ...] = ()
    items: tuple[FlyerItem, ...] = ()
    buyers: tuple[Buyer, ...] = ()
    departments: tuple[Department, ...] = ()
    activities: tuple[Activity, ...] = ()
    zones: tuple[DisplayZone, ...] = ()
    contests: tuple[Contest, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    carried_item_ids: frozenset[int] = frozenset()  # items carried over, still to confirm
    # The records frozen at passed deadlines; None when the snapshot was not read from a
    # database (then the late list is reckoned from the items, as a forecast).
    late_records: tuple[LateRecord, ...] | None = None
    submissions: tuple[Submission, ...] = ()

    def floor(self, floor_id: int) -> Floor:
        """The floor with that id."""
        return self._floors_by_id[floor_id]

    def phase(self, phase_id: int) -> Phase:
        """The phase with that id."""
        return self._phases_by_id[phase_id]

    def buyer(self, buyer_id: int | None) -> Buyer | None:
        """The buyer with that id, if any."""
        return next((b for b in self.buyers if b.id == buyer_id), None)

    def quota(self, phase_id: int, floor_id: int) -> FloorQuota | None:
        """The quota of that floor in that phase, if one was set."""
        return self._quotas_by_key.get((phase_id, floor_id))

    def items_of(self, phase_id: int, floor_id: int | None = None) -> list[FlyerItem]:
        """Items of a phase, optionally of one floor."""
        return list(self._items_by_key.get((phase_id, floor_id), ()))

    def months(self) -> list[tuple[int, int]]:
        """Every (year, month) from the campaign's first day or phase to its last, in order."""
        first, last = self.campaign.period
        for phase in self.phases:
            first, last = min(first, phase.start), max(last, phase.end)
        months = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    # Look-ups built on first use: the rules ask them for every one of 20,000 items.
    @cached_property
    def _floors_by_id(self) -> dict[int, Floor]:
        return {f.id: f for f in self.floors}

    @cached_property
    def _phases_by_id(self) -> dict[int, Phase]:
        return {p.id: p for p in self.phases}

    @cached_property
    def _quotas_by_key(self) -> dict[tuple[int, int], FloorQuota]:
        return {(q.phase_id, q.floor_id): q for q in self.quotas}

    @cached_property
    def _items_by_key(self) -> dict[tuple[int, int | None], list[FlyerItem]]:
        groups: dict[tuple[int, int | None], list[FlyerItem]] = {}
        for item in self.items:
            groups.setdefault((item.phase_id, None), []).append(item)
            groups.setdefault((item.phase_id, item.floor_id), []).append(item)
        return groups
