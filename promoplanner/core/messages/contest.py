"""The beer contest's bracket: draws, results, withdrawals, ties and the podium."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The contest itself --------------------------------------------------------------
    "contest.group_size": (
        "A heat holds {minimum} to {maximum} {maximum:entrant|entrants}, not {value}.",
        "每组 {minimum} 至 {maximum} 人，不能是 {value} 人。",
    ),
    "contest.cans_negative": (
        "The cans per entrant cannot be negative.",
        "每人赠送的啤酒罐数不能为负数。",
    ),
    "contest.state.registration": ("registration", "报名中"),
    "contest.state.running": ("running", "比赛中"),
    "contest.state.finished": ("finished", "已结束"),
    # Registration and withdrawal -----------------------------------------------------
    "contest.registration_over": (
        "Round 1 is drawn: registration is over.",
        "第 1 轮已抽签，报名已截止。",
    ),
    "contest.name_taken": (
        "“{name}” is registered already; add something that tells them apart, like “{name} 2”.",
        "“{name}”已经报名，请加以区分，例如“{name}2”。",
    ),
    "contest.unknown_name": (
        "Nobody called “{name}” is registered for this contest.",
        "本次比赛没有名为“{name}”的选手。",
    ),
    "contest.not_an_entrant": (
        "That entrant is not registered for this contest.",
        "该选手没有报名参加本次比赛。",
    ),
    "contest.already_withdrawn": ("{name} has withdrawn already.", "{name}已经退赛。"),
    "contest.already_out": (
        "{name} is out of the contest already (round {round}).",
        "{name}已在第 {round} 轮被淘汰。",
    ),
    "contest.withdraw_in_progress": (
        "Round {round}, where {name} races, has results already; record DNF for {name} instead.",
        "{name}所在的第 {round} 轮已有成绩，请为其记录 DNF（未完成）。",
    ),
    "contest.withdraw_after_final": (
        "The final has been raced: {name} can no longer withdraw.",
        "决赛已经进行，{name}不能再退赛。",
    ),
    # Drawing -------------------------------------------------------------------------
    "contest.no_entrants": (
        "Nobody is registered: there is nothing to draw.",
        "还没有人报名，无法抽签。",
    ),
    "contest.walkover": (
        "{name} is the only entrant: no race is needed, {name} is placed first.",
        "只有{name}一人参赛，无需比赛，{name}获得第一名。",
    ),
    "contest.already_drawn": (
        "Round {round} is drawn already; enter its results, or redraw it.",
        "第 {round} 轮已经抽签，请录入成绩或重新抽签。",
    ),
    "contest.results_missing": (
        "Round {round} still waits for results (missing: {missing}); enter them before the "
        "next draw.",
        "第 {round} 轮还有 {missing} 个成绩未录入，录完后才能抽下一轮。",
    ),
    "contest.tie_pending": (
        "A tie in round {round} waits for a decision ({names}).",
        "第 {round} 轮有并列待裁定（{names_zh}）。",
    ),
    "contest.nobody_through": (
        "Nobody finished round {round}, so nobody goes through; correct the results if "
        "that is wrong.",
        "第 {round} 轮无人完成比赛，无人晋级；如有误，请更正成绩。",
    ),
    "contest.final_drawn": (
        "The final is drawn already; no round follows it.",
        "决赛已经抽签，之后没有下一轮。",
    ),
    "contest.redraw_nothing": (
        "No round is drawn yet: draw it first.",
        "还没有抽签，请先抽签。",
    ),
    "contest.redraw_after_result": (
        "Round {round} has results already; it can no longer be drawn again.",
        "第 {round} 轮已有成绩，不能再重新抽签。",
    ),
    "contest.redraw_needed": (
        "{names} withdrew after round {round} was drawn: draw it again first.",
        "第 {round} 轮抽签后{names_zh}退赛，请先重新抽签。",
    ),
    "contest.redraw_first": (
        "Somebody withdrew after round {round} was drawn: draw it again before entering results.",
        "第 {round} 轮抽签后有人退赛，请重新抽签后再录入成绩。",
    ),
    # Results -------------------------------------------------------------------------
    "contest.time_not_number": (
        "“{value}” is not a time; write the seconds like 12.34, or DNF or DQ.",
        "“{value}”不是用时，请按 12.34 填写秒数，或填 DNF、DQ。",
    ),
    "contest.time_not_positive": (
        "“{value}”: a time is more than 0 seconds.",
        "“{value}”：用时必须大于 0 秒。",
    ),
    "contest.time_too_precise": (
        "“{value}”: times are taken to 0.01 s.",
        "“{value}”：用时精确到 0.01 秒。",
    ),
    "contest.time_too_long": (
        "“{value}” is more than {maximum} seconds: probably a typo.",
        "“{value}”超过 {maximum} 秒，可能输错了。",
    ),
    "contest.heat_not_understood": (
        "“{value}” is not a heat; write it like 2-3 (round 2, heat 3), or 3 for heat 3 "
        "of the current round.",
        "“{value}”不是组号，请按 2-3（第 2 轮第 3 组）填写，或填 3 表示本轮第 3 组。",
    ),
    "contest.no_such_round": ("Round {round} has not been drawn.", "第 {round} 轮尚未抽签。"),
    "contest.no_such_heat": (
        "Round {round} has no heat {heat}.",
        "第 {round} 轮没有第 {heat} 组。",
    ),
    "contest.round_closed": (
        "Round {round} is closed: round {next} is drawn, so its results can no longer change.",
        "第 {round} 轮已结束（第 {next} 轮已抽签），成绩不能再改。",
    ),
    "contest.not_in_heat": (
        "{name} is not in heat {heat} of round {round}.",
        "{name}不在第 {round} 轮第 {heat} 组。",
    ),
    "contest.not_in_round": (
        "{name} does not race in round {round}.",
        "{name}没有参加第 {round} 轮。",
    ),
    # Ties ----------------------------------------------------------------------------
    "contest.tie.heat_win": (
        "{names} share the best time of heat {heat} in round {round} ({seconds} s), and "
        "not all of them can go through by place.",
        "{names_zh}在第 {round} 轮第 {heat} 组并列最快（{seconds} 秒），不能都按名次晋级。",
    ),
    "contest.tie.by_time": (
        "{names} share {seconds} s in round {round}, for the last place through by time.",
        "{names_zh}在第 {round} 轮同为 {seconds} 秒，争夺最后 1 个按成绩晋级的名额。",
    ),
    "contest.tie.by_time_many": (
        "{names} share {seconds} s in round {round}, for the last {slots} places through by time.",
        "{names_zh}在第 {round} 轮同为 {seconds} 秒，争夺最后 {slots} 个按成绩晋级的名额。",
    ),
    "contest.tie.medal": (
        "{names} share {seconds} s in the final, for place {places}.",
        "{names_zh}在决赛中同为 {seconds} 秒，并列第 {places} 名。",
    ),
    "contest.tie.choose": (
        "Choose a re-run between them, or the earlier registration.",
        "请选择让他们加赛，或按报名先后决定。",
    ),
    "contest.tie.rerun_waiting": (
        "Re-run chosen: enter the times of {names}.",
        "已决定加赛，请录入{names_zh}的加赛成绩。",
    ),
    "contest.decided.final": (
        "Tie in the final: {names} at {seconds} s, {how}.",
        "决赛并列：{names_zh}同为 {seconds} 秒，{how}。",
    ),
    "contest.decided.round": (
        "Tie in round {round}: {names} at {seconds} s, {how}.",
        "第 {round} 轮并列：{names_zh}同为 {seconds} 秒，{how}。",
    ),
    "contest.decided.registration": (
        "decided by earlier registration: {order}",
        "按报名先后裁定：{order_zh}",
    ),
    "contest.decided.rerun": (
        "decided by a re-run ({results})",
        "加赛裁定（{results_zh}）",
    ),
    "contest.no_such_tie": (
        "No tie between {names} waits for a decision.",
        "{names_zh}之间没有待裁定的并列。",
    ),
    "contest.rerun_under_way": (
        "The re-run is under way: enter the times of {names} first.",
        "加赛正在进行，请先录入{names_zh}的加赛成绩。",
    ),
    "contest.not_in_rerun": (
        "{name} is not in a re-run of an open round.",
        "{name}没有参加进行中轮次的加赛。",
    ),
}
