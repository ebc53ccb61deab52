"""Dependencies point inward: Qt only in ui/, core/ free of storage, PDF and GUI libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "promoplanner"

FORBIDDEN = {
    "core": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "promoplanner.storage",
        "promoplanner.services",
        "promoplanner.documents",
        "promoplanner.ui",
    ),
    "storage": (
        "PySide6",
        "reportlab",
        "promoplanner.services",
        "promoplanner.documents",
        "promoplanner.ui",
    ),
    "services": ("PySide6", "promoplanner.ui"),
    # files on disk: plain rows in, plain rows out (openpyxl and csv); no database, no GUI
    "sheets": (
        "PySide6",
        "sqlalchemy",
        "reportlab",
        "promoplanner.storage",
        "promoplanner.services",
        "promoplanner.documents",
        "promoplanner.ui",
    ),
    # documents read core values: data -> ReportLab story -> PDF bytes, nothing more
    "documents": (
        "PySide6",
        "sqlalchemy",
        "promoplanner.ui",
        "promoplanner.services",
        "promoplanner.storage",
        "promoplanner.cli",
        "promoplanner.print",
    ),
}


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # `from promoplanner import storage` imports promoplanner.storage too
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules(folder: str):
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_inward(layer):
    assert modules(layer), f"no modules in {layer}"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in imports_of(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offences == []


def test_qt_is_imported_only_under_ui():
    outside = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    offences = [
        str(p.relative_to(PACKAGE))
        for p in outside
        if any(n.startswith("PySide6") for n in imports_of(p))
    ]
    assert offences == []
