"""The contest sheet prints the round being raced from what was stored, then the podium."""

from __future__ import annotations

from promoplanner.core.i18n import set_language
from promoplanner.printing import bracket_pdf
from promoplanner.services.contest import register_entrant, set_prizes
from promoplanner.services.contest_run import (
    contest_run,
    draw_round,
    find_contest,
    hand_out_prize,
    record_result,
    withdraw_entrant,
)


def _race(ctx, contest_id: int, times: dict[str, str]) -> None:
    run = contest_run(ctx, contest_id)
    for heat in run.state.rounds[-1].heats:
        for entrant in heat.entrant_ids:
            name = run.name(entrant)
            if name in times:
                record_result(ctx, contest_id, heat.id, name, times[name])


def test_the_current_round_prints_times_dnf_and_who_went_through(sale_ctx, read_pdf):
    contest = find_contest(sale_ctx)
    names = [f"选手{n:02d}" for n in range(1, 11)]
    for name in names:
        register_entrant(sale_ctx, contest, name)
    withdraw_entrant(sale_ctx, contest, "选手10")  # before the draw: no cans, no heat
    draw_round(sale_ctx, contest, seed=4)
    times = {name: f"{20 + n}.{n}5" for n, name in enumerate(names[:9])}
    times["选手09"] = "DNF"
    _race(sale_ctx, contest, times)
    pdf = read_pdf(bracket_pdf(sale_ctx))
    assert pdf.has("Registered: 9") and pdf.has("Gift cans to have ready: 45")
    assert not pdf.has("选手10")  # withdrawn before the draw: off the list
    assert pdf.has("Round 1: 3 groups of up to 4")
    assert pdf.has("Group 1-1") and pdf.has("Group 1-3") and not pdf.has("Group 1-4")
    assert pdf.has("20.05") and pdf.has("DNF")
    run = contest_run(sale_ctx, contest)
    heats = run.standing.rounds[0].heats
    marked = [(e, "Q") for h in heats for e in h.by_place] + [
        (e, "q") for h in heats for e in h.by_time
    ]
    assert [m for _, m in marked].count("q") == 1  # the fastest of the rest fills the final
    for e, mark in marked:
        assert pdf.has(f"{run.name(e)}{times[run.name(e)]}{mark}"), (run.name(e), mark)
    assert pdf.has("Final: 4 entrants race for places 1 to 3")


def test_the_final_and_the_podium_with_prizes_and_their_ticks(sale_ctx, read_pdf):
    contest = find_contest(sale_ctx)
    for name in ("王伟", "李娜", "张强", "刘洋", "陈静"):
        register_entrant(sale_ctx, contest, name)
    set_prizes(sale_ctx, contest, "啤酒一箱", "啤酒半箱", "纪念杯")
    draw_round(sale_ctx, contest, seed=1)
    _race(sale_ctx, contest, {"王伟": "11.00", "李娜": "12.00", "张强": "13.00",
                              "刘洋": "14.00", "陈静": "15.00"})  # fmt: skip
    draw_round(sale_ctx, contest, seed=2)
    _race(sale_ctx, contest, {"王伟": "10.50", "李娜": "9.80", "张强": "11.20",
                              "刘洋": "12.40", "陈静": "13.00"})  # fmt: skip
    hand_out_prize(sale_ctx, contest, 1)
    run = contest_run(sale_ctx, contest)
    assert run.json()["state"] == "finished"
    first, second, third = run.json()["podium"]
    assert first == "李娜"
    set_language("zh")
    pdf = read_pdf(bracket_pdf(sale_ctx))
    assert pdf.has("第1轮晋级：")
    assert pdf.has("决赛：4名选手争夺前三名")
    assert pdf.has("领奖台") and pdf.has("啤酒一箱") and pdf.has("纪念杯")
    podium = pdf.flat[0].split("领奖台")[-1]
    assert podium.index(first) < podium.index(second) < podium.index(third)
    assert "9.80" in podium and "✓" in podium
