"""Render every screen of the demo campaign to PNG, in English and Chinese, for looking.

Usage: python tools/screens.py OUT_DIR [WIDTHxHEIGHT ...] [--only KEY,KEY]
  writes OUT_DIR/en/<screen>.png and OUT_DIR/zh/... at 1400x900; with sizes given (for
  example 1366x768 1600x1000), OUT_DIR/<size>/en/<screen>.png for each of them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QDateEdit

from promoplanner.core.clock import FixedClock
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo

# Both deadlines are close but ahead, so the countdowns show.
DEMO_NOW = datetime(2027, 6, 3, 10, 0)
SIZE = (1400, 900)


def _register_entrants(ctx) -> None:
    # The demo has no entrants yet (registration opens 6-19); a few make the Contest
    # screen show what it is for. They exist only in this temporary database.
    from datetime import date

    from promoplanner.services.campaigns import list_campaigns, load_snapshot
    from promoplanner.services.contest import register_entrant

    snap = load_snapshot(ctx, list_campaigns(ctx)[0].id)
    for contest in snap.contests:
        for n, name in enumerate(
            ["张伟", "王芳", "李强", "刘洋", "陈杰", "杨磊", "赵军", "黄涛", "周勇"]
        ):
            register_entrant(ctx, contest.id, name, f"1380013{n:04d}", on=date(2027, 6, 19))


def render(
    out_dir: Path, sizes: list[tuple[int, int]] | None = None, only: set[str] | None = None
) -> list[Path]:
    """Build the demo in a temporary folder and save a PNG of each screen in each language.

    With sizes, each size gets its own folder (1366x768/en/...); only limits the screens.
    """
    from promoplanner.ui.app import application, open_window
    from promoplanner.ui.compat import guard_none_refcount
    from promoplanner.ui.fonts import register_fonts
    from promoplanner.ui.language import install_translators
    from promoplanner.ui.screens import SCREENS
    from promoplanner.ui.session import AppSession

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ctx = connect(str(Path(tmp) / "demo.sqlite"), clock=FixedClock(DEMO_NOW))
        load_demo(ctx, 2027)
        from promoplanner.services.people import person_by_user_name

        ctx = ctx.acting_as(person_by_user_name(ctx, "planner"))  # changes need a person
        _register_entrants(ctx)
        guard_none_refcount()  # PySide6 6.12 on Python 3.11: see promoplanner/ui/compat.py
        app = application()
        register_fonts()
        for (width, height), language in [
            (size, language) for size in sizes or [SIZE] for language in ("en", "zh")
        ]:
            install_translators(app, language)
            session = AppSession(ctx)
            session.sign_in("planner", "demo")  # the demo's planner, as the sign-in dialog would
            window = open_window(session)
            # The pictures go into the docs: name the file, not this machine's temporary folder.
            database = window.statusBar().database
            database.setText(database.text().replace(str(Path(tmp)) + os.sep, ""))
            window.resize(width, height)
            window.show()
            target = out_dir / (f"{width}x{height}" if sizes else "") / language
            target.mkdir(parents=True, exist_ok=True)
            for spec in [s for s in SCREENS if only is None or s.key in only]:
                window.show_screen(spec.key)
                for _ in range(3):
                    app.processEvents()
                screen = window.screen(spec.key)
                prepare = getattr(screen, "prepare_screenshot", None)
                if callable(prepare):
                    prepare()
                elif spec.key == "checks" and isinstance(getattr(screen, "day", None), QDateEdit):
                    screen.day.setDate(QDate(2027, 6, 19))  # a sale day: the sheet is full
                for _ in range(3):
                    app.processEvents()
                path = target / f"{spec.key}.png"
                window.grab().save(str(path))
                written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
        ctx.uow.engine.dispose()
    return written


def main(argv: list[str]) -> int:
    """Render into the folder given on the command line."""
    args = list(argv)
    only = None
    if "--only" in args:
        at = args.index("--only")
        only = set(args[at + 1].split(",")) if at + 1 < len(args) else set()
        del args[at : at + 2]
    try:
        sizes = [(int(w), int(h)) for w, h in (a.lower().split("x") for a in args[1:])]
    except ValueError:
        sizes = []
        args = []
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for path in render(Path(args[0]), sizes or None, only):
        print(path)
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
