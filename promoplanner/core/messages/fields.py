"""The names of input fields, as refusals name them, and refusals of unprintable text."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Text that cannot print ----------------------------------------------------------
    "input.line_break": (
        "The {label} must fit on one line; remove the line break.",
        "{label}只能写在一行内，请删去换行。",
    ),
    "input.control_character": (
        "The {label} holds an invisible control character ({code}); remove it.",
        "{label}含有不可见的控制字符（{code}），请删去。",
    ),
    "input.cannot_print": (
        "The {label} holds “{chars}”, which the printed flyer and sheets cannot show "
        "(it would print as a box); write it in words.",
        "{label}含有“{chars}”，传单和检查表印不出来（会印成方框），请改用文字。",
    ),
    # Field names ---------------------------------------------------------------------
    "field.name": ("name", "名称"),
    "field.theme": ("theme", "主题"),
    "field.notes": ("notes", "备注"),
    "field.note": ("note", "备注"),
    "field.spec": ("spec", "规格"),
    "field.unit": ("unit of sale", "计价单位"),
    "field.photo": ("photo", "照片"),
    "field.barcode": ("barcode", "条码"),
    "field.gift": ("gift", "赠品"),
    "field.location": ("location", "地点"),
    "field.description": ("description", "说明"),
    "field.negotiation_scope": ("negotiation scope", "洽谈范围"),
    "field.what": ("deadline's task", "截止事项"),
    "field.checker": ("checker's name", "检查人"),
    "field.phone": ("phone number", "电话"),
    "field.prize_1": ("first prize", "一等奖奖品"),
    "field.prize_2": ("second prize", "二等奖奖品"),
    "field.prize_3": ("third prize", "三等奖奖品"),
}
