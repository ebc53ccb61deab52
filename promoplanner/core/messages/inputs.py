"""Typed input, barcodes, holidays, deadline states and things not found."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Barcodes as typed ---------------------------------------------------------------
    "barcode.not_digits": ("A barcode has digits only.", "条码只能是数字。"),
    "barcode.check_digit": (
        "The last digit does not match: this barcode was probably mistyped.",
        "校验位不符，条码可能输错了。",
    ),
    "barcode.length": (
        "A barcode has 8, 12, 13 or 14 digits.",
        "条码应为 8、12、13 或 14 位数字。",
    ),
    # Holidays ------------------------------------------------------------------------
    "holiday.childrens_day": ("Children's Day", "儿童节"),
    "holiday.dragon_boat": ("Dragon Boat Festival", "端午节"),
    "holiday.fathers_day": ("Father's Day", "父亲节"),
    # Deadline states -----------------------------------------------------------------
    "deadline.open": ("open", "未截止"),
    "deadline.passed": ("passed", "已截止"),
    # Input ---------------------------------------------------------------------------
    "input.money_empty": ("Enter an amount in yuan.", "请输入金额（元）。"),
    "input.money_not_number": (
        "“{value}” is not an amount; write it like 12.80.",
        "“{value}”不是金额，请按 12.80 这样填写。",
    ),
    "input.money_negative": ("An amount cannot be negative.", "金额不能为负数。"),
    "input.money_too_precise": (
        "“{value}”: prices have at most two decimals (fen).",
        "“{value}”：价格最多两位小数（分）。",
    ),
    "input.money_too_large": ("“{value}” is too large an amount.", "“{value}”金额过大。"),
    "input.not_whole_number": ("“{value}” is not a whole number.", "“{value}”不是整数。"),
    "input.out_of_range": (
        "{value} is outside {minimum}–{maximum}.",
        "{value} 超出范围 {minimum}–{maximum}。",
    ),
    "input.not_a_date": (
        "“{value}” is not a date; write it like 2027-06-09.",
        "“{value}”不是日期，请按 2027-06-09 这样填写。",
    ),
    "input.not_a_moment": (
        "“{value}” is not a date and time; write it like 2027-06-06 12:00.",
        "“{value}”不是日期时间，请按 2027-06-06 12:00 这样填写。",
    ),
    "input.moment_with_zone": (
        "“{value}”: give the store's local time without a time zone, like 2027-06-06 12:00.",
        "“{value}”：请填写门店当地时间，不带时区，例如 2027-06-06 12:00。",
    ),
    "input.required": ("This field is required.", "此项必填。"),
    "input.too_long": (
        "Too long: {length} characters, at most {limit}.",
        "太长：{length} 个字符，最多 {limit} 个。",
    ),
    "input.price_not_positive": ("A price must be above zero.", "价格必须大于零。"),
    "input.promo_not_below_regular": (
        "The promotion price {promo} must be below the regular price {regular}.",
        "特价 {promo} 必须低于原价 {regular}。",
    ),
    "input.not_yes_no": ("“{value}” is neither yes nor no.", "“{value}”不是“是”或“否”。"),
    "input.bad_tier": (
        "Price tier is A, B or C, not “{value}”.",
        "价格带应为 A、B 或 C，不是“{value}”。",
    ),
    "input.bad_display_form": (
        "Display form is mass, end cap or cross, not “{value}”.",
        "陈列方式应为堆头、端架或关联陈列，不是“{value}”。",
    ),
    "input.unknown_field": ("There is no field “{field}”.", "没有“{field}”这一项。"),
    "input.unknown_reference": ("“{value}” is not known here.", "找不到“{value}”。"),
    "input.department_not_on_floor": (
        "That department is not on the item's floor.",
        "该部门不在商品所在楼层。",
    ),
    "input.barcode_twice": (
        "Barcode {barcode} is already on “{other}” in this phase.",
        "条码 {barcode} 在本阶段已用于“{other}”。",
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
        "已有阶段名为“{name}”。",
    ),
    "input.max_below_min": (
        "The maximum {max} is below the minimum {min}.",
        "上限 {max} 小于下限 {min}。",
    ),
    "input.sensitive_above_max": (
        "{sensitive} sensitive items cannot fit in at most {max} {max:item|items}.",
        "敏感商品 {sensitive} 个超过了商品上限 {max} 个。",
    ),
    # Not found -----------------------------------------------------------------------
    "not_found.no_campaign": (
        "The database holds no campaign yet; run “promoplanner demo” or create one.",
        "数据库中还没有促销计划；请运行“promoplanner demo”或新建一个。",
    ),
    "not_found.campaign": ("There is no campaign “{value}”.", "没有名为“{value}”的促销计划。"),
    "not_found.phase": (
        "There is no phase “{value}” (phases: {known}).",
        "没有阶段“{value}”（现有阶段：{known}）。",
    ),
    "not_found.floor": ("There is no floor “{value}”.", "没有楼层“{value}”。"),
    "not_found.item": ("Item {value} no longer exists.", "商品 {value} 已不存在。"),
    "not_found.buyer": ("Choose who you are among the buyers first.", "请先选择您是哪位采购。"),
    "not_found.holiday": ("That holiday no longer exists.", "该节日已不存在。"),
    "not_found.quota": ("That quota no longer exists.", "该配额已不存在。"),
    "not_found.deadline": ("That deadline no longer exists.", "该截止时间已不存在。"),
}
