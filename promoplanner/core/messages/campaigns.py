"""New campaigns (blank, from the template, copied to a new year) and their phases."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "campaign.name_taken": (
        "There is a campaign called “{name}” already; give the new one another name.",
        "已有名为“{name}”的促销计划；请为新的促销计划另起名称。",
    ),
    "campaign.no_such_month": (
        "There is no month “{month}”: a month is 1 to 12.",
        "没有“{month}”月：月份应为 1 到 12。",
    ),
    "campaign.month_needed": (
        "Give the campaign's month (1 to 12), or its first and last day.",
        "请填写促销计划的月份（1 到 12），或其首日和末日。",
    ),
    "campaign.both_days": (
        "Give both the first and the last day of the campaign, or neither.",
        "促销计划的首日和末日要么都填，要么都不填。",
    ),
    "campaign.too_long": (
        "A campaign runs less than {days} {days:day|days}.",
        "一个促销计划不能超过 {days} 天。",
    ),
    "campaign.no_template": (
        "There is no template “{name}” (templates: {known}).",
        "没有模板“{name}”（现有模板：{known}）。",
    ),
    "campaign.template_month": (
        "The June template makes a June campaign, not one in month {month}.",
        "六月模板只能用于六月的促销计划，不能用于 {month} 月。",
    ),
    "campaign.template_floor_left_out": (
        "The template's quota and zones of floor {floor} were left out: the store has no "
        "floor {floor}.",
        "模板中 {floor} 楼层的配额和陈列区未建立：门店没有 {floor} 楼层。",
    ),
    "campaign.copy_floor_retired": (
        "Floor {floor} is retired: its quotas and items were not copied.",
        "楼层 {floor} 已停用：其配额和商品未复制。",
    ),
    "campaign.holiday_outside": (
        "In the new year {holiday} falls on {day}, outside the campaign ({first} – {last}): "
        "phase {number} “{name}” would run {start} – {end}. Move the phase (for example to "
        "start on {suggest}) or give the campaign other dates; nothing was created.",
        "新年度{holiday}在 {day}，不在促销计划日期（{first} – {last}）之内："
        "第{number}阶段“{name}”将为 {start} – {end}。请移动该阶段（例如改为 {suggest} 开始）"
        "或修改促销计划日期；未创建任何内容。",
    ),
    "campaign.phase_outside": (
        "Phase {number} “{name}” would run {start} – {end}, outside the campaign "
        "({first} – {last}). Move the phase (for example to start on {suggest}) or give the "
        "campaign other dates; nothing was created.",
        "第{number}阶段“{name}”将为 {start} – {end}，不在促销计划日期（{first} – {last}）之内。"
        "请移动该阶段（例如改为 {suggest} 开始）或修改促销计划日期；未创建任何内容。",
    ),
    "deadline.after_phase": (
        "The deadline {due} falls after phase “{phase}” ended (it runs {start} – {end}): "
        "handing in after the sale is over makes no sense; set it on {end} at the latest.",
        "截止时间 {due} 晚于阶段“{phase}”的结束日（该阶段为 {start} – {end}）：促销结束后再"
        "交单已无意义，请设在 {end} 或之前。",
    ),
    "deadline.in_past": (
        "The deadline {due} has already passed: nobody will be assessed for it, and the items "
        "that stand now count as handed in.",
        "截止时间 {due} 已经过去：不会据此考核任何人，现有商品视为已交。",
    ),
    "phase.overlaps": (
        "“{name}” shares days with phase {number} “{other}” ({start} – {end}); that is "
        "allowed, but check that it is meant.",
        "“{name}”与第{number}阶段“{other}”（{start} – {end}）日期重叠；这是允许的，但请确认。",
    ),
    "phase.has_items": (
        "Phase “{name}” has {items} {items:item|items}; say that they go too (a copy "
        "stays in the history).",
        "阶段“{name}”有 {items} 个商品；请确认一并删除（历史记录中会保留副本）。",
    ),
    "phase.has_proofs": (
        "Phase “{name}” has {proofs} numbered flyer proofs on paper, so it stays; change its "
        "dates or name instead.",
        "阶段“{name}”已有 {proofs} 份编号的海报校样，不能删除；请改为修改其日期或名称。",
    ),
    "rule.phases_overlap": (
        "{phase} shares {days} with {other}: check that the overlap is meant.",
        "{phase}与{other}在 {days} 重叠：请确认是否有意为之。",
    ),
    "rule.phase_outside_campaign": (
        "{phase} runs {days}, outside its campaign ({campaign}): check the phase's dates.",
        "{phase}的日期为 {days}，超出所属促销计划（{campaign}）：请检查阶段日期。",
    ),
    "rule.items_to_confirm": (
        "{phase} {floor}: {items} {items:item|items} carried over from the earlier "
        "campaign are still "
        "to be confirmed by their buyers.",
        "{phase} {floor}：{items} 个从往期促销计划带入的商品仍待采购确认。",
    ),
}
