"""Campaigns, their holidays and phases, floor quotas and buyer deadlines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from promoplanner.core.enums import HolidayKind
from promoplanner.core.late import AssessmentKind
from promoplanner.storage.tables.base import (
    Base,
    LocalTime,
    LongText,
    Money,
    Text200,
    Versioned,
    enum_column,
)


class CampaignRow(Versioned, Base):
    """A month's campaign."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    year: Mapped[int]
    month: Mapped[int]
    # The campaign's own dates when it is not the whole month (9-20 to 10-7, say).
    first_day: Mapped[date | None]
    last_day: Mapped[date | None]
    theme: Mapped[Text200]
    sales_target: Mapped[Money | None]
    stretch_target: Mapped[Money | None]
    notes: Mapped[LongText]
    tier_a: Mapped[int] = mapped_column(default=2)
    tier_b: Mapped[int] = mapped_column(default=3)
    tier_c: Mapped[int] = mapped_column(default=1)
    deep_discount_limit: Mapped[Decimal] = mapped_column(
        Numeric(4, 2), default=Decimal("0.70"), server_default="0.70"
    )
    # The late assessment rule: "fixed" (late_amount, or each deadline's own when empty)
    # or "per_item" (late_amount per item missing at the deadline).
    late_rule: Mapped[AssessmentKind] = mapped_column(
        enum_column(AssessmentKind), default=AssessmentKind.FIXED, server_default="fixed"
    )
    late_amount: Mapped[Money | None]
    phases: Mapped[list[PhaseRow]] = relationship(
        back_populates="campaign", order_by="PhaseRow.number", cascade="all, delete-orphan"
    )
    holidays: Mapped[list[HolidayRow]] = relationship(
        back_populates="campaign", order_by="HolidayRow.day", cascade="all, delete-orphan"
    )


class HolidayRow(Versioned, Base):
    """A holiday on a campaign's calendar."""

    __tablename__ = "holiday"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    kind: Mapped[HolidayKind] = mapped_column(enum_column(HolidayKind))
    name: Mapped[Text200]
    day: Mapped[date]
    campaign: Mapped[CampaignRow] = relationship(back_populates="holidays")


class PhaseRow(Versioned, Base):
    """A promotion phase with its DM flyer."""

    __tablename__ = "phase"
    # Ids are never reused: a print begun before the phase was replaced must not record
    # its proof against the new phase that would otherwise take the same id.
    __table_args__ = (UniqueConstraint("campaign_id", "number"), {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    number: Mapped[int]
    name: Mapped[Text200]
    theme: Mapped[Text200]
    start: Mapped[date]
    end: Mapped[date]
    flyer_target: Mapped[int] = mapped_column(default=0)
    print_run: Mapped[int] = mapped_column(default=0)
    negotiation_scope: Mapped[LongText]
    campaign: Mapped[CampaignRow] = relationship(back_populates="phases")
    quotas: Mapped[list[FloorQuotaRow]] = relationship(cascade="all, delete-orphan")
    deadlines: Mapped[list[DeadlineRow]] = relationship(
        cascade="all, delete-orphan", order_by="DeadlineRow.due"
    )


class FloorQuotaRow(Versioned, Base):
    """A floor's item quota in a phase."""

    __tablename__ = "floor_quota"
    __table_args__ = (UniqueConstraint("phase_id", "floor_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="RESTRICT"))
    min_items: Mapped[int]
    max_items: Mapped[int]
    min_sensitive: Mapped[int] = mapped_column(default=0)
    negotiation_scope: Mapped[LongText]


class DeadlineRow(Versioned, Base):
    """A buyer deadline of a phase."""

    __tablename__ = "deadline"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    due: Mapped[LocalTime]
    what: Mapped[LongText]
    assessment: Mapped[Money] = mapped_column(default=Decimal("0"))
