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
        "本档期的校样 v{version} 已被他人同时登记，本次未保存。请重新生成校样（将为 v{next}）。",
    ),
}
