"""Signing in, people and their rights, the history, and changes that clash."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Signing in -----------------------------------------------------------------------
    "people.not_signed_in": (
        "Sign in first: changes are made by a person with the right to make them.",
        "请先登录：修改须由有相应权限的人员进行。",
    ),
    "people.sign_in_refused": (
        "The user name or the password is wrong.",
        "用户名或密码不正确。",
    ),
    "people.disabled": (
        "The account “{user}” is disabled; ask the planning department.",
        "账号“{user}”已停用，请联系企划部。",
    ),
    "people.slow_down": (
        "Too many wrong passwords for “{user}”; try again in {seconds} s.",
        "“{user}”的密码错误次数过多，请 {seconds} 秒后再试。",
    ),
    "people.password_empty": ("A password cannot be empty.", "密码不能为空。"),
    "people.password_short": (
        "A password has at least {minimum} characters.",
        "密码至少 {minimum} 个字符。",
    ),
    "people.current_password_wrong": (
        "The current password is wrong.",
        "当前密码不正确。",
    ),
    "people.password_unchanged": (
        "The new password is the current one; choose another.",
        "新密码与当前密码相同，请另选一个。",
    ),
    "people.own_password_needs_current": (
        "Your own password changes only with the current one: File → Change my password… "
        "(on the command line: people password --own).",
        "修改自己的密码须输入当前密码：请使用“文件 → 修改我的密码…”"
        "（命令行：people password --own）。",
    ),
    "people.user_name_bad": (
        "A user name has letters, digits, dots, dashes or underscores (at most 64).",
        "用户名只能由字母、数字、点、连字符或下划线组成（最多 64 个）。",
    ),
    "people.user_name_taken": (
        "The user name “{user}” is taken already.",
        "用户名“{user}”已被使用。",
    ),
    "people.no_roles": ("A person needs at least one role.", "每个人至少要有一个角色。"),
    "people.last_planner": (
        "“{user}” is the last active planner; make somebody else a planner first.",
        "“{user}”是最后一位在职的企划人员，请先指定其他企划人员。",
    ),
    "people.unknown": ("There is no person “{user}”.", "没有用户“{user}”。"),
    "people.buyer_needs_floor": (
        "A buyer buys for at least one floor.",
        "采购至少要负责一个楼层。",
    ),
    "people.department_off_floors": (
        "“{department}” is a department of {floor}, which the buyer does not buy for.",
        "“{department}”是 {floor} 的部门，该采购不负责该楼层。",
    ),
    "people.department_retired": (
        "The department “{department}” is retired; bring it back first.",
        "部门“{department}”已停用，请先恢复该部门。",
    ),
    "people.first_planner_exists": (
        "This database has people already; a planner adds new ones.",
        "该数据库已有用户，新用户须由企划人员添加。",
    ),
    "people.store_not_empty": (
        "This database has people already; sign in as a planner.",
        "该数据库已有用户，请以企划人员身份登录。",
    ),
    "role.planner": ("planning department", "企划部"),
    "role.buyer": ("buyer", "采购"),
    "role.floor_manager": ("floor management", "卖场管理部"),
    # Rights ---------------------------------------------------------------------------
    "rights.missing": (
        "{user} ({roles}) may not do this: it needs the right “{right}”; ask the planning "
        "department.",
        "{user}（{roles}）无权进行此项操作：需要“{right}”权限，请联系企划部。",
    ),
    "right.items.edit_own": ("change the items of one's own floors", "修改本楼层商品"),
    "right.items.edit_all": ("change any item", "修改所有商品"),
    "right.campaign.edit": ("plan campaigns", "编制促销计划"),
    "right.store.edit": ("change floors, departments and buyers", "修改楼层、部门和采购"),
    "right.store.golden_spots": ("set a floor's golden positions", "设置楼层黄金位置"),
    "right.checks.record": ("record display checks", "登记陈列检查"),
    "right.contest.run": ("run the contest", "组织比赛"),
    "right.people.manage": ("manage people", "管理人员"),
    "right.deadline.reopen": ("reopen a passed deadline", "重新开放已过的截止时间"),
    "right.proofs.number": ("number flyer proofs", "登记海报校样版次"),
    "rights.reopen_until_past": (
        "The reopening must end after now ({now}).",
        "重新开放的结束时间须晚于现在（{now}）。",
    ),
    "rights.reopen_reason": (
        "Say why the deadline is reopened.",
        "请说明重新开放的原因。",
    ),
    # Clashes --------------------------------------------------------------------------
    "conflict.changed_meanwhile": (
        "“{label}” was changed by {who} at {when} after you loaded it ({values}; "
        "stored ≠ yours). Nothing was saved: keep yours or take theirs.",
        "“{label}”在您打开后已被{who}于 {when} 修改（{values}；已存值 ≠ 您的值）。"
        "本次未保存：请选择保留您的修改或采用对方的修改。",
    ),
    "conflict.deleted_meanwhile": (
        "“{label}” was deleted by {who} at {when} after you loaded it; nothing was saved.",
        "“{label}”在您打开后已被{who}于 {when} 删除，本次未保存。",
    ),
    "conflict.unknown_person": ("somebody", "他人"),
    # History --------------------------------------------------------------------------
    "history.read_only": (
        "The history cannot be changed or deleted.",
        "历史记录不能修改或删除。",
    ),
    "clock.pretended": (
        "The clock stands still at {now} (--now); changes are recorded at that time, "
        "with the real time beside it.",
        "时钟固定在 {now}（--now）；修改按该时间记录，并同时记下真实时间。",
    ),
}
