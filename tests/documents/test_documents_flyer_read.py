"""The flyer proof reads its own phase only, and reads it as the whole campaign shows it."""

from __future__ import annotations

from promoplanner.services.campaigns import find_campaign
from promoplanner.services.documents import flyer_proof_data
from promoplanner.storage import queries


def test_a_phase_read_alone_is_that_phase_of_the_campaign(sale_ctx, snapshot):
    assert len(snapshot.phases) >= 2
    with sale_ctx.uow.reading() as session:
        whole = queries.snapshot(session, find_campaign(sale_ctx).id)
        for phase in whole.phases:
            alone = queries.phase_snapshot(session, phase.id)
            assert alone.campaign == whole.campaign
            assert alone.phases == (phase,)
            assert alone.floors == whole.floors
            assert alone.departments == whole.departments
            assert alone.items == tuple(whole.items_of(phase.id))
            assert alone.items  # the demo's phases all have items
            assert set(alone.quotas) == {q for q in whole.quotas if q.phase_id == phase.id}
            assert {i.phase_id for i in alone.items} == {phase.id}


def test_the_proof_shows_every_item_of_its_phase_and_no_other(sale_ctx, snapshot, phase):
    p2 = phase(2)
    data = flyer_proof_data(sale_ctx, p2.id, numbered=False)
    shown = [item for floor in data.floors for item in floor.items]
    assert sorted(i.id for i in shown) == sorted(i.id for i in snapshot.items_of(p2.id))
    assert data.phase == p2 and data.campaign == snapshot.campaign
    assert data.departments == snapshot.departments
