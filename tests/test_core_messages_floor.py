"""Texts of the contest and the display check: every refusal has words; Chinese reads as Chinese."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from string import Formatter

import pytest

from promoplanner.core.messages import MESSAGES, contest, display

CORE = Path(__file__).resolve().parent.parent / "promoplanner" / "core"
SOURCES = [
    *sorted((CORE / "bracket").glob("*.py")),
    CORE / "scale_label.py",
    CORE / "display_check.py",
]
NEW = {**contest.MESSAGES, **display.MESSAGES}


def keys_raised(path: Path) -> set[str]:
    """Catalogue keys of every DomainError the module raises or returns."""
    keys = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "DomainError"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            keys.add(node.args[0].value)
    return keys


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_refusal_has_its_words(path):
    assert keys_raised(path) - MESSAGES.keys() == set()


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(NEW))
def test_both_languages_take_the_same_values(key):
    en, zh = NEW[key]
    # Chinese joins names with 、 and takes them as names_zh; everything else is shared
    assert {f.removesuffix("_zh") for f in fields(zh)} == {
        f.removesuffix("_zh") for f in fields(en)
    }


@pytest.mark.parametrize("key", sorted(NEW))
def test_chinese_texts_use_chinese_punctuation(key):
    _, zh = NEW[key]
    bare = re.sub(r"\{[^}]*\}", "", zh)
    bare = re.sub(r"\d\.\d", "", bare)  # 12.34, 0.01
    assert not re.search(r"[,;:!?()]|\.(?!\d)", bare), zh
    en = NEW[key][0]
    assert not re.search("[\uff0c\u3002\uff1a\uff1b\uff01\uff1f\uff08\uff09]", en), en
