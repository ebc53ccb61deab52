"""What a rule check reports: a finding with severity, stable code and the object concerned."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from promoplanner.core.enums import Severity
from promoplanner.core.i18n import Language, text


class SubjectKind(StrEnum):
    """The kind of object a finding is about, so a screen can open it."""

    CAMPAIGN = "campaign"
    PHASE = "phase"
    QUOTA = "quota"
    ITEM = "item"
    DEADLINE = "deadline"
    BUYER = "buyer"
    ACTIVITY = "activity"
    ZONE = "zone"
    CONTEST = "contest"
    FLOOR = "floor"


@dataclass(frozen=True)
class Subject:
    """A reference to the object a finding concerns."""

    kind: SubjectKind
    id: int


@dataclass(frozen=True)
class Finding:
    """One thing a rule check found."""

    severity: Severity
    code: str
    subject: Subject
    params: tuple[tuple[str, object], ...] = ()
    phase_id: int | None = None
    floor_id: int | None = None

    def message(self, language: Language | str | None = None) -> str:
        """The finding in words a planner understands."""
        return text(f"rule.{self.code}", language, **dict(self.params))

    @property
    def is_error(self) -> bool:
        """Whether the finding blocks the flyer."""
        return self.severity is Severity.ERROR


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then by phase and floor, so the worst is read first."""
    return sorted(
        findings,
        key=lambda f: (SEVERITY_ORDER[f.severity], f.phase_id or 0, f.floor_id or 0, f.code),
    )
