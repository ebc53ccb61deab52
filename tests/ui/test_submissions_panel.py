"""The buyers' lists on Phases & quotas: a buyer submits, the planner returns it with a word."""

from __future__ import annotations

from conftest import phase_of
from signed_in import sign_in

from promoplanner.services.submissions import list_submissions


def _state_of(session, phase_id: int, buyer: str) -> str:
    return next(
        s.state.value for s in list_submissions(session.ctx, phase_id) if s.buyer_name == buyer
    )


def test_a_buyer_submits_and_the_planner_returns_the_list_with_comments(qtbot, window, gui_session):
    screen = window.show_screen("planning")
    screen.buyers_tabs.setCurrentWidget(screen.submissions)
    panel = screen.submissions
    phase = phase_of(gui_session, 1)
    assert not panel.submit_button.isVisible()  # the planner has no list of their own
    sign_in(gui_session, "buyer-food")
    qtbot.waitUntil(panel.submit_button.isVisible)
    assert panel.submit_button.isEnabled() and not panel.approve_button.isVisible()
    panel.submit_button.click()
    assert _state_of(gui_session, phase.id, "王建国") == "submitted"
    assert "submitted" in panel.mine.text() and not panel.submit_button.isEnabled()

    sign_in(gui_session, "planner")
    qtbot.waitUntil(panel.approve_button.isVisible)
    panel.select_buyer("王建国")
    assert panel.approve_button.isEnabled() and panel.return_button.isEnabled()
    asked = []
    panel.ask_return = lambda buyer, items: (
        asked.append((buyer, len(items)))
        or (
            "Photos missing",
            {items[0].id: "no photo"},
        )
    )
    panel.return_button.click()
    assert asked and asked[0][0] == "王建国" and asked[0][1] > 0
    assert _state_of(gui_session, phase.id, "王建国") == "returned"

    sign_in(gui_session, "buyer-food")
    qtbot.waitUntil(lambda: "returned" in panel.mine.text())
    assert "Photos missing" in panel.mine.text() and "no photo" in panel.mine.text()
    assert panel.submit_button.isEnabled()  # fixed, it can be handed in again
