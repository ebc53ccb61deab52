"""How far each floor of a phase is from its quota, and who is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from promoplanner.core.enums import DeadlineState
from promoplanner.core.late import LateRecord
from promoplanner.core.model import (
    Buyer,
    BuyerDeadline,
    CampaignSnapshot,
    Floor,
    FloorQuota,
    Phase,
)


class QuotaState(StrEnum):
    """Where a floor stands against its quota."""

    SHORT = "short"
    MET = "met"
    OVER = "over"
    NO_QUOTA = "no_quota"


@dataclass(frozen=True)
class FloorProgress:
    """Items entered on one floor of one phase against its quota."""

    phase: Phase
    floor: Floor
    quota: FloorQuota | None
    items: int
    sensitive: int

    @property
    def state(self) -> QuotaState:
        """Short, met or over the [min, max] item quota."""
        if self.quota is None:
            return QuotaState.NO_QUOTA
        if self.items < self.quota.min_items:
            return QuotaState.SHORT
        if self.items > self.quota.max_items:
            return QuotaState.OVER
        return QuotaState.MET

    @property
    def missing_items(self) -> int:
        """Items still needed to reach the minimum."""
        return max(0, self.quota.min_items - self.items) if self.quota else 0

    @property
    def missing_sensitive(self) -> int:
        """Price-sensitive items still needed to reach the minimum."""
        return max(0, self.quota.min_sensitive - self.sensitive) if self.quota else 0

    @property
    def is_short(self) -> bool:
        """Whether items or sensitive items are below the minimum."""
        return self.missing_items > 0 or self.missing_sensitive > 0


def floor_progress(snapshot: CampaignSnapshot, phase: Phase) -> list[FloorProgress]:
    """Progress of every floor that has a quota or items in the phase, in floor order."""
    rows = []
    for floor in sorted(snapshot.floors, key=lambda f: (f.sort_order, f.code)):
        quota = snapshot.quota(phase.id, floor.id)
        items = snapshot.items_of(phase.id, floor.id)
        if quota is None and not items:
            continue
        rows.append(
            FloorProgress(
                phase=phase,
                floor=floor,
                quota=quota,
                items=len(items),
                sensitive=sum(1 for i in items if i.sensitive),
            )
        )
    return rows


def deadline_state(deadline: BuyerDeadline, now: datetime) -> DeadlineState:
    """Open until the due moment, passed from then on."""
    return DeadlineState.PASSED if now >= deadline.due else DeadlineState.OPEN


@dataclass(frozen=True)
class LateBuyer:
    """A buyer whose floor was still short when a deadline passed."""

    buyer: Buyer
    deadline: BuyerDeadline
    progress: FloorProgress  # the (first) short floor, as it stood at the deadline
    record: LateRecord | None = None  # the frozen record, where the deadline has one

    @property
    def assessment(self) -> Decimal:
        """Yuan assessed for being late (work error); nothing once waived."""
        if self.record is not None:
            return self.record.due_amount
        return self.deadline.assessment

    @property
    def floor_codes(self) -> str:
        """The floors that were short (a buyer of two floors may be short on both)."""
        if self.record is None:
            return self.progress.floor.code
        return ", ".join(f.floor_code for f in self.record.floors if f.short) or "—"

    @property
    def missing_items(self) -> int:
        """Items missing at the deadline."""
        if self.record is None:
            return self.progress.missing_items
        return sum(f.missing_items for f in self.record.floors)

    @property
    def missing_sensitive(self) -> int:
        """Price-sensitive items missing at the deadline."""
        if self.record is None:
            return self.progress.missing_sensitive
        return sum(f.missing_sensitive for f in self.record.floors)


def late_buyers(snapshot: CampaignSnapshot, now: datetime) -> list[LateBuyer]:
    """Buyers whose floor was short at a passed deadline of the phase.

    From the records frozen at each deadline where the snapshot has them (what stood at
    the cutoff); reckoned from today's items only for a snapshot without records.
    """
    late = []
    for deadline in snapshot.deadlines:
        if deadline_state(deadline, now) is not DeadlineState.PASSED:
            continue
        phase = snapshot.phase(deadline.phase_id)
        if snapshot.late_records is not None:
            late += _from_records(snapshot, phase, deadline)
            continue
        for progress in floor_progress(snapshot, phase):
            if not progress.is_short:
                continue
            for buyer in snapshot.buyers:
                if buyer.active and progress.floor.id in buyer.floor_ids:
                    late.append(LateBuyer(buyer, deadline, progress))
    return late


def _from_records(
    snapshot: CampaignSnapshot, phase: Phase, deadline: BuyerDeadline
) -> list[LateBuyer]:
    late = []
    for record in snapshot.late_records or ():
        if record.deadline_id != deadline.id or not record.is_late:
            continue
        buyer = snapshot.buyer(record.buyer_id)
        floor_at = next(f for f in record.floors if f.short)
        if buyer is None:
            continue
        progress = FloorProgress(
            phase, snapshot.floor(floor_at.floor_id), snapshot.quota(phase.id, floor_at.floor_id),
            floor_at.items, floor_at.sensitive,
        )  # fmt: skip
        late.append(LateBuyer(buyer, deadline, progress, record))
    return late


def next_deadline(snapshot: CampaignSnapshot, now: datetime) -> BuyerDeadline | None:
    """The first deadline still ahead."""
    ahead = [d for d in snapshot.deadlines if d.due > now]
    return min(ahead, key=lambda d: d.due) if ahead else None
