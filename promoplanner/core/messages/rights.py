"""Who may change what, and until when."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Rights --------------------------------------------------------------------------
    "rights.role_planner": (
        "The planning department may not do this.",
        "企划部不能进行此项操作。",
    ),
    "rights.role_buyer": (
        "Buyers may not do this; ask the planning department.",
        "采购不能进行此项操作，请联系企划部。",
    ),
    "rights.role_floor_manager": (
        "Floor management may not do this; ask the planning department.",
        "卖场管理部不能进行此项操作，请联系企划部。",
    ),
    "input.not_a_phone": (
        "“{value}” is not a phone number.",
        "“{value}”不是电话号码。",
    ),
    "db.upgrade_broke_links": (
        "Upgrading the database would break links between rows (table {table}); "
        "nothing was changed.",
        "升级数据库会破坏数据之间的关联（表 {table}），未做任何改动。",
    ),
    "db.conflict": (
        "That clashes with what is already stored: {reason}",
        "与已保存的数据冲突：{reason}",
    ),
    "contest.already_registered": (
        "{name} with this phone number is already registered.",
        "{name}（同一电话）已经报名。",
    ),
    "contest.already_registered_no_phone": (
        "{name} is already registered. If this is somebody else of the same name, register "
        "them with something that tells them apart, like “{name} 2”.",
        "{name}已经报名。如是同名的另一个人，请加以区分，例如“{name}2”。",
    ),
    "rights.items_buyers_only": (
        "Only buyers and the planning department change flyer items.",
        "只有采购和企划部可以修改 DM 商品。",
    ),
    "rights.not_your_floor": (
        "You do not buy for {floor}.",
        "您不负责 {floor} 的采购。",
    ),
    "rights.not_your_item": ("This item belongs to another buyer.", "该商品属于其他采购。"),
    "rights.deadline_passed": (
        "The deadline {due} has passed; ask the planning department to change items now.",
        "截止时间 {due} 已过，如需修改请联系企划部。",
    ),
    "rights.keep_yourself": (
        "An item you buy stays yours; ask the planning department to hand it to a colleague.",
        "您负责的商品须保留您为采购，如需转给同事请联系企划部。",
    ),
}
