"""a version for each heat, so two results of one heat cannot both land unseen

Results of a heat are checked against the heat's version; draws, redraws, ties,
withdrawals and prizes against the contest's (contest.version, there already). Existing
heats start at version 1, which is never above their contest's version, as the services
keep it (services/contest_versions.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("heat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("heat", schema=None) as batch_op:
        batch_op.drop_column("version")
