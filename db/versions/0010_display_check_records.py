"""display check records, fix tasks, walking order, PLUs of goods sold by weight

Every check of an item is a new row of check_record (round, who, when, the four points,
and for a failure the fix task: problem, fixer, due); nothing is overwritten. Each floor's
departments keep their walking order (walk_order); an item sold by weight may carry its
scale PLU (item_plu); the store says once which digits of a scale label hold the PLU
(scale_setting).

The old one-per-day checks (display_check) stay as they were, and each is copied as a
morning record: "arrived" and "at its golden position" become "placed", the price tag
stays, the note becomes the problem; POP and stock were never asked, so they count as
right. An old failure carries no fixer, so it opens no fix task.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("checker", sa.String(100), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("placed", sa.Boolean(), nullable=False),
        sa.Column("tag_ok", sa.Boolean(), nullable=False),
        sa.Column("pop", sa.Boolean(), nullable=False),
        sa.Column("stock", sa.String(16), nullable=False),
        sa.Column("problem", sa.String(200), nullable=False),
        sa.Column("fixer", sa.String(100), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["floor_id"], ["floor.id"],
                                name="fk_check_record_floor_id_floor", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["flyer_item.id"],
                                name="fk_check_record_item_id_flyer_item", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_check_record_person_id_person", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_check_record"),
    )
    op.create_index("ix_check_record_day", "check_record", ["day"])
    op.create_index("ix_check_record_item_id", "check_record", ["item_id"])
    op.create_table(
        "walk_order",
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name="fk_walk_order_department_id_department",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("department_id", name="pk_walk_order"),
    )
    op.create_table(
        "item_plu",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("plu", sa.String(8), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["flyer_item.id"],
                                name="fk_item_plu_item_id_flyer_item", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", name="pk_item_plu"),
    )
    op.create_table(
        "scale_setting",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("pattern", sa.String(40), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_scale_setting_one_row"),
        sa.PrimaryKeyConstraint("id", name="pk_scale_setting"),
    )
    op.execute(
        "INSERT INTO check_record (day, floor_id, item_id, round, at, checker, placed, tag_ok,"
        " pop, stock, problem, fixer) SELECT day, floor_id, item_id, 'morning', recorded_at,"
        " checker,"
        " CASE WHEN arrived = false OR golden_position = false THEN false ELSE true END,"
        " CASE WHEN price_tag_ok = false THEN false ELSE true END,"
        " true, 'full', SUBSTR(note, 1, 200), '' FROM display_check ORDER BY id"
    )


def downgrade() -> None:
    op.drop_table("scale_setting")
    op.drop_table("item_plu")
    op.drop_table("walk_order")
    op.drop_index("ix_check_record_item_id", table_name="check_record")
    op.drop_index("ix_check_record_day", table_name="check_record")
    op.drop_table("check_record")
