"""Running a stored contest: which contest, prizes handed out, the history's actions."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "contest.which_one": (
        "This campaign has several contests ({names}); name one with --contest.",
        "本促销计划有多个比赛（{names}），请用 --contest 指明。",
    ),
    "contest.no_such_place": (
        "Prizes are for places 1, 2 and 3, not {value}.",
        "奖品只设第 1、2、3 名，没有第 {value} 名。",
    ),
    "contest.place_not_decided": (
        "Place {place} is not decided yet: its prize cannot be handed out.",
        "第 {place} 名尚未决出，不能发放奖品。",
    ),
    "contest.prizes_handed_out": (
        "Prizes are handed out already ({count:place|places} {places}), so the final's "
        "results can no longer change. To correct a time, untick “Prize handed out” first.",
        "第 {places_zh} 名的奖品已发放，决赛成绩不能再改。"
        "如需更正用时，请先取消“奖品已发放”的勾选。",
    ),
    "contest.prize_would_move": (
        "That would give place {place} to somebody else, but its prize is handed out to "
        "{name} already. Untick “Prize handed out” first.",
        "这样第 {place} 名会换人，但该名次的奖品已发给{name}。请先取消“奖品已发放”的勾选。",
    ),
    "contest.draw_closes_registration": (
        "Registration is open until the contest day, {contest_day}. Drawing round 1 today "
        "({today}) closes it: nobody can register after the draw.",
        "报名开放至比赛日 {contest_day}。今天（{today}）抽第 1 轮签会提前截止报名："
        "抽签后无人能再报名。",
    ),
    "contest.remove_after_draw": (
        "Round 1 is drawn: withdraw {name} instead of taking them off the list.",
        "第 1 轮已抽签，请为{name}办理退赛，而不是从名单中删除。",
    ),
    # Clashes: two laptops at one contest ------------------------------------------------
    "contest.changed_meanwhile": (
        "Contest “{label}” was changed by {who} at {when} after you loaded it ({what}). "
        "Nothing was saved; look at the contest as it stands now and try again.",
        "比赛“{label}”在您打开后已被{who}于 {when} 修改（{what}）。本次未保存，"
        "请查看比赛现状后重试。",
    ),
    "contest.heat_changed_meanwhile": (
        "Heat {label} was changed by {who} at {when} after you loaded it ({what}). "
        "Nothing was saved (stored ≠ yours: {values}); look at the heat as it stands now "
        "and enter it again.",
        "第 {label} 组在您打开后已被{who}于 {when} 修改（{what}）。本次未保存"
        "（已存值 ≠ 您的值：{values}），请查看该组现状后重新录入。",
    ),
    "contest.last_change": ("{action}: {label}", "{action}：{label}"),
    "action.draw": ("drawn", "抽签"),
    "action.redraw": ("drawn again", "重新抽签"),
    "action.result": ("result", "成绩"),
    "action.withdraw": ("withdrew", "退赛"),
    "action.tie": ("tie decided", "并列裁决"),
    # The history's words for contest changes (log) ------------------------------------
    "history.nothing_changed": ("no value changed", "数值未变"),
    "history.rerun": ("re-run: {result}", "加赛：{result}"),
    "history.round_drawn": (
        "round {round}, {heats} {heats:group|groups}, seed {seed}",
        "第 {round} 轮，{heats} 组，种子 {seed}",
    ),
    "history.final_drawn": (
        "the final (round {round}), seed {seed}",
        "决赛（第 {round} 轮），种子 {seed}",
    ),
    "history.seed_before": (" (before: seed {seed})", "（原种子 {seed}）"),
    "history.result": ("{heat}: {result}", "{heat}：{result}"),
    "history.tie": ("round {round}: {names}, {way}", "第 {round} 轮：{names_zh}，{way}"),
    "history.tie.earlier_registration": ("earlier registration first", "按报名先后"),
    "history.tie.rerun": ("a re-run", "加赛"),
    "history.withdrawn": ("before round {round}", "第 {round} 轮前"),
    "history.prize_given": ("prize of place {place} handed out", "第 {place} 名奖品已发放"),
    "history.prize_to": (" ({name})", "（{name}）"),
    "history.prize_taken_back": (
        "prize of place {place}: tick taken back",
        "第 {place} 名奖品：取消发放标记",
    ),
    # The command line ------------------------------------------------------------------
    "cli.cmd_contest": ("run the beer contest", "进行喝啤酒比赛"),
    "cli.contest_register": ("register entrants by name", "按姓名报名"),
    "cli.contest_withdraw": (
        "take an entrant out (withdrawn or no-show) before their round",
        "在其比赛轮次开始前退赛（退出或未到场）",
    ),
    "cli.contest_draw": ("draw the first or the next round", "抽签第一轮或下一轮"),
    "cli.contest_redraw": (
        "draw the current round again (before any result)",
        "重新抽签本轮（录入成绩前）",
    ),
    "cli.contest_result": (
        "enter or correct a result: HEAT NAME SECONDS|DNF|DQ",
        "录入或更正成绩：组别 姓名 秒数|DNF|DQ",
    ),
    "cli.contest_rerun": ("enter a time of a tie's re-run", "录入并列重赛的成绩"),
    "cli.contest_tie": (
        "decide a tie: a re-run or the earlier registration",
        "裁决并列：重赛或按报名先后",
    ),
    "cli.contest_prize": ("tick a prize as handed out", "标记奖品已发放"),
    "cli.contest_prizes": (
        'name the prizes of places 1, 2 and 3: FIRST SECOND THIRD ("" leaves one blank)',
        '设定第 1、2、3 名的奖品：第一名 第二名 第三名（"" 表示不设）',
    ),
    "cli.contest_prizes_set": ("Prizes: {prizes}", "奖品：{prizes}"),
    "cli.contest_show": (
        "show the contest (--json: the stable JSON)",
        "显示比赛（--json：固定格式的 JSON）",
    ),
    "cli.opt_contest_phone": ("a phone number (optional)", "电话号码（可选）"),
    "cli.opt_contest_seed": (
        "the draw's seed (default: a new one, stored)",
        "抽签种子（默认：新生成并保存）",
    ),
    "cli.opt_contest_undo": ("take the tick back", "取消标记"),
    "cli.contest_registered": (
        "Registered: {names} ({count} {count:entrant|entrants}).",
        "已报名：{names}（共 {count} 人）。",
    ),
    "cli.contest_heading": (
        "{name}: {state}, round {round}, {entrants} {entrants:entrant|entrants}, {cans} gift cans",
        "{name}：{state}，第 {round} 轮，{entrants} 名选手，赠送啤酒 {cans} 罐",
    ),
    "cli.contest_heat": ("Heat {heat}", "第 {heat} 组"),
    "cli.opt_contest_if_version": (
        "refuse (exit 3) when the contest — for a result, its heat — is no longer at this "
        "version (contest show --json gives both)",
        "比赛（录入成绩时为该组）版本不是此值时拒绝（退出码 3；contest show --json 列出版本）",
    ),
    "cli.contest_given": ("(handed out)", "（已发放）"),
}
