"""A phase's items as a sheet to hand out, and the blank template buyers fill in.

The columns are the item fields' own labels in the current language, so an exported
list imports again unchanged (the same words are header synonyms), and its values are
written as the import reads them: floors by code, departments and buyers by name,
yes/no as 是/否.
"""

from __future__ import annotations

from decimal import Decimal

from promoplanner.core.enums import DisplayForm
from promoplanner.core.fields import FIELDS, FieldKind
from promoplanner.core.i18n import Language, current_language, text
from promoplanner.core.model import FlyerItem
from promoplanner.services.context import Context
from promoplanner.services.item_reads import ItemQuery, list_items
from promoplanner.services.store import StoreLayout, store_layout
from promoplanner.sheets.writing import Choices, Table, Template

COLUMNS = tuple(f for f in FIELDS if f.name != "photo")  # photos are files, not cell text
FORM_WORDS_ZH = {DisplayForm.MASS: "堆头", DisplayForm.END_CAP: "端架", DisplayForm.CROSS: "关联"}


def export_table(
    ctx: Context, phase_id: int, floor_id: int | None = None, buyer_id: int | None = None
) -> Table:
    """The phase's live items (of one floor or buyer, or all) as rows of plain values."""
    layout = store_layout(ctx)
    items = list_items(ctx, ItemQuery(phase_id, floor_id, buyer_id))
    return _table([_row(i, layout) for i in items], layout)


def template_table(ctx: Context) -> Template:
    """The blank list: headers, one example row, drop-downs for floor, department, tier,
    yes/no and display."""
    layout = store_layout(ctx)
    floor = layout.floors[0] if layout.floors else None
    department = next((d for d in layout.departments if floor and d.floor_id == floor.id), None)
    example = {
        "name": "现包鲜肉大粽", "barcode": "6901234567892", "spec": "约200g", "unit": "只",
        "regular_price": Decimal("5.90"), "promo_price": Decimal("3.90"), "tier": "C",
        "sensitive": _yes(True), "display_form": _form(DisplayForm.MASS),
        "floor_id": floor.code if floor else "1F",
        "department_id": _department(department) if department else "",
        "buyer_id": "", "notes": text("template.example"),
    }  # fmt: skip
    table = _table([[example.get(f.name, "") for f in COLUMNS]], layout)
    index = {f.name: n for n, f in enumerate(COLUMNS)}
    pick = text("template.pick")
    choices = [
        Choices(index["floor_id"], [f.code for f in layout.floors], pick),
        Choices(index["department_id"], sorted({_department(d) for d in layout.departments}), pick),
        Choices(index["tier"], ["A", "B", "C"], pick),
        Choices(index["sensitive"], [_yes(True), _yes(False)], pick),
        Choices(index["display_form"], [_form(f) for f in DisplayForm], pick),
    ]
    if layout.buyers:
        choices.append(Choices(index["buyer_id"], [b.name for b in layout.buyers], pick))
    return Template(table, choices, text("template.lists"))


def _table(rows: list[list[object]], layout: StoreLayout) -> Table:
    return Table(
        headers=[f.label() for f in COLUMNS],
        rows=rows,
        text_columns=frozenset(n for n, f in enumerate(COLUMNS) if f.kind is FieldKind.BARCODE),
        money_columns=frozenset(n for n, f in enumerate(COLUMNS) if f.kind is FieldKind.MONEY),
        title=text("template.title"),
    )


def _row(item: FlyerItem, layout: StoreLayout) -> list[object]:
    floors = {f.id: f.code for f in layout.floors}
    departments = {d.id: _department(d) for d in layout.departments}
    buyers = {b.id: b.name for b in layout.buyers}
    values: dict[str, object] = {
        "name": item.name, "barcode": item.barcode, "spec": item.spec, "unit": item.unit,
        "regular_price": item.regular_price, "promo_price": item.promo_price,
        "tier": item.tier.value if item.tier else "", "sensitive": _yes(item.sensitive),
        "display_form": _form(item.display_form) if item.display_form else "",
        "floor_id": floors.get(item.floor_id, ""),
        "department_id": departments.get(item.department_id or 0, ""),
        "buyer_id": buyers.get(item.buyer_id or 0, ""), "notes": item.notes,
    }  # fmt: skip
    return [values[f.name] for f in COLUMNS]


def _department(department) -> str:
    if current_language() is Language.ZH:
        return department.name_zh or department.name_en or department.code
    return department.name_en or department.name_zh or department.code


def _yes(flag: bool) -> str:
    return text("template.yes") if flag else text("template.no")


def _form(form: DisplayForm) -> str:
    return FORM_WORDS_ZH[form] if current_language() is Language.ZH else form.value
