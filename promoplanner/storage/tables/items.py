"""Flyer items, the activities and display zones around them, and flyer proofs."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint, text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from promoplanner.core.collation import pinyin_order
from promoplanner.core.enums import ActivityKind, DisplayForm, PriceTier, ProofState, ZoneKind
from promoplanner.storage.tables.base import (
    Base,
    LocalTime,
    LongText,
    Money,
    Text200,
    Versioned,
    enum_column,
)

LIVE_BARCODE = "barcode <> '' AND deleted_at IS NULL"
# A name's pinyin order (core/collation.pinyin_order) is compared byte by byte: PostgreSQL's
# default collation would weigh its letters and digits by the locale's rules instead.
NAME_ORDER = Text().with_variant(Text(collation="C"), "postgresql")


def name_order_of_insert(context: DefaultExecutionContext) -> str:
    """The pinyin order of the name being inserted (rows inserted without the ORM too)."""
    return pinyin_order(str(context.get_current_parameters().get("name") or ""))


zone_item = Table(
    "zone_item",
    Base.metadata,
    Column("zone_id", ForeignKey("display_zone.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("flyer_item.id", ondelete="CASCADE"), primary_key=True),
)


class FlyerItemRow(Versioned, Base):
    """A special-price item on a phase's flyer."""

    __tablename__ = "flyer_item"
    # Ids are never reused: undo steps and printed sheets may still name a deleted item.
    # A barcode is on one live item of a phase: the till holds one price per code.
    __table_args__ = (
        Index(
            "uq_flyer_item_phase_barcode",
            "phase_id",
            "barcode",
            unique=True,
            sqlite_where=text(LIVE_BARCODE),
            # postgresql_where: declared by declare_for_postgresql() (see there why).
        ),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"), index=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyer.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    # What the table sorts names by: pinyin, as a Chinese reader looks them up (李 before 王).
    name_order: Mapped[str] = mapped_column(
        NAME_ORDER, default=name_order_of_insert, server_default=""
    )
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
    # Deleted items stay, marked: undo is an audited restore of this very row.
    deleted_at: Mapped[LocalTime | None]
    deleted_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))

    @validates("name")
    def _name_changed(self, _key: str, name: str) -> str:
        self.name_order = pinyin_order(name or "")
        return name


class CarriedItemRow(Base):
    """An item carried over from an earlier campaign, still to be confirmed by its buyer.

    Confirming deletes the row; the item itself is an ordinary item all along.
    """

    __tablename__ = "carried_item"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("flyer_item.id", ondelete="CASCADE"), primary_key=True
    )
    # A plain number, no foreign key: the item it came from may be deleted later.
    from_item_id: Mapped[int]
    carried_at: Mapped[LocalTime]


class ActivityRow(Versioned, Base):
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


class DisplayZoneRow(Versioned, Base):
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
    # Only live items; a deleted item's link stays in zone_item for its restore.
    items: Mapped[list[FlyerItemRow]] = relationship(
        secondary=zone_item,
        secondaryjoin="and_(FlyerItemRow.id == zone_item.c.item_id, "
        "FlyerItemRow.deleted_at.is_(None))",
    )

    @property
    def item_ids(self) -> list[int]:
        """The ids of the live items shown in the zone, in order."""
        return sorted(i.id for i in self.items)


class FlyerProofRow(Base):
    """A printed proof of a phase's flyer, so paper can be matched to data."""

    __tablename__ = "flyer_proof"
    __table_args__ = (UniqueConstraint("phase_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phase.id", ondelete="CASCADE"))
    version: Mapped[int]
    made_at: Mapped[LocalTime]
    item_count: Mapped[int]
    file: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    state: Mapped[ProofState] = mapped_column(
        enum_column(ProofState), default=ProofState.WRITTEN, server_default="written"
    )
    items: Mapped[list[FlyerProofItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="FlyerProofItemRow.position"
    )


class FlyerProofItemRow(Base):
    """An item as a proof printed it: kept after the item itself changes or goes."""

    __tablename__ = "flyer_proof_item"
    __table_args__ = (UniqueConstraint("proof_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    proof_id: Mapped[int] = mapped_column(ForeignKey("flyer_proof.id", ondelete="CASCADE"))
    position: Mapped[int]
    item_id: Mapped[int]  # no foreign key: the record outlives the item
    name: Mapped[str] = mapped_column(String(200))
    barcode: Mapped[str] = mapped_column(String(32))
    regular_price: Mapped[Money]
    promo_price: Mapped[Money]


def declare_for_postgresql() -> None:
    """Give the barcode index its PostgreSQL form too (the same WHERE as on SQLite).

    Declaring a ``postgresql_*`` option makes SQLAlchemy import its whole PostgreSQL
    dialect (a tenth of a second of every SQLite command's start), so this is done when a
    PostgreSQL database is opened, before anything compares or creates the schema there.
    """
    indexes = FlyerItemRow.__table__.indexes
    index = next(i for i in indexes if i.name == "uq_flyer_item_phase_barcode")
    if index.dialect_options["postgresql"]["where"] is None:
        index.dialect_options["postgresql"]["where"] = text(LIVE_BARCODE)
