"""A buyer's submission of their list for a phase: draft, submitted, approved or returned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SubmissionState(StrEnum):
    """Where a buyer's list for a phase stands."""

    DRAFT = "draft"  # still being entered (also: nothing handed in yet)
    SUBMITTED = "submitted"  # the buyer says the list is complete
    APPROVED = "approved"  # the planning department accepted it
    RETURNED = "returned"  # sent back with a comment; the buyer fixes and submits again


@dataclass(frozen=True)
class ItemComment:
    """The planning department's word on one item of a returned list."""

    item_id: int
    item_name: str
    comment: str


@dataclass(frozen=True)
class Submission:
    """One buyer's list for one phase, as it stands now."""

    phase_id: int
    buyer_id: int
    buyer_name: str
    state: SubmissionState = SubmissionState.DRAFT
    at: datetime | None = None  # when it last changed state
    by: str = ""  # who changed it
    comment: str = ""
    item_comments: tuple[ItemComment, ...] = ()
    submitted_at: datetime | None = None
    id: int = 0
    version: int = 0  # 0: never stored (a draft nobody touched)
