"""A flyer item's fields, declared once: type, parser, label, whether required, width, headers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language, Words, text
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


class FieldKind(StrEnum):
    """How a field is typed, shown and edited."""

    TEXT = "text"
    BARCODE = "barcode"
    MONEY = "money"
    CHOICE = "choice"  # one of a few words (tier, display form)
    FLAG = "flag"  # yes or no
    REFERENCE = "reference"  # a floor, department or buyer, by id, code or name
    PHOTO = "photo"


@dataclass(frozen=True)
class ItemField:
    """One field of a flyer item, declared once for storage, services, grid, paste and import."""

    name: str  # the FlyerItem attribute and flyer_item column
    kind: FieldKind
    parse: Callable[[object], object]
    required: bool = False
    width: int = 90  # the grid column's width in pixels
    sortable: bool = True
    headers: tuple[str, ...] = ()  # header words a pasted or imported sheet may use
    # The price label must show it (price-marking rules, Art. 7: name, price and unit).
    # The grid keeps a row without it as a draft, marked; an import refuses the row.
    on_label: bool = False

    def label(self, language: str | None = None) -> str:
        """The field's name in the given (or current) language."""
        return text(f"column.{self.name}", language)


def _reference(field: str) -> Callable[[object], object]:
    """An id (a positive whole number) or a name to look up; a huge number is refused."""

    def parse(value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            if field == "floor_id":
                raise DomainError("input.required", field=field)
            return None
        if isinstance(value, bool):
            raise DomainError("input.unknown_reference", field=field, value=value)
        if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
            ident = int(value)
            if not 0 < ident <= MAX_ID:  # e.g. a barcode pasted into the Floor column
                raise DomainError("input.unknown_reference", field=field, value=value)
            return ident
        return clean_text(str(value), field, required=True, limit=100)

    return parse


MAX_ID = 2**31 - 1  # the largest id either database keeps in an INTEGER column
FIELDS: tuple[ItemField, ...] = (
    ItemField(
        "name", FieldKind.TEXT, lambda v: clean_text(str(v), "name", required=True),
        required=True, width=200, on_label=True,
        headers=("name", "item", "item name", "product", "product name", "商品", "商品名称",
                 "商品名", "品名", "名称"),
    ),
    ItemField(
        "barcode", FieldKind.BARCODE, lambda v: clean_barcode(str(v)), width=120,
        headers=("barcode", "ean", "ean13", "ean-13", "条码", "条形码", "商品条码", "国际条码",
                 "条码号"),
    ),
    ItemField(
        "spec", FieldKind.TEXT, lambda v: clean_text(str(v), "spec"), width=80,
        headers=("spec", "specification", "size", "规格", "规格型号"),
    ),
    ItemField(
        "unit", FieldKind.TEXT, lambda v: clean_text(str(v), "unit", limit=32), width=50,
        on_label=True,
        headers=("unit", "unit of sale", "uom", "单位", "计价单位", "计量单位", "销售单位"),
    ),
    ItemField(
        "regular_price", FieldKind.MONEY, _price("regular_price"), required=True, width=100,
        on_label=True,
        headers=("regular price", "regular", "retail price", "price", "原价", "正常售价", "零售价",
                 "原售价", "正常价", "售价"),
    ),
    ItemField(
        "promo_price", FieldKind.MONEY, _price("promo_price"), required=True, width=110,
        on_label=True,
        headers=("promotion price", "promo price", "promo", "special price", "sale price", "特价",
                 "促销价", "dm价", "活动价", "海报价"),
    ),
    ItemField(
        "tier", FieldKind.CHOICE, parse_tier, width=50,
        headers=("tier", "price tier", "价格带", "档次", "价格档次"),
    ),
    ItemField(
        "sensitive", FieldKind.FLAG, parse_flag, width=70,
        headers=("sensitive", "price-sensitive", "sensitive item", "敏感", "敏感商品", "是否敏感",
                 "敏感品"),
    ),
    ItemField(
        "display_form", FieldKind.CHOICE, parse_display_form, width=100,
        headers=("display", "display form", "陈列", "陈列方式", "陈列形式"),
    ),
    ItemField(
        "floor_id", FieldKind.REFERENCE, _reference("floor_id"), required=True, width=60,
        headers=("floor", "楼层", "楼层号"),
    ),
    ItemField(
        "department_id", FieldKind.REFERENCE, _reference("department_id"), width=110,
        headers=("department", "dept", "部门", "课别", "柜组", "部类"),
    ),
    ItemField(
        "buyer_id", FieldKind.REFERENCE, _reference("buyer_id"), width=80,
        headers=("buyer", "采购", "采购员", "采购人"),
    ),
    ItemField(
        "photo", FieldKind.PHOTO, lambda v: clean_text(str(v), "photo", limit=500),
        width=110, sortable=False, headers=("photo", "picture", "图片", "照片"),
    ),
    ItemField(
        "notes", FieldKind.TEXT, lambda v: clean_text(str(v), "notes", limit=2000, multiline=True),
        width=160, sortable=False, headers=("notes", "note", "remarks", "备注", "说明"),
    ),
)  # fmt: skip
FIELDS_BY_NAME: dict[str, ItemField] = {f.name: f for f in FIELDS}
ITEM_FIELDS: dict[str, Callable[[object], object]] = {f.name: f.parse for f in FIELDS}
REQUIRED_FIELDS = tuple(f.name for f in FIELDS if f.required)
LABEL_FIELDS = tuple(f.name for f in FIELDS if f.on_label)
# What the history keeps of an item (every field a person can set).
ITEM_VALUES = tuple(f.name for f in FIELDS)


def label_gaps(values: Mapping[str, object]) -> list[str]:
    """The fields the price label must show that the values hold empty (absent: not asked)."""
    return [
        name for name in LABEL_FIELDS
        if name in values and (values[name] is None or not str(values[name]).strip())
    ]  # fmt: skip


def label_problems(values: Mapping[str, object]) -> list[DomainError]:
    """One refusal per empty label field, naming it (the import's check of a row)."""
    return [
        DomainError("input.label_field_empty", field=name, label=Words(f"column.{name}"))
        for name in label_gaps(values)
    ]


def parse_item_field(field: str, value: object) -> object:
    """The typed value of one item field, or a DomainError naming the field."""
    declared = FIELDS_BY_NAME.get(field) if isinstance(field, str) else None
    if declared is None:
        raise DomainError("input.unknown_field", field=str(field))
    return declared.parse(value)


def parse_item_values(values: Mapping[str, object]) -> dict[str, object]:
    """Every field typed, or one DomainError listing each field that is wrong (all at once)."""
    typed: dict[str, object] = {}
    problems: list[DomainError] = []
    for field, value in values.items():
        try:
            typed[str(field)] = parse_item_field(field, value)
        except DomainError as error:
            problems.append(error)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise FieldsRefused(problems)
    return typed


class FieldsRefused(DomainError):
    """Several fields of one item are wrong; each is named with its reason."""

    def __init__(self, problems: list[DomainError]) -> None:
        self.problems = problems
        super().__init__(problems[0].key, field=problems[0].field, **problems[0].params)

    def message(self, language: Language | str | None = None) -> str:
        """Every field's problem, in the given (or current) language."""
        return " ".join(p.message(language) for p in self.problems)
