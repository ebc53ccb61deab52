"""How one cell of the item table reads: names for ids, text for values, icons."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from promoplanner.core.enums import DisplayForm, PriceTier, Severity
from promoplanner.core.i18n import Language, current_language
from promoplanner.core.model import FlyerItem
from promoplanner.ui.items.columns import (
    COLUMN_INDEX,
    COLUMNS,
    Column,
    Editor,
    form_label,
    tier_label,
)
from promoplanner.ui.session import AppSession

REFERENCES = ("floor_id", "department_id", "buyer_id")


class Names:
    """Floor codes, department and buyer names by id, read once per refresh."""

    def __init__(self, session: AppSession) -> None:
        layout = session.layout()
        zh = current_language() is Language.ZH
        self.floors = {f.id: f.code for f in layout.floors}
        self.floor_names = {
            f.id: f"{f.code} {f.name_zh if zh else f.name_en}" for f in layout.floors
        }
        self.departments = {d.id: d.name_zh if zh else d.name_en for d in layout.departments}
        self.department_floor = {d.id: d.floor_id for d in layout.departments}
        self.buyers = {b.id: b.name for b in layout.buyers}
        self.layout = layout

    def label(self, key: str, value: object) -> str:
        """The name shown for a reference id."""
        if value in (None, ""):
            return ""
        table = {
            "floor_id": self.floors,
            "department_id": self.departments,
            "buyer_id": self.buyers,
        }
        if isinstance(value, int):
            return table[key].get(value, str(value))
        return str(value)


def column_of(key: str) -> Column:
    """The column showing an item field."""
    return COLUMNS[COLUMN_INDEX[key]]


def money(value: Decimal) -> str:
    """Yuan with two decimals."""
    return f"{value:.2f}"


def display(names: Names, column: Column, item: FlyerItem | None, draft) -> str | None:
    """The text of a cell."""
    if column.editor is Editor.CHECK:
        return None
    if item is None:
        if draft is None or column.field is None:
            return None
        return typed_text(names, column, draft.values.get(column.field))
    if column.key == "discount":
        return f"{item.discount * 100:.0f}%" if item.regular_price > 0 else ""
    if column.field is None:
        return None
    return typed_text(names, column, getattr(item, column.field))


def typed_text(names: Names, column: Column, value: object) -> str:
    """A value as the table writes it (also what a refused value is kept as)."""
    if value is None:
        return form_label(None) if column.editor is Editor.FORM else ""
    if column.field in REFERENCES:
        return names.label(column.field, value)
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, DisplayForm):
        return form_label(value)
    if isinstance(value, PriceTier):
        return tier_label(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if column.editor is Editor.PHOTO:
        return str(value).replace("\\", "/").rsplit("/", 1)[-1]
    return str(value)


def edit_value(column: Column, item: FlyerItem | None, draft) -> object:
    """What an editor starts with: text for text fields, ids and enums for pickers."""
    if column.field is None:
        return None
    value = (
        getattr(item, column.field) if item else (draft.values.get(column.field) if draft else None)
    )
    if isinstance(value, Decimal):
        return money(value)
    if column.editor in (Editor.TEXT, Editor.BARCODE, Editor.PHOTO, Editor.PRICE):
        return "" if value is None else str(value)
    return value


def same(old: object, new: object) -> bool:
    """Whether a typed value leaves the stored one as it is."""
    if isinstance(old, Decimal):
        try:
            return Decimal(str(new).strip()) == old
        except ArithmeticError:
            return False
    if isinstance(old, Enum) or isinstance(new, Enum):
        return old == new
    if isinstance(old, bool):
        return isinstance(new, bool) and old == new
    if old is None:
        return new in (None, "")
    return str(old) == str(new) if not isinstance(old, int) else old == new


def status_icon(findings) -> QIcon | None:
    """A warning or error sign for rows the rule check found something about."""
    if not findings:
        return None
    style = QApplication.style()
    worst = min(
        findings, key=lambda f: [Severity.ERROR, Severity.WARNING, Severity.INFO].index(f.severity)
    )
    icon = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[worst.severity]
    return style.standardIcon(icon)


_thumbs: dict[str, QPixmap | None] = {}


def thumbnail(path: str) -> QPixmap | None:
    """A small picture of the product photo, cached by path."""
    if not path:
        return None
    if path not in _thumbs:
        picture = QPixmap(path)
        _thumbs[path] = None if picture.isNull() else picture.scaledToHeight(24)
    return _thumbs[path]
