"""`promoplanner --db NEW.sqlite` offers to make the database there, then the assistant."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from promoplanner.cli import main
from promoplanner.ui import app as gui
from promoplanner.ui.firstrun.assistant import needs_first_run
from promoplanner.ui.main_window import MainWindow


def answering(monkeypatch, answer):
    """Replace the question with one that records what it asked and answers `answer`."""
    asked: list[tuple[object, str]] = []

    def question(parent, _title, text, *_args):
        asked.append((parent, text))
        return answer

    monkeypatch.setattr(gui.QMessageBox, "question", question)
    monkeypatch.setattr(gui.QMessageBox, "critical", lambda *_a: QMessageBox.StandardButton.Ok)
    return asked


def assistant_seen(monkeypatch) -> list[bool]:
    """The first-run offer records whether the new database asks for it, then ends the program."""
    seen: list[bool] = []

    def offer(window):
        seen.append(needs_first_run(window.session.ctx))
        QTimer.singleShot(0, QApplication.instance().quit)

    monkeypatch.setattr(gui, "offer_first_run", offer)
    return seen


@pytest.mark.parametrize("empty_file", [False, True])
def test_yes_makes_the_database_and_opens_the_assistant(
    qtbot, tmp_path, clock, monkeypatch, empty_file
):
    path = tmp_path / "zh.sqlite"
    if empty_file:
        path.write_bytes(b"")
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = assistant_seen(monkeypatch)
    assert gui.run_gui(str(path), clock, language="en") == 0
    ((parent, text),) = asked
    assert isinstance(parent, MainWindow)  # over the painted window
    assert str(path) in text and text.endswith("?")
    if not empty_file:
        assert text == f"There is no database at {path}. Make a new one there?"
    assert seen == [True]
    assert path.stat().st_size > 0


@pytest.mark.parametrize("empty_file", [False, True])
def test_no_leaves_the_path_as_it_was(qtbot, tmp_path, clock, monkeypatch, empty_file):
    path = tmp_path / "zh.sqlite"
    if empty_file:
        path.write_bytes(b"")
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    assert gui.run_gui(str(path), clock, language="en") == 2
    assert len(asked) == 1
    assert path.exists() == empty_file and (not empty_file or path.read_bytes() == b"")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("zh")) == (
        ["zh.sqlite"] if empty_file else []
    )


@pytest.mark.parametrize("empty_file", [False, True])
def test_the_command_line_still_refuses_and_touches_nothing(tmp_path, capsys, empty_file):
    path = tmp_path / "zh.sqlite"
    if empty_file:
        path.write_bytes(b"")
    assert main(["--lang", "en", "--db", str(path), "status"]) != 0
    assert path.exists() == empty_file and (not empty_file or path.read_bytes() == b"")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("zh")] == (
        ["zh.sqlite"] if empty_file else []
    )
