"""buyers' submissions, late records frozen at deadlines, remembered sheet headers

A submission per buyer and phase (draft, submitted, approved, returned) with the planning
department's comments on single items; a late record per buyer and deadline, recorded
once as it stood at the deadline; what each person said an unknown header word means; the
campaign's late assessment rule; the rights to submit, review and waive.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

GRANTS = {
    "planner": ("submissions.review", "assessment.waive"),
    "buyer": ("items.submit",),
}


def upgrade() -> None:
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_person_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.String(2000), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["phase_id"], ["phase.id"],
                                name="fk_submission_phase_id_phase", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["buyer_id"], ["buyer.id"],
                                name="fk_submission_buyer_id_buyer", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["by_person_id"], ["person.id"],
                                name="fk_submission_by_person_id_person", ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_submission"),
        sa.UniqueConstraint("phase_id", "buyer_id", name="uq_submission_phase_id"),
    )
    op.create_table(
        "submission_item_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(2000), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submission.id"],
                                name="fk_submission_item_comment_submission_id_submission",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["flyer_item.id"],
                                name="fk_submission_item_comment_item_id_flyer_item",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_submission_item_comment"),
    )
    op.create_index("ix_submission_item_comment_submission_id", "submission_item_comment",
                    ["submission_id"])
    op.create_table(
        "late_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deadline_id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Integer(), nullable=False),
        sa.Column("buyer_name", sa.String(100), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("short", sa.Integer(), nullable=False),
        sa.Column("floors", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Numeric(12, 2), nullable=False),
        sa.Column("waived", sa.Boolean(), nullable=False),
        sa.Column("waive_reason", sa.String(2000), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["deadline_id"], ["deadline.id"],
                                name="fk_late_record_deadline_id_deadline", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["phase_id"], ["phase.id"],
                                name="fk_late_record_phase_id_phase", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["buyer_id"], ["buyer.id"],
                                name="fk_late_record_buyer_id_buyer", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_late_record"),
        sa.UniqueConstraint("deadline_id", "buyer_id", name="uq_late_record_deadline_id"),
    )
    op.create_index("ix_late_record_phase_id", "late_record", ["phase_id"])
    op.create_table(
        "header_word",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_header_word_person_id_person", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "word", name="pk_header_word"),
    )
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("late_rule", sa.String(32), server_default="fixed",
                                   nullable=False))
        batch.add_column(sa.Column("late_amount", sa.Numeric(12, 2), nullable=True))
    role_right = sa.table("role_right", sa.column("role", sa.String), sa.column("right", sa.String))
    op.bulk_insert(
        role_right,
        [{"role": role, "right": right} for role, rights in GRANTS.items() for right in rights],
    )


def downgrade() -> None:
    bind = op.get_bind()
    for role, rights in GRANTS.items():
        for right in rights:
            bind.execute(sa.text("DELETE FROM role_right WHERE role = :role AND \"right\" = :right"),
                         {"role": role, "right": right})
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("late_amount")
        batch.drop_column("late_rule")
    op.drop_table("header_word")
    op.drop_index("ix_late_record_phase_id", table_name="late_record")
    op.drop_table("late_record")
    op.drop_index("ix_submission_item_comment_submission_id",
                  table_name="submission_item_comment")
    op.drop_table("submission_item_comment")
    op.drop_table("submission")
