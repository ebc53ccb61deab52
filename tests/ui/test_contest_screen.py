"""Contest registration: type a name and press Enter, Delete removes, the plan follows."""

from __future__ import annotations

from datetime import datetime

import pytest
from items_fixtures import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from signed_in import sign_in, sign_in_buyer

from promoplanner.core import i18n
from promoplanner.services.contest import contest_roster
from promoplanner.ui.contest import ContestScreen
from promoplanner.ui.language import install_translators


@pytest.fixture
def screen(qtbot, gui_session, clock):
    clock.at = datetime(2027, 6, 20, 10, 0)  # registration is open (6-19 to 6-27)
    widget = ContestScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def register(qtbot, screen, name: str, phone: str = "") -> None:
    qtbot.keyClicks(screen.name, name)
    if phone:
        qtbot.keyClicks(screen.phone, phone)
    qtbot.keyClick(screen.name, Qt.Key.Key_Return)


def roster(screen, gui_session):
    return contest_roster(gui_session.ctx, screen.contest_id())


def test_entrants_typed_reach_the_list_with_cans_and_heats(qtbot, english, screen, gui_session):
    for n in range(9):
        register(qtbot, screen, f"Wang {n}", "1390000000" + str(n))
    entrants = roster(screen, gui_session).entrants
    assert [e.name for e in entrants] == [f"Wang {n}" for n in range(9)]
    assert entrants[0].phone == "13900000000"
    assert screen.model.rowCount() == 9
    assert screen.cans.text().endswith("45")  # 5 cans each
    assert "3 groups (3 + 3 + 3)" in screen.plan.text()
    assert screen.name.text() == ""  # ready for the next person


def test_the_heat_plan_says_one_group_and_one_round_in_the_singular(qtbot, english, screen):
    """A finding: three entrants read "First round: 1 groups (3); 1 rounds"."""
    for n in range(3):
        register(qtbot, screen, f"Li {n}")
    assert screen.plan.text() == "First round: 1 group (3); 1 round including the final."


def test_delete_removes_the_selected_entrant(qtbot, screen, gui_session):
    for name in ("A", "B", "C"):
        register(qtbot, screen, name)
    screen.table.setFocus()
    screen.table.selectRow(1)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert [e.name for e in roster(screen, gui_session).entrants] == ["A", "C"]


def test_an_empty_name_is_refused_next_to_the_field(qtbot, screen, gui_session):
    qtbot.keyClicks(screen.phone, "139")
    screen.add_button.click()
    assert screen.errors.marked() == ["name"]
    assert screen.phone.text() == "139"
    assert roster(screen, gui_session).entrants == ()


def test_before_registration_opens_the_reason_is_shown(qtbot, screen, gui_session, clock):
    clock.at = datetime(2027, 6, 3, 10, 0)
    register(qtbot, screen, "Too early")
    assert screen.errors.marked() == ["name"]
    assert "2027-06-19" in screen.errors.error_label("name").text()
    assert screen.name.text() == "Too early"
    assert roster(screen, gui_session).entrants == ()


def test_entrants_model_passes_the_model_tester(qtmodeltester, qtbot, screen):
    register(qtbot, screen, "Li")
    qtmodeltester.check(screen.model)


def test_a_second_registration_of_the_same_person_is_refused_next_to_the_name(
    qtbot, screen, gui_session
):
    register(qtbot, screen, "Zhang Wei", "13800138000")
    register(qtbot, screen, "Zhang Wei", "13800138000")
    assert screen.errors.marked() == ["name"]
    assert "already registered" in screen.errors.error_label("name").text()
    assert screen.errors.error_label("name").isVisible()
    assert (screen.name.text(), screen.phone.text()) == ("Zhang Wei", "13800138000")
    assert [e.name for e in roster(screen, gui_session).entrants] == ["Zhang Wei"]
    # another phone is another person (two Zhang Weis are common), but results and the
    # board go by name: the second one is told apart by the name
    screen.phone.selectAll()
    qtbot.keyClicks(screen.phone, "13900139000")
    assert screen.errors.marked() == []  # the mark goes once the person changes what was refused
    qtbot.keyClick(screen.phone, Qt.Key.Key_Return)
    assert "Zhang Wei 2" in screen.errors.error_label("name").text()
    qtbot.keyClicks(screen.name, " 2")
    qtbot.keyClick(screen.name, Qt.Key.Key_Return)
    assert [(e.name, e.phone) for e in roster(screen, gui_session).entrants] == [
        ("Zhang Wei", "13800138000"),
        ("Zhang Wei 2", "13900139000"),
    ]


