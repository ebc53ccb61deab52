"""Rules of a campaign's shape: phases that overlap or leave its days, items to confirm."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from promoplanner.core.enums import Severity
from promoplanner.core.findings import Finding, Subject, SubjectKind
from promoplanner.core.model import CampaignSnapshot

if TYPE_CHECKING:
    from promoplanner.core.rules import RuleContext


def phase_overlap(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Phases of one campaign that share days: allowed (a sale in a sale), but warned."""
    phases = sorted(snap.phases, key=lambda p: p.number)
    for n, phase in enumerate(phases):
        for later in phases[n + 1 :]:
            if phase.overlaps(later):
                first, last = max(phase.start, later.start), min(phase.end, later.end)
                yield Finding(
                    Severity.WARNING,
                    "phases_overlap",
                    Subject(SubjectKind.PHASE, later.id),
                    (
                        ("phase", later.name),
                        ("other", phase.name),
                        ("days", f"{first}" if first == last else f"{first} – {last}"),
                    ),
                    phase_id=later.id,
                )


def phase_outside_campaign(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """A phase with days before or after its campaign's: most likely a typed year or month."""
    first, last = snap.campaign.period
    for phase in sorted(snap.phases, key=lambda p: p.number):
        if phase.start < first or phase.end > last:
            yield Finding(
                Severity.WARNING,
                "phase_outside_campaign",
                Subject(SubjectKind.PHASE, phase.id),
                (
                    ("phase", phase.name),
                    ("days", f"{phase.start} – {phase.end}"),
                    ("campaign", f"{first} – {last}"),
                ),
                phase_id=phase.id,
            )


def items_to_confirm(snap: CampaignSnapshot, ctx: RuleContext) -> Iterator[Finding]:
    """Items carried over from an earlier campaign that their buyers have not confirmed."""
    if not snap.carried_item_ids:
        return
    counts = Counter((i.phase_id, i.floor_id) for i in snap.items if i.id in snap.carried_item_ids)
    for (phase_id, floor_id), count in sorted(counts.items()):
        phase = snap.phase(phase_id)
        quota = snap.quota(phase_id, floor_id)
        subject = (
            Subject(SubjectKind.QUOTA, quota.id) if quota else Subject(SubjectKind.PHASE, phase_id)
        )
        yield Finding(
            Severity.WARNING,
            "items_to_confirm",
            subject,
            (("phase", phase.name), ("floor", snap.floor(floor_id).code), ("items", count)),
            phase_id=phase_id,
            floor_id=floor_id,
        )


PLAN_RULES = (phase_overlap, phase_outside_campaign, items_to_confirm)
