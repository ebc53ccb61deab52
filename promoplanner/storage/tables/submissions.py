"""Buyers' submissions, the late records frozen at deadlines, and remembered sheet headers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from promoplanner.core.submissions import SubmissionState
from promoplanner.storage.tables.base import (
    Base,
    LocalTime,
    LongText,
    Money,
    Versioned,
    enum_column,
)


class SubmissionRow(Versioned, Base):
    """A buyer's list for a phase: its state, when it changed, the planner's comment."""

    __tablename__ = "submission"
    __table_args__ = (UniqueConstraint("phase_id", "buyer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyer.id", ondelete="CASCADE"))
    state: Mapped[SubmissionState] = mapped_column(enum_column(SubmissionState))
    at: Mapped[LocalTime]
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    submitted_at: Mapped[datetime | None]
    comment: Mapped[LongText]
    item_comments: Mapped[list[SubmissionItemCommentRow]] = relationship(
        cascade="all, delete-orphan", order_by="SubmissionItemCommentRow.id"
    )


class SubmissionItemCommentRow(Base):
    """The planning department's comment on one item of a returned list."""

    __tablename__ = "submission_item_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("flyer_item.id", ondelete="CASCADE"))
    comment: Mapped[LongText]


class LateRecordRow(Versioned, Base):
    """What a buyer had at a deadline, recorded once; only a waiver changes it later."""

    __tablename__ = "late_record"
    __table_args__ = (UniqueConstraint("deadline_id", "buyer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadline.id", ondelete="CASCADE"))
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyer.id", ondelete="CASCADE"))
    buyer_name: Mapped[str] = mapped_column(String(100))  # as the buyer was called then
    due: Mapped[LocalTime]  # the deadline's moment when recorded (a later move keeps this)
    recorded_at: Mapped[LocalTime]
    submitted_at: Mapped[datetime | None]
    items: Mapped[int]
    short: Mapped[int]
    floors: Mapped[str] = mapped_column(Text)  # JSON: each floor's counts at the deadline
    assessment: Mapped[Money]
    waived: Mapped[bool] = mapped_column(default=False)
    waive_reason: Mapped[LongText]


class HeaderWordRow(Base):
    """What a person said a sheet's header word means (asked once, remembered)."""

    __tablename__ = "header_word"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(String(100), primary_key=True)
    field: Mapped[str] = mapped_column(String(32))  # an item field, or "" to leave it out
