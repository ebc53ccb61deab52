"""The documents' texts in English and Simplified Chinese, added to the one catalogue."""

from __future__ import annotations

from promoplanner.core.messages import MESSAGES

DOCUMENT_MESSAGES: dict[str, tuple[str, str]] = {
    # Shared ----------------------------------------------------------------------------
    "doc.page_of": ("Page {page} of {pages}", "第 {page} 页 / 共 {pages} 页"),
    "doc.printed_at": ("Printed {moment}", "打印于 {moment}"),
    "doc.days": ("{start} – {end}", "{start} 至 {end}"),
    "doc.phase": ("Phase {number} · {name}", "第{number}阶段 · {name}"),
    "doc.none": ("none", "无"),
    "doc.signature": ("Signature", "签字"),
    "doc.date": ("Date", "日期"),
    "doc.name": ("Name", "姓名"),
    "doc.time": ("Time", "时间"),
    "doc.ok": ("OK", "达标"),
    "doc.short": ("short", "不足"),
    "doc.over": ("over", "超出"),
    "doc.no_quota": ("no quota", "无配额"),
    "doc.no_items": ("No items on this floor yet.", "本楼层暂无商品。"),
    "doc.empty_phase": (
        "This phase has no flyer items yet.",
        "本阶段还没有 DM 商品。",
    ),
    # Flyer proof -----------------------------------------------------------------------
    "flyer.title": ("DM flyer proof", "DM 海报校样"),
    "flyer.proof_mark": ("PROOF v{version}", "校样 v{version}"),
    "flyer.draft_mark": ("PROOF · DRAFT", "校样 · 草稿"),
    "flyer.proof_line": (
        "Proof v{version} · made {made} · {items} {items:item|items} · print run "
        "{print_run} copies",
        "校样 v{version} · 生成于 {made} · 共 {items} 个商品 · 印数 {print_run} 份",
    ),
    "flyer.draft_line": (
        "Unrecorded draft · {items} {items:item|items} · print run {print_run} copies",
        "未登记草稿 · 共 {items} 个商品 · 印数 {print_run} 份",
    ),
    "flyer.floor_items": ("{count} {count:item|items}", "{count} 个商品"),
    "flyer.regular": ("Reg.", "原价"),
    "flyer.save": ("Save {amount}", "省 {amount}"),
    "flyer.sensitive": ("Sensitive", "敏感"),
    "flyer.no_photo": ("photo to come", "待拍照片"),
    "flyer.bad_photo": ("photo unreadable", "照片无法读取"),
    "flyer.footer": (
        "{floor}: {items} {items:item|items} against a quota of {min}–{max} ({state}) · "
        "sensitive {sensitive} of at least {min_sensitive} ({sensitive_state})",
        "{floor}：{items} 个商品，配额 {min}–{max}（{state}）· "
        "敏感商品 {sensitive} 个，至少 {min_sensitive} 个（{sensitive_state}）",
    ),
    "flyer.footer_no_quota": (
        "{floor}: {items} {items:item|items}, {sensitive} sensitive · no quota set for this floor",
        "{floor}：{items} 个商品，敏感商品 {sensitive} 个 · 本楼层未设配额",
    ),
    # Buyer checklist ------------------------------------------------------------------
    "checklist.title": ("Buyer checklist", "采购核对清单"),
    "doc.full_stop": (".", "。"),  # ends a sentence the next one follows on the same line
    "doc.blank": ("{label}:", "{label}："),  # a label with room to write after it
    "checklist.buyer": ("Buyer: {name}", "采购：{name}"),
    "checklist.deadline": ("Deadline {due}: {what}", "截止 {due}：{what}"),
    "checklist.no_deadline": ("No deadline set for this phase.", "本阶段未设截止时间。"),
    "checklist.time_left": ("{days} d {hours} h left", "还剩 {days} 天 {hours} 小时"),
    "checklist.late_by": ("late by {days} d {hours} h", "已逾期 {days} 天 {hours} 小时"),
    "checklist.floor": ("Floor", "楼层"),
    "checklist.entered": ("Entered", "已录入"),
    "checklist.yours": ("Yours", "本人"),
    "checklist.quota": ("Quota", "配额"),
    "checklist.sensitive": ("Sensitive / min", "敏感 / 下限"),
    "checklist.missing": ("Still missing", "仍缺"),
    "checklist.missing_line": (
        "{items} {items:item|items}, {sensitive} sensitive",
        "{items} 个商品，{sensitive} 个敏感商品",
    ),
    "checklist.state": ("State", "状态"),
    "checklist.sens": ("sens.", "敏感"),
    "checklist.complete": ("nothing missing", "已齐全"),
    "checklist.late": (
        "Late: deadline {due} passed with {floor} short; assessment {amount} yuan (work error).",
        "逾期：截止 {due} 已过，{floor} 仍未达标；按工作失误考核 {amount} 元。",
    ),
    "checklist.not_late": ("No late assessment.", "无逾期考核。"),
    "checklist.items": ("Your items ({count})", "本人商品（{count} 个）"),
    "checklist.col_name": ("Item", "商品"),
    "checklist.col_spec": ("Spec / unit", "规格 / 单位"),
    "checklist.col_barcode": ("Barcode", "条码"),
    "checklist.col_regular": ("Regular", "原价"),
    "checklist.col_promo": ("Promo", "特价"),
    "checklist.col_flags": ("Tier · sens.", "价格带 · 敏感"),
    "checklist.sign_buyer": ("Buyer", "采购"),
    "checklist.sign_planning": ("Planning department", "企划部"),
    "checklist.no_buyers": ("No buyer buys for the floors of this phase.", "本阶段楼层没有采购。"),
    # Display check ---------------------------------------------------------------------
    "check.title": ("Daily display check", "每日陈列检查"),
    "check.sheet": ("{day} ({weekday}) · {floor}", "{day}（{weekday}）· {floor}"),
    "check.count": ("{count} special-price items", "特价商品 {count} 个"),
    "check.col_barcode": ("Barcode", "条码"),
    "check.col_item": ("Item", "商品"),
    "check.col_price": ("Promo", "特价"),
    "check.col_position": ("Required position", "陈列要求"),
    "check.col_arrived": ("Arrived", "到货"),
    "check.col_golden": ("Golden pos.", "黄金位"),
    "check.col_tag": ("Price tag", "价签"),
    "check.no_department": ("Other", "其他"),
    "check.yesterday": ("Yesterday: {what}", "昨日：{what}"),
    "check.missing": ("missing", "未到货"),
    "check.not_golden": ("not at golden position", "未在黄金位"),
    "check.tag_wrong": ("price tag wrong", "价签有误"),
    "check.checker": ("Checked by", "检查人"),
    "check.time": ("Time", "检查时间"),
    "check.floor_manager": ("Floor manager", "楼层经理"),
    "check.empty": (
        "No special-price item is on sale on this floor today.",
        "今日本楼层没有特价商品。",
    ),
    "check.instructions": (
        "Tick each box when it is right; write what is wrong and who fixes it by when.",
        "每项合格请打勾；不合格请写明问题、整改人和完成时间。",
    ),
    "form.mass": ("Pile display", "堆头"),
    "form.end_cap": ("End rack", "端架"),
    "form.cross": ("Cross-merchandising", "关联陈列"),
    "form.none": ("Shelf", "货架"),
    "weekday.0": ("Mon", "周一"),
    "weekday.1": ("Tue", "周二"),
    "weekday.2": ("Wed", "周三"),
    "weekday.3": ("Thu", "周四"),
    "weekday.4": ("Fri", "周五"),
    "weekday.5": ("Sat", "周六"),
    "weekday.6": ("Sun", "周日"),
    # Contest sheet ---------------------------------------------------------------------
    "bracket.title": ("Contest sheet", "比赛记录表"),
    "bracket.when": ("{day} · {location}", "{day} · {location}"),
    "bracket.entrants": ("Registered: {count}", "已报名：{count} 人"),
    "bracket.cans": (
        "Gift cans to have ready: {cans} ({per} per entrant)",
        "需备赠送啤酒：{cans} 罐（每人 {per} 罐）",
    ),
    "bracket.registration": ("Registration list", "报名名单"),
    "bracket.col_no": ("No.", "序号"),
    "bracket.col_registered": ("Registered", "报名日期"),
    "bracket.col_cans": ("Cans given", "领取啤酒"),
    "bracket.round": ("Round {number}", "第 {number} 轮"),
    "bracket.round_groups": (
        "Round {number}: {groups} groups of up to {size}; the fastest of each group goes on",
        "第 {number} 轮：共 {groups} 组，每组最多 {size} 人；每组最快者晋级",
    ),
    "bracket.round_groups_fill": (
        "Round {number}: {groups} groups of up to {size}; each group's fastest (Q) and "
        "{by_time} more by time (q) go on",
        "第 {number} 轮：共 {groups} 组，每组最多 {size} 人；每组最快者（Q）"
        "及其余用时最快的 {by_time} 人（q）晋级",
    ),
    "bracket.group": ("Group {number}", "第 {number} 组"),
    "bracket.seconds": ("Seconds", "用时（秒）"),
    "bracket.through": ("Through", "晋级"),
    "bracket.went_through": (
        "Through from round {number}: {names}",
        "第 {number} 轮晋级：{names_zh}",
    ),
    "bracket.final": ("Final", "决赛"),
    "bracket.place": ("Place {place}", "第 {place} 名"),
    "bracket.prize": ("Prize", "奖品"),
    "bracket.no_entrants": (
        "Nobody has registered yet; the groups are drawn on the day.",
        "暂无人报名；分组在比赛当天进行。",
    ),
    "bracket.referee": ("Referee", "裁判"),
    "bracket.legend": (
        "Q: fastest of its group · q: among the fastest of the rest, by time · DNF: did not "
        "finish · DQ: disqualified",
        "Q：本组最快 · q：其余选手中按用时晋级 · DNF：未完成 · DQ：取消资格",
    ),
    "bracket.col_place": ("Place", "名次"),
    "bracket.given": ("Handed out", "已发放"),
    "bracket.podium": ("Podium", "领奖台"),
    "bracket.final_of": (
        "Final: {count} {count:entrant|entrants} race for places 1 to 3",
        "决赛：{count} 名选手争夺前三名",
    ),
    "bracket.no_contest": ("This campaign has no contest.", "本促销计划没有比赛。"),
    # Calendar --------------------------------------------------------------------------
    "calendar.title": ("Campaign calendar", "促销日历"),
    "calendar.month": ("{year}-{month:02d}", "{year}年{month}月"),
    "calendar.deadline": ("Deadline {time}", "截止 {time}"),
    "calendar.contest": ("Contest: {name}", "比赛：{name}"),
    "calendar.registration": ("Registration opens", "开始报名"),
    "calendar.registration_mark": ("Registration: {name}", "开始报名：{name}"),
    "calendar.what": ("What", "事项"),
    "calendar.details": ("Details", "说明"),
    "calendar.holiday": ("Holiday", "节日"),
    "calendar.activity": ("Activity", "活动"),
    "calendar.targets": (
        "Sales target {target} · stretch {stretch} (10,000 yuan)",
        "计划完成 {target} 万元 · 力争完成 {stretch} 万元",
    ),
    "calendar.events": ("Dates of the campaign", "促销计划日程"),
    # Command line ----------------------------------------------------------------------
    "cli.cmd_print": ("print a document as PDF", "打印文档（PDF）"),
    "cli.print_flyer": ("DM flyer proof of a phase", "某阶段的 DM 海报校样"),
    "cli.print_checklist": ("buyer checklist of a phase", "某阶段的采购核对清单"),
    "cli.print_display_check": (
        "daily display check of a day, or a phase's pack",
        "某日的陈列检查表，或整个阶段的检查表",
    ),
    "cli.print_bracket": ("contest sheet", "比赛记录表"),
    "cli.print_calendar": ("campaign calendar", "促销日历"),
    "cli.opt_output": ("PDF file to write", "要写入的 PDF 文件"),
    "cli.opt_phase": ("phase number or name", "阶段编号或名称"),
    "cli.opt_buyer": ("only this buyer", "仅此采购"),
    "cli.opt_date": ("day, YYYY-MM-DD", "日期，YYYY-MM-DD"),
    "cli.opt_floor": ("only this floor (1F, 2F …)", "仅此楼层（1F、2F …）"),
    "cli.opt_contest": (
        "contest name (default: the campaign's only one)",
        "比赛名称（默认为唯一的一场）",
    ),
    "cli.printed": ("Wrote {path} ({pages}).", "已写入 {path}（{pages}）。"),
    "cli.pages": ("{count} {count:page|pages}", "共 {count} 页"),
    "cli.one_page": ("1 page", "共 1 页"),
    "cli.printed_proof": (
        "Wrote {path} ({pages}), proof v{version} with {items} {items:item|items}.",
        "已写入 {path}（{pages}），校样 v{version}，{items} 个商品。",
    ),
    "print.kind_needed": (
        "Say what to print: flyer, checklist, display-check, bracket or calendar.",
        "请指定要打印的文档：flyer、checklist、display-check、bracket 或 calendar。",
    ),
    "print.date_or_phase": (
        "Give --date YYYY-MM-DD for one day or --phase for the whole phase.",
        "请用 --date YYYY-MM-DD 指定一天，或用 --phase 指定整个阶段。",
    ),
    "print.no_folder": ("The folder {folder} does not exist.", "文件夹 {folder} 不存在。"),
    "print.is_folder": ("{path} is a folder, not a file.", "{path} 是文件夹，不是文件。"),
    "print.cannot_write": ("Cannot write {path}: {reason}", "无法写入 {path}：{reason}"),
    "print.not_regular": (
        "{path} is not an ordinary file (a device or a pipe); give a file name for the PDF.",
        "{path} 不是普通文件（而是设备或管道），请为 PDF 指定一个文件名。",
    ),
    "print.is_database": (
        "{path} is the open database or one of its files; the PDF would destroy it. "
        "Choose another name.",
        "{path} 是正在使用的数据库或其附属文件，写入 PDF 会毁掉它。请换一个文件名。",
    ),
    "print.is_sqlite": (
        "{path} is a database file; a PDF never replaces one. Choose another name.",
        "{path} 是数据库文件，PDF 不会覆盖数据库。请换一个文件名。",
    ),
    "print.day_outside": (
        "{day} is in no phase of “{campaign}” (phases: {phases}).",
        "{day} 不在“{campaign}”的任何阶段内（阶段：{phases}）。",
    ),
    "print.unknown_buyer": ("There is no buyer “{value}”.", "没有采购“{value}”。"),
}

MESSAGES.update(DOCUMENT_MESSAGES)
