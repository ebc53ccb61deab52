"""Documents: made in the background, previewed, saved and opened; Cancel frees the window."""

from __future__ import annotations

import io
import re
import time

import pytest
from conftest import phase_of
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from signed_in import sign_in, sign_in_buyer

from promoplanner.core import i18n
from promoplanner.core.errors import NotAllowed
from promoplanner.services.proofs import list_proofs
from promoplanner.ui.documents import DocumentsScreen
from promoplanner.ui.documents import screen as catalog
from promoplanner.ui.documents.catalog import DOCUMENTS, maker
from promoplanner.ui.documents.worker import DocumentJob
from promoplanner.ui.language import install_translators


@pytest.fixture
def screen(qtbot, gui_session):
    widget = DocumentsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.finish_jobs()


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
    screen.open_url = lambda url: opened.append(url) or True  # a viewer opened it
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


# --- who may number a proof round; what the status says when done ---------------------


@pytest.fixture
def chinese():
    app = QApplication.instance()
    install_translators(app, "zh")
    yield
    install_translators(app, "en")
    i18n.set_language("en")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def make(qtbot, screen) -> None:
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)


def keep(screen) -> None:
    """Open the document made in the (replaced) PDF viewer."""
    screen.open_url = lambda _url: True
    screen.open_button.click()


def save_to(screen, target) -> None:
    """Click Save as… and choose that file."""

    class FakeDialog:
        @staticmethod
        def getSaveFileName(*_args, **_kwargs):
            return str(target), ""

    screen.file_dialog = FakeDialog
    screen.save_button.click()


def numbered_proof_shown(qtbot, window, gui_session):
    """The planner's documents screen with phase 1's numbered proof previewed."""
    screen = window.show_screen("documents")
    screen.choose("flyer_proof")
    phase = phase_of(gui_session, 1)
    screen.choices.phase.choose(phase.id)
    assert screen.choices.record.isChecked()
    make(qtbot, screen)
    assert screen.pdf is not None, screen.status.text()
    return screen, phase


def test_a_previewed_proof_records_nothing_until_it_is_saved(qtbot, window, gui_session, tmp_path):
    screen, phase = numbered_proof_shown(qtbot, window, gui_session)
    assert "PROOF v1" in pdf_text(screen.pdf)  # the number it will get
    assert "v1 (not yet recorded)" in screen.status.text()
    # made again and cancelled half-way: still nothing recorded
    screen.make_button.click()
    job = screen.job
    screen.cancel_button.click()
    job.wait(60_000)
    qtbot.wait(50)
    assert list_proofs(gui_session.ctx, phase.id) == []
    make(qtbot, screen)
    assert list_proofs(gui_session.ctx, phase.id) == []  # previewed, not saved
    target = tmp_path / "proof.pdf"
    save_to(screen, target)
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1]
    assert "PROOF v1" in pdf_text(target.read_bytes())
    assert "Proof v1 recorded" in screen.status.text()
    save_to(screen, tmp_path / "copy.pdf")  # the same proof kept twice is one round
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1]
    make(qtbot, screen)
    assert "PROOF v2" in pdf_text(screen.pdf)
    keep(screen)  # opening it in the viewer keeps it too
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1, 2]


def test_a_number_taken_meanwhile_asks_for_the_proof_again(qtbot, window, gui_session, tmp_path):
    from promoplanner.printing import flyer_proof_pdf

    screen, phase = numbered_proof_shown(qtbot, window, gui_session)
    flyer_proof_pdf(gui_session.ctx, phase.id)  # another planner's proof takes v1
    target = tmp_path / "proof.pdf"
    save_to(screen, target)
    assert not target.exists()  # a PDF saying v1 would match nothing on record
    assert not list(tmp_path.glob(".*.part"))  # nor is a half-kept copy left behind
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1]
    assert "Make the proof again (it will be v2)" in screen.status.text()
    assert screen.pdf is None and not screen.save_button.isEnabled()
    make(qtbot, screen)
    save_to(screen, target)
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1, 2]
    assert "PROOF v2" in pdf_text(target.read_bytes())


