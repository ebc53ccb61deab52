"""Buyers hand in their list for a phase; the planning department approves or returns it.

Submitting is the buyer's statement that the list is complete: refused after the
deadline (unless a planner reopened it), while any of the buyer's own rows has an error
the rules find, or with no items at all. A planner approves a submitted list or returns
it with a comment on the whole and on single items; the buyer fixes and submits again.
Every step is in the history, from which the late record reads whether the list stood
submitted at the deadline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy import select

from promoplanner.core.audit import Action, JsonValue, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.findings import SubjectKind
from promoplanner.core.i18n import Words
from promoplanner.core.people import Right
from promoplanner.core.rules import ITEM_RULES, check_campaign
from promoplanner.core.submissions import Submission, SubmissionState
from promoplanner.core.validation import clean_text
from promoplanner.services.context import Context
from promoplanner.services.guards import work_rights
from promoplanner.services.write import Work, check_seen, writing
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t

SHOWN_ROWS = 5  # rows a refusal names before it only counts


def submit_items(ctx: Context, phase_id: int, *, seen_version: int | None = None) -> Submission:
    """The signed-in buyer hands in their list for the phase."""
    with writing(ctx) as work:
        person = work.require(Right.SUBMIT_ITEMS)
        if person.buyer_id is None:
            raise DomainError("submission.not_a_buyer", user=person.name)
        phase = _phase(work, phase_id)
        refused = work_rights(work, phase_id).lock_error(work.now)
        if refused is not None:
            raise refused
        buyer = work.session.get(t.BuyerRow, person.buyer_id)
        assert buyer is not None
        row = _row(work, phase_id, buyer.id)
        state = row.state if row is not None else SubmissionState.DRAFT
        if state in (SubmissionState.SUBMITTED, SubmissionState.APPROVED):
            raise DomainError("submission.already", buyer=buyer.name, state=_said(state))
        _check_rows(work, phase, buyer.id)
        if row is not None:
            check_seen(work, row, seen_version, submission_ref(row, buyer.name),
                       {"state": SubmissionState.SUBMITTED})  # fmt: skip
        row = _set_state(work, row, phase, buyer, SubmissionState.SUBMITTED, "", Action.SUBMIT)
        row.submitted_at = work.now
        row.item_comments.clear()  # answered by this submission
        work.session.flush()
        return _value(work, row, buyer.name)


def approve_submission(
    ctx: Context, phase_id: int, buyer_id: int, comment: str = "", *,
    seen_version: int | None = None,
) -> Submission:  # fmt: skip
    """The planning department accepts a buyer's submitted list."""
    said = clean_text(comment, "comment", limit=2000)
    with writing(ctx) as work:
        work.require(Right.REVIEW_SUBMISSIONS)
        phase, buyer, row = _submitted(work, phase_id, buyer_id)
        check_seen(work, row, seen_version, submission_ref(row, buyer.name),
                   {"state": SubmissionState.APPROVED})  # fmt: skip
        row = _set_state(work, row, phase, buyer, SubmissionState.APPROVED, said, Action.APPROVE)
        return _value(work, row, buyer.name)


def return_submission(
    ctx: Context,
    phase_id: int,
    buyer_id: int,
    comment: str,
    item_comments: Mapping[int, str] | None = None,
    *,
    seen_version: int | None = None,
) -> Submission:
    """The planning department sends the list back: why, and what is wrong with which item."""
    said = clean_text(comment, "comment", required=True, limit=2000)
    notes = {
        int(k): clean_text(str(v), "comment", required=True, limit=2000)
        for k, v in (item_comments or {}).items()
    }
    with writing(ctx) as work:
        work.require(Right.REVIEW_SUBMISSIONS)
        phase, buyer, row = _submitted(work, phase_id, buyer_id, also_approved=True)
        names = _buyer_items(work, phase_id, buyer.id, list(notes))
        missing = [i for i in notes if i not in names]
        if missing:
            raise DomainError("submission.not_their_item", field="items", item=missing[0],
                              buyer=buyer.name)  # fmt: skip
        check_seen(work, row, seen_version, submission_ref(row, buyer.name),
                   {"state": SubmissionState.RETURNED})  # fmt: skip
        extra: dict[str, JsonValue] = {"items": {str(k): v for k, v in notes.items()}}
        row = _set_state(
            work, row, phase, buyer, SubmissionState.RETURNED, said, Action.RETURN, extra
        )
        row.item_comments.clear()
        work.session.flush()
        row.item_comments.extend(
            t.SubmissionItemCommentRow(item_id=i, comment=c) for i, c in notes.items()
        )
        work.session.flush()
        return _value(work, row, buyer.name)


def list_submissions(ctx: Context, phase_id: int) -> list[Submission]:
    """Every buyer of the phase's floors (or with items in it) and where their list stands."""
    with ctx.uow.reading() as session:
        phase = session.get(t.PhaseRow, phase_id)
        if phase is None:
            raise NotFound("not_found.phase", value=phase_id, known="")
        stored = {s.buyer_id: s for s in queries.submissions(session, [phase_id])}
        floors = {q.floor_id for q in phase.quotas}
        owners = set(
            session.scalars(
                select(t.FlyerItemRow.buyer_id).where(
                    t.FlyerItemRow.phase_id == phase_id, t.FlyerItemRow.deleted_at.is_(None)
                )
            )
        )
        found = []
        for buyer in session.scalars(select(t.BuyerRow).order_by(t.BuyerRow.name)):
            ours = buyer.active and floors & {f.id for f in buyer.floors}
            if buyer.id in stored:
                found.append(stored[buyer.id])
            elif ours or buyer.id in owners:
                found.append(Submission(phase_id, buyer.id, buyer.name))
        order = {b: min((f.sort_order for f in r.floors), default=99)
                 for b, r in ((b.id, b) for b in session.scalars(select(t.BuyerRow)))}  # fmt: skip
        return sorted(found, key=lambda s: (order.get(s.buyer_id, 99), s.buyer_name))


