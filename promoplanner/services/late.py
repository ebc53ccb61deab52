"""Late records: frozen once per buyer and deadline from the history, read by every late list.

The first read after a deadline (the program need not have run at that moment) works out
from today's rows and the history what stood at the deadline, records it with its
assessment, and from then on the checklist, dashboard and ``late`` show that record. A
planner may change the campaign's rule for later deadlines, or waive an assessment with a
reason; both are in the history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DatabaseProblem, DomainError, NotFound
from promoplanner.core.late import (
    AssessmentKind,
    AssessmentRule,
    BuyerAt,
    ItemChange,
    ItemNow,
    LateRecord,
    QuotaAt,
    SubmissionChange,
    items_at,
    late_records,
    past_when_set,
    submitted_at,
)
from promoplanner.core.model import BuyerDeadline, Phase
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_money
from promoplanner.services.context import Context
from promoplanner.services.write import Work, check_seen, note_update, real_time, writing
from promoplanner.storage import convert
from promoplanner.storage import tables as t

RECORD_FIELDS = ("waived", "waive_reason")


def record_passed_deadlines(ctx: Context, campaign_id: int | None = None) -> list[LateRecord]:
    """Record what stood at every passed deadline that has no record yet; those not stored.

    On a database that cannot be written (read-only file, no grant), and for a deadline
    passed only on a pretended clock (--now ahead of the real time), the records are worked
    out the same way and returned without being stored. Records stored here are not
    returned: the caller reads them with the others, and would otherwise show them twice.
    """
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        if not _unrecorded(session, campaign_id, now):
            return []
        # Trying things out with --now past a deadline that has not come yet records nothing:
        # the record is made once, when the deadline really passes.
        until = min(now, real_time(ctx, session)) if ctx.clock.pretended else now
        due = until == now or bool(_unrecorded(session, campaign_id, until))
    try:
        if due:
            # The program records, not whoever happened to look first.
            with writing(ctx.acting_as(None), signed_in=False) as work:
                for deadline_id in _unrecorded(work.session, campaign_id, until):
                    _record(work, deadline_id)
    except DomainError:  # another program recorded the same deadline a moment earlier
        pass
    except DatabaseProblem:
        pass  # a database that cannot be written: every record is worked out below
    with ctx.uow.reading() as session:
        return [
            r for d in _unrecorded(session, campaign_id, now) for r in _work_out(session, d, now)
        ]


def _unrecorded(session: Session, campaign_id: int | None, now: datetime) -> list[int]:
    """Passed deadlines without records, but for those already past when they were set."""
    d, r = t.DeadlineRow, t.LateRecordRow
    p = t.PhaseRow
    what = select(d.id, d.due, d.phase_id, p.campaign_id).join(p, p.id == d.phase_id)
    what = what.where(d.due <= now, ~exists().where(r.deadline_id == d.id))
    if campaign_id is not None:
        what = what.where(p.campaign_id == campaign_id)
    return [
        row.id
        for row in session.execute(what.order_by(d.due, d.id))
        if not past_when_set(row.due, set_at(session, row.id, row.phase_id, row.campaign_id))
    ]


def set_at(session: Session, deadline_id: int, phase_id: int, campaign_id: int) -> datetime | None:
    """When the deadline got its time: its last change of time, else its campaign's making.

    A deadline copied with its campaign (or made with the demo) has no entry of its own.
    """
    h = t.HistoryRow
    for e in session.execute(
        select(h.at, h.after)
        .where(
            h.object_kind == ObjectKind.DEADLINE.value,
            h.object_id == deadline_id,
            h.phase_id == phase_id,  # phase ids are never reused, deadline ids may be
            h.action.in_((Action.CREATE.value, Action.UPDATE.value)),
        )
        .order_by(h.id.desc())
    ):
        if e.after and "due" in json.loads(e.after):
            return e.at
    return session.scalar(
        select(func.max(h.at)).where(
            h.object_kind == ObjectKind.CAMPAIGN.value,
            h.object_id == campaign_id,
            h.action == Action.CREATE.value,
        )
    )


def _record(work: Work, deadline_id: int) -> list[LateRecord]:
    records = _work_out(work.session, deadline_id, work.now)
    rows = [
        t.LateRecordRow(
            deadline_id=r.deadline_id, phase_id=r.phase_id, buyer_id=r.buyer_id,
            buyer_name=r.buyer_name, due=r.due, recorded_at=r.recorded_at,
            submitted_at=r.submitted_at, items=r.items, short=r.short,
            floors=json.dumps(r.floors_json(), ensure_ascii=False), assessment=r.assessment,
            waived=False, waive_reason="",
        )
        for r in records
    ]  # fmt: skip
    work.session.add_all(rows)
    work.session.flush()
    phase = work.session.get(t.PhaseRow, records[0].phase_id) if records else None
    for row, record in zip(rows, records, strict=True):
        work.record(
            Action.RECORD, record_ref(row),
            after={"submitted_at": record.submitted_at.isoformat(timespec="minutes")
                   if record.submitted_at else None, "items": record.items,
                   "short": record.short, "assessment": f"{record.assessment:.2f}"},
            phase_id=row.phase_id, campaign_id=phase.campaign_id if phase else None,
        )  # fmt: skip
    work.changed(ChangeKind.SUBMISSIONS, [r.id for r in rows], phase.id if phase else None)
    return [convert.late_record(r) for r in rows]


def record_ref(row: t.LateRecordRow) -> ObjectRef:
    """How the history names a late record: the buyer and the deadline."""
    return ObjectRef(ObjectKind.LATE_RECORD, row.id, f"{row.buyer_name} {row.due:%Y-%m-%d %H:%M}")


def _work_out(session: Session, deadline_id: int, now: datetime) -> list[LateRecord]:
    """The records of one deadline as it stood then, from today's rows and the history."""
    deadline = session.get(t.DeadlineRow, deadline_id)
    assert deadline is not None
    phase = session.get(t.PhaseRow, deadline.phase_id)
    assert phase is not None
    campaign = phase.campaign
    c = t.FlyerItemRow.__table__.c
    now_rows = [
        ItemNow(r.id, r.floor_id, r.buyer_id, r.sensitive, r.created_at, r.deleted_at is not None)
        for r in session.execute(
            select(c.id, c.floor_id, c.buyer_id, c.sensitive, c.created_at, c.deleted_at).where(
                c.phase_id == phase.id
            )
        )
    ]
    h = t.HistoryRow
    changes = [
        ItemChange(
            e.id, e.at, e.object_id, Action(e.action), json.loads(e.before) if e.before else None
        )
        for e in session.execute(
            select(h.id, h.at, h.object_id, h.action, h.before).where(
                h.phase_id == phase.id, h.object_kind == ObjectKind.ITEM.value, h.at > deadline.due
            )
        )
    ]  # fmt: skip
    floors = {f.id: f.code for f in session.scalars(select(t.FloorRow))}
    quotas = [
        QuotaAt(q.floor_id, floors.get(q.floor_id, "?"), q.min_items, q.min_sensitive)
        for q in phase.quotas
    ]
    buyers = [
        BuyerAt(b.id, b.name, tuple(sorted(f.id for f in b.floors)))
        for b in session.scalars(
            select(t.BuyerRow).where(t.BuyerRow.active.is_(True)).order_by(t.BuyerRow.name)
        )
    ]
    return late_records(
        deadline_id=deadline.id, phase_id=phase.id, due=deadline.due,
        deadline_amount=deadline.assessment,
        rule=AssessmentRule(campaign.late_rule, campaign.late_amount),
        quotas=quotas, buyers=buyers, items=items_at(now_rows, changes, deadline.due),
        submitted=_submitted(session, phase.id, deadline.due), recorded_at=now,
    )  # fmt: skip


