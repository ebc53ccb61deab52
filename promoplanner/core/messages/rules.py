"""Rule findings: what `check` and the dashboard say about a campaign."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Rule findings -------------------------------------------------------------------
    "rule.floor_too_few_items": (
        "{phase}, {floor}: {items} {items:item|items}, the quota asks for {min}–{max}.",
        "{phase} {floor}：已有 {items} 个商品，配额要求 {min}–{max} 个。",
    ),
    "rule.floor_too_many_items": (
        "{phase}, {floor}: {items} {items:item|items}, more than the quota's {min}–{max}.",
        "{phase} {floor}：已有 {items} 个商品，超过配额 {min}–{max} 个。",
    ),
    "rule.floor_too_few_sensitive": (
        "{phase}, {floor}: {sensitive} price-sensitive items, at least {min} needed.",
        "{phase} {floor}：敏感商品 {sensitive} 个，至少需要 {min} 个。",
    ),
    "rule.phase_total_off_target": (
        "{phase}: {items} flyer items, the flyer needs exactly {target}.",
        "{phase}：DM 商品共 {items} 个，海报需要 {target} 个。",
    ),
    "rule.quotas_miss_target": (
        "{phase}: the floor quotas allow {low}–{high} {high:item|items}, the flyer "
        "target is {target}.",
        "{phase}：各楼层配额合计 {low}–{high} 个，与海报目标 {target} 个不符。",
    ),
    "rule.print_run_zero": (
        "{phase}: the print run is {copies} copies; the flyer needs copies to print.",
        "{phase}：海报印数为 {copies} 份，需要填写印数。",
    ),
    "rule.phase_dates_reversed": (
        "{phase}: ends {end}, before it starts {start}.",
        "{phase}：结束日期 {end} 早于开始日期 {start}。",
    ),
    "rule.quota_min_above_max": (
        "{phase}, {floor}: the quota's minimum {min} is above its maximum {max}.",
        "{phase} {floor}：配额下限 {min} 大于上限 {max}。",
    ),
    "rule.item_label_incomplete": (
        "{phase}: an item (barcode {barcode}) lacks its name or unit of sale; "
        "every priced item shows name, price and unit (price-marking rules, Art. 7).",
        "{phase}：商品（条码 {barcode}）缺少品名或计价单位；明码标价须标明品名、价格和计价单位"
        "（第七条）。",
    ),
    "rule.barcode_missing": (
        "{phase}: “{item}” has no barcode; the till and the display check need one.",
        "{phase}：“{item}”没有条码，收银和陈列检查都需要条码。",
    ),
    "rule.barcode_malformed": (
        "{phase}: “{item}” barcode {barcode} is not a barcode (digits, 8 to 14 of them).",
        "{phase}：“{item}”的条码 {barcode} 格式不对（应为 8 至 14 位数字）。",
    ),
    "rule.price_not_positive": (
        "{phase}: “{item}” has a price of zero or less (regular {regular}, promotion {promo}).",
        "{phase}：“{item}”价格为零或负数（原价 {regular}，特价 {promo}）。",
    ),
    "rule.promo_not_below_regular": (
        "{phase}: “{item}” promotion price {promo} is not below the regular price {regular}.",
        "{phase}：“{item}”特价 {promo} 不低于原价 {regular}。",
    ),
    "rule.discount_suspicious": (
        "{phase}: “{item}” is {percent} % off, deeper than {limit} % — a typo?",
        "{phase}：“{item}”降价 {percent}%，超过 {limit}%，是否输错？",
    ),
    "rule.barcode_check_digit": (
        "{phase}: “{item}” barcode {barcode} has a wrong check digit.",
        "{phase}：“{item}”条码 {barcode} 校验位错误。",
    ),
    "rule.barcode_duplicate": (
        "{phase}: barcode {barcode} is on “{item}” and also on “{other}”.",
        "{phase}：条码 {barcode} 同时用于“{item}”和“{other}”。",
    ),
    "rule.barcode_two_prices": (
        "{phase}: “{item}” ({barcode}) costs {price} here but {other} in {other_phase} "
        "on overlapping days; the till can hold only one price.",
        "{phase}：“{item}”（{barcode}）特价 {price}，与日期重叠的{other_phase}特价 {other} "
        "不同，收银系统只能有一个价格。",
    ),
    "rule.floor_without_quota": (
        "{phase}: items on {floor}, but the phase has no quota for {floor}.",
        "{phase}：{floor} 有商品，但本阶段没有 {floor} 的配额。",
    ),
    "rule.buyer_late": (
        "{phase}: {buyer} is late — deadline {due} passed with {floor} short by {missing} "
        "{missing:item|items} and {missing_sensitive} sensitive "
        "{missing_sensitive:item|items}; assessment {assessment} yuan.",
        "{phase}：{buyer} 逾期——截止 {due} 已过，{floor} 仍缺 {missing} 个商品、"
        "{missing_sensitive} 个敏感商品；考核 {assessment} 元。",
    ),
    "rule.activity_outside_phase": (
        "{phase}: activity “{name}” ({start} to {end}) falls outside the phase.",
        "{phase}：活动“{name}”（{start} 至 {end}）不在阶段日期内。",
    ),
    "rule.zone_outside_phase": (
        "{phase}: zone “{name}” ({start} to {end}) falls outside the phase.",
        "{phase}：陈列区“{name}”（{start} 至 {end}）不在阶段日期内。",
    ),
    "rule.contest_outside_phase": (
        "{phase}: contest “{name}” (registration {start}, contest {end}) falls outside the phase.",
        "{phase}：比赛“{name}”（报名 {start}，比赛 {end}）不在阶段日期内。",
    ),
    "rule.tier_mix_off": (
        "{phase}: price tiers A:B:C are {actual}, the plan is {plan}.",
        "{phase}：A:B:C 价格带为 {actual}，计划为 {plan}。",
    ),
    "rule.golden_positions_short": (
        "{phase}, {floor}: {need} {need:item|items} need a pile display or end rack, the floor has "
        "{end_racks} end racks and {pile_spots} pile spots.",
        "{phase} {floor}：{need} 个商品需要堆头或端架，本层只有 {end_racks} 个端架、"
        "{pile_spots} 个堆头位。",
    ),
    "rule.strike_price_basis": (
        "{phase}: “{item}” shows {regular} struck through, but it sold for {low} in "
        "{other_phase} within the 7 days before; print the basis of the original price "
        "or strike through {low} at most (price-marking rules, Art. 16).",
        "{phase}：“{item}”划线原价 {regular}，但前7日内在{other_phase}中售价为 {low}；"
        "请注明原价依据，或划线价不高于 {low}（《明码标价和禁止价格欺诈规定》第十六条）。",
    ),
}
