"""The campaign calendar draws one month grid page for each month of the campaign's dates."""

from __future__ import annotations

import os
from datetime import date
from unittest.mock import patch

import pytest
from new_store import new_store

from promoplanner.cli import main
from promoplanner.core.i18n import set_language
from promoplanner.documents.calendar import month_weeks
from promoplanner.documents.calendar_months import MAX_MONTHS, entries, grid_months
from promoplanner.printing import calendar_pdf
from promoplanner.services.campaign_new import create_campaign
from promoplanner.services.campaigns import load_snapshot
from promoplanner.services.demo import load_demo
from promoplanner.services.phases import add_phase
from promoplanner.services.planning import set_deadline

AUTUMN = "2027年中秋国庆"


def autumn(ctx, deadline="2027-08-25 12:00"):
    """Mid-Autumn in September, buyers' deadline in August, National Day phase into October."""
    planner = new_store(ctx)
    made = create_campaign(planner, AUTUMN, 2027, 9, theme="月圆人团圆")
    campaign_id = made.campaign.id
    p1 = add_phase(planner, campaign_id, "中秋特卖", "2027-09-10", "2027-09-17").phase
    add_phase(planner, campaign_id, "国庆黄金周", "2027-09-28", "2027-10-07")
    set_deadline(planner, p1.id, deadline, "特价商品清单交企划部")
    return planner, campaign_id


def test_a_campaign_over_three_months_prints_a_page_for_each_then_the_list(ctx, read_pdf):
    planner, campaign_id = autumn(ctx)
    pdf = read_pdf(calendar_pdf(planner, campaign_id))
    assert len(pdf.pages) == 4
    august, september, october, listing = pdf.flat
    assert "Campaigncalendar·August2027" in august
    assert "Campaigncalendar·September2027" in september
    assert "Campaigncalendar·October2027" in october
    assert "Campaigncalendar·August2027–October2027" in listing
    assert "Datesofthecampaign" in listing and "Campaigncalendar·August" not in september
    assert "Deadline12:00·P1" in august and "Deadline12:00·P1" not in september
    assert "Mid-AutumnFestival" in september
    # Phase 2 runs 28 Sep to 7 Oct: its bar ends September at the edge and goes on in October.
    assert "P2国庆黄金周→" in september
    assert "←P2国庆黄金周(continued)" in october
    assert "P1中秋特卖" in september and "P1" not in october
    assert "31" in august and "30" in september and "31" in october
    # Days of the neighbouring months are named with their month and carry nothing.
    assert "9-1" in august and "10-1" in september and "9-30" in october


def test_the_month_pages_in_chinese(ctx, read_pdf):
    planner, campaign_id = autumn(ctx)
    set_language("zh")
    pdf = read_pdf(calendar_pdf(planner, campaign_id))
    for page, month in zip(pdf.flat, ("8", "9", "10"), strict=False):
        assert f"促销日历·2027年{month}月打印于" in page
    assert "促销日历·2027年8月至2027年10月" in pdf.flat[3]
    assert "←P2国庆黄金周（续）" in pdf.flat[2]
    assert "截止12:00·P1" in pdf.flat[0]


def test_each_grid_is_its_whole_month_monday_first():
    weeks = month_weeks((2027, 9))
    assert weeks[0][0] == date(2027, 8, 30) and weeks[-1][-1] == date(2027, 10, 3)
    assert len(month_weeks((2027, 2))) == 4  # 1 Feb 2027 is a Monday
    assert len(month_weeks((2027, 8))) == 6  # from Monday 26 July


def test_the_june_demo_is_still_one_grid_page_and_the_list(sale_ctx, read_pdf):
    pdf = read_pdf(calendar_pdf(sale_ctx))
    assert len(pdf.pages) == 2
    assert "Campaigncalendar·June2027" in pdf.flat[0] and "Campaigncalendar·June2027" in pdf.flat[1]
    assert "→" not in pdf.flat[0] and "←" not in pdf.flat[0]
    assert "onlyinthislist" not in pdf.flat[1] and "Toofar" not in pdf.flat[0]


def test_dragon_boat_on_31_may_gives_may_its_own_page(ctx, read_pdf):
    """2025: Dragon Boat is on 31 May, so Phase 1 (31 May to 1 June) and its deadline start
    in May."""
    load_demo(ctx, 2025)
    pdf = read_pdf(calendar_pdf(ctx))
    assert len(pdf.pages) == 3
    may, june, _ = pdf.flat
    assert "Campaigncalendar·May2025" in may and "Campaigncalendar·June2025" in june
    assert "Deadline12:00·P1" in may and "DragonBoatFestival" in may
    assert "P1端午节促销→" in may
    assert "←P1端午节促销(continued)" in june
    assert "Deadline08:00·P2" in june and "Father'sDay" in june


