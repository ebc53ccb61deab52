"""What each printed document shows: frozen core values, gathered by services/documents.py.

The documents read only these and core values, never the database or the services, so a
layout can be made (and tested) from plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: printing a flyer loads no contest or sheet code
    from datetime import datetime
    from pathlib import Path

    from promoplanner.core.bracket import ContestState
    from promoplanner.core.display_sheet import DisplayDay
    from promoplanner.core.findings import Finding
    from promoplanner.core.late import LateRecord
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
        Phase,
    )
    from promoplanner.core.progress import FloorProgress, LateBuyer
    from promoplanner.core.submissions import Submission


@dataclass(frozen=True)
class FlyerFloor:
    """One floor's section of the flyer proof."""

    floor: Floor
    progress: FloorProgress | None
    items: tuple[FlyerItem, ...]


@dataclass(frozen=True)
class ProofStamp:
    """The number a proof round prints: its version, when it was made and its item count."""

    version: int
    made_at: datetime
    item_count: int


@dataclass(frozen=True)
class FlyerProofData:
    """Everything the flyer proof prints."""

    campaign: Campaign
    phase: Phase
    floors: tuple[FlyerFloor, ...]
    departments: tuple[Department, ...]
    proof: ProofStamp | None  # None: an unnumbered draft (preview)
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
    # What is wrong with the buyer's own rows (rule findings about their items).
    row_findings: tuple[Finding, ...] = ()
    without_photo: int = 0  # their items the flyer proof still shows an empty photo box for
    record: LateRecord | None = None  # frozen at the phase's last passed deadline
    submission: Submission | None = None


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
    days: tuple[DisplayDay, ...]  # one per day, each split by floor in walking order
    printed_at: datetime


@dataclass(frozen=True)
class BracketData:
    """Everything the contest sheet prints."""

    campaign: Campaign
    phase: Phase
    contest: Contest
    entrants: tuple[ContestEntrant, ...]
    state: ContestState  # the bracket as recorded: rounds, results, ties
    printed_at: datetime
    prizes_given: tuple[bool, bool, bool] = (False, False, False)

    @property
    def cans_needed(self) -> int:
        """Gift cans to have ready (an entrant withdrawn before the draw gets none)."""
        from promoplanner.core.bracket import gift_cans

        return gift_cans(self.state)

    def name(self, entrant_id: int) -> str:
        """The name of an entrant."""
        return next((e.name for e in self.entrants if e.id == entrant_id), "?")


@dataclass(frozen=True)
class CalendarData:
    """The campaign whose months the calendar shows."""

    snapshot: CampaignSnapshot
    printed_at: datetime
