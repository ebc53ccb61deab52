"""How far each floor of a phase is from its quota, and who is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from promoplanner.core.enums import DeadlineState
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
    progress: FloorProgress

    @property
    def assessment(self) -> Decimal:
        """Yuan assessed for being late (work error)."""
        return self.deadline.assessment


def late_buyers(snapshot: CampaignSnapshot, now: datetime) -> list[LateBuyer]:
    """Buyers whose floor is short after a passed deadline of the phase."""
    late = []
    for deadline in snapshot.deadlines:
        if deadline_state(deadline, now) is not DeadlineState.PASSED:
            continue
        phase = snapshot.phase(deadline.phase_id)
        for progress in floor_progress(snapshot, phase):
            if not progress.is_short:
                continue
            for buyer in snapshot.buyers:
                if buyer.active and progress.floor.id in buyer.floor_ids:
                    late.append(LateBuyer(buyer, deadline, progress))
    return late


def next_deadline(snapshot: CampaignSnapshot, now: datetime) -> BuyerDeadline | None:
    """The first deadline still ahead."""
    ahead = [d for d in snapshot.deadlines if d.due > now]
    return min(ahead, key=lambda d: d.due) if ahead else None
