"""a store of its own: its name, retired floors and departments, buyers' order and
departments, a campaign's own dates, items carried over from an earlier campaign

Floors and departments in use are retired, never deleted (retired_at); buyers can be put
in order and buy for departments as well as floors; a campaign may run on dates of its
own instead of its whole month; an item copied from last year's campaign is marked until
its buyer confirms it. The holiday kinds are VARCHAR(32) without a CHECK: the new kinds
need no change of the column.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("id = 1", name="ck_store_one_row"),
        sa.PrimaryKeyConstraint("id", name="pk_store"),
    )
    for table in ("floor", "department"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("buyer") as batch:
        batch.add_column(sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "buyer_department",
        sa.Column("buyer_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buyer_id"], ["buyer.id"], name="fk_buyer_department_buyer_id_buyer",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"],
            name="fk_buyer_department_department_id_department", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("buyer_id", "department_id", name="pk_buyer_department"),
    )
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("first_day", sa.Date(), nullable=True))
        batch.add_column(sa.Column("last_day", sa.Date(), nullable=True))
    op.create_table(
        "carried_item",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("from_item_id", sa.Integer(), nullable=False),
        sa.Column("carried_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["flyer_item.id"], name="fk_carried_item_item_id_flyer_item",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", name="pk_carried_item"),
    )


def downgrade() -> None:
    op.drop_table("carried_item")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("last_day")
        batch.drop_column("first_day")
    op.drop_table("buyer_department")
    with op.batch_alter_table("buyer") as batch:
        batch.drop_column("sort_order")
    for table in ("department", "floor"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("retired_at")
    op.drop_table("store")
