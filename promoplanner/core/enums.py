"""The kinds of things in a campaign, as enums rather than bare strings."""

from __future__ import annotations

from enum import StrEnum


class PriceTier(StrEnum):
    """Product-mix tier: A image/profit, B volume, C traffic builder."""

    A = "A"
    B = "B"
    C = "C"


class DisplayForm(StrEnum):
    """How goods are shown on the floor."""

    MASS = "mass"  # 大量陈列 / pile display (堆头)
    END_CAP = "end_cap"  # 端头陈列 / end rack (端架)
    CROSS = "cross"  # 关联陈列 / cross-merchandising

    @property
    def is_golden(self) -> bool:
        """Whether the form takes a golden position (pile display or end rack)."""
        return self in (DisplayForm.MASS, DisplayForm.END_CAP)


class ActivityKind(StrEnum):
    """Kinds of promotion activity."""

    THRESHOLD_ENTRY = "threshold_entry"  # spend N, join an event
    ADD_ON_GIFT = "add_on_gift"  # spend N plus M yuan, get a gift
    TASTING = "tasting"
    FESTIVAL = "festival"


class ZoneKind(StrEnum):
    """Kinds of display zone."""

    PRICE_AND_TASTING = "price_and_tasting"
    SEASONAL_DISPLAY = "seasonal_display"
    HOLIDAY_COUNTER = "holiday_counter"
    OTHER = "other"


class HolidayKind(StrEnum):
    """Holidays the program can propose, plus any the planner adds."""

    CHILDRENS_DAY = "childrens_day"
    DRAGON_BOAT = "dragon_boat"
    FATHERS_DAY = "fathers_day"
    OTHER = "other"


class Severity(StrEnum):
    """How serious a rule finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Role(StrEnum):
    """The three kinds of user."""

    PLANNER = "planner"  # 企划部
    BUYER = "buyer"  # 采购
    FLOOR_MANAGER = "floor_manager"  # 卖场管理部 / 楼层经理


class DeadlineState(StrEnum):
    """Whether a deadline is still ahead."""

    OPEN = "open"
    PASSED = "passed"


class ProofState(StrEnum):
    """Where a numbered proof's file stands: being put in place, written, or never arrived."""

    PENDING = "pending"
    WRITTEN = "written"
    MISSING = "missing"
