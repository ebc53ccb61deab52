"""Write promoplanner/core/printable_ranges.py: the characters the bundled font can draw.

    python tools/font_coverage.py          (rewrite the module from assets/fonts)
    python tools/font_coverage.py --check  (exit 1 when the module and the font disagree)

Input is checked against these ranges (core/validation.clean_text), so a name that would
print as a box is refused when typed, not discovered on the printed flyer.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "promoplanner" / "core" / "printable_ranges.py"

HEAD = '''"""The code points the bundled font (assets/fonts/wqy-microhei.ttc) can draw, as ranges.

Written by tools/font_coverage.py from the font's character map; do not edit by hand.
"""

RANGES: tuple[tuple[int, int], ...] = (
'''


def font_ranges() -> list[tuple[int, int]]:
    """Consecutive runs of the code points in the font's character map."""
    from promoplanner.documents.fonts import _glyphs

    runs: list[list[int]] = []
    for code in sorted(c for c in _glyphs() if c >= 32):  # controls are refused anyway
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return [(a, b) for a, b in runs]


def module_text() -> str:
    """The module's source for the font's ranges."""
    lines = [f"    (0x{a:04X}, 0x{b:04X}),\n" for a, b in font_ranges()]
    return HEAD + "".join(lines) + ")\n"


def main() -> int:
    """Rewrite the module, or with --check compare it with the font."""
    text = module_text()
    if "--check" in sys.argv[1:]:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("font coverage is current" if same else f"{TARGET.name} differs from the font")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
