"""The columns of the flyer-item table: what each shows, how it is edited and sorted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from promoplanner.core.enums import DisplayForm, PriceTier


class Editor(Enum):
    """Which editor a column opens with."""

    NONE = "none"
    TEXT = "text"
    PRICE = "price"
    BARCODE = "barcode"
    FLOOR = "floor"
    DEPARTMENT = "department"
    BUYER = "buyer"
    TIER = "tier"
    FORM = "form"
    CHECK = "check"
    PHOTO = "photo"


@dataclass(frozen=True)
class Column:
    """One column: the item field it shows (None for computed ones) and its editor."""

    key: str
    field: str | None
    editor: Editor
    sort: str | None  # the ItemQuery sort key, None when the database cannot sort it
    width: int = 90


COLUMNS: tuple[Column, ...] = (
    Column("status", None, Editor.NONE, None, 28),
    Column("name", "name", Editor.TEXT, "name", 200),
    Column("barcode", "barcode", Editor.BARCODE, "barcode", 120),
    Column("spec", "spec", Editor.TEXT, "spec", 80),
    Column("unit", "unit", Editor.TEXT, "unit", 50),
    Column("regular_price", "regular_price", Editor.PRICE, "regular_price", 100),
    Column("promo_price", "promo_price", Editor.PRICE, "promo_price", 110),
    Column("discount", None, Editor.NONE, None, 60),
    Column("tier", "tier", Editor.TIER, "tier", 50),
    Column("sensitive", "sensitive", Editor.CHECK, "sensitive", 70),
    Column("display_form", "display_form", Editor.FORM, "display_form", 100),
    Column("floor_id", "floor_id", Editor.FLOOR, "floor_id", 60),
    Column("department_id", "department_id", Editor.DEPARTMENT, "department_id", 110),
    Column("buyer_id", "buyer_id", Editor.BUYER, "buyer_id", 80),
    Column("photo", "photo", Editor.PHOTO, None, 110),
    Column("notes", "notes", Editor.TEXT, None, 160),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
REQUIRED = ("name", "regular_price", "promo_price", "floor_id")

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def column_title(key: str) -> str:
    """The header of a column in the current language."""
    titles = {
        "status": translate("ItemColumns", "!"),
        "name": translate("ItemColumns", "Name"),
        "barcode": translate("ItemColumns", "Barcode"),
        "spec": translate("ItemColumns", "Spec"),
        "unit": translate("ItemColumns", "Unit"),
        "regular_price": translate("ItemColumns", "Regular price"),
        "promo_price": translate("ItemColumns", "Promotion price"),
        "discount": translate("ItemColumns", "Off"),
        "tier": translate("ItemColumns", "Tier"),
        "sensitive": translate("ItemColumns", "Sensitive"),
        "display_form": translate("ItemColumns", "Display"),
        "floor_id": translate("ItemColumns", "Floor"),
        "department_id": translate("ItemColumns", "Department"),
        "buyer_id": translate("ItemColumns", "Buyer"),
        "photo": translate("ItemColumns", "Photo"),
        "notes": translate("ItemColumns", "Notes"),
    }
    return titles[key]


def form_label(form: DisplayForm | None) -> str:
    """A display form in the store's words."""
    labels = {
        None: translate("ItemColumns", "Shelf"),
        DisplayForm.MASS: translate("ItemColumns", "Pile display"),
        DisplayForm.END_CAP: translate("ItemColumns", "End rack"),
        DisplayForm.CROSS: translate("ItemColumns", "Cross display"),
    }
    return labels[form]


def tier_label(tier: PriceTier | None) -> str:
    """A price tier letter, or a dash for none."""
    return tier.value if tier else "–"


# Header words a spreadsheet may carry, besides our own titles in both languages.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "item", "商品", "商品名称", "品名", "名称"),
    "barcode": ("barcode", "ean", "条码", "条形码", "商品条码"),
    "spec": ("spec", "specification", "规格"),
    "unit": ("unit", "单位", "计价单位"),
    "regular_price": ("regular price", "regular", "price", "原价", "正常售价", "零售价"),
    "promo_price": ("promotion price", "promo price", "promo", "特价", "促销价", "dm价"),
    "tier": ("tier", "price tier", "价格带", "档次"),
    "sensitive": ("sensitive", "price-sensitive", "敏感", "敏感商品", "是否敏感"),
    "display_form": ("display", "display form", "陈列", "陈列方式"),
    "floor_id": ("floor", "楼层"),
    "department_id": ("department", "dept", "部门", "课别", "柜组"),
    "buyer_id": ("buyer", "采购", "采购员"),
    "photo": ("photo", "picture", "图片", "照片"),
    "notes": ("notes", "note", "remarks", "备注"),
}


def header_key(word: str) -> str | None:
    """The column a spreadsheet header names, or None if it is not a header."""
    cleaned = word.strip().lower()
    if not cleaned:
        return None
    for key, words in HEADER_WORDS.items():
        if cleaned in words or cleaned == column_title(key).lower():
            return key
    return None
