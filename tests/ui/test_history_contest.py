"""The change log shows a contest evening's entries: words for each action, no repeated heat."""

from __future__ import annotations

from datetime import datetime

from signed_in import as_user

from promoplanner.services.contest import register_entrant
from promoplanner.services.contest_run import (
    contest_run,
    decide_tie,
    draw_round,
    find_contest,
    hand_out_prize,
    record_result,
)
from promoplanner.ui.history import ChangeLogDialog
from promoplanner.ui.session import AppSession


def test_the_change_log_reads_a_contest_evening(qtbot, qtmodeltester, gui_session, clock):
    clock.at = datetime(2027, 6, 27, 19, 0)
    floor = as_user(gui_session.ctx, "floor")
    contest = find_contest(floor)
    for name in ("孙八", "李四", "赵六", "周九"):
        register_entrant(floor, contest, name)
    draw_round(floor, contest, seed=1)
    for name, typed in (("周九", "11.00"), ("李四", "12.00"), ("孙八", "10.50"), ("赵六", "11.00")):
        record_result(floor, contest, "1", name, typed)
    record_result(floor, contest, "1", "李四", "11.90")  # a correction
    decide_tie(floor, contest, ["赵六", "周九"], "earlier_registration")
    hand_out_prize(floor, contest, 1)
    phase = contest_run(floor, contest).contest.phase_id
    log = ChangeLogDialog(AppSession(floor), phase)
    qtbot.addWidget(log)
    qtmodeltester.check(log.model)
    model = log.model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    actions = {r[2] for r in rows}
    assert {"Drawn", "Result", "Tie decided", "Changed"} <= actions
    correction = [r for r in rows if r[2] == "Result" and r[5] == "12.00"]
    assert [(r[3], r[4], r[6]) for r in correction] == [("李四", "result", "11.90")]
    assert not any(r[4] == "heat" and r[5] == r[6] for r in rows)  # no "1-1 → 1-1"
