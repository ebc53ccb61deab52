"""Where promoplanner finds its migrations and assets, installed or from a checkout."""

from __future__ import annotations

from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    # A wheel carries db/ and assets/ inside the package as _db/ and _assets/;
    # a source checkout (editable install, tests) has them beside the package.
    packaged = _PACKAGE / f"_{name}"
    return packaged if packaged.is_dir() else _PACKAGE.parent / name


def migrations_dir() -> Path:
    """The Alembic script folder."""
    return _resource("db")


def assets_dir() -> Path:
    """Fonts, icons and translations."""
    return _resource("assets")


def default_database_path() -> Path:
    """The embedded SQLite database in the user's data folder."""
    return Path(platformdirs.user_data_dir("promoplanner", appauthor=False)) / "promoplanner.sqlite"
