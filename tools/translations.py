"""Keep the GUI's Chinese translation up to date: extract strings, compile, check.

Usage: python tools/translations.py update   (pyside6-lupdate: new strings into the .ts)
       python tools/translations.py release  (pyside6-lrelease: .ts -> .qm shipped in assets)
       python tools/translations.py check    (exit 1 when a string has no translation)

Translate in Qt Linguist (or any editor) between update and release; promoplanner_en.ts holds
only the English singular and plural of the "%n ..." strings. The flyer-items and
daily-checks screens keep their own file, promoplanner_items_zh_CN.ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "promoplanner" / "ui"
TS = ROOT / "assets" / "translations" / "promoplanner_zh_CN.ts"
# English needs only the singular and plural of the "%n ..." strings ("1 page", "2 pages").
PLURALS_TS = ROOT / "assets" / "translations" / "promoplanner_en.ts"
OTHERS = ("items", "checks")  # owned by their own translation file


def sources() -> list[Path]:
    """The GUI modules whose strings this file translates."""
    return sorted(
        p
        for p in UI.rglob("*.py")
        if p.relative_to(UI).parts[0] not in OTHERS and "__pycache__" not in p.parts
    )


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update(target: Path = TS, plurals: Path | None = None) -> int:
    """Extract the strings of the sources into the .ts files, keeping existing translations."""
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    cmd = [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    status = subprocess.call([*cmd, "-ts", str(target)], cwd=ROOT, stdout=subprocess.DEVNULL)
    if plurals is not None:
        english = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
        status |= subprocess.call(
            [*cmd, *english, "-ts", str(plurals)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
    return status


def release() -> int:
    """Compile this file's .ts to the .qm shipped in assets/translations."""
    status = 0
    for ts in (TS, PLURALS_TS):
        status |= subprocess.call(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))]
        )
    return status


def unfinished(path: Path = TS) -> list[str]:
    """Source strings of the .ts that have no translation yet (or lack a plural form)."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        texts = (
            [f.text for f in forms]
            if forms
            else [None if translation is None else translation.text]
        )
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not all((t or "").strip() for t in texts)
        ):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    """Print untranslated strings; 1 when there are any."""
    missing = unfinished() + unfinished(PLURALS_TS)
    for source in missing:
        print(f"untranslated: {source}")
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    """Run the command named on the command line."""
    commands = {"update": lambda: update(TS, PLURALS_TS), "release": release, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
