"""What a use case changed, so each screen refreshes only what concerns it (Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ChangeKind(StrEnum):
    """The areas of data a change can touch; screens listen for the ones they show."""

    ITEMS = "items"
    PLANNING = "planning"  # phases, quotas, deadlines
    CAMPAIGN = "campaign"  # campaigns and their holidays
    EVENTS = "events"  # activities and zones
    CHECKS = "checks"
    CONTEST = "contest"
    STORE = "store"  # floors, departments, buyers
    PEOPLE = "people"
    PROOFS = "proofs"
    SUBMISSIONS = "submissions"  # buyers' submissions and late records


@dataclass(frozen=True)
class Changes:
    """The kinds of data a committed change touched, with the ids and phases concerned."""

    ids: Mapping[ChangeKind, frozenset[int]] = field(default_factory=dict)
    phase_ids: frozenset[int] = frozenset()

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        """Every kind touched."""
        return frozenset(self.ids)

    def touches(self, *kinds: ChangeKind) -> bool:
        """Whether any of the kinds was touched."""
        return any(k in self.ids for k in kinds)

    def __bool__(self) -> bool:
        return bool(self.ids)


class ChangeCollector:
    """Gathers what a transaction changes; frozen into Changes once it commits."""

    def __init__(self) -> None:
        self._ids: dict[ChangeKind, set[int]] = {}
        self._phases: set[int] = set()

    def add(self, kind: ChangeKind, ids: Iterable[int] = (), phase_id: int | None = None) -> None:
        """Note a change of that kind (to those ids, in that phase)."""
        self._ids.setdefault(kind, set()).update(ids)
        if phase_id is not None:
            self._phases.add(phase_id)

    def frozen(self) -> Changes:
        """What was noted, as a value."""
        return Changes(
            MappingProxyType({k: frozenset(v) for k, v in self._ids.items()}),
            frozenset(self._phases),
        )


def merged(changes: Iterable[Changes]) -> Changes:
    """What several committed changes touched together."""
    ids: dict[ChangeKind, set[int]] = {}
    phases: set[int] = set()
    for change in changes:
        for kind, those in change.ids.items():
            ids.setdefault(kind, set()).update(those)
        phases.update(change.phase_ids)
    return Changes(MappingProxyType({k: frozenset(v) for k, v in ids.items()}), frozenset(phases))
