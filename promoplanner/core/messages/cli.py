"""The command line's help, results and refusals."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Command line --------------------------------------------------------------------
    "cli.description": (
        "Plan a supermarket's holiday promotions. Without a command, opens the program.",
        "超市节日促销计划。不带命令时打开程序窗口。",
    ),
    "cli.opt_db": (
        "database file or SQLAlchemy URL (default: your data folder; env PROMOPLANNER_DB)",
        "数据库文件或 SQLAlchemy 地址（默认在用户数据目录；环境变量 PROMOPLANNER_DB）",
    ),
    "cli.opt_lang": ("language: en or zh", "语言：en 或 zh"),
    "cli.opt_now": (
        "pretend it is this local time, e.g. 2027-06-01 09:00 (env PROMOPLANNER_NOW)",
        "假定当前时间，例如 2027-06-01 09:00（环境变量 PROMOPLANNER_NOW）",
    ),
    "cli.opt_quit_after_start": (
        "open the window, print the seconds to its first paint and to its data, and quit",
        "打开窗口，显示窗口出现和数据显示的耗时后退出",
    ),
    "cli.cmd_demo": ("load the June campaign of the source plan", "载入六月促销示例计划"),
    "cli.opt_year": (
        "year of the campaign (default: the coming June)",
        "促销计划的年份（默认为即将到来的六月）",
    ),
    "cli.opt_replace": ("replace an existing demo campaign", "替换已有的示例计划"),
    "cli.opt_yes": (
        "with --replace on a server: yes, delete the demo campaign (no copy is kept)",
        "在服务器上与 --replace 合用：确认删除示例计划（不保留副本）",
    ),
    "cli.replace_needs_yes": (
        "--replace would delete “{name}” with its {items} {items:item|items} and "
        "{proofs} {proofs:proof record|proof records} "
        "from the server, keeping no copy; back it up (pg_dump) and add --yes to go ahead.",
        "--replace 将从服务器删除“{name}”及其 {items} 个商品和 {proofs} 条校样记录，"
        "且不保留副本；请先备份（pg_dump），再加 --yes 执行。",
    ),
    "cli.replace_deletes": (
        "Deleting “{name}” with its {items} {items:item|items} and "
        "{proofs} {proofs:proof record|proof records}.",
        "正在删除“{name}”及其 {items} 个商品和 {proofs} 条校样记录。",
    ),
    "cli.cmd_check": ("check the campaign against the planning rules", "按规则检查促销计划"),
    "cli.cmd_status": ("items against quotas and deadlines", "各楼层商品数、配额与截止时间"),
    "cli.opt_json": ("print JSON for scripts", "输出 JSON 供脚本使用"),
    "cli.opt_campaign": ("campaign name (default: the latest)", "促销计划名称（默认最新）"),
    "cli.bad_arguments": ("bad arguments", "参数错误"),
    "cli.demo_created": (
        "Created “{name}” with {items} flyer items in {db}.",
        "已在 {db} 中创建“{name}”，共 {items} 个 DM 商品。",
    ),
    "cli.demo_exists": (
        "“{name}” is already in {db} ({items} {items:item|items}); nothing changed. Use "
        "--replace to rebuild.",
        "{db} 中已有“{name}”（{items} 个商品），未做改动。如需重建请加 --replace。",
    ),
    "cli.no_findings": ("{name}: every rule is met.", "{name}：全部规则均已满足。"),
    "cli.status_phase": (
        "Phase {number} {name} ({start} – {end}): {items} of {flyer_target} "
        "{flyer_target:item|items}, "
        "print run {print_run}",
        "第{number}阶段 {name}（{start} – {end}）：{items}/{flyer_target} 个商品，印数 {print_run}",
    ),
    "cli.status_header": (
        "floor  items  min–max  sensitive/min",
        "楼层   商品数  下限–上限  敏感商品/下限",
    ),
    "cli.status_floor": (
        "{floor:<5}  {items:>5}  {min_items}–{max_items}  {sensitive}/{min_sensitive}",
        "{floor:<5}  {items:>5}  {min_items}–{max_items}  {sensitive}/{min_sensitive}",
    ),
    "cli.status_deadline": ("deadline {due} ({state}): {what}", "截止 {due}（{state}）：{what}"),
    "severity.error": ("error", "错误"),
    "severity.warning": ("warning", "警告"),
    "severity.info": ("info", "提示"),
    # Signing in, people, the history, items ----------------------------------------------
    "cli.opt_user": (
        "sign in as this user (env PROMOPLANNER_USER; password from PROMOPLANNER_PASSWORD "
        "or asked)",
        "以此用户登录（环境变量 PROMOPLANNER_USER；密码取自 PROMOPLANNER_PASSWORD，否则询问）",
    ),
    "cli.password_prompt": ("Password for {user}: ", "{user} 的密码："),
    "cli.password_needed": (
        "No password for {user}: set PROMOPLANNER_PASSWORD or run in a terminal.",
        "没有 {user} 的密码：请设置 PROMOPLANNER_PASSWORD，或在终端中运行。",
    ),
    "cli.new_password_prompt": ("New password: ", "新密码："),
    "cli.new_password_again": ("The same password again: ", "再次输入新密码："),
    "cli.new_password_needed": (
        "No new password: set PROMOPLANNER_NEW_PASSWORD or run in a terminal.",
        "没有新密码：请设置 PROMOPLANNER_NEW_PASSWORD，或在终端中运行。",
    ),
    "cli.passwords_differ": ("The two passwords differ.", "两次输入的密码不一致。"),
    "cli.action_needed": ("Say what to do (see --help).", "请指明要做什么（见 --help）。"),
    "cli.cmd_people": ("people who sign in (planners manage them)", "登录人员（由企划部管理）"),
    "cli.people_list": ("list everybody", "列出所有人员"),
    "cli.people_add": ("add a person", "添加人员"),
    "cli.people_disable": ("disable an account (nobody is deleted)", "停用账号（不会删除任何人）"),
    "cli.people_enable": ("enable an account again", "重新启用账号"),
    "cli.people_password": (
        "a planner resets somebody's password; --own changes yours",
        "企划人员重设他人密码；--own 修改自己的密码",
    ),
    "cli.opt_password_user": (
        "whose password to reset (left out: your own, as with --own)",
        "要重设密码的用户（省略时修改自己的密码，同 --own）",
    ),
    "cli.opt_own_password": (
        "change your own password (the --user signed in): the current one is the sign-in "
        "password, the new one from PROMOPLANNER_NEW_PASSWORD or asked twice",
        "修改自己（--user 登录者）的密码：当前密码即登录密码，新密码取自 "
        "PROMOPLANNER_NEW_PASSWORD，否则询问两次",
    ),
    "cli.own_password_user": (
        "Say who you are with --user (or PROMOPLANNER_USER); --own changes only that "
        "person's password.",
        "请用 --user（或 PROMOPLANNER_USER）指明您是谁；--own 只修改该用户自己的密码。",
    ),
    "cli.own_password_changed": (
        "{user}: your password is changed; sign in with the new one from now on.",
        "{user}：密码已修改，今后请用新密码登录。",
    ),
    "cli.opt_display_name": ("the name shown for the person", "显示的姓名"),
    "cli.opt_role": (
        "a role: planner, buyer or floor_manager (repeat for several)",
        "角色：planner、buyer 或 floor_manager（可重复）",
    ),
    "cli.person_added": ("Added {name} ({user}).", "已添加 {name}（{user}）。"),
    "cli.person_disabled": ("{user} is disabled.", "{user} 已停用。"),
    "cli.person_enabled": ("{user} is enabled.", "{user} 已启用。"),
    "cli.person_passwordd": ("{user} has a new password.", "{user} 已设置新密码。"),
    "cli.person_inactive": ("disabled", "已停用"),
    "cli.cmd_log": ("the history of changes", "修改记录"),
    "cli.opt_by_user": ("only changes by this user", "只看此用户的修改"),
    "cli.opt_since": (
        "only changes from this day on (YYYY-MM-DD)",
        "只看此日期起的修改（YYYY-MM-DD）",
    ),
    "cli.log_real_time": ("really {at}", "实际 {at}"),
    "cli.cmd_items": ("a phase's flyer items, for scripts", "某阶段的 DM 商品（供脚本使用）"),
    "cli.items_list": ("list the items", "列出商品"),
    "cli.items_set": ("set fields of one item: FIELD=VALUE …", "修改一个商品的字段：字段=值 …"),
    "cli.opt_if_version": (
        "refuse (exit 3) when the item is no longer at this version",
        "商品版本不是此值时拒绝（退出码 3）",
    ),
    "cli.bad_change": ("“{value}” is not FIELD=VALUE.", "“{value}”不是“字段=值”的形式。"),
    "cli.item_set": (
        "Item {id} “{name}” saved (version {version}).",
        "商品 {id}“{name}”已保存（版本 {version}）。",
    ),
    "action.create": ("added", "新增"),
    "action.update": ("changed", "修改"),
    "action.delete": ("deleted", "删除"),
    "action.restore": ("restored", "恢复"),
    "action.reopen": ("reopened", "重新开放"),
    "action.sign_in": ("signed in", "登录"),
    "action.password": ("password", "密码"),
    "object.campaign": ("campaign", "促销计划"),
    "object.holiday": ("holiday", "节日"),
    "object.phase": ("phase", "阶段"),
    "object.quota": ("quota", "配额"),
    "object.deadline": ("deadline", "截止时间"),
    "object.item": ("item", "商品"),
    "object.activity": ("activity", "活动"),
    "object.zone": ("zone", "陈列区"),
    "object.contest": ("contest", "比赛"),
    "object.entrant": ("entrant", "参赛者"),
    "object.check": ("display check", "陈列检查"),
    "object.proof": ("proof", "校样"),
    "object.floor": ("floor", "楼层"),
    "object.department": ("department", "部门"),
    "object.buyer": ("buyer", "采购"),
    "object.person": ("person", "人员"),
    "object.store": ("store", "门店"),
}
