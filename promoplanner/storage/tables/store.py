"""The store: its name, floors, their departments, and the buyers who buy for them.

A floor or department in use is retired (``retired_at``), never deleted: old campaigns
and the history still name it, but pickers and new campaigns no longer offer it.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from promoplanner.storage.tables.base import Base, LocalTime, Text200, Versioned

buyer_floor = Table(
    "buyer_floor",
    Base.metadata,
    Column("buyer_id", ForeignKey("buyer.id", ondelete="CASCADE"), primary_key=True),
    Column("floor_id", ForeignKey("floor.id", ondelete="CASCADE"), primary_key=True),
)
buyer_department = Table(
    "buyer_department",
    Base.metadata,
    Column("buyer_id", ForeignKey("buyer.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("department.id", ondelete="CASCADE"), primary_key=True),
)


class StoreRow(Versioned, Base):
    """The store itself: one row per database (a database holds one store's campaigns)."""

    __tablename__ = "store"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")


class FloorRow(Versioned, Base):
    """A sales floor (1F food, 2F general merchandise, 3F clothing)."""

    __tablename__ = "floor"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_en: Mapped[Text200]
    name_zh: Mapped[Text200]
    sort_order: Mapped[int] = mapped_column(default=0)
    end_racks: Mapped[int] = mapped_column(default=0)
    pile_spots: Mapped[int] = mapped_column(default=0)
    retired_at: Mapped[LocalTime | None]
    departments: Mapped[list[DepartmentRow]] = relationship(
        back_populates="floor", order_by="DepartmentRow.sort_order"
    )


class DepartmentRow(Versioned, Base):
    """A department of a floor."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("floor_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[Text200]
    name_zh: Mapped[Text200]
    sort_order: Mapped[int] = mapped_column(default=0)
    retired_at: Mapped[LocalTime | None]
    floor: Mapped[FloorRow] = relationship(back_populates="departments")


class BuyerRow(Versioned, Base):
    """A buyer (采购)."""

    __tablename__ = "buyer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    # The person who signs in as this buyer (none until a planner gives them an account).
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), unique=True
    )
    sort_order: Mapped[int] = mapped_column(default=0, server_default="0")
    floors: Mapped[list[FloorRow]] = relationship(secondary=buyer_floor)
    # Departments a buyer buys for (optional; their floors are among the buyer's floors).
    departments: Mapped[list[DepartmentRow]] = relationship(secondary=buyer_department)
