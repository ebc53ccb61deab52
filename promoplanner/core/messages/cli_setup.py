"""The command line's texts for setting up a store and building campaigns."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.cmd_store": (
        "the store: its name, floors, departments and buyers",
        "门店：名称、楼层、部门和采购",
    ),
    "cli.store_init": (
        "name the store (and make its first planner)",
        "设置门店名称（并建立第一位企划人员）",
    ),
    "cli.store_show": ("show the store", "显示门店设置"),
    "cli.store_floor": ("the store's floors", "门店楼层"),
    "cli.store_floor_add": ("add a floor: CODE NAME (1F 食品)", "添加楼层：代码 名称（1F 食品）"),
    "cli.store_floor_remove": (
        "remove a floor (one in use is retired, never deleted)",
        "移除楼层（已使用的楼层改为停用，不会删除）",
    ),
    "cli.store_department": ("the floors' departments", "楼层的部门"),
    "cli.store_department_add": (
        "add a department: FLOOR NAME (1F 生鲜)",
        "添加部门：楼层 名称（1F 生鲜）",
    ),
    "cli.store_buyer": ("the store's buyers", "门店采购"),
    "cli.store_buyer_add": (
        "add a buyer: NAME --floor CODE … (an account comes later with people add)",
        "添加采购：姓名 --floor 楼层 …（账号稍后用 people add 建立）",
    ),
    "cli.opt_store_name": ("the store's name", "门店名称"),
    "cli.opt_city": ("the store's city", "门店所在城市"),
    "cli.opt_first_planner": (
        "user name of the store's first planner (password from PROMOPLANNER_PASSWORD, "
        "else asked twice)",
        "第一位企划人员的用户名（密码取自 PROMOPLANNER_PASSWORD，否则询问两次）",
    ),
    "cli.opt_name_en": (
        "the name in English (default: the same name)",
        "英文名称（默认与名称相同）",
    ),
    "cli.opt_end_racks": ("end racks (端架) on the floor", "该楼层的端架数"),
    "cli.opt_pile_spots": ("pile-display spots (堆头) on the floor", "该楼层的堆头数"),
    "cli.opt_buyer_department": (
        "a department the buyer buys for, as FLOOR/NAME (1F/生鲜)",
        "采购负责的部门，写作 楼层/名称（1F/生鲜）",
    ),
    "cli.new_password_from": (
        "No password: set {variable} or run in a terminal.",
        "没有密码：请设置 {variable}，或在终端中运行。",
    ),
    "cli.store_ready": ("The store “{name}” is set up in {db}.", "门店“{name}”已在 {db} 中设置。"),
    "cli.floor_added": ("Added floor {code} {name}.", "已添加楼层 {code} {name}。"),
    "cli.department_added": (
        "Added department {name} on {floor}.",
        "已在 {floor} 添加部门 {name}。",
    ),
    "cli.buyer_added": ("Added buyer {name} ({floors}).", "已添加采购 {name}（{floors}）。"),
    "cli.retired": ("retired", "已停用"),
    "cli.cmd_campaign": ("campaigns: new, list", "促销计划：新建、列出"),
    "cli.campaign_new": (
        "a new campaign: blank, from the June template, or a copy of an earlier one",
        "新建促销计划：空白、六月模板，或复制往期促销计划",
    ),
    "cli.campaign_list": ("list the campaigns, latest first", "列出促销计划（最新在前）"),
    "cli.campaign_confirm": (
        "confirm items carried over from an earlier campaign",
        "确认从往期促销计划带入的商品",
    ),
    "cli.opt_campaign_name": ("the campaign's name (used once)", "促销计划名称（不可重复）"),
    "cli.opt_campaign_year": ("the campaign's year", "促销计划的年份"),
    "cli.opt_month": ("the campaign's month, 1 to 12", "促销计划的月份，1 到 12"),
    "cli.opt_campaign_start": (
        "first day, when the campaign is not a whole month (with --end)",
        "促销计划不是整月时的首日（与 --end 一起使用）",
    ),
    "cli.opt_campaign_end": ("last day (with --start)", "末日（与 --start 一起使用）"),
    "cli.opt_theme": ("the theme", "主题"),
    "cli.opt_target_wan": (
        "sales target in 万元 (120 = ¥1,200,000)",
        "销售计划（万元，120 即 120 万元）",
    ),
    "cli.opt_stretch_wan": ("stretch target in 万元", "力争目标（万元）"),
    "cli.opt_template": ("build from this template", "按此模板建立"),
    "cli.opt_copy_of": (
        "copy this campaign to the new year, each phase following its holiday",
        "把此促销计划复制到新年度，各阶段随其节日移动",
    ),
    "cli.opt_with_items": (
        "carry the items over as a draft list, to be confirmed by the buyers",
        "把商品一并带入作为草稿清单，由采购确认",
    ),
    "cli.opt_move": (
        "start phase N on this day instead (when its holiday leaves the campaign's dates)",
        "把第 N 阶段改为从此日开始（当其节日落在促销计划日期之外时）",
    ),
    "cli.move_hint": (
        "To move it: --move {number}={day}.",
        "移动方法：--move {number}={day}。",
    ),
    "cli.with_items_needs_copy": (
        "--with-items carries the items of a copied campaign: give --copy-of too.",
        "--with-items 用于带入所复制促销计划的商品：请同时给出 --copy-of。",
    ),
    "cli.bad_move": (
        "“{value}” is not PHASE=YYYY-MM-DD.",
        "“{value}”不是“阶段=YYYY-MM-DD”的形式。",
    ),
    "cli.campaign_created": (
        "Created “{name}” ({first} – {last}): {phases} {phases:phase|phases}, {items} "
        "{items:item|items}.",
        "已创建“{name}”（{first} – {last}）：{phases} 个阶段，{items} 个商品。",
    ),
    "cli.campaign_line": (
        "{name}  {first} – {last}  {phases} {phases:phase|phases}, {items} {items:item|items}",
        "{name}  {first} – {last}  {phases} 个阶段，{items} 个商品",
    ),
    "cli.items_confirmed": (
        "Confirmed {items} carried-over items of “{phase}”.",
        "已确认“{phase}”中 {items} 个带入的商品。",
    ),
    "cli.cmd_phase": (
        "a campaign's phases: add, remove, move",
        "促销计划的阶段：添加、删除、调整顺序",
    ),
    "cli.phase_add": ("add a phase after the others", "在最后添加一个阶段"),
    "cli.phase_remove": (
        "remove a phase (one with proofs stays; a copy goes to the history)",
        "删除阶段（已有校样的不能删除；历史记录保留副本）",
    ),
    "cli.phase_move": ("give a phase another place", "调整阶段顺序"),
    "cli.opt_phase_name": ("the phase's name", "阶段名称"),
    "cli.opt_phase_start": ("first day (YYYY-MM-DD)", "首日（YYYY-MM-DD）"),
    "cli.opt_phase_end": ("last day (YYYY-MM-DD)", "末日（YYYY-MM-DD）"),
    "cli.opt_flyer_target": ("items on the DM flyer", "DM 海报商品数"),
    "cli.opt_print_run": ("copies to print", "印数"),
    "cli.opt_remove_items": (
        "remove the phase even though it has items",
        "即使该阶段有商品也删除",
    ),
    "cli.opt_phase_to": ("the new place: 1 is first", "新的位置：1 为第一"),
    "cli.phase_added": (
        "Added phase {number} “{name}” ({start} – {end}).",
        "已添加第{number}阶段“{name}”（{start} – {end}）。",
    ),
    "cli.phase_moved": ("“{name}” is now phase {number}.", "“{name}”现为第{number}阶段。"),
    "cli.phase_removed": (
        "Removed “{name}” and its {items} {items:item|items} (a copy is in the history).",
        "已删除“{name}”及其 {items} 个商品（历史记录中保留副本）。",
    ),
    "cli.cmd_quota": ("a floor's flyer items in a phase", "楼层在阶段中的 DM 商品配额"),
    "cli.quota_set": ("set a floor's quota: --min --max [--sensitive]", "设置楼层配额"),
    "cli.opt_min_items": ("at least this many items", "商品下限"),
    "cli.opt_max_items": ("at most this many items", "商品上限"),
    "cli.opt_min_sensitive": ("at least this many price-sensitive items", "敏感商品下限"),
    "cli.quota_set_done": (
        "{phase} {floor}: {min}–{max} {max:item|items}, at least {sensitive} sensitive.",
        "{phase} {floor}：{min}–{max} 个商品，敏感商品至少 {sensitive} 个。",
    ),
    "cli.cmd_deadline": ("buyers' deadlines", "采购截止时间"),
    "cli.deadline_set": (
        'set a buyers\' deadline: --due "YYYY-MM-DD HH:MM" [--assessment AMOUNT]',
        '设置采购截止时间：--due "YYYY-MM-DD HH:MM" [--assessment 金额]',
    ),
    "cli.opt_due": ("when, in the store's local time", "截止时间（门店当地时间）"),
    "cli.opt_assessment": ("yuan assessed per late buyer", "逾期采购的考核金额（元）"),
    "cli.opt_what": ("what is due (default: the item lists)", "截止事项（默认：特价商品明细）"),
    "deadline.default_what": (
        "Buyers hand their special-price item lists to the planning department",
        "各采购将特价商品明细交企划部",
    ),
    "cli.deadline_set_done": (
        "{phase}: deadline {due}, assessment {assessment} yuan.",
        "{phase}：截止 {due}，考核 {assessment} 元。",
    ),
}
