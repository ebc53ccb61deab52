"""No tr() inside an f-string in the GUI: lupdate does not read them, so Chinese shows English."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "promoplanner" / "ui"
CALLS = {"tr", "translate"}


def _called(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        return name if name in CALLS else None
    return None


def test_no_translation_call_sits_inside_an_f_string():
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if _called(inner):
                    found.append(f"{path.relative_to(UI)}:{inner.lineno}")
    assert found == [], "take the tr() out of the f-string (lupdate skips it): " + ", ".join(found)
