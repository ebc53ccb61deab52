"""Where "now" comes from: one injectable clock, store-local wall time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the store's local time."""

    pretended: bool  # True for a clock set by hand (--now): it stands still

    def now(self) -> datetime:
        """The current store-local time, without a timezone."""
        ...


class SystemClock:
    """The computer's local time."""

    pretended = False

    def now(self) -> datetime:
        """The current local time, to the second."""
        return datetime.now().replace(microsecond=0)


@dataclass
class FixedClock:
    """A clock that stands still (tests, demos, "what if" views); it can be moved."""

    at: datetime
    pretended = True

    def now(self) -> datetime:
        """The fixed moment."""
        return self.at

    def today(self) -> date:
        """The fixed day."""
        return self.at.date()
