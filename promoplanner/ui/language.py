"""Which language the GUI speaks, and the Qt translators that make it speak it."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from promoplanner.core import i18n
from promoplanner.paths import assets_dir

_installed: list[QTranslator] = []


def choose_language(saved: str | None, explicit: str | None = None) -> str:
    """--lang (explicit) or PROMOPLANNER_LANG first, then the settings, then the system locale.

    The catalogue's current language is no guide: the command line's help texts already
    fixed it from the locale before the window opens.
    """
    if explicit in ("en", "zh"):
        return explicit
    if os.environ.get("PROMOPLANNER_LANG"):
        return i18n.detect_language().value
    if saved in ("en", "zh"):
        return saved
    return (
        "zh" if QLocale.system().name().lower().startswith("zh") else i18n.detect_language().value
    )


def install_translators(app: QCoreApplication, language: str) -> int:
    """Load the .qm files of the language (and Qt's own for Chinese); return how many.

    English has a file too: it holds only the singular and plural forms of "%n pages".
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(language)
    suffix = "zh_CN" if language == "zh" else "en"
    files = sorted((assets_dir() / "translations").glob(f"*_{suffix}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    extra = [("qtbase_zh_CN.qm", qt_dir)] if language == "zh" else []
    for path, directory in [(p.name, str(p.parent)) for p in files] + extra:
        translator = QTranslator(app)
        if translator.load(path, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return len(_installed)
