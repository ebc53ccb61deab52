"""History entries as table lines (one per changed field) and the change log's filters.

Plain Python, no Qt: the table model only shows these lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from promoplanner.core.audit import Action, HistoryEntry, JsonValue


@dataclass(frozen=True)
class HistoryLine:
    """One row of a history table: an entry, and the field it shows (None: the whole object)."""

    entry: HistoryEntry
    field: str | None = None
    before: JsonValue = None
    after: JsonValue = None

    @property
    def day(self) -> date:
        """The day the change counts at."""
        return self.entry.at.date()


# Entries whose before/after hold a whole object: one line, the values in its tooltip.
WHOLE = frozenset({Action.CREATE, Action.DELETE, Action.RESTORE})


def history_lines(entries: list[HistoryEntry]) -> list[HistoryLine]:
    """One line per field an update changed; one line for any other entry; newest first."""
    lines: list[HistoryLine] = []
    for entry in reversed(entries):
        before, after = entry.before or {}, entry.after or {}
        fields = [k for k in dict.fromkeys([*before, *after])]
        # a field kept for context (a result's heat) is no change: "2-1 → 2-1" is noise
        fields = [k for k in fields if k not in before or before[k] != after.get(k)] or fields
        if entry.action in WHOLE or not fields:
            lines.append(HistoryLine(entry))
            continue
        for name in fields:
            lines.append(HistoryLine(entry, name, before.get(name), after.get(name)))
    return lines


@dataclass(frozen=True)
class LogFilter:
    """What the change log shows: one person, one action, one day (None: any)."""

    user: str | None = None
    action: Action | None = None
    day: date | None = None

    def keeps(self, line: HistoryLine) -> bool:
        """Whether the line passes the filter."""
        entry = line.entry
        return (
            (self.user is None or entry.user == self.user)
            and (self.action is None or entry.action is self.action)
            and (self.day is None or line.day == self.day)
        )

    def apply(self, lines: list[HistoryLine]) -> list[HistoryLine]:
        """The lines that pass, in their order."""
        return [line for line in lines if self.keeps(line)]
