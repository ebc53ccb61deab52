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
    """Holidays the program can propose (core/holidays.py), plus any the planner adds."""

    NEW_YEAR = "new_year"  # 元旦, 1-1
    SPRING_FESTIVAL = "spring_festival"  # 春节, lunar 1-1
    LANTERN = "lantern"  # 元宵节, lunar 1-15
    WOMENS_DAY = "womens_day"  # 妇女节, 3-8
    QINGMING = "qingming"  # 清明节, a solar term (4-4 or 4-5)
    MAY_DAY = "may_day"  # 劳动节, 5-1
    DAY_520 = "day_520"  # 520, 5-20
    MOTHERS_DAY = "mothers_day"  # second Sunday of May
    CHILDRENS_DAY = "childrens_day"  # 儿童节, 6-1
    DRAGON_BOAT = "dragon_boat"  # 端午节, lunar 5-5
    DAY_618 = "day_618"  # 618 mid-year sale, 6-18
    FATHERS_DAY = "fathers_day"  # third Sunday of June
    QIXI = "qixi"  # 七夕节, lunar 7-7
    MID_AUTUMN = "mid_autumn"  # 中秋节, lunar 8-15
    NATIONAL_DAY = "national_day"  # 国庆节, 10-1
    DOUBLE_NINTH = "double_ninth"  # 重阳节, lunar 9-9
    DOUBLE_11 = "double_11"  # 双十一, 11-11
    DOUBLE_12 = "double_12"  # 双十二, 12-12
    CHRISTMAS = "christmas"  # 圣诞节, 12-25
    LABA = "laba"  # 腊八节, lunar 12-8 (in January or February)
    ANNIVERSARY = "anniversary"  # the store's own anniversary sale (店庆), named by the planner
    OTHER = "other"

    @property
    def needs_name(self) -> bool:
        """Whether the planner must name the holiday (the program has no name for it)."""
        return self in (HolidayKind.OTHER, HolidayKind.ANNIVERSARY)


class HolidayGroup(StrEnum):
    """Where a proposed holiday comes from."""

    PUBLIC = "public"  # a public holiday of China (the State Council's calendar)
    TRADITIONAL = "traditional"  # a traditional festival of the lunar calendar
    RETAIL = "retail"  # a day Chinese retail sells on
    STORE = "store"  # the store's own


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
