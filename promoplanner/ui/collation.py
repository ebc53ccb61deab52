"""The order of names in the GUI's lists: Chinese by pinyin (李, 王, 张), as people look them up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from promoplanner.core.i18n import Language, current_language
from promoplanner.core.model import Buyer, Department, Floor

T = TypeVar("T")

_collators: dict[str, QCollator] = {}


def collator() -> QCollator:
    """Qt's collator for Chinese (pinyin, Latin letters by the alphabet, 2F before 10F)."""
    if "zh" not in _collators:
        chinese = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        chinese.setNumericMode(True)
        chinese.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collators["zh"] = chinese
    return _collators["zh"]


def pinyin_sorted(things: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """The things in the order of their names by pinyin (code point order sorts 张 before 李)."""
    compare = collator().compare
    return sorted(things, key=cmp_to_key(lambda a, b: compare(name(a), name(b))))


def floors_in_order(floors: Iterable[Floor]) -> list[Floor]:
    """Floors as the store walks them: its own order, then the code (2F before 10F)."""
    compare = collator().compare
    return sorted(
        floors,
        key=cmp_to_key(
            lambda a, b: (
                (a.sort_order > b.sort_order) - (a.sort_order < b.sort_order)
                or compare(a.code, b.code)
            )
        ),
    )


def buyers_in_order(buyers: Iterable[Buyer]) -> list[Buyer]:
    """Buyers by the pinyin of their names."""
    return pinyin_sorted(buyers, lambda b: b.name)


def department_name(department: Department) -> str:
    """A department's name in the current language."""
    return department.name_zh if current_language() is Language.ZH else department.name_en


def departments_in_order(departments: Iterable[Department]) -> list[Department]:
    """Departments by the pinyin (or the letters) of their names as shown."""
    return pinyin_sorted(departments, department_name)
