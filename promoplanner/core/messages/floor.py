"""The floor's work: display checks, activities, zones and the contest."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Checks, events ------------------------------------------------------------------
    "checks.future_day": (
        "{day} has not come yet; record a check on the day it is made.",
        "{day} 尚未到来，请在检查当天记录。",
    ),
    "input.outside_phase": (
        "{start} to {end} falls outside the phase ({phase_start} to {phase_end}).",
        "{start} 至 {end} 不在阶段日期内（{phase_start} 至 {phase_end}）。",
    ),
    "input.zone_item_gone": (
        "Some of the chosen items no longer exist; the list was refreshed, choose again.",
        "部分所选商品已不存在，请刷新后重新选择。",
    ),
    "input.zone_item_other_phase": (
        "A zone holds only items of its own phase.",
        "陈列区只能包含本阶段的商品。",
    ),
    "not_found.activity": ("That activity no longer exists.", "该活动已不存在。"),
    "not_found.zone": ("That display zone no longer exists.", "该陈列区已不存在。"),
    "contest.registration_closed": (
        "Registration runs from {opens} to the contest day {contest_day}; {day} is outside.",
        "报名时间为 {opens} 至比赛日 {contest_day}，{day} 不在报名期内。",
    ),
    "not_found.contest": ("There is no contest “{value}”.", "没有比赛“{value}”。"),
    "not_found.entrant": ("That entrant is no longer registered.", "该选手已不在报名名单中。"),
    "db.campaign_name_taken": (
        "A campaign of that name exists already.",
        "已有同名的促销计划。",
    ),
    "db.phase_number_taken": (
        "This campaign has a phase with that number already.",
        "该促销计划已有此编号的阶段。",
    ),
    "db.floor_code_taken": ("Another floor has that code already.", "已有楼层使用该代码。"),
    "db.buyer_name_taken": ("A buyer of that name exists already.", "已有同名的采购。"),
    "db.department_code_taken": (
        "That floor has a department with that code already.",
        "该楼层已有此代码的部门。",
    ),
}
