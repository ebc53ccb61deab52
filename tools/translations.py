"""Keep the GUI's Chinese translation up to date: extract strings, compile, check.

Usage: python tools/translations.py update   (pyside6-lupdate: new strings into the .ts)
       python tools/translations.py release  (pyside6-lrelease: .ts -> .qm shipped in assets)
       python tools/translations.py check    (exit 1 when a string has no translation)

Each package of promoplanner/ui (items, planning, ...) has its own pair of files,
promoplanner_<package>_zh_CN.ts and promoplanner_<package>_en.ts; the modules directly in
ui/ and in ui/widgets share promoplanner_zh_CN.ts and promoplanner_en.ts. Translate in Qt
Linguist (or any editor) between update and release; an _en.ts holds only the English
singular and plural of the "%n ..." strings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "promoplanner" / "ui"
FOLDER = ROOT / "assets" / "translations"
SHARED = ("", "widgets")  # ui/*.py and ui/widgets/*.py: the application's own file


@dataclass(frozen=True)
class Group:
    """A set of GUI modules and the translation files that hold their strings."""

    name: str  # "" for the application's own file
    sources: tuple[Path, ...]

    @property
    def ts(self) -> Path:
        """The Chinese translation source."""
        return FOLDER / f"promoplanner{'_' + self.name if self.name else ''}_zh_CN.ts"

    @property
    def plurals(self) -> Path:
        """The English plural forms of the group's "%n ..." strings."""
        return FOLDER / f"promoplanner{'_' + self.name if self.name else ''}_en.ts"


def groups() -> list[Group]:
    """One group per package of ui/, and one for the modules of ui/ itself and ui/widgets."""
    found: dict[str, list[Path]] = {}
    for path in sorted(UI.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(UI).parts
        package = parts[0] if len(parts) > 1 else ""
        found.setdefault("" if package in SHARED else package, []).append(path)
    return [Group(name, tuple(paths)) for name, paths in sorted(found.items())]


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def update(group: Group, target: Path | None = None, plurals: Path | None = None) -> int:
    """Extract the group's strings into its .ts (or target), keeping existing translations."""
    target = target or group.ts
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in group.sources]
    cmd = [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    status = subprocess.call([*cmd, "-ts", str(target)], cwd=ROOT, stdout=subprocess.DEVNULL)
    if plurals is not None:
        english = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
        status |= subprocess.call(
            [*cmd, *english, "-ts", str(plurals)], cwd=ROOT, stdout=subprocess.DEVNULL
        )
    return status


def release(group: Group) -> int:
    """Compile the group's .ts files to the .qm files shipped in assets/translations."""
    status = 0
    for ts in (group.ts, group.plurals):
        if ts.exists():
            status |= subprocess.call(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
            )
    return status


def unfinished(path: Path) -> list[str]:
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
    missing = []
    for group in groups():
        for path in (group.ts, group.plurals):
            if not path.exists():
                missing.append(f"{path.name} is missing (run update)")
            else:
                missing += [f"{path.name}: {source}" for source in unfinished(path)]
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    """Run the command named on the command line."""
    commands = {
        "update": lambda: max((update(g, plurals=g.plurals) for g in groups()), default=0),
        "release": lambda: max((release(g) for g in groups()), default=0),
        "check": check,
    }
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
