"""The one message catalogue: every text outside the GUI, as (English, Simplified Chinese).

Each module of this package holds the texts of one area (found here by name, so a new
area is a new module and nothing else); here they become one dictionary, and a key
defined twice is a mistake caught at import.
"""

from __future__ import annotations

import importlib
import pkgutil


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        texts = importlib.import_module(f"{__name__}.{area}").MESSAGES
        twice = merged.keys() & texts.keys()
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        merged.update(texts)
    return merged


MESSAGES: dict[str, tuple[str, str]] = _merged()