def _submitted(session: Session, phase_id: int, due: datetime) -> dict[int, datetime | None]:
    """Per buyer, when the list standing at the deadline was submitted (from the history)."""
    owners = dict(
        session.execute(
            select(t.SubmissionRow.id, t.SubmissionRow.buyer_id).where(
                t.SubmissionRow.phase_id == phase_id
            )
        ).all()
    )
    h = t.HistoryRow
    by_buyer: dict[int, list[SubmissionChange]] = {}
    for e in session.execute(
        select(h.id, h.at, h.object_id, h.action).where(
            h.phase_id == phase_id, h.object_kind == ObjectKind.SUBMISSION.value
        )
    ):
        if e.object_id in owners:
            by_buyer.setdefault(owners[e.object_id], []).append(
                SubmissionChange(e.id, e.at, Action(e.action))
            )
    return {buyer: submitted_at(changes, due) for buyer, changes in by_buyer.items()}


@dataclass(frozen=True)
class LateList:
    """A phase's records frozen at its deadlines (empty while no deadline has passed)."""

    phase: Phase
    deadlines: tuple[BuyerDeadline, ...]
    records: tuple[LateRecord, ...]
    # Passed deadlines that were already past when set, with that moment: nobody assessed.
    unassessed: tuple[tuple[BuyerDeadline, datetime], ...] = ()


