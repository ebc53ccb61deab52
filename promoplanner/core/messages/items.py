"""Flyer items in bulk (paste, undo of deletes) and flyer proofs."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # item bulk -----------------------------------------------------------------------
    "bulk.row_refused": (
        "Row {row}: {reason} Nothing of this block was saved.",
        "第 {row} 行：{reason}本次粘贴的内容均未保存。",
    ),
    "bulk.row_reason": ("Row {row}: {reason}", "第 {row} 行：{reason}"),
    "bulk.more_rows": ("… and {count} more rows.", "……另有 {count} 行。"),
    "bulk.nothing_saved": (
        "Nothing of this block was saved.",
        "本次粘贴的内容均未保存。",
    ),
    "bulk.unknown_floor": ("There is no floor “{value}”.", "没有楼层“{value}”。"),
    "bulk.unknown_department": (
        "There is no department “{value}” on that floor.",
        "该楼层没有部门“{value}”。",
    ),
    "bulk.unknown_buyer": ("There is no buyer “{value}”.", "没有采购“{value}”。"),
    "bulk.number_taken": (
        "“{name}” cannot be put back: its number now belongs to “{other}”.",
        "无法恢复“{name}”：其编号已被“{other}”占用。",
    ),
    "bulk.restore_unsealed": (
        "“{name}” can be put back with its display zones and checks only by the planning "
        "department, or right after it was deleted here.",
        "只有企划部，或刚在此处删除后的撤销，才能连同陈列区和陈列检查恢复“{name}”。",
    ),
    "bulk.restore_check_elsewhere": (
        "“{name}” cannot be put back: a display check belongs to another item or floor.",
        "无法恢复“{name}”：有陈列检查属于其他商品或楼层。",
    ),
    # proofs --------------------------------------------------------------------------
    "proof.version_taken": (
        "Proof v{version} of this phase was recorded by someone else meanwhile; nothing "
        "was saved. Make the proof again (it will be v{next}).",
        "本阶段的校样 v{version} 已被他人同时登记，本次未保存。请重新生成校样（将为 v{next}）。",
    ),
    # A flyer item's fields, as column titles ------------------------------------------
    "column.name": ("Name", "品名"),
    "column.barcode": ("Barcode", "条码"),
    "column.spec": ("Spec", "规格"),
    "column.unit": ("Unit", "单位"),
    "column.regular_price": ("Regular price", "原价"),
    "column.promo_price": ("Promotion price", "特价"),
    "column.tier": ("Tier", "价格带"),
    "column.sensitive": ("Sensitive", "敏感商品"),
    "column.display_form": ("Display", "陈列方式"),
    "column.floor_id": ("Floor", "楼层"),
    "column.department_id": ("Department", "部门"),
    "column.buyer_id": ("Buyer", "采购"),
    "column.photo": ("Photo", "图片"),
    "column.notes": ("Notes", "备注"),
    "items.deleted_already": (
        "“{name}” was deleted already.",
        "“{name}”已被删除。",
    ),
    "items.not_deleted": ("“{name}” is not deleted.", "“{name}”未被删除。"),
    "items.barcode_twice_in_block": (
        "Barcode {barcode} is on row {other} of this block too.",
        "条码 {barcode} 在本次内容的第 {other} 行也出现了。",
    ),
    "items.department_retired": (
        "Department “{name}” is retired; choose one in use.",
        "部门“{name}”已停用，请选择在用的部门。",
    ),
}
