"""flyer item ids are never reused (SQLite AUTOINCREMENT)

An undo step or a printed sheet can name an item by its id after the item was deleted;
if SQLite handed that id to the next new item, the undo would change somebody else's
item. PostgreSQL sequences never reuse ids, so only SQLite's table changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "flyer_item", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "flyer_item", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
