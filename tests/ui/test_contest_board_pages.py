"""The board's paging rules, without a screen: pinned heat, pages of what fits, the page kept."""

from __future__ import annotations

from promoplanner.ui.contest.board_pages import BoardPages

HEATS = [f"1-{n}" for n in range(1, 26)]


def test_the_heat_being_raced_is_on_every_page_and_every_heat_on_some_page():
    pages = BoardPages()
    pages.lay_out(HEATS, "1-10", 9)
    assert pages.count == 3  # 24 others, 8 beside the pinned heat on a page
    seen = set()
    for _ in range(pages.count):
        assert pages.shown[0] == "1-10" and len(pages.shown) <= 9
        seen |= set(pages.shown)
        pages.step(1)
    assert seen == set(HEATS) and pages.index == 0


def test_a_new_layout_keeps_the_page_as_far_as_it_still_exists():
    pages = BoardPages()
    pages.lay_out(HEATS, None, 5)
    pages.step(-1)
    assert pages.index == 4
    pages.lay_out(HEATS, "1-3", 16)  # a larger screen: two pages only
    assert pages.index == 1 and pages.count == 2
    pages.lay_out(["4-1"], "4-1", 16)  # the final: one heat, one page
    assert pages.count == 1 and pages.shown == ("4-1",)


def test_pause_stops_the_timer_turning_but_not_the_keys():
    pages = BoardPages()
    pages.lay_out(HEATS, None, 10)
    pages.toggle_pause()
    pages.turn()
    assert pages.index == 0
    pages.step(1)
    assert pages.index == 1
    pages.toggle_pause()
    pages.turn()
    assert pages.index == 2
