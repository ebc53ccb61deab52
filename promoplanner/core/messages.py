"""The message catalogue: every text outside the GUI, as (English, Simplified Chinese)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Rule findings -----------------------------------------------------------------
    "rule.floor_too_few_items": (
        "{phase}, {floor}: {items} items, the quota asks for {min}–{max}.",
        "{phase} {floor}:已有 {items} 个商品,配额要求 {min}–{max} 个。",
    ),
    "rule.floor_too_many_items": (
        "{phase}, {floor}: {items} items, more than the quota's {min}–{max}.",
        "{phase} {floor}:已有 {items} 个商品,超过配额 {min}–{max} 个。",
    ),
    "rule.floor_too_few_sensitive": (
        "{phase}, {floor}: {sensitive} price-sensitive items, at least {min} needed.",
        "{phase} {floor}:敏感商品 {sensitive} 个,至少需要 {min} 个。",
    ),
    "rule.phase_total_off_target": (
        "{phase}: {items} flyer items, the flyer needs exactly {target}.",
        "{phase}:DM 商品共 {items} 个,海报需要 {target} 个。",
    ),
    "rule.quotas_miss_target": (
        "{phase}: the floor quotas allow {low}–{high} items, the flyer target is {target}.",
        "{phase}:各楼层配额合计 {low}–{high} 个,与海报目标 {target} 个不符。",
    ),
    "rule.print_run_zero": (
        "{phase}: the print run is {copies} copies; the flyer needs copies to print.",
        "{phase}:海报印数为 {copies} 份,需要填写印数。",
    ),
    "rule.phase_dates_reversed": (
        "{phase}: ends {end}, before it starts {start}.",
        "{phase}:结束日期 {end} 早于开始日期 {start}。",
    ),
    "rule.quota_min_above_max": (
        "{phase}, {floor}: the quota's minimum {min} is above its maximum {max}.",
        "{phase} {floor}:配额下限 {min} 大于上限 {max}。",
    ),
    "rule.item_label_incomplete": (
        "{phase}: an item (barcode {barcode}) lacks its name or unit of sale; "
        "every priced item shows name, price and unit (price-marking rules, Art. 7).",
        "{phase}:商品(条码 {barcode})缺少品名或计价单位;明码标价须标明品名、价格和计价单位"
        "(第七条)。",
    ),
    "rule.barcode_missing": (
        "{phase}: “{item}” has no barcode; the till and the display check need one.",
        "{phase}:“{item}”没有条码,收银和陈列检查都需要条码。",
    ),
    "rule.barcode_malformed": (
        "{phase}: “{item}” barcode {barcode} is not a barcode (digits, 8 to 14 of them).",
        "{phase}:“{item}”的条码 {barcode} 格式不对(应为 8 至 14 位数字)。",
    ),
    "rule.price_not_positive": (
        "{phase}: “{item}” has a price of zero or less (regular {regular}, promotion {promo}).",
        "{phase}:“{item}”价格为零或负数(原价 {regular},特价 {promo})。",
    ),
    "rule.promo_not_below_regular": (
        "{phase}: “{item}” promotion price {promo} is not below the regular price {regular}.",
        "{phase}:“{item}”特价 {promo} 不低于原价 {regular}。",
    ),
    "rule.discount_suspicious": (
        "{phase}: “{item}” is {percent} % off, deeper than {limit} % — a typo?",
        "{phase}:“{item}”降价 {percent}%,超过 {limit}%,是否输错?",
    ),
    "rule.barcode_check_digit": (
        "{phase}: “{item}” barcode {barcode} has a wrong check digit.",
        "{phase}:“{item}”条码 {barcode} 校验位错误。",
    ),
    "rule.barcode_duplicate": (
        "{phase}: barcode {barcode} is on “{item}” and also on “{other}”.",
        "{phase}:条码 {barcode} 同时用于“{item}”和“{other}”。",
    ),
    "rule.barcode_two_prices": (
        "{phase}: “{item}” ({barcode}) costs {price} here but {other} in {other_phase} "
        "on overlapping days; the till can hold only one price.",
        "{phase}:“{item}”({barcode})特价 {price},与日期重叠的{other_phase}特价 {other} "
        "不同,收银系统只能有一个价格。",
    ),
    "rule.floor_without_quota": (
        "{phase}: items on {floor}, but the phase has no quota for {floor}.",
        "{phase}:{floor} 有商品,但本档期没有 {floor} 的配额。",
    ),
    "rule.buyer_late": (
        "{phase}: {buyer} is late — deadline {due} passed with {floor} short by {missing} "
        "items and {missing_sensitive} sensitive items; assessment {assessment} yuan.",
        "{phase}:{buyer} 逾期——截止 {due} 已过,{floor} 仍缺 {missing} 个商品、"
        "{missing_sensitive} 个敏感商品;考核 {assessment} 元。",
    ),
    "rule.activity_outside_phase": (
        "{phase}: activity “{name}” ({start} to {end}) falls outside the phase.",
        "{phase}:活动“{name}”({start} 至 {end})不在档期内。",
    ),
    "rule.zone_outside_phase": (
        "{phase}: zone “{name}” ({start} to {end}) falls outside the phase.",
        "{phase}:陈列区“{name}”({start} 至 {end})不在档期内。",
    ),
    "rule.contest_outside_phase": (
        "{phase}: contest “{name}” (registration {start}, contest {end}) falls outside the phase.",
        "{phase}:比赛“{name}”(报名 {start},比赛 {end})不在档期内。",
    ),
    "rule.tier_mix_off": (
        "{phase}: price tiers A:B:C are {actual}, the plan is {plan}.",
        "{phase}:A:B:C 价格带为 {actual},计划为 {plan}。",
    ),
    "rule.golden_positions_short": (
        "{phase}, {floor}: {need} items need a pile display or end rack, the floor has "
        "{end_racks} end racks and {pile_spots} pile spots.",
        "{phase} {floor}:{need} 个商品需要堆头或端架,本层只有 {end_racks} 个端架、"
        "{pile_spots} 个堆头位。",
    ),
    "rule.strike_price_basis": (
        "{phase}: “{item}” shows {regular} struck through, but it sold for {low} in "
        "{other_phase} within the 7 days before; print the basis of the original price "
        "or strike through {low} at most (price-marking rules, Art. 16).",
        "{phase}:“{item}”划线原价 {regular},但前7日内在{other_phase}中售价为 {low};"
        "请注明原价依据,或划线价不高于 {low}(《明码标价和禁止价格欺诈规定》第十六条)。",
    ),
    # Barcodes as typed -------------------------------------------------------------
    "barcode.not_digits": ("A barcode has digits only.", "条码只能是数字。"),
    "barcode.check_digit": (
        "The last digit does not match: this barcode was probably mistyped.",
        "校验位不符,条码可能输错了。",
    ),
    "barcode.length": (
        "A barcode has 8, 12, 13 or 14 digits.",
        "条码应为 8、12、13 或 14 位数字。",
    ),
    # Holidays ----------------------------------------------------------------------
    "holiday.childrens_day": ("Children's Day", "儿童节"),
    "holiday.dragon_boat": ("Dragon Boat Festival", "端午节"),
    "holiday.fathers_day": ("Father's Day", "父亲节"),
    # Deadline states ---------------------------------------------------------------
    "deadline.open": ("open", "未截止"),
    "deadline.passed": ("passed", "已截止"),
    # Databases ---------------------------------------------------------------------
    "db.bad_url": (
        "“{url}” is neither a file path nor a database URL promoplanner can use.",
        "“{url}”不是可用的文件路径或数据库地址。",
    ),
    "db.cannot_open": (
        "Cannot open the database {url}: {reason}",
        "无法打开数据库 {url}:{reason}",
    ),
    "db.not_ours": (
        "{url} is not a promoplanner database; it was left untouched.",
        "{url} 不是 promoplanner 数据库,未做任何改动。",
    ),
    "db.too_new": (
        "{url} was written by a newer promoplanner (schema {revision}); please update the program.",
        "{url} 由更新版本的 promoplanner 写入(结构版本 {revision}),请先升级程序。",
    ),
    "db.missing": ("There is no database at {url}.", "{url} 处没有数据库。"),
    "db.not_a_file": (
        "{url} is not an ordinary file, so it cannot be a database.",
        "{url} 不是普通文件,不能作为数据库。",
    ),
    "db.bad_name": (
        "The file name {url} has characters that cannot be used for a database.",
        "文件名 {url} 含有无法使用的字符。",
    ),
    "db.read_only": (
        "{url} cannot be written here (read-only file or folder).",
        "{url} 无法写入(文件或文件夹为只读)。",
    ),
    "db.read_only_old": (
        "{url} needs an upgrade from schema {revision}, but it is read-only; "
        "make it writable or open a copy.",
        "{url} 需要从结构版本 {revision} 升级,但它是只读的;请改为可写或打开一份副本。",
    ),
    "db.driver_missing": (
        "The driver for {url} is not installed ({module}); "
        'install it with: pip install "promoplanner[postgres]"',
        '未安装 {url} 所需的驱动({module});请运行:pip install "promoplanner[postgres]"',
    ),
    "db.failed": (
        "The database refused the work: {reason}",
        "数据库拒绝了此操作:{reason}",
    ),
    "db.bad_data": (
        "The database holds a value promoplanner cannot read: {reason}",
        "数据库中有无法读取的数据:{reason}",
    ),
    "db.backup_before_replace": (
        "A copy of the database before replacing was kept at {path}.",
        "替换前的数据库副本已保存在 {path}。",
    ),
    "db.no_folder": (
        "The folder for {url} does not exist.",
        "{url} 所在的文件夹不存在。",
    ),
    "db.is_folder": (
        "{url} is a folder, not a database file.",
        "{url} 是文件夹,不是数据库文件。",
    ),
    # Input -------------------------------------------------------------------------
    "input.money_empty": ("Enter an amount in yuan.", "请输入金额(元)。"),
    "input.money_not_number": (
        "“{value}” is not an amount; write it like 12.80.",
        "“{value}”不是金额,请按 12.80 这样填写。",
    ),
    "input.money_negative": ("An amount cannot be negative.", "金额不能为负数。"),
    "input.money_too_precise": (
        "“{value}”: prices have at most two decimals (fen).",
        "“{value}”:价格最多两位小数(分)。",
    ),
    "input.money_too_large": ("“{value}” is too large an amount.", "“{value}”金额过大。"),
    "input.not_whole_number": ("“{value}” is not a whole number.", "“{value}”不是整数。"),
    "input.out_of_range": (
        "{value} is outside {minimum}–{maximum}.",
        "{value} 超出范围 {minimum}–{maximum}。",
    ),
    "input.not_a_date": (
        "“{value}” is not a date; write it like 2027-06-09.",
        "“{value}”不是日期,请按 2027-06-09 这样填写。",
    ),
    "input.not_a_moment": (
        "“{value}” is not a date and time; write it like 2027-06-06 12:00.",
        "“{value}”不是日期时间,请按 2027-06-06 12:00 这样填写。",
    ),
    "input.moment_with_zone": (
        "“{value}”: give the store's local time without a time zone, like 2027-06-06 12:00.",
        "“{value}”:请填写门店当地时间,不带时区,例如 2027-06-06 12:00。",
    ),
    "input.required": ("This field is required.", "此项必填。"),
    "input.too_long": (
        "Too long: {length} characters, at most {limit}.",
        "太长:{length} 个字符,最多 {limit} 个。",
    ),
    "input.price_not_positive": ("A price must be above zero.", "价格必须大于零。"),
    "input.promo_not_below_regular": (
        "The promotion price {promo} must be below the regular price {regular}.",
        "特价 {promo} 必须低于原价 {regular}。",
    ),
    "input.not_yes_no": ("“{value}” is neither yes nor no.", "“{value}”不是“是”或“否”。"),
    "input.bad_tier": (
        "Price tier is A, B or C, not “{value}”.",
        "价格带应为 A、B 或 C,不是“{value}”。",
    ),
    "input.bad_display_form": (
        "Display form is mass, end cap or cross, not “{value}”.",
        "陈列方式应为堆头、端架或关联陈列,不是“{value}”。",
    ),
    "input.unknown_field": ("There is no field “{field}”.", "没有“{field}”这一项。"),
    "input.unknown_reference": ("“{value}” is not known here.", "找不到“{value}”。"),
    "input.department_not_on_floor": (
        "That department is not on the item's floor.",
        "该部门不在商品所在楼层。",
    ),
    "input.barcode_twice": (
        "Barcode {barcode} is already on “{other}” in this phase.",
        "条码 {barcode} 在本档期已用于“{other}”。",
    ),
    "input.stretch_below_target": (
        "The stretch target must not be below the target.",
        "力争目标不能低于计划目标。",
    ),
    "input.year_out_of_range": (
        "Year {value} is outside {minimum}–{maximum}, where the lunar calendar is known.",
        "年份 {value} 超出农历可计算范围 {minimum}–{maximum}。",
    ),
    "input.end_before_start": (
        "The end {end} is before the start {start}.",
        "结束日期 {end} 早于开始日期 {start}。",
    ),
    "input.phase_name_taken": (
        "Another phase is already called “{name}”.",
        "已有档期名为“{name}”。",
    ),
    "input.max_below_min": (
        "The maximum {max} is below the minimum {min}.",
        "上限 {max} 小于下限 {min}。",
    ),
    "input.sensitive_above_max": (
        "{sensitive} sensitive items cannot fit in at most {max} items.",
        "敏感商品 {sensitive} 个超过了商品上限 {max} 个。",
    ),
    # Not found -----------------------------------------------------------------------
    "not_found.no_campaign": (
        "The database holds no campaign yet; run “promoplanner demo” or create one.",
        "数据库中还没有活动计划;请运行“promoplanner demo”或新建一个。",
    ),
    "not_found.campaign": ("There is no campaign “{value}”.", "没有名为“{value}”的活动计划。"),
    "not_found.phase": (
        "There is no phase “{value}” (phases: {known}).",
        "没有档期“{value}”(现有档期:{known})。",
    ),
    "not_found.floor": ("There is no floor “{value}”.", "没有楼层“{value}”。"),
    "not_found.item": ("Item {value} no longer exists.", "商品 {value} 已不存在。"),
    "not_found.buyer": ("Choose who you are among the buyers first.", "请先选择您是哪位采购。"),
    "not_found.holiday": ("That holiday no longer exists.", "该节日已不存在。"),
    "not_found.quota": ("That quota no longer exists.", "该配额已不存在。"),
    "not_found.deadline": ("That deadline no longer exists.", "该截止时间已不存在。"),
    # Rights --------------------------------------------------------------------------
    "rights.role_planner": (
        "The planning department may not do this.",
        "企划部不能进行此项操作。",
    ),
    "rights.role_buyer": (
        "Buyers may not do this; ask the planning department.",
        "采购不能进行此项操作,请联系企划部。",
    ),
    "rights.role_floor_manager": (
        "Floor management may not do this; ask the planning department.",
        "卖场管理部不能进行此项操作,请联系企划部。",
    ),
    "input.not_a_phone": (
        "“{value}” is not a phone number.",
        "“{value}”不是电话号码。",
    ),
    "db.upgrade_broke_links": (
        "Upgrading the database would break links between rows (table {table}); "
        "nothing was changed.",
        "升级数据库会破坏数据之间的关联(表 {table}),未做任何改动。",
    ),
    "db.conflict": (
        "That clashes with what is already stored: {reason}",
        "与已保存的数据冲突:{reason}",
    ),
    "contest.already_registered": (
        "{name} with this phone number is already registered.",
        "{name}(同一电话)已经报名。",
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
        "截止时间 {due} 已过,如需修改请联系企划部。",
    ),
    # Command line --------------------------------------------------------------------
    "cli.description": (
        "Plan a supermarket's holiday promotions. Without a command, opens the program.",
        "超市节日促销计划。不带命令时打开程序窗口。",
    ),
    "cli.opt_db": (
        "database file or SQLAlchemy URL (default: your data folder; env PROMOPLANNER_DB)",
        "数据库文件或 SQLAlchemy 地址(默认在用户数据目录;环境变量 PROMOPLANNER_DB)",
    ),
    "cli.opt_lang": ("language: en or zh", "语言:en 或 zh"),
    "cli.opt_now": (
        "pretend it is this local time, e.g. 2027-06-01 09:00 (env PROMOPLANNER_NOW)",
        "假定当前时间,例如 2027-06-01 09:00(环境变量 PROMOPLANNER_NOW)",
    ),
    "cli.opt_quit_after_start": (
        "open the window, print the seconds it took, and quit",
        "打开窗口,显示启动耗时后退出",
    ),
    "cli.cmd_demo": ("load the June campaign of the source plan", "载入六月促销示例计划"),
    "cli.opt_year": (
        "year of the campaign (default: the coming June)",
        "活动年份(默认为即将到来的六月)",
    ),
    "cli.opt_replace": ("replace an existing demo campaign", "替换已有的示例计划"),
    "cli.cmd_check": ("check the campaign against the planning rules", "按计划规则检查活动"),
    "cli.cmd_status": ("items against quotas and deadlines", "各楼层商品数、配额与截止时间"),
    "cli.opt_json": ("print JSON for scripts", "输出 JSON 供脚本使用"),
    "cli.opt_campaign": ("campaign name (default: the latest)", "活动名称(默认最新)"),
    "cli.bad_arguments": ("bad arguments", "参数错误"),
    "cli.demo_created": (
        "Created “{name}” with {items} flyer items in {db}.",
        "已在 {db} 中创建“{name}”,共 {items} 个 DM 商品。",
    ),
    "cli.demo_exists": (
        "“{name}” is already in {db} ({items} items); nothing changed. Use --replace to rebuild.",
        "{db} 中已有“{name}”({items} 个商品),未做改动。如需重建请加 --replace。",
    ),
    "cli.no_findings": ("{name}: every rule is met.", "{name}:全部规则均已满足。"),
    "cli.status_phase": (
        "Phase {number} {name} ({start} – {end}): {items} of {flyer_target} items, "
        "print run {print_run}",
        "第{number}阶段 {name}({start} – {end}):{items}/{flyer_target} 个商品,印数 {print_run}",
    ),
    "cli.status_header": (
        "floor  items  min–max  sensitive/min",
        "楼层   商品数  下限–上限  敏感商品/下限",
    ),
    "cli.status_floor": (
        "{floor:<5}  {items:>5}  {min_items}–{max_items}  {sensitive}/{min_sensitive}",
        "{floor:<5}  {items:>5}  {min_items}–{max_items}  {sensitive}/{min_sensitive}",
    ),
    "cli.status_deadline": ("deadline {due} ({state}): {what}", "截止 {due}({state}):{what}"),
    "severity.error": ("error", "错误"),
    "severity.warning": ("warning", "警告"),
    "severity.info": ("info", "提示"),
    # Checks, events ------------------------------------------------------------------
    "checks.future_day": (
        "{day} has not come yet; record a check on the day it is made.",
        "{day} 尚未到来,请在检查当天记录。",
    ),
    "checks.not_on_sale": (
        "“{item}” is not on sale on {day} (its phase runs {start} to {end}).",
        "“{item}”在 {day} 不在促销期内(档期 {start} 至 {end})。",
    ),
    "input.outside_phase": (
        "{start} to {end} falls outside the phase ({phase_start} to {phase_end}).",
        "{start} 至 {end} 不在档期内({phase_start} 至 {phase_end})。",
    ),
    "input.zone_item_gone": (
        "Some of the chosen items no longer exist; the list was refreshed, choose again.",
        "部分所选商品已不存在,请刷新后重新选择。",
    ),
    "input.zone_item_other_phase": (
        "A zone holds only items of its own phase.",
        "陈列区只能包含本档期的商品。",
    ),
    "not_found.activity": ("That activity no longer exists.", "该活动已不存在。"),
    "not_found.zone": ("That display zone no longer exists.", "该陈列区已不存在。"),
    "contest.registration_closed": (
        "Registration runs from {opens} to the contest day {contest_day}; {day} is outside.",
        "报名时间为 {opens} 至比赛日 {contest_day},{day} 不在报名期内。",
    ),
    "not_found.contest": ("There is no contest “{value}”.", "没有比赛“{value}”。"),
    "not_found.entrant": ("That entrant is no longer registered.", "该选手已不在报名名单中。"),
    "db.campaign_name_taken": (
        "A campaign of that name exists already.",
        "已有同名的活动计划。",
    ),
    "db.phase_number_taken": (
        "This campaign has a phase with that number already.",
        "该活动计划已有此编号的档期。",
    ),
    "db.floor_code_taken": ("Another floor has that code already.", "已有楼层使用该代码。"),
    "db.buyer_name_taken": ("A buyer of that name exists already.", "已有同名的采购。"),
    "db.department_code_taken": (
        "That floor has a department with that code already.",
        "该楼层已有此代码的部门。",
    ),
    # item bulk ----------
    "bulk.row_refused": (
        "Row {row}: {reason} Nothing of this block was saved.",
        "第 {row} 行:{reason}本次粘贴的内容均未保存。",
    ),
    "bulk.row_reason": ("Row {row}: {reason}", "第 {row} 行:{reason}"),
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
        "无法恢复“{name}”:其编号已被“{other}”占用。",
    ),
    "bulk.restore_unsealed": (
        "“{name}” can be put back with its display zones and checks only by the planning "
        "department, or right after it was deleted here.",
        "只有企划部,或刚在此处删除后的撤销,才能连同陈列区和陈列检查恢复“{name}”。",
    ),
    "bulk.restore_check_elsewhere": (
        "“{name}” cannot be put back: a display check belongs to another item or floor.",
        "无法恢复“{name}”:有陈列检查属于其他商品或楼层。",
    ),
    # proofs ----------
    "proof.version_taken": (
        "Proof v{version} of this phase was recorded by someone else meanwhile; nothing "
        "was saved. Make the proof again (it will be v{next}).",
        "本档期的校样 v{version} 已被他人同时登记,本次未保存。请重新生成校样(将为 v{next})。",
    ),
}