def test_a_typing_slip_years_away_is_in_the_list_only_and_the_grid_says_so(ctx, read_pdf):
    planner, campaign_id = autumn(ctx, deadline="2072-08-25 12:00")
    snap = load_snapshot(planner, campaign_id)
    assert grid_months(snap, entries(snap)) == [(2027, 9), (2027, 10)]
    pdf = read_pdf(calendar_pdf(planner, campaign_id))
    assert len(pdf.pages) == 3
    for grid in pdf.flat[:2]:
        assert "Toofarfromthecampaign'smonthstodraw,soonlyinthedatedlist:" in grid
        assert "2072-08-25Deadline2072-08-2512:00." in grid
    assert "Deadline2072-08-2512:00·onlyinthislist" in pdf.flat[2]
    set_language("zh")
    zh = read_pdf(calendar_pdf(planner, campaign_id)).flat
    assert "未画入月历，只列在日程表中：2072-08-25截止2072-08-2512:00。" in zh[0]
    assert "截止2072-08-2512:00·仅列于本表" in zh[2]


def test_a_phase_typed_to_end_years_later_stops_at_the_reach(ctx, read_pdf):
    planner, campaign_id = autumn(ctx)
    add_phase(planner, campaign_id, "双十一", "2027-11-01", "2037-11-11")
    snap = load_snapshot(planner, campaign_id)
    assert grid_months(snap, entries(snap)) == [(2027, m) for m in (8, 9, 10, 11)]
    pdf = read_pdf(calendar_pdf(planner, campaign_id))
    assert len(pdf.pages) == 5
    assert "P3双十一→" in pdf.flat[3]  # November's last day: the bar goes on
    assert "2027-11-01–2037-11-11Phase3·双十一." in pdf.flat[0]


def test_a_year_long_campaign_draws_at_most_six_months(ctx, read_pdf):
    planner = new_store(ctx)
    made = create_campaign(
        planner, "全年会员日", 2027, 1, first_day="2027-01-01", last_day="2027-12-31"
    )
    pdf = read_pdf(calendar_pdf(planner, made.campaign.id))
    assert MAX_MONTHS == 6 and len(pdf.pages) == MAX_MONTHS + 1
    assert "Campaigncalendar·January2027Printed" in pdf.flat[0]
    assert "Campaigncalendar·June2027Printed" in pdf.flat[5]
    assert "Campaigncalendar·January2027–June2027" in pdf.flat[6]


@pytest.fixture
def autumn_db(tmp_path):
    """The autumn campaign made on the command line, as the README shows."""
    db = str(tmp_path / "autumn.sqlite")
    steps = [
        ["store", "init", "--name", "新华百货超市", "--city", "银川", "--planner", "zhou"],
        ["store", "floor", "add", "1F", "食品", "--end-racks", "12", "--pile-spots", "14"],
        ["campaign", "new", "--name", AUTUMN, "--year", "2027", "--month", "9"],
        ["phase", "add", "--name", "中秋特卖", "--start", "2027-09-10", "--end", "2027-09-17"],
        ["phase", "add", "--name", "国庆黄金周", "--start", "2027-09-28", "--end", "2027-10-07"],
        ["deadline", "set", "--phase", "1", "--due", "2027-08-25 12:00"],
    ]
    with patch.dict(os.environ, {"PROMOPLANNER_PASSWORD": "secret-pass-123"}):
        for n, step in enumerate(steps):
            user = ["--user", "zhou"] if n else []
            assert main(["--db", db, *user, *step]) == 0, step
    return db


def test_the_command_line_prints_the_months(autumn_db, tmp_path, capsys, read_pdf):
    target = tmp_path / "calendar.pdf"
    with patch.dict(os.environ, {"PROMOPLANNER_PASSWORD": "secret-pass-123"}):
        status = main(["--db", autumn_db, "--user", "zhou", "print", "calendar", "-o", str(target)])
    assert status == 0 and "(4 pages)" in capsys.readouterr().out
    pdf = read_pdf(target.read_bytes())
    for page, month in zip(pdf.flat, ("August", "September", "October"), strict=False):
        assert f"Campaigncalendar·{month}2027Printed" in page


def test_the_targets_print_in_wan_as_they_were_set(ctx, read_pdf):
    planner = new_store(ctx)
    made = create_campaign(
        planner, AUTUMN, 2027, 9, sales_target="1200000", stretch_target="1505000"
    )
    pdf = read_pdf(calendar_pdf(planner, made.campaign.id))
    assert "Salestarget120·stretch150.5(10,000yuan)" in pdf.flat[0]
    set_language("zh")
    assert (
        "计划完成120万元·力争完成150.5万元"
        in read_pdf(calendar_pdf(planner, made.campaign.id)).flat[0]
    )
