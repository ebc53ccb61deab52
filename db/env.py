"""Alembic environment: promoplanner passes an open connection; developers use the URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from promoplanner.storage.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run migrations on the connection promoplanner passed, or on sqlalchemy.url."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    if connection.dialect.name == "postgresql":
        from promoplanner.storage.tables.items import declare_for_postgresql

        declare_for_postgresql()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER via table copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
