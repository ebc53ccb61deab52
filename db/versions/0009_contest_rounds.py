"""the beer contest past registration: draws with their seed, results, ties, prizes given

A round keeps the seed it was drawn with, how many go through and the walkover of a
single entrant; a heat entry keeps DNF or DQ beside the time; an entrant may have
withdrawn before a round; the organiser's tie decisions with their re-run results; a
tick per prize when it is handed out.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PRIZES = ("prize_1_given", "prize_2_given", "prize_3_given")


def upgrade() -> None:
    with op.batch_alter_table("contest", schema=None) as batch_op:
        for column in PRIZES:
            batch_op.add_column(
                sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table("contest_entrant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawn_before_round", sa.Integer(), nullable=True))
    with op.batch_alter_table("contest_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seed", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("advance", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("walkover_entrant_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_contest_round_walkover_entrant_id_contest_entrant",
            "contest_entrant", ["walkover_entrant_id"], ["id"], ondelete="CASCADE",
        )  # fmt: skip
    with op.batch_alter_table("heat_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mark", sa.String(3), nullable=True))
    op.create_table(
        "contest_tie",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("way", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["contest_id"], ["contest.id"],
                                name="fk_contest_tie_contest_id_contest", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_contest_tie"),
        sa.UniqueConstraint("contest_id", "position", name="uq_contest_tie_contest_id"),
    )  # fmt: skip
    op.create_table(
        "contest_tie_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tie_id", sa.Integer(), nullable=False),
        sa.Column("entrant_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Numeric(7, 2), nullable=True),
        sa.Column("mark", sa.String(3), nullable=True),
        sa.ForeignKeyConstraint(["tie_id"], ["contest_tie.id"],
                                name="fk_contest_tie_entry_tie_id_contest_tie",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entrant_id"], ["contest_entrant.id"],
                                name="fk_contest_tie_entry_entrant_id_contest_entrant",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_contest_tie_entry"),
        sa.UniqueConstraint("tie_id", "entrant_id", name="uq_contest_tie_entry_tie_id"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("contest_tie_entry")
    op.drop_table("contest_tie")
    with op.batch_alter_table("heat_entry", schema=None) as batch_op:
        batch_op.drop_column("mark")
    with op.batch_alter_table("contest_round", schema=None) as batch_op:
        batch_op.drop_constraint(
            "fk_contest_round_walkover_entrant_id_contest_entrant", type_="foreignkey"
        )
        batch_op.drop_column("walkover_entrant_id")
        batch_op.drop_column("advance")
        batch_op.drop_column("seed")
    with op.batch_alter_table("contest_entrant", schema=None) as batch_op:
        batch_op.drop_column("withdrawn_before_round")
    with op.batch_alter_table("contest", schema=None) as batch_op:
        for column in reversed(PRIZES):
            batch_op.drop_column(column)
