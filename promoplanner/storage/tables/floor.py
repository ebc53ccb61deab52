"""The floor's work: the beer contest and the daily display check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from promoplanner.storage.tables.base import Base, LocalTime, LongText, Text200, Versioned


class ContestRow(Versioned, Base):
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
    # ticked when the prize of place 1, 2 or 3 has been handed out
    prize_1_given: Mapped[bool] = mapped_column(default=False)
    prize_2_given: Mapped[bool] = mapped_column(default=False)
    prize_3_given: Mapped[bool] = mapped_column(default=False)


class ContestEntrantRow(Versioned, Base):
    """Somebody registered for a contest."""

    __tablename__ = "contest_entrant"
    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(32), default="")
    registered_on: Mapped[date | None]
    # withdrew or did not show up before this round raced (1: before the first draw)
    withdrawn_before_round: Mapped[int | None]


class ContestRoundRow(Base):
    """A round of a contest; the last one is the final."""

    __tablename__ = "contest_round"
    __table_args__ = (UniqueConstraint("contest_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"))
    number: Mapped[int]
    is_final: Mapped[bool] = mapped_column(default=False)
    seed: Mapped[int] = mapped_column(default=0)  # the draw's shuffle, kept to show and audit it
    advance: Mapped[int] = mapped_column(default=0)  # how many go through (0: the final)
    walkover_entrant_id: Mapped[int | None] = mapped_column(
        ForeignKey("contest_entrant.id", ondelete="CASCADE")
    )


class HeatRow(Base):
    """A group of up to four in a round."""

    __tablename__ = "heat"
    __table_args__ = (UniqueConstraint("round_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("contest_round.id", ondelete="CASCADE"))
    number: Mapped[int]
    # Rises with each result of the heat (services/contest_versions.py). Kept by hand, not
    # by Versioned: a new heat starts at its contest's version, so a redrawn heat never
    # carries a number somebody saw of the heat it replaced.
    version: Mapped[int] = mapped_column(default=1, server_default="1")


class HeatEntryRow(Base):
    """An entrant's place and time in a heat."""

    __tablename__ = "heat_entry"
    __table_args__ = (UniqueConstraint("heat_id", "entrant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    heat_id: Mapped[int] = mapped_column(ForeignKey("heat.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("contest_entrant.id", ondelete="CASCADE"))
    seconds: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    mark: Mapped[str | None] = mapped_column(String(3))  # "DNF" or "DQ" instead of a time
    place: Mapped[int | None]
    advanced: Mapped[bool] = mapped_column(default=False)


class ContestTieRow(Base):
    """The organiser's choice for a tie: a re-run between the tied, or earlier registration."""

    __tablename__ = "contest_tie"
    __table_args__ = (UniqueConstraint("contest_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"))
    position: Mapped[int]  # decisions in the order they were taken
    round: Mapped[int]
    way: Mapped[str] = mapped_column(String(32))


class ContestTieEntryRow(Base):
    """One of the tied entrants, with their re-run result once it is in."""

    __tablename__ = "contest_tie_entry"
    __table_args__ = (UniqueConstraint("tie_id", "entrant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    tie_id: Mapped[int] = mapped_column(ForeignKey("contest_tie.id", ondelete="CASCADE"))
    entrant_id: Mapped[int] = mapped_column(ForeignKey("contest_entrant.id", ondelete="CASCADE"))
    seconds: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    mark: Mapped[str | None] = mapped_column(String(3))


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
