"""A cancelled first-run assistant is offered again; commands that cannot run say why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from promoplanner.services.campaign_new import create_campaign
from promoplanner.services.context import connect
from promoplanner.ui.app import open_window
from promoplanner.ui.firstrun.assistant import offer_first_run
from promoplanner.ui.session import AppSession


@pytest.fixture
def empty_window(qtbot, tmp_path, clock):
    """The window on a new database: no store, nobody who could sign in."""
    ctx = connect(str(tmp_path / "empty.sqlite"), clock=clock)
    window = open_window(AppSession(ctx))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    assistant = getattr(window, "first_run_assistant", None)
    if assistant is not None:
        assistant.reject()
    ctx.uow.engine.dispose()


def test_a_cancelled_assistant_leaves_a_way_back(qtbot, empty_window):
    window = empty_window
    assistant = offer_first_run(window)
    assert assistant is not None and assistant.isVisible()
    assistant.reject()  # Cancel
    banner = window.set_up_banner
    assert banner is not None and banner.isVisible()
    assert "nobody can sign in" in banner.text.text()
    assert not window.stack.isEnabled()  # the Store screen cannot be typed into for nobody
    button = banner.findChild(QPushButton, "set_up_store")
    assert button.text() == "Set up this store…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    again = window.first_run_assistant
    assert isinstance(again, QWizard) and again.isVisible() and again is not assistant
    again.reject()
    window.actions_by_name["set_up_store"].trigger()  # File → Set up this store…
    assert window.first_run_assistant.isVisible()


def test_a_set_up_store_shows_no_banner_and_the_menu_says_so(qtbot, window):
    assert window.set_up_banner is not None and not window.set_up_banner.isVisible()
    assert window.stack.isEnabled()
    window.actions_by_name["set_up_store"].trigger()
    assert "set up already" in window.statusBar().currentMessage()
    assert getattr(window, "first_run_assistant", None) is None


def test_documents_of_a_campaign_without_phases_say_so_never_none(qtbot, window, gui_session):
    made = create_campaign(gui_session.ctx, "2027年中秋", 2027, 9)
    gui_session.set_campaign(made.campaign.id)
    screen = window.show_screen("documents")
    screen.choose("flyer_proof")
    assert not screen.make_button.isEnabled()
    assert screen.status.text() == "This campaign has no phase yet: add one on Phases & quotas."
    screen.make()  # Ctrl+Enter all the same
    assert "None" not in screen.status.text() and "no phase yet" in screen.status.text()
    assert screen.job is None
    screen.choose("calendar")  # a document of the whole campaign can be made
    assert screen.make_button.isEnabled()
