"""Submissions and the late records frozen at the cutoff, as buyers and planners meet them."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sheet_files import HEADERS_ZH, ean, food_rows, make_xlsx
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.errors import DeadlinePassed, DomainError, NotAllowed
from promoplanner.core.submissions import SubmissionState
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.imports import import_preview, preview_import, recheck_preview
from promoplanner.services.item_bulk import delete_items
from promoplanner.services.items import add_item, update_item
from promoplanner.services.late import (
    find_record,
    late_list,
    set_assessment_rule,
    waive_assessment,
)
from promoplanner.services.submissions import (
    approve_submission,
    find_buyer,
    list_submissions,
    return_submission,
    submit_items,
)
from promoplanner.sheets.reading import read_sheet
from promoplanner.storage import tables as t


@pytest.fixture
def phase1(demo_ctx):
    return find_phase(load_snapshot(demo_ctx, find_campaign(demo_ctx).id), 1)


def due_of(ctx, phase) -> datetime:
    with ctx.uow.reading() as session:
        return session.scalar(
            select(func.min(t.DeadlineRow.due)).where(t.DeadlineRow.phase_id == phase.id)
        )


def state_of(ctx, phase, name):
    return next(s for s in list_submissions(ctx, phase.id) if s.buyer_name == name)


def test_every_buyer_of_the_phase_starts_as_a_draft(demo_ctx, phase1):
    found = list_submissions(demo_ctx, phase1.id)
    assert {s.buyer_name for s in found} == {"王建国", "李秀英", "张伟", "刘芳", "陈静"}
    assert {s.state for s in found} == {SubmissionState.DRAFT}
    assert found[0].buyer_name in ("王建国", "李秀英")  # the food floor first


def test_submit_approve_and_return_with_comments_on_items(demo_ctx, phase1):
    food = as_user(demo_ctx, "buyer-food")
    done = submit_items(food, phase1.id)
    assert done.state is SubmissionState.SUBMITTED and done.submitted_at == demo_ctx.clock.now()
    with pytest.raises(DomainError) as twice:
        submit_items(food, phase1.id)
    assert twice.value.key == "submission.already"
    with pytest.raises(NotAllowed):
        approve_submission(food, phase1.id, food.actor.buyer_id)
    wang = find_buyer(demo_ctx, "王建国")
    mine = [i for i in load_snapshot(demo_ctx, phase1.campaign_id).items
            if i.buyer_id == wang and i.phase_id == phase1.id]  # fmt: skip
    with pytest.raises(DomainError) as no_reason:
        return_submission(demo_ctx, phase1.id, wang, "  ")
    assert no_reason.value.key == "input.required"
    back = return_submission(demo_ctx, phase1.id, wang, "粽子的规格请写清楚",
                             {mine[0].id: "规格写清楚:几只装?"})  # fmt: skip
    assert back.state is SubmissionState.RETURNED
    seen = state_of(food, phase1, "王建国")
    assert seen.comment == "粽子的规格请写清楚"
    assert [(c.item_name, c.comment) for c in seen.item_comments] == [
        (mine[0].name, "规格写清楚:几只装?")
    ]
    update_item(food, mine[0].id, {"spec": "10只装"})
    submit_items(food, phase1.id)
    assert approve_submission(demo_ctx, phase1.id, wang).state is SubmissionState.APPROVED
    entries = list_history(demo_ctx, HistoryQuery(object=(ObjectKind.SUBMISSION, done.id)))
    assert [e.action for e in entries] == [Action.SUBMIT, Action.RETURN, Action.SUBMIT,
                                           Action.APPROVE]  # fmt: skip
    assert entries[1].after["items"] == {str(mine[0].id): "规格写清楚:几只装?"}


def test_submitting_is_refused_while_the_buyers_own_rows_have_errors(demo_ctx, phase1):
    food = as_user(demo_ctx, "buyer-food")
    item = add_item(food, phase1.id, {"name": "待补单位", "regular_price": "5", "promo_price": "4",
                                      "floor_id": "1F", "barcode": ean(77)})  # fmt: skip
    with pytest.raises(DomainError) as refused:
        submit_items(food, phase1.id)
    assert refused.value.key == "submission.rows_wrong" and "待补单位" in refused.value.message()
    update_item(food, item.id, {"unit": "袋"})
    assert submit_items(food, phase1.id).state is SubmissionState.SUBMITTED


def test_only_buyers_submit_and_not_after_the_cutoff(demo_ctx, phase1, clock):
    with pytest.raises(DomainError) as planner:
        submit_items(demo_ctx, phase1.id)
    assert planner.value.key == "rights.missing"
    clock.at = due_of(demo_ctx, phase1)
    with pytest.raises(DeadlinePassed):
        submit_items(as_user(demo_ctx, "buyer-food"), phase1.id)


def test_the_late_record_is_what_stood_at_the_cutoff(demo_ctx, phase1, clock):
    general = as_user(demo_ctx, "buyer-general")  # 张伟, 2F
    snap = load_snapshot(demo_ctx, phase1.campaign_id)
    floor2 = next(f for f in snap.floors if f.code == "2F")
    theirs = [i.id for i in snap.items_of(phase1.id, floor2.id)]
    due = due_of(demo_ctx, phase1)
    clock.at = due - timedelta(days=1)
    delete_items(general, theirs[:4])  # 2F short by 4 a day before the cutoff
    submit_items(as_user(demo_ctx, "buyer-food"), phase1.id)
    clock.at = due + timedelta(hours=2)
    # After the cutoff the planner fills the gap; the record must not see it.
    from promoplanner.services.item_bulk import restore_items

    restore_items(demo_ctx, theirs[:4])
    listed = late_list(demo_ctx, phase1.id)
    by_name = {r.buyer_name: r for r in listed.records}
    zhang = by_name["张伟"]
    before = {f.floor_code: f.items for f in zhang.floors}
    assert before == {"2F": len(theirs) - 4}
    sensitive_left = sum(1 for i in snap.items_of(phase1.id, floor2.id)[4:] if i.sensitive)
    assert zhang.short == max(30 - (len(theirs) - 4), 8 - sensitive_left) > 0
    assert zhang.recorded_at == clock.at
    assert by_name["王建国"].submitted_at == due - timedelta(days=1)
    assert by_name["张伟"].submitted_at is None
    # Recorded once: a later look (and a later rule) changes nothing.
    set_assessment_rule(demo_ctx, phase1.campaign_id, "per-item", "20")
    clock.at = due + timedelta(days=3)
    again = {r.buyer_name: r for r in late_list(demo_ctx, phase1.id).records}
    assert again["张伟"] == zhang
    records = [e for e in list_history(demo_ctx) if e.action is Action.RECORD]
    assert len(records) == len(listed.records) and records[0].user == "promoplanner"


def test_a_short_floor_is_assessed_by_the_campaigns_rule_and_can_be_waived(demo_ctx, phase1, clock):
    snap = load_snapshot(demo_ctx, phase1.campaign_id)
    floor3 = next(f for f in snap.floors if f.code == "3F")
    clothing = [i.id for i in snap.items_of(phase1.id, floor3.id)]
    keep = 7  # quota 10-20: three short
    delete_items(demo_ctx, clothing[keep:])
    set_assessment_rule(demo_ctx, phase1.campaign_id, "per-item", "20")
    clock.at = due_of(demo_ctx, phase1)
    record = find_record(demo_ctx, phase1.id, "陈静")
    assert (record.short, record.assessment) == (3, Decimal("60.00"))
    late = [f for f in load_snapshot(demo_ctx, phase1.campaign_id).late_records if f.is_late]
    assert [r.buyer_name for r in late] == ["陈静"]
    with pytest.raises(NotAllowed):
        waive_assessment(as_user(demo_ctx, "buyer-clothing"), record.id, "sick")
    with pytest.raises(DomainError):
        waive_assessment(demo_ctx, record.id, "")
    waived = waive_assessment(demo_ctx, record.id, "供应商停产,已换品")
    assert waived.waived and waived.due_amount == Decimal("0.00")
    (entry,) = [e for e in list_history(demo_ctx) if e.action is Action.WAIVE]
    assert entry.reason == "供应商停产,已换品" and entry.user == "planner"
    with pytest.raises(DomainError) as again:
        waive_assessment(demo_ctx, record.id, "again")
    assert again.value.key == "late.waived_already"


def test_done_when_buyer_imports_fixes_submits_planner_approves(demo_ctx, phase1, clock, tmp_path):
    """The issue's end-to-end story, at the service layer."""
    food = as_user(demo_ctx, "buyer-food")
    rows = food_rows(6, start=300)
    rows[1][5] = 20  # promotion price above the regular price
    rows[4][1] = 6901234567890  # a wrong check digit
    path = make_xlsx(
        tmp_path / "端午食品.xlsx", [HEADERS_ZH, *rows], title="端午节 食品部 特价商品"
    )
    preview = preview_import(food, phase1.id, read_sheet(path))
    assert [(p.number, p.column) for p in preview.problems()] == [(5, "F"), (8, "B")]
    preview.set_value(1, "promo_price", "9.50")
    preview.set_value(4, "barcode", ean(999))
    recheck_preview(food, preview)
    assert preview.ready
    result = import_preview(food, preview)
    assert len(result.created) == 6
    submit_items(food, phase1.id)
    wang = find_buyer(demo_ctx, "王建国")
    assert approve_submission(demo_ctx, phase1.id, wang).state is SubmissionState.APPROVED
    clock.at = due_of(demo_ctx, phase1) + timedelta(minutes=1)
    with pytest.raises(DeadlinePassed):
        submit_items(food, phase1.id)
    with pytest.raises(DeadlinePassed):
        import_preview(food, preview)
    records = {r.buyer_name: r for r in late_list(demo_ctx, phase1.id).records}
    assert records["王建国"].items == sum(
        1 for i in load_snapshot(demo_ctx, phase1.campaign_id).items
        if i.buyer_id == wang and i.phase_id == phase1.id
    )  # fmt: skip
    steps = [(e.user, e.action) for e in list_history(demo_ctx, HistoryQuery(phase_id=phase1.id))]
    assert ("buyer-food", Action.IMPORT) in steps
    assert ("buyer-food", Action.SUBMIT) in steps and ("planner", Action.APPROVE) in steps
    assert ("promoplanner", Action.RECORD) in steps
    assert steps.index(("buyer-food", Action.SUBMIT)) < steps.index(("planner", Action.APPROVE))


@pytest.mark.real_deadlines
def test_trying_a_later_day_with_now_records_nothing_before_the_real_deadline(
    demo_ctx, phase1, clock
):
    # The real date is before the 2027 demo's deadline; --now pretends a day after it.
    due = due_of(demo_ctx, phase1)
    assert datetime.now() < due
    clock.at = due + timedelta(days=21)
    shown = late_list(demo_ctx, phase1.id).records
    assert shown and all(r.id == 0 for r in shown)  # worked out for the trial, not stored
    with demo_ctx.uow.reading() as session:
        assert session.scalar(select(func.count()).select_from(t.LateRecordRow)) == 0
    assert not [e for e in list_history(demo_ctx) if e.action is Action.RECORD]
    clock.at = due - timedelta(hours=1)  # back before the deadline: nothing stood in the way
    submit_items(as_user(demo_ctx, "buyer-food"), phase1.id)
