"""Fixtures of the items and daily-check screen tests: a demo database at a chosen moment."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from signed_in import sign_in

from promoplanner.services.campaigns import find_phase, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.items import ItemQuery, list_items
from promoplanner.ui.items import ItemsScreen
from promoplanner.ui.items.columns import COLUMN_INDEX
from promoplanner.ui.session import AppSession


@pytest.fixture
def demo_session(demo_db_template, tmp_path, clock):
    """A session on a copy of the 2027 demo, as the planner, at the test's clock."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    ctx = connect(str(path), clock=clock)
    session = AppSession(ctx)
    sign_in(session, "planner")
    yield session
    ctx.uow.engine.dispose()


def phase_id(session: AppSession, number: str) -> int:
    """The id of phase 1 or 2 of the demo."""
    return find_phase(load_snapshot(session.ctx, session.campaign_id), number).id


def demo_item(session: AppSession, name: str):
    """The demo item of that name (phase 1 first)."""
    for number in ("1", "2"):
        query = ItemQuery(phase_id=phase_id(session, number), text=name)
        found = [i for i in list_items(session.ctx, query) if i.name == name]
        if found:
            return found[0]
    raise LookupError(name)


def type_into_cell(qtbot, view, index, text: str, key=Qt.Key.Key_Return) -> None:
    """Open the cell's editor as a person would, replace its text, commit with Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, key)
    commit(qtbot, view)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would; Chinese arrives through the input method, as from 拼音."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def commit(qtbot, view) -> None:
    """Wait for the editor to hand its text to the model (Qt commits on Enter a moment later)."""
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    QApplication.processEvents()


@pytest.fixture
def screen(qtbot, demo_session):
    """The flyer items screen on the demo, shown and active as a person would have it."""
    widget = ItemsScreen(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def cell(screen, item_id: int, key: str):
    """The model index of an item's cell in the named column."""
    return screen.model.index(screen.model.row_of(item_id), COLUMN_INDEX[key])