@pytest.mark.parametrize("person", ["floor_manager", "buyer"])
def test_others_than_planners_make_a_draft_proof(qtbot, window, gui_session, person):
    if person == "floor_manager":
        sign_in(window.session, "floor")
    else:
        sign_in_buyer(gui_session, gui_session.layout().buyers[0].id)
    screen = window.show_screen("documents")
    screen.choose("flyer_proof")
    phase = phase_of(gui_session, 1)
    screen.choices.phase.choose(phase.id)
    assert not screen.choices.record.isVisible()
    assert screen.choices.draft_note.isVisible()
    assert "only the planning department numbers proof rounds" in screen.choices.draft_note.text()
    make(qtbot, screen)
    assert screen.pdf is not None, screen.status.text()
    assert "PROOF · DRAFT" in pdf_text(screen.pdf)
    assert list_proofs(gui_session.ctx, phase.id) == []  # no round was numbered
    assert "may not" not in screen.status.text()


def test_the_planner_chooses_whether_the_proof_counts_as_a_round(qtbot, window, gui_session):
    screen = window.show_screen("documents")
    screen.choose("flyer_proof")
    phase = phase_of(gui_session, 1)
    screen.choices.phase.choose(phase.id)
    record = screen.choices.record
    assert record.isVisible() and record.isChecked() and not screen.choices.draft_note.isVisible()
    make(qtbot, screen)
    assert "PROOF v1" in pdf_text(screen.pdf)
    assert list_proofs(gui_session.ctx, phase.id) == []  # recorded only once kept
    keep(screen)
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1]
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton, pos=QPoint(5, record.height() // 2))
    assert not record.isChecked()
    make(qtbot, screen)
    assert "PROOF · DRAFT" in pdf_text(screen.pdf)
    keep(screen)
    assert [p.version for p in list_proofs(gui_session.ctx, phase.id)] == [1]
    # the floor manager signed in and the planner again: the planner's next proof counts again
    sign_in(window.session, "floor")
    sign_in(window.session, "planner")
    assert record.isChecked() and record.isEnabled()


def test_a_refusal_is_shown_under_the_make_button_and_stays(qtbot, screen, monkeypatch):
    def refuse(ctx, *args, **kwargs):
        raise NotAllowed("rights.role_floor_manager")

    monkeypatch.setattr(catalog, "maker", lambda _document: refuse)
    slow_end(monkeypatch)
    screen.choose("calendar")
    make(qtbot, screen)
    assert screen.status.text() == "Floor management may not do this; ask the planning department."
    assert "b00020" in screen.status.styleSheet()
    assert screen.pdf is None and screen.make_button.isEnabled()


def slow_end(monkeypatch) -> None:
    """The worker thread ends a moment after handing over its result, as under load."""
    run = DocumentJob.run

    def run_then_linger(job):
        run(job)
        time.sleep(0.8)

    monkeypatch.setattr(DocumentJob, "run", run_then_linger)


def test_one_page_is_one_page_in_english(qtbot, english, screen, gui_session):
    screen.choose("checklist")
    screen.choices.phase.choose(phase_of(gui_session, 1).id)  # one page a buyer
    screen.choices.buyer.setCurrentIndex(1)
    make(qtbot, screen)
    assert screen.preview.page_count == 1
    assert re.fullmatch(r"1 page, \d+ KB, made in \d+\.\d s\.", screen.status.text())
    screen.choose("calendar")
    make(qtbot, screen)
    assert screen.preview.page_count == 2
    assert re.fullmatch(r"2 pages, \d+ KB, made in \d+\.\d s\.", screen.status.text())


def test_the_chinese_status_ends_with_the_result(qtbot, chinese, gui_session, monkeypatch):
    slow_end(monkeypatch)
    screen = DocumentsScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    screen.choose("checklist")
    screen.choices.phase.choose(phase_of(gui_session, 1).id)  # one page a buyer
    screen.choices.buyer.setCurrentIndex(1)
    make(qtbot, screen)
    qtbot.wait(300)  # the ticker would have overwritten the result by now
    assert re.fullmatch(r"共 1 页，\d+ KB，用时 \d+\.\d 秒。", screen.status.text())
    screen.finish_jobs()


@pytest.mark.parametrize("name", ["王建国", "张伟"])
def test_a_buyer_starts_on_their_own_checklist(qtbot, window, gui_session, name):
    buyer = next(b for b in gui_session.layout().buyers if b.name == name)
    sign_in_buyer(gui_session, buyer.id)
    screen = window.show_screen("documents")
    screen.choose("checklist")
    assert screen.choices.buyer.currentText() == name
    assert screen.choices.values()["buyer"] == buyer.id
    gui_session.data_changed.emit("items")  # a refresh keeps the person's choice
    assert screen.choices.buyer.currentText() == name
    sign_in(window.session, "planner")
    assert screen.choices.buyer.currentText() == "Every buyer"
    assert screen.choices.values()["buyer"] is None
