"""Display checks: per-item results, fix tasks, pass rates and scale labels."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # What a check records ------------------------------------------------------------
    "display.round.morning": ("morning", "早检"),
    "display.round.midday": ("midday", "午检"),
    "display.round.evening": ("evening", "晚检"),
    "display.stock.full": ("full", "充足"),
    "display.stock.low": ("low", "偏少"),
    "display.stock.out": ("out, card up", "缺货（已放缺货牌）"),
    "display.stock.out_no_card": ("out, no card", "缺货（未放缺货牌）"),
    "display.problem.not_placed": ("not at its planned position", "未在计划位置陈列"),
    "display.problem.tag_wrong": ("price tag differs from the flyer", "价签与海报价不符"),
    "display.problem.no_pop": ("POP card missing", "缺少 POP 牌"),
    "display.problem.out_no_card": (
        "out of stock without the “temporarily out” card",
        "缺货且未放“暂时缺货”牌",
    ),
    "display.no_checker": ("Say who checked.", "请填写检查人。"),
    "display.not_yes_no": ("“{value}”: answer yes or no.", "“{value}”：请填“是”或“否”。"),
    "display.not_tag": (
        "“{value}”: the price tag is ok or wrong.",
        "“{value}”：价签请填 ok（正确）或 wrong（错误）。",
    ),
    "display.not_round": (
        "“{value}” is not a check round; write morning, midday or evening.",
        "“{value}”不是检查班次，请填 morning（早检）、midday（午检）或 evening（晚检）。",
    ),
    "display.not_stock": (
        "“{value}”: stock is full, low, out (card up) or out_no_card.",
        "“{value}”：库存请填 full（充足）、low（偏少）、out（缺货，已放缺货牌）或 "
        "out_no_card（缺货，未放缺货牌）。",
    ),
    # Recording a check ----------------------------------------------------------------
    "display.day_outside": (
        "{day} is outside every phase: there is no display check that day.",
        "{day} 不在任何阶段内，当天没有陈列检查。",
    ),
    "display.no_barcode": (
        "Scan or type the item's barcode or PLU.",
        "请扫描或输入商品条码或 PLU。",
    ),
    "display.unknown_barcode": (
        "“{code}” is no item's barcode or PLU.",
        "“{code}”不是任何商品的条码或 PLU。",
    ),
    "display.not_on_list": (
        "“{code}” is not on the display check of {day}.",
        "“{code}”不在 {day} 的陈列检查清单上。",
    ),
    "display.not_on_floor_list": (
        "“{code}” is not on the display check of {day} for {floor}.",
        "“{code}”不在 {day} {floor} 的陈列检查清单上。",
    ),
    "walk.not_this_floor": (
        "The walking order of {floor} holds only {floor}'s departments, each once.",
        "{floor} 的巡查顺序只能包含 {floor} 的部门，且每个部门只出现一次。",
    ),
    "plu.taken": (
        "PLU {value} is already another item's in this phase.",
        "PLU {value} 已是本阶段另一商品的 PLU。",
    ),
    "fix.no_due": ("A fix task needs the time it is due.", "整改任务须填写整改期限。"),
    # The command line ------------------------------------------------------------------
    "cli.cmd_display": (
        "the daily display check: record an item's check, show a day",
        "每日陈列检查：记录商品检查结果，查看某日情况",
    ),
    "cli.display_record": (
        "record one check of one item (a new record; earlier ones stay)",
        "记录一次商品检查（新增记录，旧记录保留）",
    ),
    "cli.display_show": (
        "show a day's checks, open fix tasks and pass rate per floor",
        "查看某日各楼层的检查结果、未完成整改任务和合格率",
    ),
    "cli.opt_check_date": ("the day checked, YYYY-MM-DD", "检查日期，格式 YYYY-MM-DD"),
    "cli.opt_check_barcode": (
        "the item's barcode, a scale label or its PLU",
        "商品条码、秤签条码或 PLU",
    ),
    "cli.opt_check_round": (
        "morning (default), midday or evening",
        "检查班次：morning（早检，默认）、midday（午检）或 evening（晚检）",
    ),
    "cli.opt_check_placed": (
        "yes or no: at its planned position",
        "yes 或 no：是否在计划位置陈列",
    ),
    "cli.opt_check_tag": (
        "ok or wrong: the shelf price tag agrees with the flyer",
        "ok 或 wrong：价签是否与海报价一致",
    ),
    "cli.opt_check_pop": (
        "yes or no: the POP card is there, facing customers",
        "yes 或 no：POP 牌是否摆放并朝向顾客",
    ),
    "cli.opt_check_stock": (
        "full, low or out (with the “temporarily out” card)",
        "full（充足）、low（偏少）或 out（缺货，已放缺货牌）",
    ),
    "cli.opt_check_problem": ("what is wrong, in your words", "问题说明"),
    "cli.opt_check_fixer": ("who fixes it", "整改人"),
    "cli.opt_check_due": ("by when, “{form}”", "整改期限，格式“{form}”"),
    "cli.display_scale_pattern": (
        "show or set which digits of the store's scale labels hold the PLU",
        "查看或设置本店秤签中 PLU 所在的位数",
    ),
    "cli.opt_scale_pattern": (
        "the pattern, like “2 PPPPP VVVVV C” (P: PLU, V: price or weight, C: check digit)",
        "格式，例如“2 PPPPP VVVVV C”（P：PLU，V：价格或重量，C：校验位）",
    ),
    "cli.display_plu": (
        "give an item sold by weight its PLU (an empty PLU takes it away)",
        "为散称商品设置 PLU（留空则删除）",
    ),
    "cli.opt_plu_item": ("the item's id", "商品编号"),
    "cli.opt_plu": ("the PLU, digits only", "PLU，只能是数字"),
    "display.scale_pattern": ("Scale labels: {pattern}", "秤签格式：{pattern}"),
    "display.no_scale_pattern": (
        "No scale-label pattern is set yet.",
        "尚未设置秤签格式。",
    ),
    "display.plu_set": ("Item {item}: PLU {plu}.", "商品 {item}：PLU {plu}。"),
    "display.recorded": (
        "Recorded: {item}, {round} check at {at}: {result}.",
        "已记录：{item}，{round}（{at}）：{result}。",
    ),
    "display.recorded_ok": ("all right", "全部合格"),
    "display.found": ("found {problems}", "发现问题：{problems}"),
    "display.show_floor": (
        "{floor}: pass rate {rate}, {items} {items:item|items}",
        "{floor}：合格率 {rate}，共 {items} 个商品",
    ),
    "display.show_fix": (
        "fix: {name} — {problem} — {fixer} by {due}",
        "整改：{name} — {problem} — {fixer}，期限 {due}",
    ),
    # The printed sheet -----------------------------------------------------------------
    "display.sheet_round": ("Round", "检查班次"),
    "display.sheet_with": ("Accompanied by", "陪同人"),
    "display.sheet_instructions": (
        "Tick each box that is right; stock: tick one. For anything wrong write the problem, "
        "who fixes it and by when. Re-check the open tasks first and tick them when right.",
        "合格的项目打勾；库存三选一。不合格的请写明问题、整改人和整改期限。"
        "先复查未完成的整改任务，合格后打勾。",
    ),
    "display.sheet_fixes": (
        "Open fix tasks to re-check ({count})",
        "待复查的整改任务（{count} 项）",
    ),
    "display.sheet_no_fixes": ("No fix task is open.", "没有未完成的整改任务。"),
    "display.sheet_open": ("Open task: {problem}", "未整改：{problem}"),
    "display.sheet_sep": ("; ", "；"),
    "display.sheet_problem": ("{said} ({found})", "{said}（{found}）"),
    "display.sheet_plu": ("PLU {plu} (sold by weight)", "PLU {plu}（散称）"),
    "display.sheet_stock_full": ("full", "充足"),
    "display.sheet_stock_low": ("low", "偏少"),
    "display.sheet_stock_out": ("out, card up", "缺货已挂牌"),
    "display.sheet_rate_of": (
        "{rate} ({right} of {checked} right)",
        "{rate}（{checked} 个中 {right} 个合格）",
    ),
    "display.sheet_rate_none": ("— (nothing checked)", "—（尚无检查记录）"),
    "display.sheet_pass": ("Pass rate {day}: {rate}", "{day} 合格率：{rate}"),
    "display.sheet_pass_before": ("the day before: {rate}", "前一日：{rate}"),
    "display.col_placed": ("Placed", "到位"),
    "display.col_pop": ("POP", "POP"),
    "display.col_stock": ("Stock", "库存"),
    "display.col_problem": ("Problem", "问题"),
    "display.col_fixer": ("Who fixes", "整改人"),
    "display.col_due": ("By when", "期限"),
    "display.col_recheck": ("Right", "复查"),
    "display.overdue": ("OVERDUE", "已逾期"),
    # Fix tasks -----------------------------------------------------------------------
    "fix.required": (
        "The check found a problem ({problems}): say who fixes it and by when.",
        "检查发现问题（{problems_zh}），请指定整改人和整改期限。",
    ),
    "fix.nothing_wrong": (
        "The check found nothing wrong, so there is nothing to fix.",
        "检查未发现问题，无需整改。",
    ),
    "fix.no_fixer": ("A fix task needs the person who fixes it.", "整改任务须指定整改人。"),
    "fix.due_before_check": (
        "The fix is due {due}, which is not after the check at {at}; give a later time.",
        "整改期限 {due} 不晚于检查时间 {at}，请填写更晚的时间。",
    ),
    # Scale labels (goods sold by weight) ---------------------------------------------
    "scale.pattern_letters": (
        "“{value}”: write the label with digits, P (PLU), V (price or weight), X (any "
        "digit) and C (check digit), like 2 PPPPP VVVVV C.",
        "“{value}”：请用数字、P（PLU）、V（价格或重量）、X（任意数字）和 C（校验位）"
        "写出秤签格式，例如 2 PPPPP VVVVV C。",
    ),
    "scale.pattern_length": (
        "“{value}” names {length} digits; a scale label has 13, like 2 PPPPP VVVVV C.",
        "“{value}”写了 {length} 位，秤签条码为 13 位，例如 2 PPPPP VVVVV C。",
    ),
    "scale.pattern_prefix": (
        "“{value}”: a scale label starts with 2 (in-store codes 20–29).",
        "“{value}”：秤签条码以 2 开头（店内码 20–29）。",
    ),
    "scale.pattern_check": (
        "“{value}”: the label ends with its one check digit, C.",
        "“{value}”：秤签条码最后一位是校验位 C，且只有这一位。",
    ),
    "scale.pattern_plu": (
        "“{value}”: mark the PLU digits with P, side by side (like PPPPP).",
        "“{value}”：请用相连的 P 标出 PLU 位（例如 PPPPP）。",
    ),
    "scale.pattern_plu_long": (
        "“{value}”: a PLU has at most {limit} digits.",
        "“{value}”：PLU 最多 {limit} 位。",
    ),
    "scale.pattern_value": (
        "“{value}”: the price or weight digits (V) stand side by side.",
        "“{value}”：价格或重量位（V）须相连。",
    ),
    "scale.not_a_label": (
        "“{code}” is not one of this store's scale labels ({pattern}).",
        "“{code}”不是本店的秤签条码（格式 {pattern}）。",
    ),
    "plu.not_digits": ("“{value}”: a PLU has digits only.", "“{value}”：PLU 只能是数字。"),
    "plu.too_long": (
        "“{value}”: a PLU on this store's scale labels has at most {limit} digits.",
        "“{value}”：本店秤签上的 PLU 最多 {limit} 位。",
    ),
}
