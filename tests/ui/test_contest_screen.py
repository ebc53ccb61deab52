"""Contest registration: type a name and press Enter, Delete removes, the plan follows."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from promoplanner.services.contest import contest_roster
from promoplanner.ui.contest import ContestScreen


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


def test_entrants_typed_reach_the_list_with_cans_and_heats(qtbot, screen, gui_session):
    for n in range(9):
        register(qtbot, screen, f"Wang {n}", "1390000000" + str(n))
    entrants = roster(screen, gui_session).entrants
    assert [e.name for e in entrants] == [f"Wang {n}" for n in range(9)]
    assert entrants[0].phone == "13900000000"
    assert screen.model.rowCount() == 9
    assert screen.cans.text().endswith("45")  # 5 cans each
    assert "3 groups (3 + 3 + 3)" in screen.plan.text()
    assert screen.name.text() == ""  # ready for the next person


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
