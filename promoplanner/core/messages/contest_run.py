"""Running a stored contest: which contest, prizes handed out, the history's actions."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "contest.which_one": (
        "This campaign has several contests ({names}); name one with --contest.",
        "本活动计划有多个比赛（{names}），请用 --contest 指明。",
    ),
    "contest.no_such_place": (
        "Prizes are for places 1, 2 and 3, not {value}.",
        "奖品只设第 1、2、3 名，没有第 {value} 名。",
    ),
    "contest.place_not_decided": (
        "Place {place} is not decided yet: its prize cannot be handed out.",
        "第 {place} 名尚未决出，不能发放奖品。",
    ),
    "contest.remove_after_draw": (
        "Round 1 is drawn: withdraw {name} instead of taking them off the list.",
        "第 1 轮已抽签，请为{name}办理退赛，而不是从名单中删除。",
    ),
    "action.draw": ("drawn", "抽签"),
    "action.redraw": ("drawn again", "重新抽签"),
    "action.result": ("result", "成绩"),
    "action.withdraw": ("withdrew", "退赛"),
    "action.tie": ("tie decided", "并列裁决"),
}