def test_a_phone_that_is_no_phone_number_is_refused_next_to_the_phone(qtbot, screen, gui_session):
    register(qtbot, screen, "Li Qiang", "tomorrow")
    assert screen.errors.marked() == ["phone"]
    assert "not a phone number" in screen.errors.error_label("phone").text()
    assert screen.errors.error_label("phone").isVisible()
    assert screen.phone.hasFocus()  # ready to be corrected
    assert (screen.name.text(), screen.phone.text()) == ("Li Qiang", "tomorrow")
    assert roster(screen, gui_session).entrants == ()


def test_chinese_refusals_of_the_contest_read_in_chinese(qtbot, screen, gui_session):
    app = QApplication.instance()
    install_translators(app, "zh")
    try:
        type_text(qtbot, screen.name, "王芳")
        type_text(qtbot, screen.phone, "明天")
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)
        assert screen.errors.error_label("phone").text() == "“明天”不是电话号码。"
        assert screen.name.text() == "王芳"
    finally:
        install_translators(app, "en")
        i18n.set_language("en")


def test_a_buyer_is_told_to_ask_the_planning_department(qtbot, window, gui_session, clock):
    clock.at = datetime(2027, 6, 20, 10, 0)
    buyer = gui_session.layout().buyers[0]
    sign_in_buyer(gui_session, buyer.id)
    screen = window.show_screen("contest")
    register(qtbot, screen, "Chen Jie")
    assert screen.errors.error_label("name").text() == (
        f"{buyer.name} (buyer) may not do this: it needs the right “run the contest”; "
        "ask the planning department."
    )
    assert roster(screen, gui_session).entrants == ()


def test_prizes_typed_for_places_one_to_three_are_stored(qtbot, screen, gui_session):
    first, second, third = screen.prizes
    assert roster(screen, gui_session).contest.prizes == ("", "", "")  # blank in the source
    type_text(qtbot, first, "一箱啤酒 + 奖杯")
    type_text(qtbot, second, "Half a case of beer")
    type_text(qtbot, third, "六罐啤酒")
    screen.prizes_button.click()
    assert roster(screen, gui_session).contest.prizes == (
        "一箱啤酒 + 奖杯",
        "Half a case of beer",
        "六罐啤酒",
    )
    # registering somebody afterwards leaves the prizes as stored
    register(qtbot, screen, "Wang Fang")
    assert screen.prizes[1].text() == "Half a case of beer"
    assert not screen.prizes_dirty()


def test_an_overlong_prize_is_refused_next_to_its_place(qtbot, screen, gui_session):
    qtbot.keyClicks(screen.prizes[0], "Beer")
    qtbot.keyClicks(screen.prizes[2], "x" * 201)
    qtbot.keyClick(screen.prizes[2], Qt.Key.Key_Return)
    assert screen.prize_errors.marked() == ["prize_3"]
    assert "at most 200" in screen.prize_errors.error_label("prize_3").text()
    assert roster(screen, gui_session).contest.prizes == ("", "", "")
    assert screen.prizes[0].text() == "Beer"  # nothing lost


def test_a_floor_manager_sets_the_prizes_and_a_buyer_may_not(qtbot, window, gui_session, clock):
    clock.at = datetime(2027, 6, 20, 10, 0)
    sign_in(window.session, "floor")
    screen = window.show_screen("contest")
    qtbot.keyClicks(screen.prizes[0], "Trophy")
    qtbot.keyClick(screen.prizes[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert roster(screen, gui_session).contest.prizes == ("Trophy", "", "")
    sign_in_buyer(gui_session, gui_session.layout().buyers[0].id)
    screen.prizes[0].selectAll()
    qtbot.keyClicks(screen.prizes[0], "Bigger trophy")
    screen.prizes_button.click()
    assert screen.prize_errors.marked() == ["prize_1"]
    assert roster(screen, gui_session).contest.prizes == ("Trophy", "", "")


def test_a_prize_typed_with_a_trailing_space_is_saved_once(qtbot, screen, gui_session):
    saves = []
    gui_session.data_changed.connect(saves.append)
    qtbot.keyClicks(screen.prizes[0], "Trophy ")
    screen.save()  # what the window's Ctrl+S calls
    assert roster(screen, gui_session).contest.prizes == ("Trophy", "", "")
    assert saves == ["contest"]
    assert not screen.prizes_dirty()  # the stored "Trophy" is what was typed
    screen.save()
    assert saves == ["contest"]  # nothing to save again
