"""Documents: made in the background, previewed, saved and opened; Cancel frees the window."""

from __future__ import annotations

import pytest
from conftest import phase_of
from PySide6.QtCore import Qt

from promoplanner.ui.documents import DocumentsScreen
from promoplanner.ui.documents.catalog import DOCUMENTS, maker


@pytest.fixture
def screen(qtbot, gui_session):
    widget = DocumentsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if widget.job is not None:
        widget.job.wait(60_000)


def test_every_document_has_its_maker():
    assert all(maker(d) is not None for d in DOCUMENTS)


def test_calendar_is_made_previewed_and_saved(qtbot, screen, tmp_path):
    screen.choose("calendar")
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    assert screen.job is not None and screen.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: screen.pdf is not None, timeout=60_000)
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
    assert screen.pdf.startswith(b"%PDF")
    assert screen.preview.page_count >= 1
    assert not screen.preview.pages[0].pixmap().isNull()
    target = tmp_path / "june.pdf"

    class FakeDialog:
        @staticmethod
        def getSaveFileName(*_args, **_kwargs):
            return str(target), ""

    screen.file_dialog = FakeDialog
    screen.save_button.click()
    assert target.read_bytes() == screen.pdf
    opened = []
    screen.open_url = opened.append
    screen.open_button.click()
    assert opened and opened[0].toLocalFile().endswith("promoplanner-calendar.pdf")


def test_the_buyer_checklist_of_one_buyer(qtbot, screen, gui_session):
    screen.choose("checklist")
    screen.choices.phase.choose(phase_of(gui_session, 2).id)
    screen.choices.buyer.setCurrentIndex(1)
    assert screen.choices.buyer.isVisible() and not screen.choices.day.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.pdf is not None, timeout=60_000)
    assert screen.made_key == "checklist"


def test_cancel_frees_the_window_and_drops_the_result(qtbot, screen):
    screen.choose("display_check_pack")
    screen.make_button.click()
    job = screen.job
    assert job is not None and not screen.list.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.job is None
    assert screen.list.isEnabled() and screen.make_button.isEnabled()
    assert "Cancelled" in screen.status.text()
    job.wait(60_000)
    qtbot.wait(50)
    assert screen.pdf is None  # the abandoned result was thrown away