def my_submission(ctx: Context, phase_id: int) -> Submission | None:
    """The signed-in buyer's submission for the phase (None for somebody who is no buyer)."""
    person = ctx.actor
    if person is None or person.buyer_id is None:
        return None
    return next((s for s in list_submissions(ctx, phase_id) if s.buyer_id == person.buyer_id),
                None)  # fmt: skip


def find_buyer(ctx: Context, name: str) -> int:
    """A buyer's id by their name, or by the user name they sign in with."""
    with ctx.uow.reading() as session:
        found = session.scalar(select(t.BuyerRow.id).where(t.BuyerRow.name == name.strip()))
        if found is None:
            found = session.scalar(
                select(t.BuyerRow.id)
                .join(t.PersonRow, t.PersonRow.id == t.BuyerRow.person_id)
                .where(t.PersonRow.user_name == name.strip())
            )
    if found is None:
        raise NotFound("submission.unknown_buyer", field="buyer", value=name.strip())
    return found


def submission_ref(row: t.SubmissionRow, buyer_name: str) -> ObjectRef:
    """How the history names a submission: the buyer's list of the phase."""
    return ObjectRef(ObjectKind.SUBMISSION, row.id, buyer_name)


def _phase(work: Work, phase_id: int) -> t.PhaseRow:
    phase = work.session.get(t.PhaseRow, phase_id)
    if phase is None:
        raise NotFound("not_found.phase", value=phase_id, known="")
    return phase


def _row(work: Work, phase_id: int, buyer_id: int) -> t.SubmissionRow | None:
    return work.session.scalar(
        select(t.SubmissionRow)
        .where(t.SubmissionRow.phase_id == phase_id, t.SubmissionRow.buyer_id == buyer_id)
        .with_for_update()
    )


def _submitted(
    work: Work, phase_id: int, buyer_id: int, *, also_approved: bool = False
) -> tuple[t.PhaseRow, t.BuyerRow, t.SubmissionRow]:
    phase = _phase(work, phase_id)
    buyer = work.session.get(t.BuyerRow, buyer_id)
    if buyer is None:
        raise NotFound("submission.unknown_buyer", field="buyer", value=buyer_id)
    row = _row(work, phase_id, buyer_id)
    state = row.state if row is not None else SubmissionState.DRAFT
    allowed = {SubmissionState.SUBMITTED} | ({SubmissionState.APPROVED} if also_approved else set())
    if row is None or state not in allowed:
        raise DomainError("submission.not_submitted", buyer=buyer.name, state=_said(state))
    return phase, buyer, row


def _check_rows(work: Work, phase: t.PhaseRow, buyer_id: int) -> None:
    """Refuse while any of the buyer's rows has an error the rules find."""
    snap = queries.snapshot(work.session, phase.campaign_id)
    mine = {i.id: i for i in snap.items_of(phase.id) if i.buyer_id == buyer_id}
    if not mine:
        raise DomainError("submission.no_items")
    wrong = [
        f
        for f in check_campaign(snap, work.now, ITEM_RULES)
        if f.is_error and f.subject.kind is SubjectKind.ITEM and f.subject.id in mine
    ]
    if wrong:
        shown = "; ".join(f"{mine[f.subject.id].name}: {f.message()}" for f in wrong[:SHOWN_ROWS])
        more = f" (+{len(wrong) - SHOWN_ROWS})" if len(wrong) > SHOWN_ROWS else ""
        raise DomainError("submission.rows_wrong", count=len(wrong), rows=shown + more)


def _set_state(
    work: Work,
    row: t.SubmissionRow | None,
    phase: t.PhaseRow,
    buyer: t.BuyerRow,
    state: SubmissionState,
    comment: str,
    action: Action,
    extra: Mapping[str, JsonValue] | None = None,
) -> t.SubmissionRow:
    before = None if row is None else {"state": row.state.value, "comment": row.comment}
    if row is None:
        row = t.SubmissionRow(phase_id=phase.id, buyer_id=buyer.id, state=state, at=work.now,
                              comment=comment)  # fmt: skip
        work.session.add(row)
    row.state, row.at, row.comment = state, work.now, comment
    row.by_person_id = work.person.id if work.person else None
    work.session.flush()
    after: dict[str, JsonValue] = {"state": state.value, "comment": comment, **(extra or {})}
    work.record(action, submission_ref(row, buyer.name), before, after,
                phase_id=phase.id, campaign_id=phase.campaign_id)  # fmt: skip
    work.changed(ChangeKind.SUBMISSIONS, [row.id], phase.id)
    return row


def _buyer_items(work: Work, phase_id: int, buyer_id: int, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    c = t.FlyerItemRow.__table__.c
    rows = work.session.execute(
        select(c.id, c.name).where(
            c.id.in_(ids), c.phase_id == phase_id, c.buyer_id == buyer_id, c.deleted_at.is_(None)
        )
    )
    return {r.id: r.name for r in rows}


def _value(work: Work, row: t.SubmissionRow, buyer_name: str) -> Submission:
    names = _buyer_items(work, row.phase_id, row.buyer_id, [c.item_id for c in row.item_comments])
    value = convert.submission(row, buyer_name, names)
    return replace(value, by=work.person.name if work.person else "")


def _said(state: SubmissionState) -> Words:
    return Words(f"submission.{state.value}")
