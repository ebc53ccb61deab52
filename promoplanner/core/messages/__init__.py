"""The one message catalogue: every text outside the GUI, as (English, Simplified Chinese).

Each module of this package holds the texts of one area; here they become one dictionary,
and a key defined twice is a mistake caught at import.
"""

from __future__ import annotations

from promoplanner.core.messages import (
    calendar,
    campaigns,
    cli,
    cli_setup,
    contest,
    database,
    display,
    floor,
    inputs,
    items,
    people,
    rights,
    rules,
    store,
)

AREAS = (
    rules,
    inputs,
    database,
    rights,
    cli,
    floor,
    items,
    people,
    contest,
    display,
    calendar,
    store,
    campaigns,
    cli_setup,
)


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        twice = merged.keys() & area.MESSAGES.keys()
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        merged.update(area.MESSAGES)
    return merged


MESSAGES: dict[str, tuple[str, str]] = _merged()