def late_list(ctx: Context, phase_id: int) -> LateList:
    """The phase's late records, recorded first for any deadline just passed."""
    with ctx.uow.reading() as session:
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        campaign_id = phase.campaign_id
    unstored = record_passed_deadlines(ctx, campaign_id)
    with ctx.uow.reading() as session:
        phase = session.get(t.PhaseRow, phase_id)
        assert phase is not None
        rows = session.scalars(
            select(t.LateRecordRow)
            .where(t.LateRecordRow.phase_id == phase_id)
            .order_by(t.LateRecordRow.due, t.LateRecordRow.buyer_name)
        )
        records = [convert.late_record(r) for r in rows]
        stored = {(r.deadline_id, r.buyer_id) for r in records}
        records += [
            r for r in unstored
            if r.phase_id == phase_id and (r.deadline_id, r.buyer_id) not in stored
        ]  # fmt: skip
        now = ctx.clock.now()
        unassessed = []
        for d in phase.deadlines:
            when = set_at(session, d.id, phase.id, phase.campaign_id)
            if (
                d.due <= now
                and past_when_set(d.due, when)
                and d.id not in {r.deadline_id for r in records}
            ):
                assert when is not None
                unassessed.append((convert.deadline(d), when))
        return LateList(
            convert.phase(phase),
            tuple(convert.deadline(d) for d in phase.deadlines),
            tuple(records),
            tuple(unassessed),
        )


def waive_assessment(
    ctx: Context, record_id: int, reason: str, *, seen_version: int | None = None
) -> LateRecord:
    """Let a late buyer off the assessment of one deadline; the reason goes in the history."""
    why = clean_text(reason, "reason", required=True, limit=2000)
    with writing(ctx) as work:
        work.require(Right.WAIVE_ASSESSMENT)
        row = work.session.get(t.LateRecordRow, record_id, with_for_update=True)
        if row is None:
            raise NotFound("late.no_record", value=record_id)
        if row.waived:
            raise DomainError("late.waived_already", buyer=row.buyer_name)
        if row.short <= 0:
            raise DomainError("late.nothing_to_waive", buyer=row.buyer_name)
        check_seen(work, row, seen_version, record_ref(row), {"waived": True})
        row.waived, row.waive_reason = True, why
        work.session.flush()
        phase = work.session.get(t.PhaseRow, row.phase_id)
        work.record(
            Action.WAIVE, record_ref(row), {"waived": False, "assessment": f"{row.assessment:.2f}"},
            {"waived": True}, phase_id=row.phase_id,
            campaign_id=phase.campaign_id if phase else None, reason=why,
        )  # fmt: skip
        work.changed(ChangeKind.SUBMISSIONS, [row.id], row.phase_id)
        return convert.late_record(row)


def find_record(ctx: Context, phase_id: int, buyer_name: str) -> LateRecord:
    """The buyer's record at the phase's latest passed deadline."""
    records = [r for r in late_list(ctx, phase_id).records if r.buyer_name == buyer_name.strip()]
    if not records or not records[-1].id:
        raise NotFound("late.no_record_for", buyer=buyer_name)
    return records[-1]


def set_assessment_rule(
    ctx: Context,
    campaign_id: int,
    kind: AssessmentKind | str,
    amount: Decimal | str | None = None,
    *,
    seen_version: int | None = None,
) -> AssessmentRule:
    """Set how late buyers are assessed at the campaign's deadlines still to be recorded."""
    try:
        rule_kind = AssessmentKind(str(kind).strip().replace("-", "_"))
    except ValueError:
        raise DomainError("late.bad_rule", field="late_rule", value=kind) from None
    money = None if amount in (None, "") else parse_money(amount, "late_amount")  # type: ignore[arg-type]
    if rule_kind is AssessmentKind.PER_ITEM and money is None:
        raise DomainError("late.per_item_needs_amount", field="late_amount")
    with writing(ctx) as work:
        work.require(Right.EDIT_CAMPAIGN)
        row = work.session.get(t.CampaignRow, campaign_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        ref = ObjectRef(ObjectKind.CAMPAIGN, row.id, row.name)
        check_seen(work, row, seen_version, ref, {"late_rule": rule_kind, "late_amount": money})
        before = {"late_rule": row.late_rule.value, "late_amount": _money(row.late_amount)}
        row.late_rule, row.late_amount = rule_kind, money
        work.session.flush()
        after = {"late_rule": rule_kind.value, "late_amount": _money(money)}
        note_update(work, ref, before, after, ChangeKind.CAMPAIGN, campaign_id=row.id)
        return AssessmentRule(rule_kind, money)


def assessment_rule(ctx: Context, campaign_id: int) -> AssessmentRule:
    """The campaign's rule for assessing late buyers."""
    with ctx.uow.reading() as session:
        row = session.get(t.CampaignRow, campaign_id)
        if row is None:
            raise NotFound("not_found.campaign", value=campaign_id)
        return AssessmentRule(row.late_rule, row.late_amount)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"
