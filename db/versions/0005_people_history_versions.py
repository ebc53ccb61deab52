"""people who sign in, rights as data, an append-only history, row versions, soft deletes

Every row a person can change gets a version (a change made on an old copy is refused);
flyer items are deleted softly (the row stays, marked, so undo restores the very row with
its zone links and checks); a barcode is unique among a phase's live items; the history
refuses UPDATE and DELETE in the database itself.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = (
    "floor",
    "department",
    "buyer",
    "campaign",
    "holiday",
    "phase",
    "floor_quota",
    "deadline",
    "flyer_item",
    "activity",
    "display_zone",
    "contest",
    "contest_entrant",
)
ROLE = sa.Enum(
    "planner", "buyer", "floor_manager", name="role", native_enum=False, length=32
)
# What each role may do in a new database (core/people.py's DEFAULT_GRANTS, frozen here).
GRANTS = {
    "planner": (
        "items.edit_all",
        "campaign.edit",
        "store.edit",
        "store.golden_spots",
        "checks.record",
        "contest.run",
        "people.manage",
        "deadline.reopen",
        "proofs.number",
    ),
    "buyer": ("items.edit_own",),
    "floor_manager": ("checks.record", "contest.run", "store.golden_spots"),
}
SQLITE_GUARDS = (
    "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
    "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
    "CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
    "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
)
POSTGRES_GUARDS = (
    "CREATE FUNCTION promoplanner_history_append_only() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN RAISE EXCEPTION 'the history is append-only'; END $$",
    "CREATE TRIGGER history_no_change BEFORE UPDATE OR DELETE ON history "
    "FOR EACH ROW EXECUTE FUNCTION promoplanner_history_append_only()",
    "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
    "FOR EACH STATEMENT EXECUTE FUNCTION promoplanner_history_append_only()",
)
LIVE_BARCODE = "barcode <> '' AND deleted_at IS NULL"


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("user_name", name="uq_person_user_name"),
    )
    op.create_table(
        "person_role",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", ROLE, nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_person_role_person_id_person",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "role", name="pk_person_role"),
    )  # fmt: skip
    role_right = op.create_table(
        "role_right",
        sa.Column("role", ROLE, nullable=False),
        sa.Column("right", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("role", "right", name="pk_role_right"),
    )
    op.bulk_insert(
        role_right,
        [{"role": role, "right": right} for role, rights in GRANTS.items() for right in rights],
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("real_at", sa.DateTime(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("object_kind", sa.String(32), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("phase_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_history_person_id_person",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_history"),
        sqlite_autoincrement=True,
    )  # fmt: skip
    op.create_index("ix_history_at", "history", ["at"])
    op.create_index("ix_history_object", "history", ["object_kind", "object_id"])
    op.create_index("ix_history_phase_at", "history", ["phase_id", "at"])
    for statement in SQLITE_GUARDS if sqlite else POSTGRES_GUARDS:
        op.execute(statement)
    op.create_table(
        "deadline_reopening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Integer(), nullable=True),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(2000), nullable=False),
        sa.Column("by_person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phase.id"], name="fk_deadline_reopening_phase_id_phase",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["buyer_id"], ["buyer.id"], name="fk_deadline_reopening_buyer_id_buyer",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["by_person_id"], ["person.id"],
            name="fk_deadline_reopening_by_person_id_person", ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_deadline_reopening"),
    )  # fmt: skip
    op.create_index(
        "ix_deadline_reopening_phase_id", "deadline_reopening", ["phase_id"]
    )
    for table in VERSIONED:
        if table == "flyer_item":
            continue  # rebuilt below with its other new columns
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    with op.batch_alter_table("buyer") as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_buyer_person_id_person", "person", ["person_id"], ["id"], ondelete="RESTRICT"
        )
        batch.create_unique_constraint("uq_buyer_person_id", ["person_id"])
    _refuse_duplicate_barcodes(bind)
    with op.batch_alter_table(
        "flyer_item",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("deleted_by", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_flyer_item_deleted_by_person", "person", ["deleted_by"], ["id"],
            ondelete="RESTRICT",
        )  # fmt: skip
    op.create_index(
        "uq_flyer_item_phase_barcode",
        "flyer_item",
        ["phase_id", "barcode"],
        unique=True,
        sqlite_where=sa.text(LIVE_BARCODE),
        postgresql_where=sa.text(LIVE_BARCODE),
    )


def _refuse_duplicate_barcodes(bind) -> None:
    """A barcode twice in a phase (only a hand-edited database has one) stops the upgrade."""
    twice = bind.execute(
        sa.text(
            "SELECT phase_id, barcode FROM flyer_item WHERE barcode <> '' "
            "GROUP BY phase_id, barcode HAVING COUNT(*) > 1"
        )
    ).first()
    if twice is not None:
        from promoplanner.core.errors import DatabaseProblem

        raise DatabaseProblem("db.upgrade_duplicate_barcode", barcode=twice.barcode)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.drop_index("uq_flyer_item_phase_barcode", table_name="flyer_item")
    # Soft-deleted items go for good on the way down: the old schema has no place for them.
    op.execute("DELETE FROM flyer_item WHERE deleted_at IS NOT NULL")
    with op.batch_alter_table(
        "flyer_item",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch:
        batch.drop_constraint("fk_flyer_item_deleted_by_person", type_="foreignkey")
        batch.drop_column("deleted_by")
        batch.drop_column("deleted_at")
        batch.drop_column("version")
    with op.batch_alter_table("buyer") as batch:
        batch.drop_constraint("uq_buyer_person_id", type_="unique")
        batch.drop_constraint("fk_buyer_person_id_person", type_="foreignkey")
        batch.drop_column("person_id")
    for table in VERSIONED:
        if table == "flyer_item":
            continue
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
    op.drop_index("ix_deadline_reopening_phase_id", table_name="deadline_reopening")
    op.drop_table("deadline_reopening")
    if sqlite:
        op.execute("DROP TRIGGER history_no_update")
        op.execute("DROP TRIGGER history_no_delete")
    else:
        op.execute("DROP TRIGGER history_no_truncate ON history")
        op.execute("DROP TRIGGER history_no_change ON history")
        op.execute("DROP FUNCTION promoplanner_history_append_only()")
    op.drop_index("ix_history_phase_at", table_name="history")
    op.drop_index("ix_history_object", table_name="history")
    op.drop_index("ix_history_at", table_name="history")
    op.drop_table("history")
    op.drop_table("role_right")
    op.drop_table("person_role")
    op.drop_table("person")
