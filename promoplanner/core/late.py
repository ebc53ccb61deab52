"""Late records: what each buyer had at a deadline, worked out from the history, assessed.

At a buyer deadline the store freezes, per buyer, what stood at that moment: whether their
list was submitted, their items per floor, how far each floor was short, and the
assessment the campaign's rule gives for that (篇五: so much per missed duty). Worked out
from the history, the record is the same whether the program ran at that moment or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from promoplanner.core.audit import Action, JsonValue


class AssessmentKind(StrEnum):
    """How a late buyer's assessment is reckoned."""

    FIXED = "fixed"  # one amount per late buyer and deadline
    PER_ITEM = "per_item"  # so much per item missing at the deadline


@dataclass(frozen=True)
class AssessmentRule:
    """The campaign's rule; a fixed rule without an amount takes each deadline's own."""

    kind: AssessmentKind = AssessmentKind.FIXED
    amount: Decimal | None = None

    def assess(self, short: int, deadline_amount: Decimal) -> Decimal:
        """The yuan assessed for a buyer this short at the deadline (nothing when not short)."""
        if short <= 0:
            return Decimal("0.00")
        if self.kind is AssessmentKind.PER_ITEM:
            return ((self.amount or Decimal(0)) * short).quantize(Decimal("0.01"))
        amount = deadline_amount if self.amount is None else self.amount
        return Decimal(amount).quantize(Decimal("0.01"))


def past_when_set(due: datetime, set_at: datetime | None) -> bool:
    """Whether a deadline had already passed when it got its time (or its campaign was made).

    Nobody can hand in before a moment that was over when it was announced, so such a
    deadline assesses nobody: its late records are not made at all.
    """
    return set_at is not None and set_at >= due


@dataclass(frozen=True)
class ItemAt:
    """What the late record needs of one item at a moment: where, whose, sensitive."""

    id: int
    floor_id: int
    buyer_id: int | None
    sensitive: bool


@dataclass(frozen=True)
class ItemNow:
    """An item as stored now (also a deleted one), to walk its history back from."""

    id: int
    floor_id: int
    buyer_id: int | None
    sensitive: bool
    created_at: datetime | None
    deleted: bool


@dataclass(frozen=True)
class ItemChange:
    """One history entry of an item: when, what, and the values before it."""

    id: int  # the entry's own id: entries are undone newest first
    at: datetime
    item_id: int
    action: Action
    before: Mapping[str, JsonValue] | None


def items_at(
    now: Iterable[ItemNow], changes: Iterable[ItemChange], moment: datetime
) -> list[ItemAt]:
    """The live items as they stood at the moment: today's rows with later changes undone.

    An item made after the moment (its created_at says so, with or without an entry) did
    not exist then; a later delete means it stood; a later restore means it was deleted.
    """
    state: dict[int, dict[str, object]] = {}
    live: dict[int, bool] = {}
    for item in now:
        if item.created_at is not None and item.created_at > moment:
            continue
        state[item.id] = {"floor_id": item.floor_id, "buyer_id": item.buyer_id,
                          "sensitive": item.sensitive}  # fmt: skip
        live[item.id] = not item.deleted
    for change in sorted((c for c in changes if c.at > moment), key=lambda c: -c.id):
        if change.item_id not in state:
            continue
        before = change.before or {}
        if change.action is Action.CREATE:
            live[change.item_id] = False
        elif change.action is Action.DELETE:
            live[change.item_id] = True
            state[change.item_id].update(_known(before))
        elif change.action is Action.RESTORE:
            live[change.item_id] = False
        elif change.action is Action.UPDATE:
            state[change.item_id].update(_known(before))
    return [
        ItemAt(i, int(v["floor_id"]), _int_or_none(v["buyer_id"]), bool(v["sensitive"]))  # type: ignore[call-overload]
        for i, v in sorted(state.items())
        if live[i]
    ]


def _known(values: Mapping[str, JsonValue]) -> dict[str, object]:
    return {k: values[k] for k in ("floor_id", "buyer_id", "sensitive") if k in values}


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


@dataclass(frozen=True)
class SubmissionChange:
    """One history entry of a buyer's submission."""

    id: int
    at: datetime
    action: Action


def submitted_at(changes: Iterable[SubmissionChange], moment: datetime) -> datetime | None:
    """When the list standing at the moment was submitted (None: not submitted then)."""
    last_submit: datetime | None = None
    for change in sorted(changes, key=lambda c: c.id):
        if change.at > moment:
            break
        if change.action is Action.SUBMIT:
            last_submit = change.at
        elif change.action in (Action.RETURN, Action.CREATE):
            last_submit = None
    return last_submit


