"""What input accepts is what the bundled font prints: core's ranges are the font's map."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from promoplanner.core.printable import can_print, unprintable
from promoplanner.documents.fonts import FONT, register_fonts

ROOT = Path(__file__).resolve().parents[2]


def test_the_ranges_module_is_written_from_the_shipped_font():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "font_coverage.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_can_print_agrees_with_the_fonts_character_map_on_every_code_point():
    register_fonts()
    glyphs = set(pdfmetrics.getFont(FONT).face.charToGlyph)
    disagree = [
        c
        for c in range(32, 0x30000)
        if (0xD800 <= c < 0xE000) is False and can_print(chr(c)) != (c in glyphs)
    ]
    assert disagree == []


def test_store_text_prints_and_emoji_do_not():
    assert unprintable("端午鲜肉粽 500g×2 ¥19.90 ℃ ㎏ ①【特价】“买一送一”") == []
    assert unprintable("咸蛋🥚啤酒🍺🍺 ☀") == ["🥚", "🍺", "☀"]
