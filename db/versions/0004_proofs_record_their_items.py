"""proof records describe their PDF; phase ids are never reused (SQLite AUTOINCREMENT)

A proof record names the items its PDF was made from (flyer_proof_item: id, name,
barcode and both prices as printed), the file it was written to, the SHA-256 of that
PDF and its state: "pending" from the moment the number is taken until the file is in
place, then "written"; "missing" when a later proof found the file never arrived (the
program was killed in between). Versions are never reused, so no two files carry the
same number. Existing proofs were recorded after their file was written: "written".

Phase ids are never reused either: a print that began before the phase was replaced
must not record its proof against the new phase that took its id. PostgreSQL sequences
never reuse ids, so only SQLite's phase table changes (as 0003 did for flyer items).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("flyer_proof", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("file", sa.String(length=1000), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("pdf_sha256", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("state", sa.String(length=32), server_default="written", nullable=False)
        )
    op.create_table(
        "flyer_proof_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proof_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        # No foreign key: the record keeps what was printed after the item is deleted.
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=False),
        sa.Column("regular_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("promo_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["proof_id"],
            ["flyer_proof.id"],
            name=op.f("fk_flyer_proof_item_proof_id_flyer_proof"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flyer_proof_item")),
        sa.UniqueConstraint("proof_id", "item_id", name=op.f("uq_flyer_proof_item_proof_id")),
    )
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "phase", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "phase", recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
    op.drop_table("flyer_proof_item")
    with op.batch_alter_table("flyer_proof", schema=None) as batch_op:
        batch_op.drop_column("state")
        batch_op.drop_column("pdf_sha256")
        batch_op.drop_column("file")
