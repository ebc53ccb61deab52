"""Setting up the store: its name, floors, departments and buyers."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "store.floor_code_spaces": (
        "A floor code is one word, like 1F or B1, not “{code}”.",
        "楼层代码应为一个词，例如 1F 或 B1，而不是“{code}”。",
    ),
    "store.floor_code_taken": (
        "Floor code {code} is used already; each floor has a code of its own.",
        "楼层代码 {code} 已被使用；每个楼层的代码不能重复。",
    ),
    "store.floor_code_retired": (
        "Floor code {code} belongs to a retired floor; bring that floor back instead.",
        "楼层代码 {code} 属于已停用的楼层；请恢复该楼层。",
    ),
    "store.floor_retired_already": ("Floor {code} is retired already.", "楼层 {code} 已停用。"),
    "store.floor_retired": (
        "Floor {code} is retired; bring it back first.",
        "楼层 {code} 已停用；请先恢复该楼层。",
    ),
    "store.last_floor": (
        "Floor {code} is the store's last floor in use; a store keeps at least one.",
        "楼层 {code} 是门店最后一个在用楼层；门店至少要保留一个楼层。",
    ),
    "store.department_no_floor": (
        "A department belongs to a floor, and there is no floor “{floor}” in use "
        "(floors: {known}); add the floor first.",
        "部门必须属于某个楼层，而没有在用的楼层“{floor}”（现有楼层：{known}）；请先添加楼层。",
    ),
    "store.department_name_taken": (
        "Floor {floor} has a department “{name}” already.",
        "楼层 {floor} 已有部门“{name}”。",
    ),
    "store.department_retired_already": (
        "Department “{name}” is retired already.",
        "部门“{name}”已停用。",
    ),
    "store.no_department": ("That department no longer exists.", "该部门已不存在。"),
    "store.no_such_department": (
        "Floor {floor} has no department “{name}”.",
        "楼层 {floor} 没有部门“{name}”。",
    ),
    "store.buyer_name_taken": (
        "There is a buyer called “{name}” already.",
        "已有名为“{name}”的采购。",
    ),
    "store.buyer_needs_floor": (
        "Say which floors or departments the buyer buys for.",
        "请指明该采购负责的楼层或部门。",
    ),
    "store.setup_no_floor": (
        "There is no floor “{code}” among the store's floors ({known}).",
        "门店的楼层（{known}）中没有“{code}”。",
    ),
    "store.no_buyer": ("That buyer no longer exists.", "该采购已不存在。"),
    "store.planner_needed": (
        "Nobody can sign in to this database yet: name its first planner (user name and password).",
        "该数据库还没有任何可登录的人员：请设置第一位企划人员（用户名和密码）。",
    ),
    "store.exists": (
        "The store is set up already (“{name}”); change it on the Store screen.",
        "门店已设置（“{name}”）；请在“门店”页面修改。",
    ),
    "store.not_set_up": (
        "The store is not set up yet; run “promoplanner store init”.",
        "门店尚未设置；请运行“promoplanner store init”。",
    ),
    "store.no_name": (
        "The store has no name yet (“promoplanner store init --name NAME” gives it one).",
        "门店尚未命名（可运行“promoplanner store init --name 名称”）。",
    ),
    "store.removed": ("{label} was deleted.", "已删除 {label}。"),
    "store.retired": (
        "{label} is in use, so it was retired: old campaigns still show it, new ones "
        "no longer offer it.",
        "{label} 已被使用，因此改为停用：旧的促销计划仍显示它，新的不再提供。",
    ),
}
