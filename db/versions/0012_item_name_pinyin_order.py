"""flyer items sort by the pinyin of their names, as a Chinese reader looks them up

The item table sorted names by code point, which puts 张 before 李 and a Latin "Zongzi"
between "3M" and 三全. flyer_item.name_order holds each name's pinyin order as a string a
database compares byte by byte (core/collation.pinyin_order; "C" collation on PostgreSQL);
the program keeps it with the name. Existing items are filled in here.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from promoplanner.core.collation import pinyin_order

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

NAME_ORDER = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("flyer_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_order", NAME_ORDER, nullable=False, server_default="")
        )
    items = sa.table("flyer_item", sa.column("id", sa.Integer), sa.column("name", sa.String))
    order = sa.table("flyer_item", sa.column("id", sa.Integer), sa.column("name_order", sa.Text))
    bind = op.get_bind()
    rows = bind.execute(sa.select(items.c.id, items.c.name)).all()
    if rows:
        bind.execute(
            order.update().where(order.c.id == sa.bindparam("item_id")),
            [{"item_id": i, "name_order": pinyin_order(name or "")} for i, name in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("flyer_item", schema=None) as batch_op:
        batch_op.drop_column("name_order")
