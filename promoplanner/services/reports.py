"""Status and rule-check reports of a campaign, as plain data for screens and scripts."""

from __future__ import annotations

from dataclasses import dataclass

from promoplanner.core.findings import Finding
from promoplanner.core.i18n import text
from promoplanner.core.model import CampaignSnapshot
from promoplanner.core.progress import deadline_state, floor_progress
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import Context


@dataclass(frozen=True)
class CheckReport:
    """The findings of a campaign at one moment."""

    snapshot: CampaignSnapshot
    findings: list[Finding]

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(f.is_error for f in self.findings)


def check(ctx: Context, campaign_name: str | None = None) -> CheckReport:
    """Run every rule over the campaign (the latest one unless named)."""
    snapshot = load_snapshot(ctx, find_campaign(ctx, campaign_name).id)
    return CheckReport(snapshot, check_campaign(snapshot, ctx.clock.now()))


def _money(value: object) -> str | None:
    return None if value is None else f"{value:.2f}"


def check_json(report: CheckReport) -> dict:
    """The stable JSON form of a check report."""
    snap = report.snapshot
    phases = {p.id: p.number for p in snap.phases}
    floors = {f.id: f.code for f in snap.floors}
    return {
        "findings": [
            {
                "severity": f.severity.value,
                "code": f.code,
                "message": f.message(),
                "phase": phases.get(f.phase_id) if f.phase_id else None,
                "floor": floors.get(f.floor_id) if f.floor_id else None,
                "subject": {"kind": f.subject.kind.value, "id": f.subject.id},
            }
            for f in report.findings
        ]
    }


def status_json(ctx: Context, snap: CampaignSnapshot) -> dict:
    """The stable JSON form of a campaign's status: floors against quotas, deadlines."""
    now = ctx.clock.now()
    c = snap.campaign
    phases = []
    for phase in snap.phases:
        phases.append(
            {
                "number": phase.number,
                "name": phase.name,
                "theme": phase.theme,
                "start": phase.start.isoformat(),
                "end": phase.end.isoformat(),
                "flyer_target": phase.flyer_target,
                "print_run": phase.print_run,
                "items": len(snap.items_of(phase.id)),
                "floors": [
                    {
                        "floor": p.floor.code,
                        "items": p.items,
                        "min_items": p.quota.min_items if p.quota else None,
                        "max_items": p.quota.max_items if p.quota else None,
                        "sensitive": p.sensitive,
                        "min_sensitive": p.quota.min_sensitive if p.quota else None,
                    }
                    for p in floor_progress(snap, phase)
                ],
                "deadlines": [
                    {
                        "due": d.due.isoformat(timespec="minutes"),
                        "what": d.task(),
                        "state": deadline_state(d, now).value,
                        "assessment": _money(d.assessment),
                    }
                    for d in snap.deadlines
                    if d.phase_id == phase.id
                ],
            }
        )
    return {
        "campaign": {
            "name": c.name,
            "year": c.year,
            "month": c.month,
            "theme": c.theme,
            "sales_target": _money(c.sales_target),
            "stretch_target": _money(c.stretch_target),
        },
        "phases": phases,
        "holidays": [
            {
                "name": h.name or text(f"holiday.{h.kind.value}"),
                "kind": h.kind.value,
                "date": h.day.isoformat(),
            }
            for h in sorted(snap.holidays, key=lambda h: h.day)
        ],
    }
