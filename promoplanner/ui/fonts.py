"""Register the bundled CJK font so Chinese never depends on the system's fonts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from promoplanner.paths import assets_dir

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def register_fonts() -> list[str]:
    """Add every font in assets/fonts to the application; return the families found.

    A missing folder or an unreadable file is skipped silently: the system fonts remain.
    """
    folder = assets_dir() / "fonts"
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
