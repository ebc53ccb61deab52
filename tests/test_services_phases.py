"""Phases added, removed (asked first when they hold items) and reordered."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind
from promoplanner.core.errors import DomainError
from promoplanner.core.rules import check_campaign
from promoplanner.printing import flyer_proof_pdf
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.history import HistoryQuery, list_history
from promoplanner.services.phases import add_phase, move_phase, remove_phase
from promoplanner.storage import tables as t


def snap(ctx):
    return load_snapshot(ctx, find_campaign(ctx).id)


def test_a_phase_is_added_after_the_others_and_an_overlap_is_warned(demo_ctx):
    campaign = find_campaign(demo_ctx)
    added = add_phase(demo_ctx, campaign.id, "618年中大促", "2027-06-18", "2027-06-20", 60, 2000)
    assert (added.phase.number, added.phase.start) == (3, date(2027, 6, 18))
    assert [o.number for o in added.overlaps] == [2]  # Phase 2 runs 06-19 to 06-28
    assert "父亲节促销" in added.warnings[0].said()
    findings = check_campaign(snap(demo_ctx), datetime(2027, 5, 20))
    overlap = [f for f in findings if f.code == "phases_overlap"]
    assert [f.subject.id for f in overlap] == [added.phase.id]
    alone = add_phase(demo_ctx, campaign.id, "七月特卖", "2027-07-01", "2027-07-03", 10, 100)
    assert alone.overlaps == () and alone.warnings == ()
    findings = check_campaign(snap(demo_ctx), datetime(2027, 5, 20))
    outside = [f for f in findings if f.code == "phase_outside_campaign"]
    assert [f.subject.id for f in outside] == [alone.phase.id]  # July, in the June campaign
    assert "2027-06-01 – 2027-06-30" in outside[0].message("en")


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("X", "2027-06-20", "2027-06-18"), "input.end_before_start"),
        (("端午节促销", "2027-06-01", "2027-06-02"), "input.phase_name_taken"),
        (("", "2027-06-01", "2027-06-02"), "input.required"),
        (("X", "06/01", "2027-06-02"), "input.not_a_date"),
    ],
)
def test_a_bad_phase_is_refused(demo_ctx, args, key):
    with pytest.raises(DomainError) as refused:
        add_phase(demo_ctx, find_campaign(demo_ctx).id, *args)
    assert refused.value.key == key
    assert len(snap(demo_ctx).phases) == 2


def test_removing_a_phase_with_items_asks_first_and_keeps_a_copy(demo_ctx):
    first = snap(demo_ctx).phases[0]
    with pytest.raises(DomainError) as refused:
        remove_phase(demo_ctx, first.id)
    assert refused.value.key == "phase.has_items" and "90" in refused.value.message()
    assert len(snap(demo_ctx).phases) == 2
    removed = remove_phase(demo_ctx, first.id, with_items=True)
    assert (removed.name, removed.items) == ("端午节促销", 90)
    left = snap(demo_ctx)
    assert [(p.number, p.name) for p in left.phases] == [(1, "父亲节促销")]
    entry = next(
        e
        for e in list_history(demo_ctx, HistoryQuery(object=(ObjectKind.PHASE, first.id)))
        if e.action is Action.DELETE
    )
    assert entry.before["name"] == "端午节促销" and len(entry.before["items"]) == 90
    assert len(entry.before["quotas"]) == 3 and entry.before["deadlines"][0]["due"]
    assert entry.before["items"][0]["promo_price"].count(".") == 1  # money as "12.80"


def test_removing_a_phase_that_has_proofs_is_refused(demo_ctx):
    first = snap(demo_ctx).phases[0]
    flyer_proof_pdf(demo_ctx, first.id)  # proof v1 is on paper now
    with pytest.raises(DomainError) as refused:
        remove_phase(demo_ctx, first.id, with_items=True)
    assert refused.value.key == "phase.has_proofs"
    assert len(snap(demo_ctx).phases) == 2 and len(snap(demo_ctx).items) == 270


def test_an_empty_phase_goes_without_asking(demo_ctx):
    campaign = find_campaign(demo_ctx)
    extra = add_phase(demo_ctx, campaign.id, "七月特卖", "2027-07-01", "2027-07-03").phase
    assert remove_phase(demo_ctx, extra.id).items == 0
    with demo_ctx.uow.reading() as session:
        assert session.scalar(select(func.count()).select_from(t.PhaseRow)) == 2


def test_phases_are_reordered_and_keep_their_numbers_unique(demo_ctx):
    one, two = snap(demo_ctx).phases
    move_phase(demo_ctx, two.id, 1)
    assert [(p.number, p.id) for p in snap(demo_ctx).phases] == [(1, two.id), (2, one.id)]
    with pytest.raises(DomainError):
        move_phase(demo_ctx, two.id, 3)
