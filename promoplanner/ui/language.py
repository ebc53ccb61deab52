"""Which language the GUI speaks, and the Qt translators that make it speak it."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from promoplanner.core import i18n
from promoplanner.paths import assets_dir

_installed: list[QTranslator] = []


def choose_language(saved: str | None) -> str:
    """--lang / PROMOPLANNER_LANG first, then the settings, then the system locale."""
    if os.environ.get("PROMOPLANNER_LANG") or getattr(i18n, "_current", None) is not None:
        return i18n.current_language().value
    if saved in ("en", "zh"):
        return saved
    return (
        "zh" if QLocale.system().name().lower().startswith("zh") else i18n.current_language().value
    )


def install_translators(app: QCoreApplication, language: str) -> int:
    """Load every *_zh_CN.qm of assets/translations (and Qt's own) for Chinese; return how many."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(language)
    if language != "zh":
        return 0
    files = sorted((assets_dir() / "translations").glob("*_zh_CN.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path, directory in [(p.name, str(p.parent)) for p in files] + [("qtbase_zh_CN.qm", qt_dir)]:
        translator = QTranslator(app)
        if translator.load(path, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return len(_installed)
