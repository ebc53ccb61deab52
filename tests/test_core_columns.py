"""Terminal columns line up when names are Chinese (two cells a character)."""

from __future__ import annotations

from promoplanner.core.columns import cells, column


def test_a_chinese_character_takes_two_cells():
    assert cells("王建国") == 6
    assert cells("planner") == 7
    assert cells("１F") == 3  # a full-width digit is wide too
    assert cells("e\u0301") == 1  # a combining accent takes no cell of its own


def test_columns_end_at_the_same_cell_in_both_scripts():
    rows = [column(name, 12) + "|" for name in ("王建国", "buyer-food", "陈静", "")]
    assert {cells(row) for row in rows} == {13}
    assert column("错误", 8) == "错误    "
    assert column(42, 5, ">") == "   42"


def test_a_name_wider_than_its_column_is_kept_whole():
    assert column("赵敏赵敏赵敏赵敏", 4) == "赵敏赵敏赵敏赵敏"
