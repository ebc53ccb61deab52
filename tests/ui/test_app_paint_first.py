"""The window's frame is painted before the database layer loads; its data follows at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from promoplanner.ui import app as gui
from promoplanner.ui.main_window import MainWindow
from promoplanner.ui.settings import app_settings

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "promoplanner.services", "promoplanner.storage")

# Run in a fresh process: this test process has loaded the database layer long ago.
SPY = """
import json, sys
from promoplanner.cli import main
from promoplanner.ui import app

seen = {}
painted = app._Opening.frame_painted

def spy(self):
    seen["loaded"] = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY_ROOTS
                            or m.startswith(HEAVY))
    seen["menus_enabled"] = self.window.menuBar().isEnabled()
    seen["message"] = self.window.statusBar().currentMessage()
    painted(self)
    seen["attached"] = self.window.attached()
    seen["screen"] = self.window.current_key()

app._Opening.frame_painted = spy
status = main(["--lang", "en", "--db", sys.argv[1], "--quit-after-start"])
print(json.dumps({"status": status, **seen}))
"""


def _run_spy(database: Path, tmp_path: Path) -> tuple[dict, str]:
    script = f"HEAVY = {HEAVY!r}\nHEAVY_ROOTS = ('sqlalchemy', 'alembic', 'psycopg')\n{SPY}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), lines[-2]


def test_the_frame_paints_before_any_database_module_is_imported(demo_db_template, tmp_path):
    seen, figures = _run_spy(demo_db_template, tmp_path)
    assert seen["status"] == 0
    assert seen["loaded"] == []  # neither SQLAlchemy nor a service had been imported
    assert seen["menus_enabled"] is False  # no command can run without its database
    assert seen["message"] == "Opening the database…"
    assert seen["attached"] is True and seen["screen"] == "dashboard"
    painted, filled = (float(figure) for figure in figures.split())
    assert 0 < painted <= filled  # the frame first, then the dashboard with the data


def test_quit_after_start_on_a_foreign_file_is_refused_in_one_line(tmp_path):
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"these are not the store's notes" * 200)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "promoplanner",
            "--lang",
            "en",
            "--db",
            str(foreign),
            "--quit-after-start",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("promoplanner: "), done.stderr
    assert "Traceback" not in done.stderr


def test_a_refused_database_is_said_over_the_window_and_the_program_ends(
    qtbot, tmp_path, clock, monkeypatch
):
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"not a database at all" * 300)
    said: list[tuple[object, str]] = []

    def critical(parent, title, message):
        said.append((parent, message))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(gui.QMessageBox, "critical", critical)
    assert gui.run_gui(str(foreign), clock, language="en") == 2
    assert len(said) == 1
    parent, message = said[0]
    assert isinstance(parent, MainWindow)  # over the frame, not a box alone on the desktop
    assert message and "Traceback" not in message
    assert foreign.read_bytes() == b"not a database at all" * 300  # refused means untouched


def test_the_sign_in_comes_over_the_painted_frame(
    qtbot, demo_db_template, tmp_path, clock, monkeypatch
):
    path = tmp_path / "start.sqlite"
    shutil.copy(demo_db_template, path)
    parents: list[object] = []

    def cancel(session, parent=None, user_name=None):
        parents.append(parent)
        assert parent is not None and parent.isVisible()  # the window is already on screen
        return False

    monkeypatch.setattr("promoplanner.ui.signin.dialog.sign_in_at_start", cancel)
    assert gui.run_gui(str(path), clock, language="en") == 0
    assert len(parents) == 1 and isinstance(parents[0], MainWindow)
    assert not parents[0].attached()  # cancelled: the window never showed the database


def test_a_frame_remembers_no_screen_of_its_own(qtbot):
    app_settings().setValue("window/screen", "items")
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.save_layout()  # closed while still opening (say, the sign-in was cancelled)
    assert app_settings().value("window/screen") == "items"


@pytest.mark.parametrize("screen", ["items", "dashboard"])
def test_attach_shows_the_screen_last_used(qtbot, gui_session, screen):
    app_settings().setValue("window/screen", screen)
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    frame.attach(gui_session)
    assert frame.current_key() == screen
    assert frame.stack.currentWidget().widget() is frame.screen(screen)
    assert frame.menuBar().isEnabled()
