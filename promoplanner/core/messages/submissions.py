"""Buyers' submissions, late records frozen at the deadline, assessments and waivers."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "submission.draft": ("draft", "草稿"),
    "submission.submitted": ("submitted", "已提交"),
    "submission.approved": ("approved", "已通过"),
    "submission.returned": ("returned", "已退回"),
    "submission.not_a_buyer": (
        "{user} is not a buyer: only a buyer submits their own list.",
        "{user} 不是采购：只有采购本人才能提交自己的清单。",
    ),
    "submission.already": (
        "{buyer}'s list for this phase is {state} already.",
        "{buyer} 本阶段的清单已是“{state}”状态。",
    ),
    "submission.not_submitted": (
        "{buyer}'s list is {state}, not submitted: there is nothing to review.",
        "{buyer} 的清单为“{state}”，尚未提交，无需审核。",
    ),
    "submission.no_items": (
        "You have no items in this phase yet: there is nothing to submit.",
        "您在本阶段还没有商品，无可提交的内容。",
    ),
    "submission.rows_wrong": (
        "Your list cannot be submitted while {count} of your rows have errors: {rows}",
        "您有 {count} 行商品存在错误，清单暂不能提交：{rows}",
    ),
    "submission.comment_needed": (
        "Say why the list goes back (a comment).",
        "退回清单时请填写原因（意见）。",
    ),
    "submission.not_their_item": (
        "Item {item} is not one of {buyer}'s items of this phase.",
        "商品 {item} 不是 {buyer} 本阶段的商品。",
    ),
    "submission.unknown_buyer": ("There is no buyer “{value}”.", "没有采购“{value}”。"),
    "submission.done": ("{buyer}: list {state} ({phase}).", "{buyer}：清单{state}（{phase}）。"),
    "submission.none": ("No buyer has a floor in this phase.", "本阶段没有负责楼层的采购。"),
    # Late records ----------------------------------------------------------------------
    "late.no_record": ("There is no late record {value}.", "没有编号为 {value} 的逾期记录。"),
    "late.no_record_for": (
        "There is no record for {buyer} yet: the phase's deadline has not passed.",
        "{buyer} 暂无记录：本阶段的截止时间尚未到。",
    ),
    "late.waived_already": (
        "{buyer}'s assessment is waived already.",
        "{buyer} 的考核已经免除。",
    ),
    "late.nothing_to_waive": (
        "{buyer} was on time: there is no assessment to waive.",
        "{buyer} 按时完成，没有可免除的考核。",
    ),
    "late.bad_rule": (
        "“{value}” is not a rule: fixed or per-item.",
        "“{value}”不是考核规则：应为 fixed（固定金额）或 per-item（按缺少的商品数）。",
    ),
    "late.per_item_needs_amount": (
        "Say how many yuan per missing item.",
        "请填写每缺少一个商品考核多少元。",
    ),
    "late.rule_set": ("Late assessment rule: {rule}.", "逾期考核规则：{rule}。"),
    "late.rule_fixed": ("{amount} yuan per late buyer", "每位逾期采购 {amount} 元"),
    "late.rule_fixed_deadline": (
        "each deadline's own amount per late buyer",
        "每位逾期采购按各截止时间设定的金额",
    ),
    "late.rule_per_item": ("{amount} yuan per missing item", "每缺少一个商品 {amount} 元"),
    "late.waived": ("Assessment of {buyer} waived: {reason}", "已免除 {buyer} 的考核：{reason}"),
    "late.not_yet": (
        "The deadline {due} has not passed yet: nothing is recorded.",
        "截止时间 {due} 尚未到，暂无记录。",
    ),
    "late.header": (
        "Phase {phase} · deadline {due} · recorded {recorded}",
        "第{phase}阶段 · 截止 {due} · 记录于 {recorded}",
    ),
    "late.header_trial": (
        "Phase {phase} · deadline {due} · worked out for {recorded} (--now: nothing is "
        "recorded before the deadline really passes)",
        "第{phase}阶段 · 截止 {due} · 按 {recorded} 推算（--now：截止时间真正到来前不作记录）",
    ),
    "late.line": (
        "{buyer:<8} submitted {submitted:<16} items {items:>4} short {short:>3} "
        "assessment {assessment:>8}{waived}",
        "{buyer:<8} 提交 {submitted:<16} 商品 {items:>4} 缺 {short:>3} "
        "考核 {assessment:>8}{waived}",
    ),
    "late.not_submitted": ("not yet", "未提交"),
    "late.waived_mark": (" (waived)", "（已免除）"),
    # The checklist ---------------------------------------------------------------------
    "checklist.rows_to_fix": (
        "What to fix in your rows ({count})",
        "您的商品需修正之处（{count} 处）",
    ),
    "checklist.rows_ok": ("Your rows: nothing to fix.", "您的商品：无需修正。"),
    "checklist.no_photo": (
        "No photo yet for {count} of your items: the flyer proof shows an empty box for each.",
        "您有 {count} 个商品尚无图片：海报校样中会留空框。",
    ),
    "checklist.record": (
        "Recorded at the deadline {due}: {items} of your items, {short} short; list {submitted}.",
        "截止 {due} 时记录：您的商品 {items} 个，缺 {short} 个；清单{submitted}。",
    ),
    "checklist.record_submitted": ("submitted {at}", "提交于 {at}"),
    "checklist.record_unsubmitted": ("not submitted", "未提交"),
    "checklist.waived": ("Assessment waived: {reason}", "考核已免除：{reason}"),
    "checklist.submission": ("Your list: {state} {at}", "您的清单：{state} {at}"),
    "checklist.returned": ("Returned: {comment}", "退回意见：{comment}"),
    "checklist.item_comment": ("{item}: {comment}", "{item}：{comment}"),
    # History words -------------------------------------------------------------------
    "action.import": ("imported", "导入"),
    "action.submit": ("submitted", "提交"),
    "action.approve": ("approved", "通过"),
    "action.return": ("returned", "退回"),
    "action.record": ("recorded", "记录"),
    "action.waive": ("waived", "免除"),
    "object.submission": ("list", "清单"),
    "object.late_record": ("late record", "逾期记录"),
    "object.sheet": ("spreadsheet", "表格"),
    "right.items.submit": ("submit one's own list", "提交本人清单"),
    "right.submissions.review": ("approve or return buyers' lists", "审核采购清单"),
    "right.assessment.waive": ("waive a late assessment", "免除逾期考核"),
}
