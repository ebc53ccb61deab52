"""Storage: SQLAlchemy tables, opening and upgrading databases, and the unit of work."""
