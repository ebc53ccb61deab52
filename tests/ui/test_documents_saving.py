"""Documents: the preview zooms, Save as proposes a folder and a name per proof round, and a
proof of a phase with rule errors is made only after saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import floor_code, phase_of
from PySide6.QtCore import Qt

from promoplanner.services.planning import set_quota
from promoplanner.services.proofs import list_proofs
from promoplanner.ui.documents import DocumentsScreen
from promoplanner.ui.documents.names import default_name, save_folder

CTRL = Qt.KeyboardModifier.ControlModifier


class Dialog:
    """Stands in for the Save as dialog: records what it proposed, answers a file."""

    def __init__(self, answer: Path | None = None) -> None:
        self.answer = answer
        self.proposed: list[str] = []

    def getSaveFileName(self, _parent, _title, proposed, _filter):
        self.proposed.append(proposed)
        target = self.answer or Path(proposed)
        return str(target), ""


@pytest.fixture
def screen(qtbot, gui_session):
    widget = DocumentsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    yield widget
    widget.finish_jobs()


def make(qtbot, screen) -> None:
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
    assert screen.pdf is not None, screen.status.text()


def page_width(screen) -> int:
    return screen.preview.pages[0].pixmap().width()


def test_the_preview_zooms_with_ctrl_plus_and_minus_and_fits_the_width(qtbot, screen):
    screen.choose("calendar")
    make(qtbot, screen)
    fitted = page_width(screen)
    assert screen.fit_button.isChecked() and screen.zoom_label.text().endswith(" %")
    screen.preview.setFocus()
    qtbot.keyClick(screen.preview, Qt.Key.Key_Plus, CTRL)
    bigger = page_width(screen)
    assert bigger > fitted and not screen.fit_button.isChecked()
    assert int(screen.zoom_label.text().split()[0]) > 0
    qtbot.keyClick(screen.preview, Qt.Key.Key_Plus, CTRL)
    assert page_width(screen) > bigger
    qtbot.keyClick(screen.preview, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(screen.preview, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(screen.preview, Qt.Key.Key_Minus, CTRL)
    assert page_width(screen) < fitted
    qtbot.keyClick(screen.preview, Qt.Key.Key_0, CTRL)
    assert page_width(screen) == fitted and screen.fit_button.isChecked()
    screen.zoom_in_button.click()  # the same with the mouse
    assert page_width(screen) > fitted


def test_save_as_names_the_phase_and_proof_round_and_opens_where_the_last_went(
    qtbot, window, gui_session, tmp_path
):
    screen = window.show_screen("documents")
    screen.choose("flyer_proof")
    phase = phase_of(gui_session, 1)
    screen.choices.phase.choose(phase.id)
    make(qtbot, screen)
    first = Dialog(tmp_path / "round-1" / "flyer-proof_phase-1_v1.pdf")
    (tmp_path / "round-1").mkdir()
    screen.file_dialog = first
    default_folder = save_folder()  # the documents folder (or home) on a first save
    screen.save_button.click()
    proposed = Path(first.proposed[0])
    assert proposed.name == "flyer-proof_phase-1_v1.pdf"
    assert proposed.parent == default_folder != Path.cwd()  # never the program's own folder
    make(qtbot, screen)
    second = Dialog()
    screen.file_dialog = second
    screen.save_button.click()
    assert Path(second.proposed[0]) == tmp_path / "round-1" / "flyer-proof_phase-1_v2.pdf"
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1, 2]
    assert (tmp_path / "round-1" / "flyer-proof_phase-1_v1.pdf").exists()  # not overwritten


def test_default_names_of_the_other_documents(gui_session):
    snap = gui_session.snapshot()
    phase = phase_of(gui_session, 2)
    buyer = next(b for b in snap.buyers if b.name == "王建国")
    floor = floor_code(gui_session, "1F")
    choices = {"phase": phase.id, "buyer": buyer.id, "floor": floor.id, "day": "2027-06-19"}
    assert default_name("checklist", choices, snap) == "buyer-checklist_phase-2_王建国.pdf"
    assert default_name("display_check", choices, snap) == "display-check_2027-06-19_1F.pdf"
    assert default_name("flyer_proof", choices, snap) == "flyer-proof_phase-2_draft.pdf"
    assert default_name("calendar", {}, snap) == "campaign-calendar_2027-06.pdf"


def test_a_proof_of_a_phase_with_rule_errors_asks_first_with_the_count(
    qtbot, english, screen, gui_session
):
    phase = phase_of(gui_session, 1)
    # 1F has 45 items; a minimum of 60 and a maximum of 70 make it short: one error
    gui_session.change(
        "planning", set_quota, phase.id, floor_code(gui_session, "1F").id, 60, 70, 10
    )
    asked: list[str] = []
    answer = False
    screen.confirm = lambda _parent, _title, question, _yes, _no: asked.append(question) or answer
    screen.choose("flyer_proof")
    screen.choices.phase.choose(phase.id)
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    assert screen.job is None and screen.pdf is None  # stopped: nothing made, no number
    errors = [f for f in gui_session.findings() if f.is_error and f.phase_id == phase.id]
    assert asked == [
        f"This phase has {len(errors)} rule error{'s' if len(errors) > 1 else ''} (the Dashboard "
        "lists them). A numbered proof goes to the buyers to check and sign: make it anyway?"
    ]
    assert "No proof made" in screen.status.text()
    answer = True
    make(qtbot, screen)
    assert screen.unrecorded is not None and screen.unrecorded.stamp.version == 1
    # a draft (not a proof round) is made without the question
    asked.clear()
    screen.choices.record.setChecked(False)
    make(qtbot, screen)
    assert asked == []
