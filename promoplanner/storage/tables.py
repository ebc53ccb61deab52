"""The database tables as typed SQLAlchemy 2 models."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    MetaData,
    Numeric,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from promoplanner.core.enums import (
    ActivityKind,
    DisplayForm,
    HolidayKind,
    PriceTier,
    ZoneKind,
)

# Prices to the fen; targets in yuan can reach hundreds of millions.
Money = Annotated[Decimal, mapped_column(Numeric(12, 2))]
# Store-local wall-clock time, never timezone-converted (see README, "Time").
LocalTime = Annotated[datetime, mapped_column(DateTime(timezone=False))]
Text200 = Annotated[str, mapped_column(String(200), default="")]
LongText = Annotated[str, mapped_column(String(2000), default="")]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(kind: type[Enum]) -> SAEnum:
    """An enum stored as its value in a VARCHAR, portable across SQLite and PostgreSQL."""
    return SAEnum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    """Declarative base with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING)


buyer_floor = Table(
    "buyer_floor",
    Base.metadata,
    Column("buyer_id", ForeignKey("buyer.id", ondelete="CASCADE"), primary_key=True),
    Column("floor_id", ForeignKey("floor.id", ondelete="CASCADE"), primary_key=True),
)

zone_item = Table(
    "zone_item",
    Base.metadata,
    Column("zone_id", ForeignKey("display_zone.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("flyer_item.id", ondelete="CASCADE"), primary_key=True),
)


class FloorRow(Base):
    """A sales floor (1F food, 2F general merchandise, 3F clothing)."""

    __tablename__ = "floor"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_en: Mapped[Text200]
    name_zh: Mapped[Text200]
    sort_order: Mapped[int] = mapped_column(default=0)
    end_racks: Mapped[int] = mapped_column(default=0)
    pile_spots: Mapped[int] = mapped_column(default=0)
    departments: Mapped[list[DepartmentRow]] = relationship(
        back_populates="floor", order_by="DepartmentRow.sort_order"
    )


class DepartmentRow(Base):
    """A department of a floor."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("floor_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[Text200]
    name_zh: Mapped[Text200]
    sort_order: Mapped[int] = mapped_column(default=0)
    floor: Mapped[FloorRow] = relationship(back_populates="departments")


class BuyerRow(Base):
    """A buyer (采购)."""

    __tablename__ = "buyer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    floors: Mapped[list[FloorRow]] = relationship(secondary=buyer_floor)


class CampaignRow(Base):
    """A month's campaign."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    year: Mapped[int]
    month: Mapped[int]
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
    phases: Mapped[list[PhaseRow]] = relationship(
        back_populates="campaign", order_by="PhaseRow.number", cascade="all, delete-orphan"
    )
    holidays: Mapped[list[HolidayRow]] = relationship(
        back_populates="campaign", order_by="HolidayRow.day", cascade="all, delete-orphan"
    )


class HolidayRow(Base):
    """A holiday on a campaign's calendar."""

    __tablename__ = "holiday"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    kind: Mapped[HolidayKind] = mapped_column(enum_column(HolidayKind))
    name: Mapped[Text200]
    day: Mapped[date]
    campaign: Mapped[CampaignRow] = relationship(back_populates="holidays")


class PhaseRow(Base):
    """A promotion phase with its DM flyer."""

    __tablename__ = "phase"
    __table_args__ = (UniqueConstraint("campaign_id", "number"),)
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


class FloorQuotaRow(Base):
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


class DeadlineRow(Base):
    """A buyer deadline of a phase."""

    __tablename__ = "deadline"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    due: Mapped[LocalTime]
    what: Mapped[LongText]
    assessment: Mapped[Money] = mapped_column(default=Decimal("0"))


class FlyerItemRow(Base):
    """A special-price item on a phase's flyer."""

    __tablename__ = "flyer_item"
    # Ids are never reused: undo steps and printed sheets may still name a deleted item.
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyer.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    barcode: Mapped[str] = mapped_column(String(32), default="", index=True)
    spec: Mapped[Text200]
    unit: Mapped[str] = mapped_column(String(32), default="")
    regular_price: Mapped[Money]
    promo_price: Mapped[Money]
    tier: Mapped[PriceTier | None] = mapped_column(enum_column(PriceTier))
    sensitive: Mapped[bool] = mapped_column(default=False)
    display_form: Mapped[DisplayForm | None] = mapped_column(enum_column(DisplayForm))
    photo: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[LongText]
    created_at: Mapped[LocalTime]
    updated_at: Mapped[LocalTime]


class ActivityRow(Base):
    """A promotion activity of a phase."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    name: Mapped[Text200]
    description: Mapped[LongText]
    threshold: Mapped[Money | None]
    add_on_price: Mapped[Money | None]
    gift: Mapped[Text200]
    gift_stock: Mapped[int | None]
    start: Mapped[date]
    end: Mapped[date]
    location: Mapped[Text200]


class DisplayZoneRow(Base):
    """A display zone of a phase."""

    __tablename__ = "display_zone"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    floor_id: Mapped[int | None] = mapped_column(ForeignKey("floor.id", ondelete="SET NULL"))
    name: Mapped[Text200]
    kind: Mapped[ZoneKind] = mapped_column(enum_column(ZoneKind))
    display_form: Mapped[DisplayForm] = mapped_column(enum_column(DisplayForm))
    location: Mapped[Text200]
    start: Mapped[date]
    end: Mapped[date]
    items: Mapped[list[FlyerItemRow]] = relationship(secondary=zone_item)


class ContestRow(Base):
    """A beer-drinking contest."""

    __tablename__ = "contest"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    name: Mapped[Text200]
    day: Mapped[date]
    registration_opens: Mapped[date]
    location: Mapped[Text200]
    group_size: Mapped[int] = mapped_column(default=4)
    cans_per_entrant: Mapped[int] = mapped_column(default=5)
    prize_1: Mapped[Text200]
    prize_2: Mapped[Text200]
    prize_3: Mapped[Text200]


class ContestEntrantRow(Base):
    """Somebody registered for a contest."""

    __tablename__ = "contest_entrant"
    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(32), default="")
    registered_on: Mapped[date | None]


class ContestRoundRow(Base):
    """A round of a contest; the last one is the final."""

    __tablename__ = "contest_round"
    __table_args__ = (UniqueConstraint("contest_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"))
    number: Mapped[int]
    is_final: Mapped[bool] = mapped_column(default=False)


class HeatRow(Base):
    """A group of up to four in a round."""

    __tablename__ = "heat"
    __table_args__ = (UniqueConstraint("round_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("contest_round.id", ondelete="CASCADE"))
    number: Mapped[int]


class HeatEntryRow(Base):
    """An entrant's place and time in a heat."""

    __tablename__ = "heat_entry"
    __table_args__ = (UniqueConstraint("heat_id", "entrant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    heat_id: Mapped[int] = mapped_column(ForeignKey("heat.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("contest_entrant.id", ondelete="CASCADE"))
    seconds: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    place: Mapped[int | None]
    advanced: Mapped[bool] = mapped_column(default=False)


class DisplayCheckRow(Base):
    """One item's display check on one day."""

    __tablename__ = "display_check"
    __table_args__ = (UniqueConstraint("day", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(index=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("flyer_item.id", ondelete="CASCADE"))
    checker: Mapped[str] = mapped_column(String(100), default="")
    arrived: Mapped[bool | None]
    golden_position: Mapped[bool | None]
    price_tag_ok: Mapped[bool | None]
    note: Mapped[LongText]
    recorded_at: Mapped[LocalTime]


class FlyerProofRow(Base):
    """A printed proof of a phase's flyer, so paper can be matched to data."""

    __tablename__ = "flyer_proof"
    __table_args__ = (UniqueConstraint("phase_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    version: Mapped[int]
    made_at: Mapped[LocalTime]
    item_count: Mapped[int]
