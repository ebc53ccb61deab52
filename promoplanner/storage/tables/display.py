"""The display check that closes the loop: every check a record, walking order, PLUs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from promoplanner.storage.tables.base import Base, LocalTime


class CheckRecordRow(Base):
    """One check of one item in one round; never changed, a later check is a new row."""

    __tablename__ = "check_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(index=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("flyer_item.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[str] = mapped_column(String(16))
    at: Mapped[LocalTime]
    checker: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    placed: Mapped[bool]
    tag_ok: Mapped[bool]
    pop: Mapped[bool]
    stock: Mapped[str] = mapped_column(String(16))
    problem: Mapped[str] = mapped_column(String(200), default="")
    fixer: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[datetime | None]


class WalkOrderRow(Base):
    """Where a department comes in its floor manager's walk (lower first)."""

    __tablename__ = "walk_order"
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int]


class ItemPluRow(Base):
    """The PLU of an item sold by weight: its number in the store's scales."""

    __tablename__ = "item_plu"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("flyer_item.id", ondelete="CASCADE"), primary_key=True
    )
    plu: Mapped[str] = mapped_column(String(8))


class ScaleSettingRow(Base):
    """The store's one setting for its scale labels: which digits hold the PLU."""

    __tablename__ = "scale_setting"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    pattern: Mapped[str] = mapped_column(String(40))
