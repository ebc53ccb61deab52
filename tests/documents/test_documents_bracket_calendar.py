"""The contest sheet and the campaign calendar, read back."""

from __future__ import annotations

from datetime import date

from promoplanner.core.i18n import set_language
from promoplanner.printing import bracket_pdf, calendar_pdf
from promoplanner.services.contest import register_entrant


def test_empty_contest_prints_blank_groups_and_the_final(sale_ctx, read_pdf):
    pdf = read_pdf(bracket_pdf(sale_ctx))
    assert pdf.has("喝啤酒比赛")
    assert pdf.has("Registered: 0")
    assert pdf.has("Gift cans to have ready: 0 (5 per entrant)")
    assert pdf.has("Nobody has registered yet")
    assert pdf.has("Group 4")
    assert pdf.has("Place 1") and pdf.has("Place 3")


def test_registered_entrants_fill_the_list_and_the_cans(sale_ctx, snapshot, read_pdf):
    contest = snapshot.contests[0]
    names = [f"选手{n:02d}" for n in range(1, 11)]
    for name in names:
        register_entrant(sale_ctx, contest.id, name, phone="13812345678", on=date(2027, 6, 20))
    pdf = read_pdf(bracket_pdf(sale_ctx, contest.id))
    for name in names:
        assert pdf.has(name)
    assert pdf.has("Registered: 10")
    assert pdf.has("Gift cans to have ready: 50")
    # Ten entrants: three groups (4, 3, 3), their winners and one more by time to the final
    assert pdf.has("Round 1: 3 groups of up to 4; each group's fastest (Q) and 1 more by time (q)")
    assert not pdf.has("Group 4") and not pdf.has("Round 2")
    assert "13812345678" not in pdf.text and pdf.has("…5678")  # the phone stays private


def test_later_rounds_have_the_slots_the_round_plan_sends_on(sale_ctx, snapshot, read_pdf):
    contest = snapshot.contests[0]
    for n in range(1, 18):
        register_entrant(sale_ctx, contest.id, f"选手{n:02d}", on=date(2027, 6, 20))
    pdf = read_pdf(bracket_pdf(sale_ctx, contest.id))
    # 17: five heats send five winners and the three fastest of the rest: two full heats
    assert pdf.has("Round 1: 5 groups of up to 4; each group's fastest (Q) and 3 more by time (q)")
    assert pdf.has("Round 2: 2 groups of up to 4; each group's fastest (Q) and 2 more by time (q)")
    assert not pdf.has("Round 3")
    round_two = pdf.flat[0].split("Round2:")[1].split("Final")[0]
    assert round_two.count("Through1234") == 2  # four name slots in each group


def test_calendar_shows_the_month_with_holidays_phases_deadlines_and_contest(
    sale_ctx, snapshot, read_pdf
):
    pdf = read_pdf(calendar_pdf(sale_ctx))
    grid = pdf.flat[0]
    assert "Campaigncalendar·June2027" in grid
    for holiday in ("Children'sDay", "DragonBoatFestival", "Father'sDay"):
        assert holiday in grid, holiday
    assert "P1端午节促销" in grid and "P2父亲节促销" in grid
    assert "Deadline12:00·P1" in grid and "Deadline08:00·P2" in grid
    assert "Contest:喝啤酒比赛" in grid and "健康老爸更潇洒" in grid
    for d in range(1, 31):
        assert str(d) in grid
    assert pdf.has("Dates of the campaign")


def test_calendar_in_chinese(sale_ctx, read_pdf):
    set_language("zh")
    pdf = read_pdf(calendar_pdf(sale_ctx))
    assert pdf.has("促销日历 · 2027年6月")
    assert pdf.has("端午节") and pdf.has("周一")
