"""A day's display check as screens and sheets show it: per floor in walking order.

Plain values read by ``services/display.py``; the rules are in ``display_check.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from promoplanner.core.display_check import CheckProgress, FixState, ItemCheck, PassRate
from promoplanner.core.model import Department, DisplayZone, Floor, FlyerItem, Phase


@dataclass(frozen=True)
class DisplayLine:
    """One item on a day's list: where it stands and every check of it that day."""

    item: FlyerItem
    floor: Floor
    department: Department | None
    zones: tuple[DisplayZone, ...]
    plu: str
    history: tuple[ItemCheck, ...]  # that day's checks, in the order they were made

    @property
    def latest(self) -> ItemCheck | None:
        """The check that counts: the last made that day."""
        return self.history[-1] if self.history else None

    @property
    def position(self) -> str:
        """The planned position: the zones it stands in as named on the plan, else its form."""
        if self.zones:
            return " · ".join(f"{z.name} {z.location}".strip() for z in self.zones)
        return self.item.display_form.value if self.item.display_form else ""


@dataclass(frozen=True)
class OpenFix:
    """A fix task still waiting for the re-check that finds the item right."""

    item: FlyerItem
    state: FixState
    overdue: bool


@dataclass(frozen=True)
class DisplayFloor:
    """One floor's list for a day in walking order, its open tasks and how far its check got."""

    floor: Floor
    lines: tuple[DisplayLine, ...]
    open_fixes: tuple[OpenFix, ...]
    progress: CheckProgress  # of the day: items listed, checked, passed
    previous: CheckProgress  # the day before, for a sheet printed before the walk
    departments: tuple[tuple[Department | None, CheckProgress], ...]

    @property
    def pass_rate(self) -> PassRate:
        """The floor's rate that day."""
        return self.progress.rate


@dataclass(frozen=True)
class DisplayDay:
    """The display check of a day: every floor with items on sale (or the one asked for)."""

    day: date
    now: datetime
    phases: tuple[Phase, ...]
    floors: tuple[DisplayFloor, ...]

    def line_for(self, item_id: int) -> DisplayLine | None:
        """The line of an item, if it is on this day's list."""
        return next((ln for f in self.floors for ln in f.lines if ln.item.id == item_id), None)

    @property
    def progress(self) -> CheckProgress:
        """The whole store's progress that day."""
        return sum((f.progress for f in self.floors), CheckProgress(0, PassRate(0, 0)))

    @property
    def pass_rate(self) -> PassRate:
        """The whole store's rate that day."""
        return self.progress.rate
