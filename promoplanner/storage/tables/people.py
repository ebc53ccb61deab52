"""People who sign in, the rights their roles hold, the history, and reopened deadlines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from promoplanner.core.enums import Role
from promoplanner.storage.tables.base import Base, LocalTime, LongText, Versioned, enum_column


class PersonRow(Versioned, Base):
    """Somebody who signs in; never deleted (the history names them), only disabled."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[LocalTime]
    # Wrong passwords in a row, and when the last one came: slows guessing down.
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_failed_at: Mapped[datetime | None]
    roles: Mapped[list[PersonRoleRow]] = relationship(
        cascade="all, delete-orphan", order_by="PersonRoleRow.role"
    )


class PersonRoleRow(Base):
    """One role a person holds (one person may hold several)."""

    __tablename__ = "person_role"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)


class RoleRightRow(Base):
    """A right a role holds: the one table the services read to say who may do what."""

    __tablename__ = "role_right"
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)
    right: Mapped[str] = mapped_column(String(64), primary_key=True)


class HistoryRow(Base):
    """One change, inserted in the change's own transaction and never updated or deleted."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_object", "object_kind", "object_id"),
        Index("ix_history_phase_at", "phase_id", "at"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[LocalTime] = mapped_column(index=True)  # pretended while --now is set
    real_at: Mapped[LocalTime]
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    user_name: Mapped[str] = mapped_column(String(64))  # as the person was called then
    action: Mapped[str] = mapped_column(String(32))
    object_kind: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[int]
    label: Mapped[str] = mapped_column(String(300), default="")
    # Plain numbers, no foreign keys: the entry outlives the phase or campaign it names.
    campaign_id: Mapped[int | None]
    phase_id: Mapped[int | None]
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON
    reason: Mapped[LongText]


class DeadlineReopeningRow(Base):
    """The planning department let buyers change a phase's items after its deadline."""

    __tablename__ = "deadline_reopening"
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyer.id", ondelete="CASCADE"))
    until: Mapped[LocalTime]
    reason: Mapped[LongText]
    by_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    at: Mapped[LocalTime]
