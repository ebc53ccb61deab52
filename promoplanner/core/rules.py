"""The planning rules, as pure functions from a campaign snapshot to findings."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from promoplanner.core.barcode import barcode_problem
from promoplanner.core.enums import PriceTier, Severity
from promoplanner.core.fields import LABEL_FIELDS, label_gaps
from promoplanner.core.findings import Finding, Subject, SubjectKind, sort_findings
from promoplanner.core.model import (
    Activity,
    CampaignSnapshot,
    Contest,
    DisplayZone,
    FlyerItem,
    Phase,
)
from promoplanner.core.progress import floor_progress, late_buyers
from promoplanner.core.rules_plan import PLAN_RULES


@dataclass(frozen=True)
class RuleContext:
    """What a rule may look at besides the snapshot."""

    now: datetime
    # Tier counts may stray this far (share of the phase's items) before a warning.
    tier_tolerance: Decimal = Decimal("0.10")


Rule = Callable[[CampaignSnapshot, RuleContext], Iterator[Finding]]


def _finding(
    severity: Severity,
    code: str,
    kind: SubjectKind,
    obj_id: int,
    phase: Phase | None = None,
    floor_id: int | None = None,
    **params: object,
) -> Finding:
    if phase is not None:
        params.setdefault("phase", phase.name)
    return Finding(
        severity=severity,
        code=code,
        subject=Subject(kind, obj_id),
        params=tuple(params.items()),
        phase_id=phase.id if phase else None,
        floor_id=floor_id,
    )


def quota_counts(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Items per floor within [min, max]; sensitive items at least the minimum."""
    for phase in snap.phases:
        for prog in floor_progress(snap, phase):
            q = prog.quota
            if q is None:
                continue
            floor = prog.floor.code
            if prog.items < q.min_items:
                yield _finding(
                    Severity.ERROR,
                    "floor_too_few_items",
                    SubjectKind.QUOTA,
                    q.id,
                    phase,
                    q.floor_id,
                    floor=floor,
                    items=prog.items,
                    min=q.min_items,
                    max=q.max_items,
                )
            elif prog.items > q.max_items:
                yield _finding(
                    Severity.ERROR,
                    "floor_too_many_items",
                    SubjectKind.QUOTA,
                    q.id,
                    phase,
                    q.floor_id,
                    floor=floor,
                    items=prog.items,
                    min=q.min_items,
                    max=q.max_items,
                )
            if prog.sensitive < q.min_sensitive:
                yield _finding(
                    Severity.ERROR,
                    "floor_too_few_sensitive",
                    SubjectKind.QUOTA,
                    q.id,
                    phase,
                    q.floor_id,
                    floor=floor,
                    sensitive=prog.sensitive,
                    min=q.min_sensitive,
                )


