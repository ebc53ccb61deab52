"""A day of the calendar shows what happens, or says with an ellipsis that more was left out."""

from __future__ import annotations

from reportlab.lib import colors

from promoplanner.core.i18n import set_language
from promoplanner.documents.calendar import Mark, cell_lines
from promoplanner.documents.styles import ELLIPSIS
from promoplanner.printing import calendar_pdf


def test_the_registration_day_names_the_contest_in_both_languages(sale_ctx, snapshot, read_pdf):
    contest = snapshot.contests[0]
    assert read_pdf(calendar_pdf(sale_ctx)).flat[0].count(f"Registration:{contest.name}") == 1
    set_language("zh")
    assert f"开始报名：{contest.name}" in read_pdf(calendar_pdf(sale_ctx)).flat[0]


def test_a_full_cell_ends_its_last_line_with_an_ellipsis():
    marks = [Mark(f"事项 {n}", colors.black) for n in range(4)]
    marks.append(Mark("Registration opens: 喝啤酒比赛", colors.black))
    lines = cell_lines(marks, 90, 5)
    assert len(lines) == 5 and lines[-1][0].endswith(ELLIPSIS)
    assert [line for line, _ in lines[:4]] == ["事项 0", "事项 1", "事项 2", "事项 3"]
    assert all(not line.endswith(ELLIPSIS) for line, _ in cell_lines(marks, 300, 9))