@dataclass(frozen=True)
class FloorAt:
    """One of a buyer's floors at the deadline: its items against its quota."""

    floor_id: int
    floor_code: str
    items: int  # every buyer's items on the floor
    own_items: int  # the buyer's own
    sensitive: int
    min_items: int
    min_sensitive: int

    @property
    def missing_items(self) -> int:
        """Items the floor still needed."""
        return max(0, self.min_items - self.items)

    @property
    def missing_sensitive(self) -> int:
        """Price-sensitive items the floor still needed."""
        return max(0, self.min_sensitive - self.sensitive)

    @property
    def short(self) -> int:
        """Items missing: sensitive ones count among them (an added sensitive item fills both)."""
        return max(self.missing_items, self.missing_sensitive)


@dataclass(frozen=True)
class LateRecord:
    """What a buyer had at a deadline, frozen; the assessment and whether it was waived."""

    deadline_id: int
    phase_id: int
    buyer_id: int
    buyer_name: str
    due: datetime
    recorded_at: datetime
    submitted_at: datetime | None
    items: int  # the buyer's own items at the deadline
    floors: tuple[FloorAt, ...]
    assessment: Decimal
    waived: bool = False
    waive_reason: str = ""
    id: int = 0
    version: int = 1

    @property
    def short(self) -> int:
        """Items the buyer's floors were missing at the deadline."""
        return sum(f.short for f in self.floors)

    @property
    def is_late(self) -> bool:
        """Whether the buyer's floors were short at the deadline (the source's late)."""
        return self.short > 0

    @property
    def due_amount(self) -> Decimal:
        """What is owed: the assessment, or nothing once waived."""
        return Decimal("0.00") if self.waived else self.assessment

    def floors_json(self) -> list[dict[str, JsonValue]]:
        """The floors as stored and as `late --json` prints them."""
        return [
            {"floor": f.floor_code, "floor_id": f.floor_id, "items": f.items,
             "own_items": f.own_items, "sensitive": f.sensitive, "min_items": f.min_items,
             "min_sensitive": f.min_sensitive}
            for f in self.floors
        ]  # fmt: skip


def floors_from_json(values: Sequence[Mapping[str, JsonValue]]) -> tuple[FloorAt, ...]:
    """The floors of a stored record."""
    return tuple(
        FloorAt(
            int(v["floor_id"]), str(v["floor"]), int(v["items"]), int(v["own_items"]),  # type: ignore[arg-type]
            int(v["sensitive"]), int(v["min_items"]), int(v["min_sensitive"]),  # type: ignore[arg-type]
        )
        for v in values
    )  # fmt: skip


@dataclass(frozen=True)
class QuotaAt:
    """A floor's quota in the phase, as the record counts against it."""

    floor_id: int
    floor_code: str
    min_items: int
    min_sensitive: int


@dataclass(frozen=True)
class BuyerAt:
    """A buyer the record is kept for: their floors."""

    id: int
    name: str
    floor_ids: tuple[int, ...]


def late_records(
    *,
    deadline_id: int,
    phase_id: int,
    due: datetime,
    deadline_amount: Decimal,
    rule: AssessmentRule,
    quotas: Sequence[QuotaAt],
    buyers: Sequence[BuyerAt],
    items: Sequence[ItemAt],
    submitted: Mapping[int, datetime | None],
    recorded_at: datetime,
) -> list[LateRecord]:
    """One record per buyer with a floor in the phase (or items in it), as at the deadline."""
    by_floor = {q.floor_id: q for q in quotas}
    records = []
    for buyer in buyers:
        own = [i for i in items if i.buyer_id == buyer.id]
        floor_ids = [f for f in buyer.floor_ids if f in by_floor]
        if not floor_ids and not own:
            continue
        floors = []
        for floor_id in floor_ids:
            quota = by_floor[floor_id]
            on_floor = [i for i in items if i.floor_id == floor_id]
            floors.append(
                FloorAt(
                    floor_id, quota.floor_code, len(on_floor),
                    sum(1 for i in own if i.floor_id == floor_id),
                    sum(1 for i in on_floor if i.sensitive), quota.min_items, quota.min_sensitive,
                )
            )  # fmt: skip
        record = LateRecord(
            deadline_id, phase_id, buyer.id, buyer.name, due, recorded_at,
            submitted.get(buyer.id), len(own), tuple(floors), Decimal("0.00"),
        )  # fmt: skip
        records.append(replace(record, assessment=rule.assess(record.short, deadline_amount)))
    return records
