"""Render the screens a new store meets to PNG at 1366×768, in English and Chinese.

Usage: python tools/store_screens.py OUT_DIR   (OUT_DIR/en/*.png and OUT_DIR/zh/*.png)

The first-run assistant's pages, the Store screen, Campaign → New (a copy to 2028, whose
Dragon Boat sale leaves June), the planning screen with its phase buttons, the Documents
screen with Print…, on a store set up as on its first morning.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from promoplanner.core.clock import FixedClock
from promoplanner.services.context import connect

NOW = datetime(2026, 8, 3, 9, 0)
SIZE = (1366, 768)


def _settle(app) -> None:
    for _ in range(4):
        app.processEvents()


def render(out_dir: Path) -> list[Path]:
    """Set a store up in a temporary folder and save a PNG of each new screen."""
    from promoplanner.services.campaign_new import create_from_template
    from promoplanner.ui.app import application, open_window
    from promoplanner.ui.campaigns.new_dialog import COPY, NewCampaignDialog
    from promoplanner.ui.compat import guard_none_refcount
    from promoplanner.ui.firstrun.assistant import StoreAssistant
    from promoplanner.ui.fonts import register_fonts
    from promoplanner.ui.language import install_translators
    from promoplanner.ui.session import AppSession

    written: list[Path] = []
    guard_none_refcount()
    app = application()
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        for language in ("en", "zh"):
            install_translators(app, language)
            target = out_dir / language
            target.mkdir(parents=True, exist_ok=True)

            def save(widget, name: str, target: Path = target) -> None:
                _settle(app)
                path = target / f"{name}.png"
                widget.grab().save(str(path))
                written.append(path)

            empty = connect(str(Path(tmp) / f"empty-{language}.sqlite"), clock=FixedClock(NOW))
            assistant = StoreAssistant(AppSession(empty))
            assistant.resize(*SIZE)
            assistant.show()
            assistant.store_name.setText("新华百货超市")
            assistant.city.setText("银川")
            for page in ("store", "planner", "floors", "buyers", "ready"):
                if page == "planner":
                    assistant.user_name.setText("zhou")
                    assistant.display_name.setText("周敏")
                    assistant.password.setText("secret-1")
                    assistant.again.setText("secret-1")
                if page == "buyers":
                    from promoplanner.ui.firstrun.assistant import add_row

                    add_row(assistant.buyers, ("王建国", "1F"))
                    add_row(assistant.buyers, ("张伟", "2F 3F", "2F/洗化"))
                save(assistant, f"assistant-{page}")
                if page != "ready":
                    assistant.next()
            assistant.button(assistant.WizardButton.FinishButton).click()
            planner = assistant.done_setup.planner
            ctx = empty.acting_as(planner)
            create_from_template(ctx, "2026年6月", 2026)
            session = AppSession(empty)
            session.signed_in(planner)  # the planner the assistant just made
            window = open_window(session)
            database = window.statusBar().database
            database.setText(database.text().replace(str(Path(tmp)) + os.sep, ""))
            window.resize(*SIZE)
            window.show()
            save(window.show_screen("store") and window, "store")
            save(window.show_screen("planning") and window, "planning")
            documents = window.show_screen("documents")
            documents.prepare_screenshot()
            save(window, "documents")
            dialog = NewCampaignDialog(window.session, window)
            dialog.choose(COPY)
            dialog.name.setText("2028年6月")
            dialog.year.setValue(2028)
            dialog.month.setCurrentIndex(5)
            dialog.show()
            save(dialog, "new-campaign-copy")
            dialog.close()
            window.close()
            window.deleteLater()
            _settle(app)
            assistant.deleteLater()
            empty.uow.engine.dispose()
    return written


def main(argv: list[str]) -> int:
    """Render into the folder given on the command line."""
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for path in render(Path(argv[0])):
        print(path)
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
