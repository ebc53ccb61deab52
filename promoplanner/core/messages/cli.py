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
        "open the window, print the seconds it took, and quit",
        "打开窗口，显示启动耗时后退出",
    ),
    "cli.cmd_demo": ("load the June campaign of the source plan", "载入六月促销示例计划"),
    "cli.opt_year": (
        "year of the campaign (default: the coming June)",
        "活动年份（默认为即将到来的六月）",
    ),
    "cli.opt_replace": ("replace an existing demo campaign", "替换已有的示例计划"),
    "cli.opt_yes": (
        "with --replace on a server: yes, delete the demo campaign (no copy is kept)",
        "在服务器上与 --replace 合用：确认删除示例计划（不保留副本）",
    ),
    "cli.replace_needs_yes": (
        "--replace would delete “{name}” with its {items} items and {proofs} proof record(s) "
        "from the server, keeping no copy; back it up (pg_dump) and add --yes to go ahead.",
        "--replace 将从服务器删除“{name}”及其 {items} 个商品和 {proofs} 条校样记录，"
        "且不保留副本；请先备份（pg_dump），再加 --yes 执行。",
    ),
    "cli.replace_deletes": (
        "Deleting “{name}” with its {items} items and {proofs} proof record(s).",
        "正在删除“{name}”及其 {items} 个商品和 {proofs} 条校样记录。",
    ),
    "cli.cmd_check": ("check the campaign against the planning rules", "按计划规则检查活动"),
    "cli.cmd_status": ("items against quotas and deadlines", "各楼层商品数、配额与截止时间"),
    "cli.opt_json": ("print JSON for scripts", "输出 JSON 供脚本使用"),
    "cli.opt_campaign": ("campaign name (default: the latest)", "活动名称（默认最新）"),
    "cli.bad_arguments": ("bad arguments", "参数错误"),
    "cli.demo_created": (
        "Created “{name}” with {items} flyer items in {db}.",
        "已在 {db} 中创建“{name}”，共 {items} 个 DM 商品。",
    ),
    "cli.demo_exists": (
        "“{name}” is already in {db} ({items} items); nothing changed. Use --replace to rebuild.",
        "{db} 中已有“{name}”（{items} 个商品），未做改动。如需重建请加 --replace。",
    ),
    "cli.no_findings": ("{name}: every rule is met.", "{name}：全部规则均已满足。"),
    "cli.status_phase": (
        "Phase {number} {name} ({start} – {end}): {items} of {flyer_target} items, "
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
}