def phase_total(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """A phase's items add up to its flyer target, and the quotas can reach it."""
    for phase in snap.phases:
        count = len(snap.items_of(phase.id))
        if count != phase.flyer_target:
            yield _finding(
                Severity.ERROR,
                "phase_total_off_target",
                SubjectKind.PHASE,
                phase.id,
                phase,
                items=count,
                target=phase.flyer_target,
            )
        quotas = [q for q in snap.quotas if q.phase_id == phase.id]
        if quotas:
            low = sum(q.min_items for q in quotas)
            high = sum(q.max_items for q in quotas)
            if not low <= phase.flyer_target <= high:
                yield _finding(
                    Severity.WARNING,
                    "quotas_miss_target",
                    SubjectKind.PHASE,
                    phase.id,
                    phase,
                    low=low,
                    high=high,
                    target=phase.flyer_target,
                )


def print_run(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Every phase's flyer has copies to print."""
    for phase in snap.phases:
        if phase.print_run <= 0:
            yield _finding(
                Severity.ERROR,
                "print_run_zero",
                SubjectKind.PHASE,
                phase.id,
                phase,
                copies=phase.print_run,
            )


def plan_shape(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Phases end after they start; quotas ask for a minimum no larger than the maximum."""
    for phase in snap.phases:
        if phase.end < phase.start:
            yield _finding(
                Severity.ERROR,
                "phase_dates_reversed",
                SubjectKind.PHASE,
                phase.id,
                phase,
                start=phase.start,
                end=phase.end,
            )
    for quota in snap.quotas:
        if quota.min_items > quota.max_items:
            yield _finding(
                Severity.ERROR,
                "quota_min_above_max",
                SubjectKind.QUOTA,
                quota.id,
                snap.phase(quota.phase_id),
                quota.floor_id,
                floor=snap.floor(quota.floor_id).code,
                min=quota.min_items,
                max=quota.max_items,
            )


def item_labels(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Every priced item shows its name and unit of sale (price-marking rules, Art. 7)."""
    for item in snap.items:
        if label_gaps({name: getattr(item, name) for name in LABEL_FIELDS}):
            yield _item_finding(
                Severity.ERROR,
                "item_label_incomplete",
                item,
                snap.phase(item.phase_id),
                barcode=item.barcode or "—",
            )


def prices(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Promotional price positive and below the regular price; no typo-deep discounts."""
    limit = snap.campaign.deep_discount_limit
    for item in snap.items:
        phase = snap.phase(item.phase_id)
        if item.promo_price <= 0 or item.regular_price <= 0:
            yield _item_finding(
                Severity.ERROR,
                "price_not_positive",
                item,
                phase,
                regular=item.regular_price,
                promo=item.promo_price,
            )
        elif item.promo_price >= item.regular_price:
            yield _item_finding(
                Severity.ERROR,
                "promo_not_below_regular",
                item,
                phase,
                regular=item.regular_price,
                promo=item.promo_price,
            )
        elif item.discount > limit:
            yield _item_finding(
                Severity.WARNING,
                "discount_suspicious",
                item,
                phase,
                percent=_percent(item.discount),
                limit=_percent(limit),
            )


def barcodes(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """EAN check digits right; no barcode twice in a phase; one till price at a time."""
    for item in snap.items:
        problem = barcode_problem(item.barcode)
        if not item.barcode:
            yield _item_finding(
                Severity.WARNING, "barcode_missing", item, snap.phase(item.phase_id)
            )
        elif problem and problem != "barcode.check_digit":
            yield _item_finding(
                Severity.ERROR,
                "barcode_malformed",
                item,
                snap.phase(item.phase_id),
                barcode=item.barcode,
            )
        elif problem:  # the only problem left is a wrong check digit
            yield _item_finding(
                Severity.ERROR,
                "barcode_check_digit",
                item,
                snap.phase(item.phase_id),
                barcode=item.barcode,
            )
    by_phase: dict[int, dict[str, list[FlyerItem]]] = defaultdict(lambda: defaultdict(list))
    for item in snap.items:
        if item.barcode:
            by_phase[item.phase_id][item.barcode].append(item)
    for phase_id, codes in by_phase.items():
        for code, items in codes.items():
            for twin in items[1:]:
                yield _item_finding(
                    Severity.ERROR,
                    "barcode_duplicate",
                    twin,
                    snap.phase(phase_id),
                    barcode=code,
                    other=items[0].name,
                )
    phases = sorted(snap.phases, key=lambda p: p.number)
    for i, first in enumerate(phases):
        for second in phases[i + 1 :]:
            if not first.overlaps(second):
                continue
            for code, items in by_phase[second.id].items():
                mine = by_phase[first.id].get(code)
                if mine and mine[0].promo_price != items[0].promo_price:
                    yield _item_finding(
                        Severity.ERROR,
                        "barcode_two_prices",
                        items[0],
                        second,
                        barcode=code,
                        other_phase=first.name,
                        price=items[0].promo_price,
                        other=mine[0].promo_price,
                    )


def floors_without_quota(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Items stand only on floors the phase has a quota for."""
    seen: set[tuple[int, int]] = set()
    for item in snap.items:
        key = (item.phase_id, item.floor_id)
        if key in seen or snap.quota(*key) is not None:
            continue
        seen.add(key)
        phase = snap.phase(item.phase_id)
        yield _finding(
            Severity.ERROR,
            "floor_without_quota",
            SubjectKind.ITEM,
            item.id,
            phase,
            item.floor_id,
            floor=snap.floor(item.floor_id).code,
        )


def late_list(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Buyers whose floor is still short after the deadline, with the assessment."""
    for late in late_buyers(snap, ctx.now):
        phase = snap.phase(late.deadline.phase_id)
        yield _finding(
            Severity.ERROR,
            "buyer_late",
            SubjectKind.BUYER,
            late.buyer.id,
            phase,
            late.progress.floor.id,
            buyer=late.buyer.name,
            floor=late.floor_codes,
            due=late.deadline.due.strftime("%Y-%m-%d %H:%M"),
            missing=late.missing_items,
            missing_sensitive=late.missing_sensitive,
            assessment=late.assessment,
        )


def dates_in_phase(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Activities, zones and contests fall inside their phase."""
    spans: list[tuple[str, SubjectKind, Activity | DisplayZone | Contest, date, date]] = [
        *(("activity", SubjectKind.ACTIVITY, a, a.start, a.end) for a in snap.activities),
        *(("zone", SubjectKind.ZONE, z, z.start, z.end) for z in snap.zones),
        *(("contest", SubjectKind.CONTEST, c, c.registration_opens, c.day) for c in snap.contests),
    ]
    for what, kind, thing, start, end in spans:
        phase = snap.phase(thing.phase_id)
        if not _inside(phase, start, end):
            yield _finding(
                Severity.ERROR,
                f"{what}_outside_phase",
                kind,
                thing.id,
                phase,
                name=thing.name,
                start=start,
                end=end,
            )


def tier_mix(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """The A:B:C mix of each phase near the plan (a warning, never an error)."""
    plan = snap.campaign.tier_plan
    parts = sum(plan)
    if parts <= 0:
        return
    for phase in snap.phases:
        tiers = Counter(i.tier for i in snap.items_of(phase.id) if i.tier is not None)
        total = sum(tiers.values())
        if total == 0:
            continue
        for tier, share in zip(PriceTier, plan, strict=True):
            expected = Decimal(total * share) / parts
            if abs(Decimal(tiers[tier]) - expected) > ctx.tier_tolerance * total:
                actual = ":".join(str(tiers[t]) for t in PriceTier)
                yield _finding(
                    Severity.WARNING,
                    "tier_mix_off",
                    SubjectKind.PHASE,
                    phase.id,
                    phase,
                    actual=actual,
                    plan=":".join(map(str, plan)),
                )
                break


def golden_positions(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """No more pile-display and end-rack items on a floor than it has spots for."""
    for phase in snap.phases:
        for floor in snap.floors:
            need = sum(1 for i in snap.items_of(phase.id, floor.id) if i.needs_golden_position)
            if need > floor.golden_spots:
                yield _finding(
                    Severity.ERROR,
                    "golden_positions_short",
                    SubjectKind.FLOOR,
                    floor.id,
                    phase,
                    floor.id,
                    floor=floor.code,
                    need=need,
                    end_racks=floor.end_racks,
                    pile_spots=floor.pile_spots,
                )


def strike_price_basis(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """A struck-through price no higher than the lowest price of the 7 days before.

    SAMR Order 56, Art. 16: unless its basis is stated, the "original" price on a promotion
    may not exceed the lowest price actually charged in the store in the 7 days before.
    An item promoted in a phase that ended less than a week earlier was sold that cheap.
    """
    by_code: dict[str, list[FlyerItem]] = defaultdict(list)
    for item in snap.items:
        if item.barcode:
            by_code[item.barcode].append(item)
    for items in by_code.values():
        if len(items) < 2:
            continue  # promoted once: nothing earlier to compare with
        for item in items:
            phase = snap.phase(item.phase_id)
            window_start = phase.start - timedelta(days=7)
            for earlier in items:
                before = snap.phase(earlier.phase_id)
                if (
                    before.id != phase.id
                    and before.start < phase.start
                    and before.end >= window_start
                    and item.regular_price > earlier.promo_price
                ):
                    yield _item_finding(
                        Severity.WARNING,
                        "strike_price_basis",
                        item,
                        phase,
                        regular=item.regular_price,
                        low=earlier.promo_price,
                        other_phase=before.name,
                    )
                    break


RULES: tuple[Rule, ...] = (
    quota_counts,
    phase_total,
    print_run,
    plan_shape,
    item_labels,
    prices,
    barcodes,
    floors_without_quota,
    late_list,
    dates_in_phase,
    tier_mix,
    golden_positions,
    strike_price_basis,
    *PLAN_RULES,
)


# The rules that speak about single items: what a buyer must fix in their own rows.
ITEM_RULES: tuple[Rule, ...] = (item_labels, prices, barcodes, strike_price_basis)


def check_campaign(
    snap: CampaignSnapshot, now: datetime, rules: Iterable[Rule] = RULES
) -> list[Finding]:
    """Every finding of every rule, errors first."""
    ctx = RuleContext(now=now)
    return sort_findings([f for rule in rules for f in rule(snap, ctx)])


def _item_finding(
    severity: Severity, code: str, item: FlyerItem, phase: Phase, **params: object
) -> Finding:
    return _finding(
        severity, code, SubjectKind.ITEM, item.id, phase, item.floor_id, item=item.name, **params
    )


def _inside(phase: Phase, start: date, end: date) -> bool:
    return phase.start <= start <= end <= phase.end


def _percent(share: Decimal) -> str:
    return f"{share * 100:.0f}"
