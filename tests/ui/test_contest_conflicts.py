"""Two laptops at one contest on screen: a refused time stays typed, with who and Reload."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from signed_in import as_user

from promoplanner.core.bracket import find_entrant
from promoplanner.core.enums import Role
from promoplanner.services.contest_run import contest_run, record_result
from promoplanner.services.context import connect
from promoplanner.services.people import add_person
from promoplanner.ui.contest import ContestScreen
from promoplanner.ui.session import AppSession

EVENING = datetime(2027, 6, 27, 19, 0)


@pytest.fixture
def colleague(gui_session, clock):
    """Qian Li at the other laptop: her own engine on the same database file."""
    clock.at = EVENING
    add_person(gui_session.ctx, "floor2", "secret-2", [Role.FLOOR_MANAGER], display_name="钱立")
    other = connect(gui_session.ctx.uow.engine.url.database, clock=clock)
    yield as_user(other, "floor2")
    other.uow.engine.dispose()


@pytest.fixture
def panel(qtbot, gui_session, colleague):
    screen = ContestScreen(AppSession(as_user(gui_session.ctx, "floor")))
    qtbot.addWidget(screen)
    screen.resize(1300, 850)
    screen.show()
    for name in ["王伟", "李娜", "张强", "刘洋", "陈静", "赵磊", "孙丽"]:
        screen.name.setText(name)
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)
    screen.tabs.setCurrentWidget(screen.run_panel)
    screen.run_panel.draw_button.click()
    assert list(screen.run_panel.cards) == ["1-1", "1-2"]
    return screen.run_panel


def stored(ctx, contest_id: int, name: str):
    run = contest_run(ctx, contest_id)
    result = run.state.result(1, find_entrant(run.state, name).id)
    return None if result is None else str(result)


def type_time(qtbot, field, typed: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_time_refused_because_a_colleague_typed_into_the_heat_stays_with_reload(
    qtbot, panel, colleague
):
    contest = panel.contest_id
    card = panel.cards["1-1"]
    mine, hers = card.names[0], card.names[1]
    record_result(colleague, contest, "1-1", hers, "40.55")  # she saw the heat as we did
    type_time(qtbot, card.fields[0], "12.34")
    assert card.fields[0].text() == "12.34"  # kept, not lost nor replaced
    assert card.error.isVisible() and card.reload_button.isVisible()
    said = card.error.text()
    assert "钱立" in said and "Heat 1-1" in said and "Nothing was saved" in said
    assert stored(colleague, contest, mine) is None  # nothing of ours was written
    card.reload_button.click()
    card = panel.cards["1-1"]
    assert card.fields[1].text() == "40.55"  # her time, now on our screen
    assert card.fields[0].text() == "12.34" and card.fields[0].hasFocus()  # ours, still typed
    assert "Reloaded" in card.error.text() and not card.reload_button.isVisible()
    qtbot.keyClick(card.fields[0], Qt.Key.Key_Return)
    assert stored(colleague, contest, mine) == "12.34"
    assert stored(colleague, contest, hers) == "40.55"
    assert not card.error.isVisible()


def test_times_for_another_heat_land_and_a_stale_withdrawal_offers_reload(qtbot, panel, colleague):
    contest = panel.contest_id
    record_result(colleague, contest, "1-2", panel.cards["1-2"].names[0], "39.00")
    card = panel.cards["1-1"]
    type_time(qtbot, card.fields[0], "12.34")  # another heat than hers: it lands
    assert not card.error.isVisible()
    assert stored(colleague, contest, card.names[0]) == "12.34"
    record_result(colleague, contest, "1-2", panel.cards["1-2"].names[1], "39.50")
    panel.withdraw_picker.setCurrentText(panel.cards["1-2"].names[2])
    panel.withdraw_button.click()
    assert "钱立" in panel.error.text() and panel.reload_button.isVisible()
    assert contest_run(colleague, contest).state.withdrawals == ()
    panel.reload_button.click()
    assert panel.error.text() == "" and not panel.reload_button.isVisible()
    assert panel.cards["1-2"].fields[1].text() == "39.50"
