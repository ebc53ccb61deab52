"""What every table shares: the declarative base, naming convention and column types."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated

from sqlalchemy import (
    DateTime,
    MetaData,
    Numeric,
    String,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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


class Versioned:
    """A row a person can change: every change raises its version, so a change made on an
    old copy is refused instead of silently overwriting a colleague's (no lost updates).
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        # SQLAlchemy adds "AND version = :seen" to each UPDATE and DELETE of the row.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
