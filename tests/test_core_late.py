"""Late records worked out from the history; the import preview's state; the rule's amounts."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from promoplanner.core.audit import Action
from promoplanner.core.errors import DomainError
from promoplanner.core.import_preview import ImportPreview, PreviewRow, RowState, RowVerdict
from promoplanner.core.late import (
    AssessmentKind,
    AssessmentRule,
    BuyerAt,
    ItemAt,
    ItemChange,
    ItemNow,
    QuotaAt,
    SubmissionChange,
    items_at,
    late_records,
    submitted_at,
)
from promoplanner.core.sheet import find_header

DUE = datetime(2027, 6, 5, 12, 0)
BEFORE, AFTER = datetime(2027, 6, 4, 9, 0), datetime(2027, 6, 6, 9, 0)


def now(ident, *, floor=1, buyer=7, sensitive=False, created=BEFORE, deleted=False):
    return ItemNow(ident, floor, buyer, sensitive, created, deleted)


def test_changes_after_the_deadline_are_undone_newest_first():
    today = [
        now(1),  # stood all along
        now(2, created=AFTER),  # made after the deadline (no entry needed)
        now(3, deleted=True),  # deleted after the deadline: it stood
        now(4),  # restored after the deadline: it was deleted then
        now(5, floor=2, sensitive=True),  # moved to floor 2 and marked sensitive later
        now(6, deleted=True),  # deleted before the deadline
        now(7),  # made after the deadline, with its entry (created_at pretended earlier)
    ]
    changes = [
        ItemChange(10, BEFORE, 6, Action.DELETE, {"floor_id": 1}),
        ItemChange(11, AFTER, 3, Action.DELETE, {"floor_id": 1, "buyer_id": 7, "sensitive": False}),
        ItemChange(12, AFTER, 4, Action.RESTORE, None),
        ItemChange(13, AFTER, 5, Action.UPDATE, {"floor_id": 1}),
        ItemChange(14, AFTER, 5, Action.UPDATE, {"sensitive": False}),
        ItemChange(15, AFTER, 7, Action.CREATE, None),
    ]
    stood = items_at(today, changes, DUE)
    assert stood == [ItemAt(1, 1, 7, False), ItemAt(3, 1, 7, False), ItemAt(5, 1, 7, False)]


def test_the_submission_standing_at_the_deadline():
    changes = [
        SubmissionChange(1, BEFORE, Action.SUBMIT),
        SubmissionChange(2, datetime(2027, 6, 4, 15), Action.RETURN),
        SubmissionChange(3, datetime(2027, 6, 5, 11, 59), Action.SUBMIT),
        SubmissionChange(4, AFTER, Action.RETURN),
    ]
    assert submitted_at(changes, DUE) == datetime(2027, 6, 5, 11, 59)
    assert submitted_at(changes[:2], DUE) is None
    assert submitted_at([SubmissionChange(1, AFTER, Action.SUBMIT)], DUE) is None


def test_records_count_each_floor_against_its_quota_and_assess_by_the_rule():
    items = [ItemAt(i, 1, 7 if i < 30 else 8, i < 5) for i in range(38)]  # 38 on 1F, 5 sensitive
    quotas = [QuotaAt(1, "1F", 40, 10), QuotaAt(2, "2F", 30, 8)]
    buyers = [BuyerAt(7, "王建国", (1,)), BuyerAt(8, "李秀英", (1,)), BuyerAt(9, "张伟", (2,))]
    common = dict(deadline_id=1, phase_id=1, due=DUE, deadline_amount=Decimal("50.00"),
                  quotas=quotas, buyers=buyers, items=items, recorded_at=AFTER,
                  submitted={7: BEFORE})  # fmt: skip
    fixed = late_records(rule=AssessmentRule(), **common)
    by_name = {r.buyer_name: r for r in fixed}
    food = by_name["王建国"]
    assert (food.items, food.short, food.assessment, food.submitted_at) == (
        30,
        5,
        Decimal("50.00"),
        BEFORE,
    )
    assert food.floors[0].missing_items == 2 and food.floors[0].missing_sensitive == 5
    assert by_name["李秀英"].items == 8 and by_name["李秀英"].submitted_at is None
    assert by_name["张伟"].short == 30 and by_name["张伟"].assessment == Decimal("50.00")
    per_item = late_records(rule=AssessmentRule(AssessmentKind.PER_ITEM, Decimal("20")), **common)
    assert {r.buyer_name: r.assessment for r in per_item} == {
        "王建国": Decimal("100.00"), "李秀英": Decimal("100.00"), "张伟": Decimal("600.00"),
    }  # fmt: skip
    own = late_records(rule=AssessmentRule(AssessmentKind.FIXED, Decimal("20")), **common)
    assert own[0].assessment == Decimal("20.00")


def test_a_buyer_on_time_owes_nothing():
    assert AssessmentRule().assess(0, Decimal("50")) == Decimal("0.00")


def _preview():
    header = find_header([["品名", "条码", "原价", "特价", "楼层"]])
    bad = RowVerdict(
        4, RowState.BAD, (DomainError("input.price_not_positive", field="promo_price"),)
    )
    rows = [
        PreviewRow(3, {"name": "粽子"}, RowVerdict(3, RowState.NEW)),
        PreviewRow(4, {"name": "咸蛋", "promo_price": "0"}, bad),
        PreviewRow(5, {"name": "鸡蛋"}, RowVerdict(5, RowState.UNCHANGED, item_id=9)),
    ]
    return ImportPreview(1, "list.xlsx", header, rows)


def test_the_preview_says_each_problem_with_row_and_column_until_fixed_or_left_out():
    preview = _preview()
    assert not preview.ready
    (problem,) = preview.problems()
    assert (problem.number, problem.column, problem.header) == (4, "D", "特价")
    preview.leave_out(1)
    assert preview.ready and preview.problems() == []
    assert [r.number for r in preview.rows_to_check()] == [3, 5]
    preview.leave_out(1, False)
    preview.set_value(1, "promo_price", "2.50")
    assert preview.rows_to_check()[1].values["promo_price"] == "2.50"
    preview.apply([RowVerdict(4, RowState.NEW)])
    assert preview.ready
    assert preview.counts()[RowState.NEW] == 2 and preview.counts()[RowState.UNCHANGED] == 1
