"""Parsers for each editable flyer-item field, shared by the GUI, paste and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.core.errors import DomainError
from promoplanner.core.validation import clean_barcode, clean_text, parse_money

TRUE_WORDS = {"1", "y", "yes", "true", "x", "✓", "√", "是", "敏感", "对"}
FALSE_WORDS = {"", "0", "n", "no", "false", "否", "不", "-"}
FORM_WORDS = {
    "mass": DisplayForm.MASS,
    "pile": DisplayForm.MASS,
    "堆头": DisplayForm.MASS,
    "大量陈列": DisplayForm.MASS,
    "end_cap": DisplayForm.END_CAP,
    "end cap": DisplayForm.END_CAP,
    "end-cap": DisplayForm.END_CAP,
    "end rack": DisplayForm.END_CAP,
    "端架": DisplayForm.END_CAP,
    "端头陈列": DisplayForm.END_CAP,
    "cross": DisplayForm.CROSS,
    "关联陈列": DisplayForm.CROSS,
    "关联": DisplayForm.CROSS,
    "cross-merchandising": DisplayForm.CROSS,
}
SHELF_WORDS = {"", "shelf", "货架", "-", "none", "无"}


def parse_flag(value: object, field: str = "sensitive") -> bool:
    """Yes/no from a check box or typed text (是/否, 1/0, x, ✓)."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise DomainError("input.not_yes_no", field=field, value=value)


def parse_tier(value: object) -> PriceTier | None:
    """A, B, C or empty."""
    if value is None or isinstance(value, PriceTier):
        return value
    word = str(value).strip().upper()
    if not word:
        return None
    try:
        return PriceTier(word)
    except ValueError:
        raise DomainError("input.bad_tier", field="tier", value=value) from None


def parse_display_form(value: object) -> DisplayForm | None:
    """Mass (堆头), end cap (端架), cross (关联) or empty for the regular shelf."""
    if value is None or isinstance(value, DisplayForm):
        return value
    word = str(value).strip().lower()
    if word in SHELF_WORDS:
        return None
    if word in FORM_WORDS:
        return FORM_WORDS[word]
    raise DomainError("input.bad_display_form", field="display_form", value=value)


def _price(field: str) -> Callable[[object], Decimal]:
    def parse(value: object) -> Decimal:
        return parse_money(value if isinstance(value, Decimal | int) else str(value), field)

    return parse


ITEM_FIELDS: dict[str, Callable[[object], object]] = {
    "name": lambda v: clean_text(str(v), "name", required=True),
    "barcode": lambda v: clean_barcode(str(v)),
    "spec": lambda v: clean_text(str(v), "spec"),
    "unit": lambda v: clean_text(str(v), "unit", limit=32),
    "regular_price": _price("regular_price"),
    "promo_price": _price("promo_price"),
    "tier": parse_tier,
    "sensitive": parse_flag,
    "display_form": parse_display_form,
    "photo": lambda v: clean_text(str(v), "photo", limit=500),
    "notes": lambda v: clean_text(str(v), "notes", limit=2000, multiline=True),
}


def parse_item_field(field: str, value: object) -> object:
    """The typed value of one item field, or a DomainError naming the field."""
    parser = ITEM_FIELDS.get(field)
    if parser is None:
        raise DomainError("input.unknown_field", field=field)
    return parser(value)
